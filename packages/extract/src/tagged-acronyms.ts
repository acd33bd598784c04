/**
 * An acronym in capitals that the tagger reads as an organisation inside running text is a name,
 * even where its lower-case form is in wink-nlp's vocabulary ("Officials at NASA said …", "NASA
 * intends to retire the shuttles"): resolution drops a lone guess made only of an everyday word
 * ("Practice", "Scorers"), which is right for a capitalised word and wrong for one spelled in
 * capitals. Issue 14.
 *
 * Only a lone word of three to six capital letters that the rules guessed an organisation, that
 * the tagger reads as a one-word organisation, in a sentence not mostly in capitals (a headline,
 * "FREE DOWNLOAD" shouted in an advertisement says nothing through its capitals).
 */
import type { Sentence, Token } from './analysis.js';
import { sentenceMode } from './casing.js';
import type { RawMention } from './raw-mention.js';
import type { TaggedTokens } from './tagger/index.js';
import { tagAt } from './tagger/index.js';
import { isInside } from './tagger/labels.js';

const CAPITALS = /^\p{Lu}{3,6}$/u;

/** Marks such acronyms confident, in place. */
export function keepTaggedAcronyms(
  tokens: Token[],
  sentences: readonly Sentence[],
  mentions: readonly RawMention[],
  tags: TaggedTokens,
): void {
  const modes = new Map<number, string>();
  const modeOf = (s: number) => {
    let mode = modes.get(s);
    if (mode === undefined) {
      const sentence = sentences[s];
      mode = sentence ? sentenceMode(tokens, sentence) : 'caps';
      modes.set(s, mode);
    }
    return mode;
  };
  for (const m of mentions) {
    if (m.confident || m.kind !== 'acronym' || m.entityType !== 'ORG') continue;
    if (m.lastToken - m.firstToken !== 1) continue;
    const t = tokens[m.firstToken] as Token;
    if (!CAPITALS.test(t.text) || tagAt(tags, t.i) !== 'ORG') continue;
    if (isInside(tags.labels[t.i] ?? 0) || isInside(tags.labels[t.i + 1] ?? 0)) continue;
    if (modeOf(t.sentence) !== 'normal') continue;
    m.confident = true;
  }
}
