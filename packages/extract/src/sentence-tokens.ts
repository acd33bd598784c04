/**
 * Reading the words around a mention without leaving its sentence: the rules that look a few
 * tokens before or after a name ("officials in Kelbrook", "a Bergen man") must not take a word of
 * the previous or next sentence for one of its own.
 */
import type { Token } from './analysis.js';

/** The token at `i` when it belongs to sentence `sentence`, else undefined. */
export function inSentence(
  tokens: readonly Token[],
  sentence: number | undefined,
): (i: number) => Token | undefined {
  return (i: number) => {
    const t = tokens[i];
    return t && t.sentence === sentence ? t : undefined;
  };
}
