/**
 * Clubs named with joined place names, in brackets after a person: "Tavi Orrel (Kelby, Dunmore
 * and Ashby AC)", "Ola Brisket (Vardby with Kolm Ladies)". The pieces are towns, but the bracket
 * names one club, one ORG mention, not three places. Read by the mention pass (mentions.ts).
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';

/** Words and marks joining the names of one club. */
const JOINERS = new Set([',', 'and', '&', 'with']);
/** A capitalised word of a club's name: "Kelby", "AC", "Lewis-Holt". */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
/** Most tokens between the brackets. */
const MOST_TOKENS = 10;
/** How many distinct sports words make a list of players with clubs in brackets a team sheet. */
export const SHEET_SPORT_WORDS = 2;
/** Fewest people with a club in brackets in a line of a team sheet. */
const SHEET_ITEMS = 3;

/**
 * How many distinct sports words ("innings", "striker", "league", "coach" …; `sportWords` in
 * cues.json) the document writes in lower case, counted up to `upTo`.
 */
export function sportWordCount(tokens: readonly Token[], lex: Lexicon, upTo: number): number {
  const seen = new Set<string>();
  for (const t of tokens) {
    // In lower case: "National League for Democracy" is no sports word.
    if (t.text === t.lower && lex.sportWords.has(t.lower) && !seen.has(t.lower)) {
      seen.add(t.lower);
      if (seen.size >= upTo) break;
    }
  }
  return seen.size;
}

/**
 * The bracket opening right before `i` holds only capitalised words and joiners, at least one
 * joiner, after a capitalised word: the index of its closing bracket, else undefined.
 */
function joinedBracket(tokens: readonly Token[], i: number): number | undefined {
  const open = tokens[i - 1];
  const before = tokens[i - 2];
  const first = tokens[i];
  if (open?.text !== '(' || !first || !before || before.sentence !== first.sentence) {
    return undefined;
  }
  if (!NAME_WORD.test(before.text) || !NAME_WORD.test(first.text)) return undefined;
  let joined = false;
  for (let j = i + 1; j <= i + MOST_TOKENS; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== first.sentence) return undefined;
    const prev = tokens[j - 1] as Token;
    if (t.text === ')') return joined && NAME_WORD.test(prev.text) ? j : undefined;
    if (JOINERS.has(t.lower)) {
      if (JOINERS.has(prev.lower)) return undefined;
      joined = true;
    } else if (!NAME_WORD.test(t.text)) return undefined;
  }
  return undefined;
}

/** Finds the clubs named with joined names in one document. */
export class BracketClubs {
  private readonly tokens: readonly Token[];
  private readonly lex: Lexicon;
  /** Per sentence, how many brackets after a capitalised word hold only capitalised names. */
  private items: Map<number, number> | undefined;
  /** The fewest such brackets in a line that make it a team sheet. */
  private fewest = SHEET_ITEMS;

  constructor(tokens: readonly Token[], lex: Lexicon) {
    this.tokens = tokens;
    this.lex = lex;
  }

  /**
   * Where the club named from `i` ends (exclusive: the closing bracket), when the bracket opening
   * right before `i`, after a person (`afterPerson`), joins names into one club: its last word is
   * an organisation's ("Kelby and Dunmore AC", "Vardby, Kolm and Ashby Harriers"), or its line
   * lists three people or more each with a club in brackets in a story with sports words (a team
   * sheet: "Tavi Orrel (Kelby with Dunmore Ladies), Ola Vask (Ashby Harriers), …"); once a line
   * of three makes the document carry team sheets, a line of two is one too.
   */
  at(i: number, afterPerson: boolean): number | undefined {
    if (!afterPerson) return undefined;
    const close = joinedBracket(this.tokens, i);
    if (close === undefined) return undefined;
    const last = this.tokens[close - 1] as Token;
    if (this.lex.orgSuffix.has(last.lower)) return close;
    const items = this.sheetItems();
    return (items.get((this.tokens[i] as Token).sentence) ?? 0) >= this.fewest ? close : undefined;
  }

  /** Brackets of capitalised names after a capitalised word, per sentence (none outside sports). */
  private sheetItems(): Map<number, number> {
    if (this.items) return this.items;
    const items = new Map<number, number>();
    this.items = items;
    const tokens = this.tokens;
    if (sportWordCount(tokens, this.lex, SHEET_SPORT_WORDS) < SHEET_SPORT_WORDS) return items;
    for (let k = 1; k < tokens.length; k++) {
      const open = tokens[k] as Token;
      if (open.text !== '(' || !NAME_WORD.test(tokens[k - 1]?.text ?? '')) continue;
      let j = k + 1;
      while (j <= k + MOST_TOKENS) {
        const t = tokens[j];
        if (!t || t.sentence !== open.sentence || t.text === ')') break;
        if (!NAME_WORD.test(t.text) && !JOINERS.has(t.lower)) break;
        j++;
      }
      if (tokens[j]?.text !== ')' || j === k + 1) continue;
      items.set(open.sentence, (items.get(open.sentence) ?? 0) + 1);
    }
    if ([...items.values()].some((n) => n >= SHEET_ITEMS)) this.fewest = 2;
    return items;
  }
}
