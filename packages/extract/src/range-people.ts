/**
 * People at the two ends of a range (issue 14): "from Kennedy to Khrushchev", "letters from
 * Reagan to Gorbachev", "talks between Reagan and Gorbachev". A guess after *from, to* or
 * *between* is read as a place, and the tagger agrees; but the two ends of one range are of one
 * kind, so where one end is surely a person — a word of a public figure's name the gazetteer
 * knows and no everyday word ("Khrushchev"), or a given name and a surname ("Ola Vik") — both
 * ends are people.
 *
 * Not where an end is a place the gazetteer knows ("from Washington to Moscow") or a name a cue
 * typed ("from Bergen Airport to …"); neither end a person's leaves both places ("flights from
 * Dunmore to Kelby").
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import type { RawMention } from './raw-mention.js';
import { inSentence } from './sentence-tokens.js';

/** Opening and joining words of a range: "from … to …", "between … and …". */
const RANGES: ReadonlyMap<string, string> = new Map([
  ['from', 'to'],
  ['between', 'and'],
]);

/** The guesses at the ends of ranges where one end is surely a person. */
export function rangePeople(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): Set<RawMention> {
  const out = new Set<RawMention>();
  const byFirst = new Map<number, RawMention>();
  for (const m of mentions) byFirst.set(m.firstToken, m);
  for (const a of mentions) {
    const at = inSentence(tokens, tokens[a.firstToken]?.sentence);
    const join = RANGES.get(at(a.firstToken - 1)?.lower ?? '');
    if (!join || at(a.lastToken)?.lower !== join) continue;
    const b = byFirst.get(a.lastToken + 1);
    if (!b || !at(b.firstToken)) continue;
    if (!end(a) || !end(b)) continue;
    if (!person(tokens, a, lex, isCommon) && !person(tokens, b, lex, isCommon)) continue;
    for (const m of [a, b]) if (!m.confident) out.add(m);
  }
  return out;
}

/** A name whose type is a guess or a person's: no gazetteer entry, no cue. */
function end(m: RawMention): boolean {
  if (m.canonical || m.kind !== 'name') return false;
  return !m.confident || m.entityType === 'PERSON';
}

/** Surely a person: a public figure's word, a given name and a surname, or a sure person. */
function person(
  tokens: readonly Token[],
  m: RawMention,
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): boolean {
  if (m.confident && !m.yieldable && m.entityType === 'PERSON') return true;
  const first = tokens[m.firstToken] as Token;
  if (m.lastToken - m.firstToken === 1)
    return lex.figureWords.has(first.lower) && !isCommon(first.lower);
  return lex.givenNames.has(first.lower);
}
