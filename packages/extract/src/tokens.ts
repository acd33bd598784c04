/**
 * Tokens and sentences from one wink-nlp `readDoc` pass. Whitespace tokens are dropped; a line
 * break always ends a sentence (news text puts headlines, captions and paragraphs on their own
 * lines). Offsets are recovered from wink's lossless token values and preceding spaces.
 *
 * Linear on any input: wink reads the text through `guardForWink` (same length, so offsets stay
 * exact); the over-long runs it must not see come back as pieces, each a sentence of its own with
 * part of speech `X`. Letters past Latin-1, which wink cuts words at, are shown to it folded
 * (`foldForWink`: "Dvořák" as "Dvorák") and the tokens keep the original text. A sentence never holds more than `MAX_SENTENCE_TOKENS` tokens, so rules that
 * look across one stay bounded.
 */
import type { ItsFunction } from 'wink-nlp';
import type { Sentence, Token } from './analysis.js';
import type { Nlp } from './nlp.js';
import { chunkBounds, guardForWink, realign, runPieces } from './wink-guard.js';
import { foldForWink } from './wink-letters.js';

const ABBREVIATION =
  /^(?:\p{Lu}\.|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|Gen\.|Lt\.|Col\.|Sen\.|Rep\.|Gov\.|Prof\.|Rev\.|Adm\.|Maj\.|Capt\.|Sgt\.)$/u;

/**
 * Does the word `next`, where wink starts a sentence, go on with the one before: after an initial
 * or a title abbreviation ("M. Waugh", "Gen. Ali"), an initial wink split from its full stop
 * ("D-N.Y." as "N", ".", "Y."), or as a lower-case word after an abbreviation's full stop and a
 * closing bracket ("Rep. Tom Reed (R-Calif.) voted")? A sentence opens with no lower-case word
 * ("iPhone" and the like aside).
 */
function continuesSentence(tokens: readonly Token[], next: string): boolean {
  const last = tokens[tokens.length - 1];
  if (!last) return false;
  if (ABBREVIATION.test(last.text)) return true;
  const before = tokens[tokens.length - 2];
  if (last.text === '.' && before && /^\p{Lu}$/u.test(before.text) && before.end === last.start) {
    return true;
  }
  const lower = /^\p{Ll}+(?:$|[^\p{Lu}\p{Ll}])/u.test(next) || /^\p{Ll}+$/u.test(next);
  return lower && last.text === ')' && /\.$/.test(before?.text ?? '');
}

/** Longest sentence, in tokens; the longest in the BBC corpus has 242. */
export const MAX_SENTENCE_TOKENS = 256;

export interface Tokenised {
  tokens: Token[];
  sentences: Sentence[];
}

/** wink's columns for one chunk of text. */
interface WinkColumns {
  values: string[];
  pos: string[];
  lemmas: string[];
  spaces: string[];
  /** Indexes of the tokens wink starts a sentence at. */
  sentenceStarts: Set<number>;
}

/** Dotted short forms ("U.S", "U.S.A", "e.g"), with or without their last full stop. */
const SHORT_FORM = /(?<![\p{L}\p{N}.])(?:\p{L}\.)+\p{L}(?=\.?(?![\p{L}\p{N}]))/gu;

/** Per wink instance: the short forms it has read with their full stop (`primeShortForms`). */
const primedForms = new WeakMap<Nlp, Set<string>>();

/**
 * wink-nlp's tokenizer remembers every form it reads, and a form it knows wins: once it has
 * read "U.S" without a full stop ("in the U.S for"), every later "U.S." comes out as "U.S" and
 * ".", while an instance that first read "U.S." keeps it whole for good. Which came first
 * depended on which documents a worker happened to read before, so one text had two readings.
 * Before a text is read, each short form in it that this instance has not met is read alone
 * with its full stop, so the whole form is always known first and every text reads the same.
 */
export function primeShortForms(nlp: Nlp, text: string): void {
  let primed = primedForms.get(nlp);
  if (!primed) primedForms.set(nlp, (primed = new Set()));
  const fresh: string[] = [];
  for (const m of text.matchAll(SHORT_FORM)) {
    const form = m[0];
    if (primed.has(form)) continue;
    primed.add(form);
    fresh.push(`${form}.`);
  }
  if (fresh.length) nlp.readDoc(fresh.join('\n'));
}

/** A possessive 's run into punctuation other than a hyphen ("Globex's,", "Norland's."; not "who's-who"). */
const POSSESSIVE_BEFORE_MARK = /(?<=[\p{L}\p{N}])['\u2019]s(?=[^\s\p{L}\p{N}-])/gu;

/**
 * wink-nlp reads "Globex's," as one token "Globex's" (tagged PROPN even for "company's") and
 * remembers the form, so every later "Globex's" of any document read by the same instance is
 * one token too, where a fresh instance reads "Globex" and "'s". What a text gave depended on
 * what the process had read before. wink is shown the s of such a possessive as a space (same
 * length, so offsets stay exact): it reads "Globex", "'" and the punctuation, never learns the
 * glued form, and `tokenise` gives the "'" token back its s. Every possessive reads as two tokens.
 */
export function splitPossessives(text: string): string {
  if (!text.includes("'s") && !text.includes('\u2019s')) return text;
  return text.replace(POSSESSIVE_BEFORE_MARK, (m) => `${m[0] ?? "'"} `);
}

function readChunk(nlp: Nlp, chunk: string): WinkColumns {
  const its = nlp.its;
  const doc = nlp.readDoc(chunk);
  const items = doc.tokens();
  // wink's typings do not accept its.lemma as a token its-function; the runtime does.
  const column = (f: unknown) => items.out(f as ItsFunction<string>) as unknown as string[];
  const sentenceStarts = new Set<number>();
  for (const span of doc.sentences().out(its.span) as unknown as number[][]) {
    sentenceStarts.add(span[0] ?? 0);
  }
  return {
    values: column(its.value),
    pos: column(its.pos),
    lemmas: column(its.lemma),
    spaces: column(its.precedingSpaces),
    sentenceStarts,
  };
}

/** Splits `text` into tokens (with POS and lemma) and sentences; `checkpoint` runs per chunk. */
export function tokenise(nlp: Nlp, text: string, checkpoint: () => void = () => {}): Tokenised {
  const guarded = guardForWink(text);
  // "Dvořák" is read as "Dvorák" (same length); its tokens take their text back from `text`.
  const shown = foldForWink(guarded.text);
  const folded = shown !== guarded.text;
  const seen = splitPossessives(shown);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // One string per distinct form: repeated words share their lower case and lemma.
  const shared = new Map<string, string>();
  const share = (form: string) => {
    const known = shared.get(form);
    if (known !== undefined) return known;
    shared.set(form, form);
    return form;
  };
  let open: Sentence | undefined;
  const close = () => {
    if (open && open.lastToken > open.firstToken) sentences.push(open);
    open = undefined;
  };
  const push = (start: number, end: number, value: string, pos: string, lemma: string) => {
    if (open && open.lastToken - open.firstToken >= MAX_SENTENCE_TOKENS) close();
    open ??= { i: sentences.length, start, end, firstToken: tokens.length, lastToken: 0 };
    const i = tokens.length;
    const lower = share(value.toLowerCase());
    tokens.push({
      i,
      text: share(value),
      lower,
      lemma: lemma === lower ? lower : share(lemma),
      pos,
      start,
      end,
      sentence: open.i,
      // Filled in by the parse stage.
      head: -1,
      deprel: 'dep',
      upos: pos,
    });
    open.lastToken = i + 1;
    open.end = end;
  };
  // Runs kept from wink come back in order, in sentences of their own (`push` starts a new one
  // every MAX_SENTENCE_TOKENS pieces): a sentence per piece cost the later stages a sentence's
  // work per 64 characters of junk.
  let run = 0;
  const pushRunsBefore = (offset: number) => {
    for (; run < guarded.runs.length && (guarded.runs[run]?.[0] ?? 0) < offset; run++) {
      close();
      for (const [a, b] of runPieces(text, guarded.runs[run] ?? [0, 0])) {
        const value = text.slice(a, b);
        push(a, b, value, 'X', value.toLowerCase());
      }
      close();
    }
  };

  primeShortForms(nlp, seen);
  for (const [from, to] of chunkBounds(seen)) {
    checkpoint();
    const { values, pos, lemmas, spaces, sentenceStarts } = readChunk(nlp, seen.slice(from, to));
    let cursor = from;
    for (let w = 0; w < values.length; w++) {
      const value = values[w] ?? '';
      const before = spaces[w] ?? '';
      cursor += before.length;
      if (!seen.startsWith(value, cursor)) cursor = realign(seen, value, cursor);
      const start = cursor;
      const end = start + value.length;
      cursor = end;
      pushRunsBefore(start);
      if (before.includes('\n')) close();
      if (value.trim() === '') {
        if (value.includes('\n')) close();
        continue;
      }
      // wink may end a sentence after an initial or a title abbreviation ("M. Waugh", "Gen. Ali").
      if (sentenceStarts.has(w) && !(open && continuesSentence(tokens, value))) close();
      // The apostrophe of a possessive wink saw without its s (`splitPossessives`).
      if (
        value.length === 1 &&
        seen[end] === ' ' &&
        text[end] === 's' &&
        /['\u2019]/u.test(value)
      ) {
        push(start, end + 1, text.slice(start, end + 1), 'PART', text.slice(start, end + 1));
        continue;
      }
      const original = folded ? text.slice(start, end) : value;
      if (original !== value) {
        push(start, end, original, pos[w] ?? 'X', original.toLowerCase());
        continue;
      }
      push(start, end, value, pos[w] ?? 'X', lemmas[w] ?? value.toLowerCase());
    }
    // No sentence reads across a chunk's end (one falls there only on a line of 32 KB or more).
    pushRunsBefore(to);
    close();
  }
  pushRunsBefore(Infinity);
  close();
  return { tokens, sentences: splitDatelines(tokens, sentences) };
}

/** Short words a title-case headline may leave in lower case ("Talks on Iran Stall After Vote"). */
export const HEADLINE_MINOR_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'as',
  'via',
  'vs',
  'per',
  'into',
  'over',
  'after',
  'amid',
]);
const DATELINE_MARK = new Set(['—', '–', '-', '(']);
const HEADLINE_OPENERS = new Set(['A', 'An', 'The']);

/**
 * "Norland Banker Denies Fraud in Globex Case BERGEN — A former manager …": a title-case
 * headline run into a dateline on one line becomes its own sentence, so the headline rules apply;
 * so does one run straight into the text ("… Over Spill A court has fined …").
 */
function splitDatelines(tokens: Token[], sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let cut = -1;
    let capitals = 0;
    for (let i = s.firstToken; i < s.lastToken - 1; i++) {
      const t = tokens[i] as Token;
      const word = /\p{L}/u.test(t.text);
      if (!word) {
        if (t.text === "'" || t.text === "'s" || t.text === ':') continue;
        break;
      }
      const allCaps = t.text.length >= 3 && t.text === t.text.toUpperCase();
      if (allCaps && capitals >= 3 && DATELINE_MARK.has(tokens[i + 1]?.text ?? '')) {
        cut = i;
        break;
      }
      // "Court Fines Globex Over Spill A court has fined …": title case writes an article inside
      // a headline in lower case, so a capitalised one before a lower-case word starts the text.
      const after = tokens[i + 1] as Token;
      if (
        capitals >= 3 &&
        i - s.firstToken >= 4 &&
        HEADLINE_OPENERS.has(t.text) &&
        /^\p{Ll}/u.test(after.text)
      ) {
        cut = i;
        break;
      }
      if (/^\p{Lu}/u.test(t.text)) capitals++;
      else if (!HEADLINE_MINOR_WORDS.has(t.lower)) break;
    }
    if (cut < 0) {
      out.push({ ...s, i: out.length });
      continue;
    }
    const last = tokens[cut - 1] as Token;
    const first = tokens[cut] as Token;
    out.push({
      i: out.length,
      start: s.start,
      end: last.end,
      firstToken: s.firstToken,
      lastToken: cut,
    });
    out.push({
      i: out.length,
      start: first.start,
      end: s.end,
      firstToken: cut,
      lastToken: s.lastToken,
    });
  }
  if (out.length !== sentences.length) {
    for (const s of out)
      for (let i = s.firstToken; i < s.lastToken; i++) (tokens[i] as Token).sentence = s.i;
  }
  return out;
}
