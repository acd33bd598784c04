/**
 * Players named on both sides of a match word (issue 14): "Federer beat Nadal 6-3 6-4",
 * "Henman lost to Agassi in straight sets". The two sides of a match word are of one kind: where
 * one side is a person (a name the rules are sure is a person, or a guess the tagger reads as a
 * person), a guess on the other side that the tagger reads as no name at all — often the first
 * word of a sentence, where the tagger trusts capitals least — is a player too, not dropped.
 *
 * Not where the tagger reads the guess as a body or a place ("Leeds beat Tom Reed's side"), nor
 * for a name the rules typed surely (a club settled by `contest-sides.ts`, a country, a town).
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import type { RawMention } from './raw-mention.js';
import { inSentence } from './sentence-tokens.js';

/**
 * Guesses on one side of a match word whose other side is a person. `readsPerson` says whether
 * the tagger (or a sure rule) reads a mention as a person.
 */
export function contestPlayers(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  lex: Lexicon,
  readsPerson: (m: RawMention) => boolean,
): Set<RawMention> {
  const out = new Set<RawMention>();
  const byFirst = new Map<number, RawMention>();
  for (const m of mentions) byFirst.set(m.firstToken, m);
  for (const m of mentions) {
    const width = matchWordAfter(tokens, m, lex);
    if (!width) continue;
    const other = byFirst.get(m.lastToken + width);
    if (!other || other.kind !== 'name' || m.kind !== 'name') continue;
    if (guess(m) && person(other, readsPerson)) out.add(m);
    if (guess(other) && person(m, readsPerson)) out.add(other);
  }
  return out;
}

/** Tokens of a lower-case match word right after the mention ("beat", "lost to"), or 0. */
function matchWordAfter(tokens: readonly Token[], m: RawMention, lex: Lexicon): number {
  const at = inSentence(tokens, tokens[m.firstToken]?.sentence);
  const one = at(m.lastToken);
  if (!one || one.text !== one.lower) return 0;
  const two = `${one.lower} ${at(m.lastToken + 1)?.lower ?? ''}`;
  if (lex.contestVerbs.has(two)) return 2;
  return lex.contestVerbs.has(one.lower) ? 1 : 0;
}

const guess = (m: RawMention): boolean => !m.canonical && !m.confident;

function person(m: RawMention, readsPerson: (m: RawMention) => boolean): boolean {
  const sure = m.entityType === 'PERSON' && (m.confident || !!m.canonical) && !m.yieldable;
  return sure || readsPerson(m);
}
