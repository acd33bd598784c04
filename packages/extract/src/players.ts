/**
 * People in sports results, read from the shape of the line rather than from the words of the
 * name. Results pages name players the way no running text does, and the tagger, which learned
 * from running text, reads them poorly:
 *
 * - a scorer is a name in brackets after a side's score, followed by the minute it scored in:
 *   "Karlsruhe 3 ( Reich 29th , Carl 44th )", "Lens 0 Nantes 4 ( Japhet N'Doram 7 , … )";
 * - a competitor is a name followed by a country in brackets: "3. Rose Cheruiyot ( Kenya )
 *   15:05.41". A club may be written so too ("Red Star ( Yugoslavia ) 70"), so this counts only
 *   in a document where names the rules are sure are people ("Vladimir Dubrovshchik", led by a
 *   given name) stand in the same place at least twice, and never for a name led by an everyday
 *   word.
 *
 * Only guesses are retyped (not a gazetteer entry, not a name typed by a cue word or a title).
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import type { RawMention } from './mentions.js';
import { settleName } from './mentions.js';

/** A minute or a count right after a scorer: "29th", "7", "90". */
const MINUTE = /^\d{1,3}(?:st|nd|rd|th)?$/;
/** How many sure people before a country in brackets make the construction a person's. */
const SURE_COMPETITORS = 2;

/** Retypes, in place, the guesses that results lines place as players; returns how many. */
export function markPlayers(
  tokens: readonly Token[],
  mentions: RawMention[],
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): number {
  let sure = 0;
  const competitors: RawMention[] = [];
  for (const [n, m] of mentions.entries()) {
    if (!beforeCountry(tokens, mentions, n)) continue;
    if (m.entityType === 'PERSON') sure++;
    else competitors.push(m);
  }
  let retyped = 0;
  const person = (m: RawMention) => {
    if (!isGuess(m)) return;
    settleName(m, 'PERSON');
    retyped++;
  };
  for (const m of mentions) if (scorer(tokens, m)) person(m);
  if (sure >= SURE_COMPETITORS && sure >= competitors.length) {
    for (const m of competitors) {
      const lead = tokens[m.firstToken] as Token;
      if (isCommon(lead.lower) && !lex.givenNames.has(lead.lower)) continue;
      person(m);
    }
  }
  return retyped;
}

/** A name typed by default or by name lists only, that no gazetteer entry or cue settled. */
const isGuess = (m: RawMention) =>
  m.type !== 'NORP' && !m.canonical && (!m.confident || !!m.yieldable) && m.entityType !== 'PERSON';

/** "( Reich 29th ,": inside an open bracket, after "(" or a comma, before a minute. */
function scorer(tokens: readonly Token[], m: RawMention): boolean {
  const first = tokens[m.firstToken] as Token;
  const prev = tokens[m.firstToken - 1];
  const next = tokens[m.lastToken];
  if (!prev || !next || prev.sentence !== first.sentence || next.sentence !== first.sentence) {
    return false;
  }
  if (!(prev.text === '(' || prev.text === ',') || !MINUTE.test(next.text)) return false;
  const after = tokens[m.lastToken + 1];
  if (after && after.sentence === first.sentence && !/^[,;)]$/.test(after.text)) return false;
  // An open bracket before the name, after a score: "Karlsruhe 3 ( Reich".
  let depth = 0;
  for (let k = m.firstToken - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== first.sentence) return false;
    if (t.text === ')') depth--;
    else if (t.text === '(') {
      depth++;
      if (depth > 0) return /^\d{1,3}$/.test(tokens[k - 1]?.text ?? '');
    }
  }
  return false;
}

/** "Rose Cheruiyot ( Kenya )": the name, a bracket holding only a country, the bracket closed. */
function beforeCountry(tokens: readonly Token[], mentions: readonly RawMention[], n: number) {
  const m = mentions[n] as RawMention;
  const country = mentions[n + 1];
  const open = tokens[m.lastToken];
  if (!country || open?.text !== '(' || country.firstToken !== m.lastToken + 1) return false;
  if (country.lexClass !== 'country') return false;
  const close = tokens[country.lastToken];
  return close?.text === ')' && close.sentence === open.sentence;
}
