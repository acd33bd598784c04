/**
 * Works' titles in quotes: 'his 1992 film "The Crying Game"', 'best known for "Viva Zapata" and
 * "On the Waterfront"', 'his novels translate as "Sleeping Bread" (1975) and "A World of
 * Things"'. A quoted run of capitalised words (and the small words of a title: *of, the, in* …)
 * in a sentence that names a work before it (a work noun of `works.json`, or *known for,
 * performance in, appearances in, starred in, translate as*) is a work's title, one PRODUCT
 * mention, whatever names its words hold ("Michael Collins", "Lawrence of Arabia"). Every such
 * title after the cue in the sentence is one (a list of titles). Not a quote of lower-case
 * speech, nor a nickname inside a name (Roberto "Hands of Stone" Duran) or after *dubbed*; a
 * title of one word only right after its cue ('the film "Jaws"').
 */
import type { Token } from './analysis.js';
import { isCap } from './casing.js';
import { joinSpans } from './join-spans.js';
import type { JoinedSpan } from './join-spans.js';
import type { Lexicon } from './lexicon.js';
import type { Detected } from './mentions.js';
import { singularOf } from './work-titles.js';

const OPEN = new Set(['"', '“']);
const CLOSE = new Set(['"', '”']);
/** Small words inside a title: "Anne of a Thousand Days", "Ice Cold in Alex". */
const TITLE_WORDS = new Set([
  'of',
  'the',
  'a',
  'an',
  'in',
  'on',
  'to',
  'for',
  'and',
  'with',
  'from',
  'at',
  "'s",
  '’s',
]);
/** Two-word cues that a work is named next: "known for", "appearances in". */
const CUE_PAIRS = new Set([
  'known for',
  'famous for',
  'performance in',
  'performances in',
  'appearance in',
  'appearances in',
  'appeared in',
  'starred in',
  'starring in',
  'role in',
  'translate as',
  'translated as',
  'translates as',
]);
/** Words before a quote that make it a nickname. */
const NICKNAME_CUES = new Set(['dubbed', 'nicknamed', 'alias']);
/** At most this many words in a quoted title. */
const MAX_WORDS = 8;

/** Joins each quoted work title into one PRODUCT mention; the mentions inside it go. */
export function joinQuotedTitles(
  tokens: readonly Token[],
  detected: Detected,
  lex: Lexicon,
): Detected {
  const spans: JoinedSpan[] = [];
  let cueSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (cueAt(tokens, i, lex)) cueSentence = t.sentence;
    if (!OPEN.has(t.text) || cueSentence !== t.sentence) continue;
    const end = titleEnd(tokens, i + 1);
    if (end === undefined) continue;
    const before = tokens[i - 1];
    // Roberto "Hands of Stone" Duran, the "Iron Lady" after "dubbed".
    if (before && before.sentence === t.sentence) {
      if (NICKNAME_CUES.has(before.lower)) continue;
      const after = tokens[end.close + 1];
      if (isCap(before) && after?.sentence === t.sentence && isCap(after)) continue;
    }
    // One word is a title only right after its cue: 'the film "Jaws"', not 'his record "Macho"'.
    if (end.last - i === 2 && !(before && cueAt(tokens, before.i, lex))) continue;
    spans.push({
      first: i + 1,
      last: end.last,
      mention: {
        firstToken: i + 1,
        lastToken: end.last,
        type: 'PRODUCT',
        entityType: 'PRODUCT',
        kind: 'name',
        confident: true,
      },
    });
    i = end.close;
  }
  return joinSpans(detected, spans);
}

/** Does a work cue end at token i: a work noun, or the second word of a cue pair? */
function cueAt(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i] as Token;
  if (lex.workNouns.has(singularOf(t.lower))) return true;
  const prev = tokens[i - 1];
  return !!prev && prev.sentence === t.sentence && CUE_PAIRS.has(`${prev.lower} ${t.lower}`);
}

/**
 * The title after an opening quote at `first`: capitalised words and title words up to the
 * closing quote (a comma before it is left out: "The Knot ,"). Undefined when anything else is
 * inside, or the quote does not close within the sentence.
 */
function titleEnd(
  tokens: readonly Token[],
  first: number,
): { last: number; close: number } | undefined {
  const start = tokens[first];
  if (!start || !isCap(start)) return undefined;
  for (let j = first; j <= first + MAX_WORDS; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== start.sentence) return undefined;
    if (CLOSE.has(t.text)) {
      const last = tokens[j - 1]?.text === ',' ? j - 1 : j;
      return last > first ? { last, close: j } : undefined;
    }
    if (t.text === ',' && CLOSE.has(tokens[j + 1]?.text ?? '')) continue;
    if (isCap(t) || /^\d+$/.test(t.text) || TITLE_WORDS.has(t.lower)) continue;
    return undefined;
  }
  return undefined;
}
