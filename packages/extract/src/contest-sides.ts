/**
 * Clubs named by an everyday word on either side of a match word (issue 14): "Chelsea beat
 * Arsenal 2-1", "Orient drew with Wolves", "Arsenal lost to Everton". A capitalised everyday
 * word ("Arsenal", "Wolves", "Forest") is read as common and the tagger drops it; the name on
 * the other side of the match word, a club too, the tagger may read as a person ("Chelsea").
 * Where one side of a match word (`cues.json` *contestVerbs*) is such a word alone, written
 * with a capital inside running text, both sides are clubs: organisations, surely.
 *
 * Not where a side is a person's name (a given name and more, or typed by a title: "Tim Henman
 * beat Pete Sampras"), a country or a town (`teams.ts` reads those: national sides stay their
 * country), or where neither side is an everyday word ("Federer beat Nadal": players) — unless
 * the document speaks of clubs (`club-documents.ts`: "Kelby beat Dunmore 3-1 … the club's
 * manager"), where two bare one-word sides that are no given names are clubs too.
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import type { RawMention } from './raw-mention.js';
import { settleName } from './raw-mention.js';
import { inSentence } from './sentence-tokens.js';
import { speaksOfClubs } from './club-documents.js';

const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Settles, in place, the sides of match words where one side is an everyday word alone. */
export function settleContestSides(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): void {
  const byFirst = new Map<number, RawMention>();
  const byLast = new Map<number, RawMention>();
  for (const m of mentions) {
    byFirst.set(m.firstToken, m);
    byLast.set(m.lastToken, m);
  }
  // "Kelby beat Dunmore 3-1 … the club's manager": a document of clubs settles bare sides too.
  const clubs = speaksOfClubs(tokens);
  for (const m of mentions) {
    const at = inSentence(tokens, tokens[m.firstToken]?.sentence);
    const one = at(m.lastToken)?.lower ?? '';
    const two = `${one} ${at(m.lastToken + 1)?.lower ?? ''}`;
    const width = lex.contestVerbs.has(two) ? 2 : lex.contestVerbs.has(one) ? 1 : 0;
    if (!width || !at(m.lastToken + width - 1)) continue;
    // A verb in lower case ("beat", not the "V" of a name).
    if (at(m.lastToken)?.text !== one) continue;
    const other = byFirst.get(m.lastToken + width);
    if (!other || byLast.get(m.lastToken) !== m) continue;
    if (!side(tokens, m, lex) || !side(tokens, other, lex)) continue;
    const everyday =
      everydayAlone(tokens, m, lex, isCommon) || everydayAlone(tokens, other, lex, isCommon);
    if (!everyday && !(clubs && bare(tokens, m, lex) && bare(tokens, other, lex))) {
      continue;
    }
    settleName(m, 'ORG');
    settleName(other, 'ORG');
  }
}

/** A name that may be a club: no person the rules are sure of, no gazetteer entry. */
function side(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  if (m.canonical || m.kind !== 'name') return false;
  if (m.confident && !m.yieldable && m.entityType !== 'ORG') return false;
  // "Tim Henman beat …"; a given name alone is a club's as often ("Chelsea beat Arsenal").
  return m.lastToken - m.firstToken === 1 || !lex.givenNames.has(tokens[m.firstToken]?.lower ?? '');
}

/** One everyday word with a capital, inside running text ("beat Arsenal", "Wolves drew"). */
function everydayAlone(
  tokens: readonly Token[],
  m: RawMention,
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): boolean {
  if (m.lastToken - m.firstToken !== 1) return false;
  const word = tokens[m.firstToken] as Token;
  if (!TITLE_WORD.test(word.text) || !isCommon(word.lower)) return false;
  return !lex.personWords.has(word.lower) && !lex.stopCapitals.has(word.lower);
}

/** One word that is no given name, or a guess the rules typed as no person ("Kelby"). */
function bare(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  if (m.lastToken - m.firstToken !== 1) return false;
  return !lex.givenNames.has(tokens[m.firstToken]?.lower ?? '');
}
