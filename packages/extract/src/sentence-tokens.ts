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

const GLUE = /^[./@#_\\:]$/;

/**
 * Whether the run of tokens [first, last) touches a dot, slash, @, #, backslash, colon or
 * underscore on either side: a piece of a file name, an address or a handle, not a word.
 */
export function glued(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last];
  const a = tokens[first] as Token;
  const b = tokens[last - 1] as Token;
  return (
    (!!before && before.end === a.start && GLUE.test(before.text)) ||
    (!!after && after.start === b.end && GLUE.test(after.text))
  );
}
