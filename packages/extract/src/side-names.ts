/**
 * Sides named in full in results lines and league tables. A line that is only two sides and
 * their scores ("Queen of the South 2 Forfar 1", "Kelby 's Rovers 0 Ashby 3") or a side and its
 * table counts ("Dunmore Athletic ( B ) 4 2 1 1 8 5 7") holds nothing else: each run of words
 * before a score is one side's whole name, however the mention rules cut it ("Queen" and
 * "South"; "Ashby" and "Irish"; "Dunmore" without the bracketed letter that tells two clubs of
 * one name apart). Such a run becomes one organisation mention. A run the rules already read
 * as one mention keeps it (the teams pass types it), and so does a run holding a country
 * ("Republic of Ireland": national sides are their country; a demonym is no country there:
 * "Ashby Irish"), or a person the rules are sure of. Only in a document about sport (two sports
 * words in lower case at least).
 */
import type { Token } from './analysis.js';
import { joinSpans } from './join-spans.js';
import type { JoinedSpan } from './join-spans.js';
import type { Lexicon } from './lexicon.js';
import type { Detected, RawMention } from './mentions.js';
import { SHEET_SPORT_WORDS, sportWordCount } from './club-names.js';

/** A whole number of goals, points or games. */
const COUNT = /^\d{1,3}$/;
/** A capitalised word of a side's name: "Queen", "OFK", "F.P.", "St". */
const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
/** Small words inside a side's name: "Queen of the South", "Heriot 's F.P.". */
const CONNECTORS = new Set(['of', 'the', 'de', 'del', 'la', "'s", '’s', "'", '’']);
/** The letters in brackets that set apart clubs of one name: "( B )", "( BJ )". */
const MARK = /^\p{Lu}{1,3}\.?$/u;
/** Counts after a side that make a league-table row (played, won, drawn, lost, for, against, points). */
const TABLE_ROW = 6;
/** Most tokens in one side's name. */
const MOST_TOKENS = 7;

/** Joins the pieces of each side named in a results line or a table row into one ORG mention. */
export function joinSideNames(
  tokens: readonly Token[],
  detected: Detected,
  lex: Lexicon,
): Detected {
  // Only where sport is the subject ("league", "played"): a table of figures elsewhere has rows
  // of numbers too ("M1 63 62 57 …").
  if (sportWordCount(tokens, lex, SHEET_SPORT_WORDS) < SHEET_SPORT_WORDS) return detected;
  const spans: JoinedSpan[] = [];
  let first = 0;
  while (first < tokens.length) {
    const sentence = (tokens[first] as Token).sentence;
    let last = first;
    while (last < tokens.length && (tokens[last] as Token).sentence === sentence) last++;
    for (const side of lineSides(tokens, first, last)) {
      const span = sideSpan(detected.mentions, side.first, side.last);
      if (span) spans.push(span);
    }
    first = last;
  }
  return joinSpans(detected, spans);
}

interface Side {
  first: number;
  /** Exclusive. */
  last: number;
}

/**
 * The sides of a line made of two sides, each with its score, or of one side and a table row of
 * counts (a full stop may close it); none for any other line.
 */
function lineSides(tokens: readonly Token[], first: number, last: number): Side[] {
  let end = last;
  if (tokens[end - 1]?.text === '.') end--;
  const runs: { side: Side; counts: number }[] = [];
  let k = first;
  while (k < end) {
    const start = k;
    while (k < end && !COUNT.test((tokens[k] as Token).text)) k++;
    const side = { first: start, last: k };
    let counts = 0;
    while (k < end && COUNT.test((tokens[k] as Token).text)) {
      k++;
      counts++;
    }
    if (!counts || !isSideName(tokens, side)) return [];
    runs.push({ side, counts });
  }
  const [a, b] = runs;
  if (runs.length === 2 && a?.counts === 1 && b?.counts === 1) return [a.side, b.side];
  if (runs.length === 1 && a && a.counts >= TABLE_ROW) return [a.side];
  return [];
}

/**
 * Capitalised words and the small words between them, with at most one bracket of letters at
 * the end: "Queen of South", "Heriot 's F.P.", "Mladost ( BJ )".
 */
function isSideName(tokens: readonly Token[], side: Side): boolean {
  let end = side.last;
  if (end - side.first > MOST_TOKENS) return false;
  if (tokens[end - 1]?.text === ')') {
    if (tokens[end - 3]?.text !== '(' || !MARK.test(tokens[end - 2]?.text ?? '')) return false;
    end -= 3;
  }
  if (end <= side.first) return false;
  for (let k = side.first; k < end; k++) {
    const t = tokens[k] as Token;
    const edge = k === side.first || k === end - 1;
    if (NAME_WORD.test(t.text)) continue;
    if (edge || !CONNECTORS.has(t.lower)) return false;
  }
  return true;
}

/** The ORG mention over a side's whole name, unless the rules already read it so or a country is in it. */
function sideSpan(mentions: readonly RawMention[], first: number, last: number) {
  const inside = mentions.filter((m) => m.firstToken < last && m.lastToken > first);
  if (inside.some((m) => m.firstToken < first || m.lastToken > last)) return undefined;
  if (inside.some((m) => m.lexClass === 'country' && m.type !== 'NORP')) return undefined;
  // A player named in a singles result ("Kari Lund 6 Ola Vik 3") the rules are sure of.
  if (inside.some((m) => m.entityType === 'PERSON' && m.confident && !m.yieldable)) {
    return undefined;
  }
  const whole =
    inside.length === 1 && inside[0]?.firstToken === first && inside[0].lastToken === last;
  if (whole) return undefined;
  const mention: RawMention = {
    firstToken: first,
    lastToken: last,
    type: 'ORG',
    entityType: 'ORG',
    kind: 'name',
    confident: true,
  };
  return { first, last, mention };
}
