/**
 * Readers for the open NER training corpora of `../shared/corpora` (see its README): Universal
 * NER on EWT (IOB2), GUM's entity layer (CoNLL-U MISC `Entity=`) and wikigold (IOB1, CoNLL
 * types). Each reader gives documents as plain text (one sentence a line) with gold spans in
 * character offsets, typed with the tagger's tags through the mapping in `data/ner-types.json`.
 * A span typed `null` is *unknown*: the corpus does not annotate that kind of name there, so
 * training neither rewards nor punishes any tag on it.
 */
import { readFileSync } from 'node:fs';
import type { NerTag } from './labels.js';
import { NER_TAGS } from './labels.js';

export interface GoldSpan {
  start: number;
  end: number;
  /** `null`: unknown (masked in training). */
  tag: NerTag | null;
}

export interface NerDocument {
  id: string;
  corpus: string;
  /** Sentences joined by newlines. */
  text: string;
  spans: GoldSpan[];
}

export interface TypeMapping {
  /** corpus → corpus type → tag, or "?" for unknown, or "O" for not a name. */
  corpora: Record<string, Record<string, string>>;
  /** GUM genres whose licence allows shipping a model trained on them. */
  gumGenres: string[];
  /** Words kept out of a GUM name at its left edge ("Mr.", "President"). */
  gumLeadingTitles: string[];
}

let mapping: TypeMapping | undefined;

/** The corpus type → tag mapping (`packages/extract/data/ner-types.json`). */
export function loadTypeMapping(): TypeMapping {
  mapping ??= JSON.parse(
    readFileSync(new URL('../../data/ner-types.json', import.meta.url), 'utf8'),
  ) as TypeMapping;
  return mapping;
}

function mapType(corpus: string, type: string): NerTag | null | 'O' {
  const table = loadTypeMapping().corpora[corpus];
  const value = table?.[type] ?? '?';
  if (value === 'O') return 'O';
  if (value === '?') return null;
  if ((NER_TAGS as readonly string[]).includes(value)) return value as NerTag;
  throw new Error(`ner-types.json: ${corpus} maps ${type} to unknown tag ${value}`);
}

/**
 * Finds each token in `text` in order; returns [start, end] per token. Tokens the text does not
 * hold as such (normalised quotes, brackets) take the next non-space stretch.
 */
function alignTokens(text: string, forms: string[]): [number, number][] {
  const out: [number, number][] = [];
  let cursor = 0;
  for (const form of forms) {
    while (cursor < text.length && /\s/.test(text[cursor] ?? '')) cursor++;
    if (text.startsWith(form, cursor)) {
      out.push([cursor, cursor + form.length]);
      cursor += form.length;
      continue;
    }
    const found = text.indexOf(form, cursor);
    if (found >= 0 && found - cursor < 3) {
      out.push([found, found + form.length]);
      cursor = found + form.length;
      continue;
    }
    let end = cursor;
    while (end < text.length && !/\s/.test(text[end] ?? '')) end++;
    out.push([cursor, Math.max(cursor, end)]);
    cursor = end;
  }
  return out;
}

class DocBuilder {
  text = '';
  spans: GoldSpan[] = [];
  constructor(
    readonly id: string,
    readonly corpus: string,
  ) {}
  /** Adds a sentence; spans are in sentence offsets. */
  add(sentence: string, spans: GoldSpan[]): void {
    if (this.text) this.text += '\n';
    const base = this.text.length;
    this.text += sentence;
    for (const s of spans)
      this.spans.push({ start: s.start + base, end: s.end + base, tag: s.tag });
  }
  done(): NerDocument {
    return { id: this.id, corpus: this.corpus, text: this.text, spans: this.spans };
  }
}

/** BIO (or IOB1) tags over aligned tokens → spans. */
function spansFromBio(offsets: [number, number][], tags: string[], corpus: string): GoldSpan[] {
  const spans: GoldSpan[] = [];
  let open: { start: number; end: number; type: string } | undefined;
  const close = () => {
    if (!open) return;
    const tag = mapType(corpus, open.type);
    if (tag !== 'O') spans.push({ start: open.start, end: open.end, tag });
    open = undefined;
  };
  tags.forEach((raw, k) => {
    const [start, end] = offsets[k] ?? [0, 0];
    if (raw === 'O' || raw === 'B-O' || raw === 'I-O' || !raw.includes('-')) {
      close();
      return;
    }
    const bio = raw.slice(0, 1);
    const type = raw.slice(2);
    // IOB2 and IOB1 alike: B always begins a name; I continues one of the same type.
    if (bio === 'B' || !open || open.type !== type) {
      close();
      open = { start, end, type };
    } else open.end = end;
  });
  close();
  return spans;
}

/** Universal NER (IOB2 with `# text` and `# newdoc id` comments). */
export function readUner(path: string): NerDocument[] {
  const docs: NerDocument[] = [];
  let doc: DocBuilder | undefined;
  let text = '';
  let forms: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (!forms.length) return;
    doc ??= new DocBuilder(`uner-${docs.length}`, 'uner');
    const offsets = alignTokens(text, forms);
    doc.add(text, spansFromBio(offsets, tags, 'uner'));
    forms = [];
    tags = [];
    text = '';
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('# newdoc id')) {
      flush();
      if (doc) docs.push(doc.done());
      doc = new DocBuilder(line.slice(line.indexOf('=') + 1).trim(), 'uner');
      continue;
    }
    if (line.startsWith('# text =')) {
      text = line.slice(line.indexOf('=') + 1).trim();
      continue;
    }
    if (line.startsWith('#')) continue;
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split('\t');
    forms.push(cols[1] ?? '');
    tags.push(cols[2] ?? 'O');
  }
  flush();
  if (doc) docs.push(doc.done());
  return docs;
}

/** wikigold (IOB1, one token and tag a line, `-DOCSTART-` between articles). */
export function readWikigold(path: string): NerDocument[] {
  const docs: NerDocument[] = [];
  let doc: DocBuilder | undefined;
  let forms: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (!forms.length) return;
    doc ??= new DocBuilder(`wikigold-${docs.length}`, 'wikigold');
    const text = forms.join(' ');
    const offsets = alignTokens(text, forms);
    doc.add(text, spansFromBio(offsets, tags, 'wikigold'));
    forms = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (doc) docs.push(doc.done());
      doc = new DocBuilder(`wikigold-${docs.length}`, 'wikigold');
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const cut = line.lastIndexOf(' ');
    forms.push(line.slice(0, cut));
    tags.push(line.slice(cut + 1));
  }
  flush();
  if (doc) docs.push(doc.done());
  return docs;
}

interface GumWord {
  id: number;
  form: string;
  xpos: string;
  upos: string;
  head: number;
  /** The UD relation to the head ("flat" joins the words of a name). */
  deprel: string;
  /** Opened / closed entity ids with their types. */
  opens: { id: string; type: string }[];
  closes: string[];
  /** Surface token (multi-word tokens share one). */
  surface: number;
  /** Offsets of the word inside its surface token, when its form is a piece of it. */
  inner?: [number, number];
}

const ENTITY_PART = /\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)/g;

function parseEntities(misc: string): { opens: { id: string; type: string }[]; closes: string[] } {
  const opens: { id: string; type: string }[] = [];
  const closes: string[] = [];
  const field = misc.split('|').find((f) => f.startsWith('Entity='));
  if (!field) return { opens, closes };
  for (const m of field.slice(7).matchAll(ENTITY_PART)) {
    if (m[1] && m[2]) {
      opens.push({ id: m[1], type: m[2] });
      if (m[3]) closes.push(m[1]);
    } else if (m[4]) closes.push(m[4]);
  }
  return { opens, closes };
}

const PROPER = new Set(['NNP', 'NNPS']);
const NAME_CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'du',
  'des',
  'da',
  'van',
  'von',
  'der',
  'la',
  'le',
  'al',
  'bin',
  '&',
  '-',
]);

/**
 * GUM: mentions whose head is a proper noun are names; the name is the run of proper nouns
 * (with connectors such as "of", "de", "&" and hyphens between them) around the head, without
 * leading titles; nested names inside a longer one are dropped (outermost wins). Capitalised
 * adjectives outside a name ("Spanish art") are unknown: GUM does not annotate nationalities.
 */
export function readGum(path: string, genres?: readonly string[]): NerDocument[] {
  const allowed = new Set(genres ?? loadTypeMapping().gumGenres);
  const titles = new Set(loadTypeMapping().gumLeadingTitles.map((t) => t.toLowerCase()));
  const docs: NerDocument[] = [];
  let doc: DocBuilder | undefined;
  let keep = false;
  let text = '';
  let words: GumWord[] = [];
  let surfaces: string[] = [];
  let rangeEnd = 0;

  const flush = () => {
    if (!words.length) return;
    if (keep && doc) {
      const offsets = alignTokens(text, surfaces);
      doc.add(text, gumSpans(words, offsets, titles));
    }
    words = [];
    surfaces = [];
    text = '';
    rangeEnd = 0;
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('# newdoc id')) {
      flush();
      if (doc && keep) docs.push(doc.done());
      const id = line.slice(line.indexOf('=') + 1).trim();
      const genre = /^GUM_([a-z]+)_/.exec(id)?.[1] ?? '';
      keep = allowed.has(genre);
      doc = new DocBuilder(id, 'gum');
      continue;
    }
    if (line.startsWith('# text =')) {
      text = line.slice(line.indexOf('=') + 1).trim();
      continue;
    }
    if (line.startsWith('#')) continue;
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split('\t');
    const idField = cols[0] ?? '';
    if (idField.includes('.')) continue;
    if (idField.includes('-')) {
      surfaces.push(cols[1] ?? '');
      rangeEnd = Number(idField.split('-')[1]);
      continue;
    }
    const id = Number(idField);
    let inner: [number, number] | undefined;
    if (id > rangeEnd) surfaces.push(cols[1] ?? '');
    else {
      // "Byron's" = "Byron" + "'s": the word's place inside the surface token.
      const surface = surfaces[surfaces.length - 1] ?? '';
      const previous = words[words.length - 1];
      const from =
        previous && previous.surface === surfaces.length - 1
          ? (previous.inner?.[1] ?? surface.length)
          : 0;
      const form = cols[1] ?? '';
      if (surface.startsWith(form, from)) inner = [from, from + form.length];
    }
    const { opens, closes } = parseEntities(cols[9] ?? '');
    words.push({
      id,
      form: cols[1] ?? '',
      upos: cols[3] ?? '',
      xpos: cols[4] ?? '',
      head: Number(cols[6] ?? 0),
      deprel: cols[7] ?? '',
      opens,
      closes,
      surface: surfaces.length - 1,
      ...(inner ? { inner } : {}),
    });
  }
  flush();
  if (doc && keep) docs.push(doc.done());
  return docs;
}

function gumSpans(words: GumWord[], offsets: [number, number][], titles: Set<string>): GoldSpan[] {
  // Mentions as word index ranges.
  const mentions: { first: number; last: number; type: string }[] = [];
  const open = new Map<string, { first: number; type: string }[]>();
  words.forEach((w, k) => {
    for (const o of w.opens) {
      const list = open.get(o.id) ?? [];
      list.push({ first: k, type: o.type });
      open.set(o.id, list);
    }
    for (const c of w.closes) {
      const start = open.get(c)?.pop();
      if (start) mentions.push({ first: start.first, last: k, type: start.type });
    }
  });
  const proper = (k: number) => PROPER.has(words[k]?.xpos ?? '');
  const indexOf = new Map(words.map((w, k) => [w.id, k]));
  // A word of the name headed by `head`: the head, or a word joined to it by "flat" ("Joe" ←
  // "Biden") or as a proper-noun compound that is no title ("Kazimir" → "Malevich"). A title
  // is joined otherwise ("President" is nmod:desc of "Joe") or is a title ("Vice President").
  const flatOf = (k: number, head: number): boolean => {
    for (let at = k, steps = 0; steps < 8; steps++) {
      if (at === head) return true;
      const w = words[at];
      if (!w) return false;
      const named =
        w.deprel.startsWith('flat') ||
        (w.deprel === 'compound' && proper(at) && !titles.has(w.form.toLowerCase()));
      if (!named) return false;
      at = indexOf.get(w.head) ?? -1;
    }
    return false;
  };
  const names: { first: number; last: number; type: string }[] = [];
  for (const m of mentions) {
    // The head: the word whose head lies outside the mention.
    let head = -1;
    for (let k = m.first; k <= m.last; k++) {
      const h = words[k]?.head ?? 0;
      const hk = words.findIndex((w) => w.id === h);
      if (hk < m.first || hk > m.last) {
        head = k;
        break;
      }
    }
    if (head < 0 || !proper(head)) continue;
    // A person's name is the head and its flat words: the UNER way, without the titles and
    // places around it ("Governor of Washington Chris Gregoire" → "Chris Gregoire").
    const person = mapType('gum', m.type) === 'PER';
    const inName = (k: number) => !person || flatOf(k, head);
    let first = head;
    let last = head;
    while (first > m.first) {
      const k = first - 1;
      if (proper(k) && inName(k)) first = k;
      else if (words[k]?.form === '-' && proper(k - 1)) first = k - 1;
      else break;
    }
    while (last < m.last) {
      const k = last + 1;
      if (proper(k) && inName(k)) last = k;
      else if (NAME_CONNECTORS.has((words[k]?.form ?? '').toLowerCase()) && k < m.last) {
        let j = k + 1;
        if (words[j]?.form.toLowerCase() === 'the' && j < m.last) j++;
        if (proper(j) && inName(j)) last = j;
        else break;
      } else if (words[k]?.upos === 'NUM' && proper(last)) last = k;
      else break;
    }
    // Titles are cut from people's names only ("General Motors", "Saint Petersburg" keep them).
    const title = (k: number) => person && titles.has((words[k]?.form ?? '').toLowerCase());
    while (first < last && title(first)) first++;
    if (title(first)) continue;
    names.push({ first, last, type: m.type });
  }
  // Names of time and quantity ("August") are no names, but still known: not unknown.
  for (const m of mentions) {
    if (mapType('gum', m.type) !== 'O') continue;
    for (let k = m.first; k <= m.last; k++)
      if (proper(k)) names.push({ first: k, last: k, type: m.type });
  }
  // Outermost names win; of equal spans the first mention (outer) wins.
  const kept = names
    .sort((a, b) => a.first - b.first || b.last - a.last)
    .filter((n, i, all) => !all.some((o, j) => j < i && o.first <= n.first && o.last >= n.last));
  const spans: GoldSpan[] = [];
  const covered = new Set<number>();
  const wordStart = (k: number) => {
    const w = words[k] as GumWord;
    const base = (offsets[w.surface] ?? [0, 0])[0];
    return w.inner ? base + w.inner[0] : base;
  };
  const wordEnd = (k: number) => {
    const w = words[k] as GumWord;
    const [base, end] = offsets[w.surface] ?? [0, 0];
    return w.inner ? base + w.inner[1] : end;
  };
  for (const n of kept) {
    for (let k = n.first; k <= n.last; k++) covered.add(k);
    const tag = mapType('gum', n.type);
    if (tag === 'O') continue;
    spans.push({ start: wordStart(n.first), end: wordEnd(n.last), tag });
  }
  // Capitalised adjectives and stray proper nouns outside names: unknown, not "no name".
  words.forEach((w, k) => {
    if (covered.has(k) || k === 0 || titles.has(w.form.toLowerCase())) return;
    if ((w.xpos === 'JJ' && /^\p{Lu}/u.test(w.form)) || (proper(k) && /^\p{Lu}/u.test(w.form))) {
      spans.push({ start: wordStart(k), end: wordEnd(k), tag: null });
    }
  });
  return spans.sort((a, b) => a.start - b.start);
}
