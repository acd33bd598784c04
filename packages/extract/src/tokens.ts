/**
 * Tokens and sentences from one wink-nlp `readDoc` pass. Whitespace tokens are dropped; a line
 * break always ends a sentence (news text puts headlines, captions and paragraphs on their own
 * lines). Offsets are recovered from wink's lossless token values and preceding spaces.
 */
import type { ItsFunction } from 'wink-nlp';
import type { Sentence, Token } from './analysis.js';
import type { Nlp } from './nlp.js';

const ABBREVIATION =
  /^(?:\p{Lu}\.|Mr\.|Mrs\.|Ms\.|Dr\.|St\.|Gen\.|Lt\.|Col\.|Sen\.|Rep\.|Gov\.|Prof\.|Rev\.|Adm\.|Maj\.|Capt\.|Sgt\.)$/u;

export interface Tokenised {
  tokens: Token[];
  sentences: Sentence[];
}

/** Splits `text` into tokens (with POS and lemma) and sentences. */
export function tokenise(nlp: Nlp, text: string): Tokenised {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const items = doc.tokens();
  // wink's typings do not accept its.lemma as a token its-function; the runtime does.
  const column = (f: unknown) => items.out(f as ItsFunction<string>) as unknown as string[];
  const values = column(its.value);
  const pos = column(its.pos);
  const lemmas = column(its.lemma);
  const spaces = column(its.precedingSpaces);
  const sentenceStarts = new Set<number>();
  for (const span of doc.sentences().out(its.span) as unknown as number[][]) {
    sentenceStarts.add(span[0] ?? 0);
  }

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let open: Sentence | undefined;
  const close = () => {
    if (open && open.lastToken > open.firstToken) sentences.push(open);
    open = undefined;
  };
  for (let w = 0; w < values.length; w++) {
    const value = values[w] ?? '';
    const before = spaces[w] ?? '';
    cursor += before.length;
    let start = cursor;
    if (!text.startsWith(value, cursor)) {
      const found = text.indexOf(value, cursor);
      if (found >= 0) start = found;
    }
    const end = start + value.length;
    cursor = end;
    if (before.includes('\n')) close();
    if (value.trim() === '') {
      if (value.includes('\n')) close();
      continue;
    }
    // wink may end a sentence after an initial or a title abbreviation ("M. Waugh", "Gen. Ali").
    if (
      sentenceStarts.has(w) &&
      !(open && ABBREVIATION.test(tokens[tokens.length - 1]?.text ?? ''))
    ) {
      close();
    }
    if (!open) {
      open = {
        i: sentences.length,
        start,
        end,
        firstToken: tokens.length,
        lastToken: tokens.length,
      };
    }
    const i = tokens.length;
    tokens.push({
      i,
      text: value,
      lower: value.toLowerCase(),
      lemma: lemmas[w] ?? value.toLowerCase(),
      pos: pos[w] ?? 'X',
      start,
      end,
      sentence: open.i,
      // Filled in by the parse stage.
      head: -1,
      deprel: 'dep',
      upos: pos[w] ?? 'X',
    });
    open.lastToken = i + 1;
    open.end = end;
  }
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

/**
 * "Kyrgyz National Pleads Not Guilty to Hampering Probe BOSTON — A citizen …": a title-case
 * headline run into a dateline on one line becomes its own sentence, so the headline rules apply.
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
