/**
 * Is a document written as reported news? Wire and newspaper copy speaks of others in the third
 * person, in sentence case, without exclamations; e-mails, reviews and forum posts speak to or
 * for their writer ("I", "you", "we"), in lower case now and then, with "!" and "?". Capitals
 * mean different things in the two: a lone acronym in news copy names a body ("the PLO said",
 * "his WBA title"); in a forum post it is as often a product, a unit or a shout ("VHS", "RFP",
 * "VERY"). Speech inside double quotes is the people quoted, not the writer, and is left out.
 */
import type { Sentence, Token } from './analysis.js';

/** First- and second-person words: the writer speaking or spoken to (lower case, bar "I"). */
const WRITER_WORDS = new Set([
  'me',
  'my',
  'mine',
  'myself',
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  'we',
  'our',
  'ours',
  'ourselves',
  'us',
]);
const QUOTES = new Set(['"', '“', '”']);
/** Fewer words than this say too little about how a document is written. */
const MIN_WORDS = 25;
/** At most one writer's word in a hundred outside quotes. */
const MAX_WRITER_SHARE = 0.01;
/** At most one sentence in ten opening in lower case. */
const MAX_LOWER_SHARE = 0.1;

/** True when the document reads as reported news (see the module comment). */
export function isNewsStyle(tokens: readonly Token[], sentences: readonly Sentence[]): boolean {
  let words = 0;
  let writer = 0;
  let quoted = false;
  for (const t of tokens) {
    if (QUOTES.has(t.text)) {
      quoted = !quoted;
      continue;
    }
    if (t.text === '!' || t.text === '?') {
      if (!quoted) return false;
      continue;
    }
    if (!/\p{L}/u.test(t.text)) continue;
    words++;
    if (!quoted && (t.text === 'I' || (t.text === t.lower && WRITER_WORDS.has(t.lower)))) {
      writer++;
    }
  }
  if (words < MIN_WORDS || writer > words * MAX_WRITER_SHARE) return false;
  let lower = 0;
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.lastToken; i++) {
      const t = tokens[i] as Token;
      if (!/\p{L}/u.test(t.text)) continue;
      if (/^\p{Ll}/u.test(t.text)) lower++;
      break;
    }
  }
  return lower <= sentences.length * MAX_LOWER_SHARE;
}
