/**
 * Events named after a place or a people: "the Norlandian Grand Prix", "the Vardby Open", "the
 * Kelmar Masters", "the Lemurian Nations Cup", "the Tour of Norland", "the Treaty of Vardby".
 * The mention stage reads the place or demonym first and leaves it a mention of its own
 * ("Norlandian" NORP, "Grand Prix" EVENT); the name is one event, and the place inside it is not
 * named as such (an Open held in a city says nothing of the city's people or its government).
 *
 * Two shapes, both ending in an event word of `cues.json` *eventSuffix* (or *masters*, *tour*):
 * - a place or demonym mention, then at most three capitalised words ending in an event word,
 *   and no capitalised word after it ("the Vardby Open Market Committee" is no event);
 * - an event word, capitalised inside its sentence, then *of*, an optional *the* and a
 *   capitalised name ("World Series of Golf", "the Tour of the Netherlands").
 * In a line in capitals (a headline) every word is capitalised: a verb-like event word (*open*,
 * *rally*, *tour*) there ends an event only before the end of the line, a number or a word that
 * headlines put after an event ("RESULTS", "FINAL"), and the *of* shape needs a place after it.
 */
import type { Token } from './analysis.js';
import { hasLetter, isCap } from './casing.js';
import type { Lexicon } from './lexicon.js';
import { joinSpans } from './join-spans.js';
import type { Detected, RawMention } from './mentions.js';

/** Event words that are not in `eventSuffix` because alone they name people or things. */
const EXTRA_HEADS = new Set(['masters', 'tour']);
/** Event words that may be a body's name too ("Islamic Conference"): left to the rules. */
const NOT_HEADS = new Set(['conference']);
/** Event words that are also verbs a headline may use ("CHINA OPEN TO TALKS"). */
const VERB_HEADS = new Set(['open', 'rally', 'tour']);
/** Words a headline puts after an event's name ("VARDBY OPEN RESULTS"). */
const HEADLINE_TAILS = new Set([
  'results',
  'result',
  'scores',
  'score',
  'standings',
  'final',
  'finals',
  'semifinal',
  'semifinals',
  'quarterfinal',
  'quarterfinals',
  'draw',
  'title',
  'champion',
  'winners',
  'leaders',
]);
/** Words a headline writes in capitals that are no word of an event's name. */
const FUNCTION_WORDS = new Set([
  'in',
  'at',
  'on',
  'of',
  'for',
  'to',
  'from',
  'with',
  'by',
  'and',
  'or',
  'the',
  'a',
  'an',
  'v',
  'vs',
  'beat',
  'beats',
  'win',
  'wins',
  'lose',
  'loses',
  'draw',
  'draws',
  'after',
  'before',
]);
/** Mentions that can lead an event's name: places and peoples. */
const PLACE_TYPES = new Set(['GPE', 'LOC', 'NORP']);

/** Joins events named after a place or a people into one EVENT mention; roles follow. */
export function joinEventNames(
  tokens: readonly Token[],
  detected: Detected,
  lex: Lexicon,
): Detected {
  const mentions = detected.mentions;
  const head = (t: Token | undefined) =>
    !!t &&
    isCap(t) &&
    (lex.eventSuffix.has(t.lower) || EXTRA_HEADS.has(t.lower)) &&
    !NOT_HEADS.has(t.lower);
  const capsLine = capsSentences(tokens);
  const at = new Map<number, number>();
  mentions.forEach((m, k) => {
    for (let i = m.firstToken; i < m.lastToken; i++) at.set(i, k);
  });
  const spans: { first: number; last: number }[] = [];
  for (const m of mentions) {
    if (!PLACE_TYPES.has(m.type) || m.kind === 'pronoun' || m.kind === 'nominal') continue;
    const s = tokens[m.firstToken]?.sentence;
    if (s === undefined) continue;
    const caps = capsLine.has(s);
    // The last event word within three capitalised words after the place.
    let end = -1;
    for (let j = m.lastToken; j < m.lastToken + 4; j++) {
      const t = tokens[j];
      if (!t || t.sentence !== s || !isCap(t) || !hasLetter(t.text)) break;
      const other = at.get(j);
      if (other !== undefined && mentions[other]?.type === 'PERSON') break;
      if (!caps && (t.pos === 'VERB' || t.pos === 'AUX') && !head(t)) break;
      // "ESTONIA IN WORLD CUP": a function word in a headline is no word of the name.
      if (FUNCTION_WORDS.has(t.lower) || t.text.includes('-')) break;
      if (head(t)) end = j + 1;
    }
    if (end < 0) continue;
    // A day is a country's holiday, the country no word of its name ("the Lemurian Labour
    // Day"), unless the day is named after the place alone ("Norland Day").
    if ((tokens[end - 1] as Token).lower === 'day' && end - m.lastToken > 1) continue;
    const after = tokens[end];
    const next = after && after.sentence === s ? after : undefined;
    const headWord = (tokens[end - 1] as Token).lower;
    if (!caps && next && isCap(next) && hasLetter(next.text)) continue;
    if (caps && VERB_HEADS.has(headWord) && next && !tailOk(next)) continue;
    // A known event after a place keeps its own name ("England World Cup squad": the side).
    const rest = at.get(m.lastToken);
    const known = rest !== undefined ? mentions[rest] : undefined;
    if (known?.canonical && known.firstToken === m.lastToken && known.lastToken === end) continue;
    spans.push({ first: m.firstToken, last: ofName(tokens, end, at, mentions, caps) ?? end });
  }
  // "the Tour of Norland", "World Series of Golf": an event word, of, a name.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!head(t)) continue;
    const caps = capsLine.has(t.sentence);
    const prev = tokens[i - 1];
    if (!caps && (!prev || prev.sentence !== t.sentence)) continue;
    const end = ofName(tokens, i + 1, at, mentions, caps);
    if (end === undefined) continue;
    // Start where the event's own mention starts ("World Series"), or at the word.
    const own = at.get(i);
    const ownMention = own !== undefined ? mentions[own] : undefined;
    const first = ownMention && ownMention.type === 'EVENT' ? ownMention.firstToken : i;
    if (ownMention && ownMention.type !== 'EVENT' && ownMention.firstToken < i) continue;
    spans.push({ first, last: end });
  }
  return joinSpans(
    detected,
    spans.map((span) => ({
      ...span,
      mention: {
        firstToken: span.first,
        lastToken: span.last,
        type: 'EVENT',
        entityType: 'EVENT',
        kind: 'name',
        confident: true,
      },
    })),
  );
}

/** A line whose words are all in capitals or title case: a headline. */
function capsSentences(tokens: readonly Token[]): Set<number> {
  const lower = new Set<number>();
  const seen = new Set<number>();
  for (const t of tokens) {
    if (!hasLetter(t.text)) continue;
    seen.add(t.sentence);
    if (t.text === t.lower && t.text.length > 3) lower.add(t.sentence);
  }
  return new Set([...seen].filter((s) => !lower.has(s)));
}

function tailOk(t: Token): boolean {
  return !hasLetter(t.text) || /^\d/.test(t.text) || HEADLINE_TAILS.has(t.lower);
}

/**
 * After an event word at `end`: *of*, an optional *the*, and a capitalised name (a mention or
 * capitalised words, at most four). Returns the end of the name. In a headline the name must be a
 * place.
 */
function ofName(
  tokens: readonly Token[],
  end: number,
  at: ReadonlyMap<number, number>,
  mentions: readonly RawMention[],
  caps: boolean,
): number | undefined {
  const of = tokens[end];
  const s = tokens[end - 1]?.sentence;
  if (!of || of.sentence !== s || of.lower !== 'of') return undefined;
  let j = end + 1;
  if (tokens[j]?.lower === 'the' && tokens[j]?.sentence === s) j++;
  const start = j;
  const placed = at.get(j);
  const m = placed !== undefined ? mentions[placed] : undefined;
  if (m && m.firstToken === j) {
    // A guessed person after "Treaty of" is most often a place ("the Treaty of Vardby").
    if (m.type === 'PERSON' && m.confident) return undefined;
    if (caps && !PLACE_TYPES.has(m.type)) return undefined;
    j = m.lastToken;
  } else if (caps) {
    return undefined;
  }
  while (j < start + 4) {
    const t = tokens[j];
    if (!t || t.sentence !== s || !isCap(t) || !hasLetter(t.text)) break;
    if (caps || FUNCTION_WORDS.has(t.lower) || t.lower === 'between') break;
    const other = at.get(j);
    if (other !== undefined && (mentions[other] as RawMention).firstToken < j) break;
    if (other !== undefined) j = (mentions[other] as RawMention).lastToken;
    else j++;
  }
  return j > start ? j : undefined;
}
