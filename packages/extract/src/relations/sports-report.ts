/**
 * Is a document a sports report (`Context.sport`)? Sport turns on the passes of teams and players
 * (sport.ts, scorers.ts, unnamed-sheet.ts) and turns off readings that sport makes wrong (teams
 * "beat" and "attack" each other without violence; a "chief executive" with no body is as often
 * another club's), so a business or political story read as sport loses its company officers and
 * ministers, and a match report not read so loses its players.
 *
 * A sports report has at least `sportsContext.minCues` distinct sports words (noun-phrases.json;
 * two-word cues such as "grand slam" and "six nations" count too), one of them at least no weak cue (`sportsContext.weakCues`: words other news uses as often —
 * "play", "win", "set", "game", "player", "manager", "title": a report on video games "played" for a
 * "title", or a party that "won" a "test" of its "manager", is no sports report); or its headline
 * sets two names against each other with a result between them ("Kelby 1-1 Dunmore"), as a
 * short match report's does, whatever its words, or with "v" and one sports word no other news
 * uses ("Kelby v Dunmore (Sat)" with "striker"; "Globex v Initech" heads a court report too).
 */
import type { Analysis, Token } from '../analysis.js';
import type { Lexicon } from './lexicon.js';

/** What stands between a fixture's two sides in a headline: a result, "v" or "vs". */
const FIXTURE = /^(?:v|v\.|vs|vs\.|\d{1,3}-\d{1,3})$/;
/** A match's result: "1-1", "31-37". */
const RESULT = /^\d{1,3}-\d{1,3}$/;
/** A capitalised word, as a side's name opens and ends. */
const CAPITALISED = /^\p{Lu}/u;

export function isSportsReport(analysis: Analysis, lex: Lexicon): boolean {
  const words = sportsWords(analysis, lex);
  if (words.strong && words.seen >= lex.sports.minCues) return true;
  // "Kelby 1-1 Dunmore"; "Kelby v Dunmore" with a sports word no other news uses ("Apple v
  // Samsung" heads a court report as often).
  const headline = fixtureHeadline(analysis);
  return headline === 'result' || (headline === 'versus' && words.strong);
}

/** How many distinct sports words the document has, and whether one is no weak cue. */
function sportsWords(analysis: Analysis, lex: Lexicon): { seen: number; strong: boolean } {
  const { cues, weakCues, minCues } = lex.sports;
  const seen = new Set<string>();
  let strong = false;
  const tokens = analysis.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const lemma = t.lemma.toLowerCase();
    // "grand slam", "six nations", "transfer window": a cue of two words.
    const pair = `${t.lower} ${tokens[i + 1]?.lower ?? ''}`;
    const w = cues.has(lemma) ? lemma : cues.has(t.lower) ? t.lower : cues.has(pair) ? pair : '';
    if (!w) continue;
    seen.add(w);
    if (!weakCues.has(w)) strong = true;
    if (strong && seen.size >= minCues) break;
  }
  return { seen: seen.size, strong };
}

/**
 * "Kelby 1-1 Dunmore" (a result), "Kelby v Dunmore (Sat)" (versus): the first sentence sets two
 * names apart.
 */
function fixtureHeadline(analysis: Analysis): 'result' | 'versus' | undefined {
  const tokens = analysis.tokens;
  const first = tokens[0]?.sentence;
  for (let k = 1; k + 1 < tokens.length && tokens[k + 1]?.sentence === first; k++) {
    if (!FIXTURE.test(tokens[k]?.lower ?? '')) continue;
    const named = (i: number) =>
      analysis.mentions.some((m) => m.sentence === first && m.firstToken <= i && i < m.lastToken);
    if (
      CAPITALISED.test(tokens[k - 1]?.text ?? '') &&
      CAPITALISED.test(tokens[k + 1]?.text ?? '') &&
      named(k - 1) &&
      named(k + 1)
    ) {
      return RESULT.test(tokens[k]?.lower ?? '') ? 'result' : 'versus';
    }
  }
  return undefined;
}
