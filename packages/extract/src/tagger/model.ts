/**
 * The tagger's weights and greedy two-pass decoding. Weights are a dense table of
 * `2^bits` hashed feature rows × labels; on disk only the non-zero rows are kept, as 16-bit
 * integers, gzipped (`model/ner.bin.gz`). Decoding runs left to right over each sentence with
 * the BIO constraint (I-X only after B-X or I-X), twice: the second pass adds, for every word,
 * how the first pass tagged the same word elsewhere in the document.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { DocFeatures } from './features.js';
import { docTagFeatures, historyFeatures } from './features.js';
import { LABEL_COUNT, NER_TAGS, O, isInside, tagOf } from './labels.js';

/** Bumped whenever features or the file layout change: an old model then refuses to load. */
export const MODEL_FORMAT = 2;
const MAGIC = 'KGNER';

export interface ModelMeta {
  format: number;
  bits: number;
  labels: number;
  tags: readonly string[];
  /** Free-form training facts written by the trainer (corpora, epochs, seed, scores). */
  training?: Record<string, unknown>;
}

/** Anything that scores a feature row: the trainer's floats or the shipped integers. */
export interface Weights {
  readonly bits: number;
  readonly mask: number;
  /** Row-major, `LABEL_COUNT` columns. */
  readonly table: Float32Array | Int16Array;
}

export interface TaggerModel extends Weights {
  readonly meta: ModelMeta;
}

/** Code of a word tagged O although capitalised, in document-tag features. */
export const DOC_TAG_NO_NAME = NER_TAGS.length + 1;

/** Adds the rows of `features` to `scores` (length LABEL_COUNT). */
export function addScores(
  w: Weights,
  features: ArrayLike<number>,
  from: number,
  to: number,
  scores: Float64Array,
): void {
  const table = w.table;
  const mask = w.mask;
  for (let k = from; k < to; k++) {
    const row = ((features[k] as number) & mask) * LABEL_COUNT;
    for (let l = 0; l < LABEL_COUNT; l++)
      scores[l] = (scores[l] as number) + (table[row + l] as number);
  }
}

/** ALLOWED[(prev + 1) * LABEL_COUNT + label]: may `label` follow `prev` (BIO; -1 = start)? */
const ALLOWED = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
for (let prev = -1; prev < LABEL_COUNT; prev++) {
  for (let label = 0; label < LABEL_COUNT; label++) {
    const ok = !isInside(label) || (prev > O && tagOf(prev) === tagOf(label));
    ALLOWED[(prev + 1) * LABEL_COUNT + label] = ok ? 1 : 0;
  }
}

/** Is `label` allowed after `prev` (BIO)? */
export function allowed(prev: number, label: number): boolean {
  return ALLOWED[(prev + 1) * LABEL_COUNT + label] === 1;
}

/** Best allowed label; ties go to the lower label (O first), so decoding is deterministic. */
export function bestLabel(scores: Float64Array, prev: number): number {
  const base = (prev + 1) * LABEL_COUNT;
  let best = O;
  let bestScore = -Infinity;
  for (let l = 0; l < LABEL_COUNT; l++) {
    const s = scores[l] as number;
    if (s > bestScore && ALLOWED[base + l] === 1) {
      best = l;
      bestScore = s;
    }
  }
  return best;
}

/**
 * Per token, the tag the other occurrences of its word got (see `DOC_TAG_NO_NAME`), from the
 * labels of a first pass; 0 when the word is capitalised nowhere else.
 */
export function documentTags(doc: DocFeatures, labels: Uint8Array): Uint8Array {
  const n = labels.length;
  const counts = new Map<number, Int32Array>();
  for (let i = 0; i < n; i++) {
    if (!doc.informativeCap[i]) continue;
    const word = doc.words[i] as number;
    let c = counts.get(word);
    if (!c) {
      c = new Int32Array(NER_TAGS.length + 2);
      counts.set(word, c);
    }
    const label = labels[i] as number;
    c[label === O ? DOC_TAG_NO_NAME : tagOf(label) + 1]!++;
  }
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = counts.get(doc.words[i] as number);
    if (!c) continue;
    const own = doc.informativeCap[i]
      ? (labels[i] as number) === O
        ? DOC_TAG_NO_NAME
        : tagOf(labels[i] as number) + 1
      : -1;
    let best = 0;
    let bestCount = 0;
    for (let t = 1; t < c.length; t++) {
      const count = (c[t] as number) - (t === own ? 1 : 0);
      if (count > bestCount) {
        best = t;
        bestCount = count;
      }
    }
    out[i] = best;
  }
  return out;
}

/**
 * Greedy decoding of a document. `docTags` absent: first pass. `staticScores` caches each
 * token's static scores between passes. Tokens in `doc.skip` are labelled O, or keep the label
 * they have when `keepSkipped` (the second pass over sentences the first pass settled).
 */
export function decodePass(
  w: Weights,
  doc: DocFeatures,
  docTags: Uint8Array | undefined,
  staticScores: Float64Array,
  labels: Uint8Array,
  margins?: Float32Array,
  keepSkipped = false,
): void {
  const n = labels.length;
  const extra = new Uint32Array(8);
  const scores = new Float64Array(LABEL_COUNT);
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < n; i++) {
    if ((doc.sentenceFirst[i] as number) === i) {
      prev = -1;
      prev2 = -1;
    }
    if (doc.skip && doc.skip[i]) {
      if (!keepSkipped) labels[i] = O;
      continue;
    }
    for (let l = 0; l < LABEL_COUNT; l++) scores[l] = staticScores[i * LABEL_COUNT + l] as number;
    let count = historyFeatures(doc, i, prev, prev2, extra);
    count += docTagFeatures(doc, i, docTags ? (docTags[i] as number) : 0, extra, count);
    addScores(w, extra, 0, count, scores);
    const label = bestLabel(scores, prev);
    labels[i] = label;
    if (margins) {
      const base = (prev + 1) * LABEL_COUNT;
      let second = -Infinity;
      for (let l = 0; l < LABEL_COUNT; l++) {
        const v = scores[l] as number;
        if (l !== label && ALLOWED[base + l] === 1 && v > second) second = v;
      }
      margins[i] = (scores[label] as number) - second;
    }
    prev2 = prev;
    prev = label;
  }
}

/** Static scores of every token (the part of the score that no pass changes). */
export function staticScores(w: Weights, doc: DocFeatures): Float64Array {
  const n = doc.offsets.length - 1;
  const out = new Float64Array(n * LABEL_COUNT);
  const table = w.table;
  const mask = w.mask;
  const hashes = doc.hashes;
  for (let i = 0; i < n; i++) {
    const at = i * LABEL_COUNT;
    const to = doc.offsets[i + 1] as number;
    for (let k = doc.offsets[i] as number; k < to; k++) {
      const row = ((hashes[k] as number) & mask) * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) {
        out[at + l] = (out[at + l] as number) + (table[row + l] as number);
      }
    }
  }
  return out;
}

/** Labels (and per-token margins over the runner-up) for a document, two passes. */
export function decodeDocument(
  w: Weights,
  doc: DocFeatures,
): { labels: Uint8Array; margins: Float32Array } {
  const n = doc.offsets.length - 1;
  const fixed = staticScores(w, doc);
  const labels = new Uint8Array(n);
  const margins = new Float32Array(n);
  decodePass(w, doc, undefined, fixed, labels, margins);
  const tags = documentTags(doc, labels);
  // A sentence where no word has a document tag scores exactly as in the first pass.
  const skip = new Uint8Array(n);
  let from = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && (doc.sentenceFirst[i] as number) !== i) continue;
    let tagged = false;
    for (let k = from; k < i && !tagged; k++) tagged = (tags[k] as number) !== 0;
    if (!tagged) skip.fill(1, from, i);
    from = i;
  }
  if (doc.skip) for (let i = 0; i < n; i++) skip[i] = (skip[i] as number) | (doc.skip[i] as number);
  decodePass(w, { ...doc, skip }, tags, fixed, labels, margins, true);
  return { labels, margins };
}

// ---- file ---------------------------------------------------------------------------------------

/** Quantises float weights to 16-bit integers and writes the non-zero rows, gzipped. */
export function saveModel(path: string, weights: Float32Array, meta: ModelMeta): number {
  let max = 0;
  for (const v of weights) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? 32767 / max : 1;
  const rows: number[] = [];
  const rowCount = weights.length / LABEL_COUNT;
  const q = new Int16Array(weights.length);
  for (let r = 0; r < rowCount; r++) {
    let any = false;
    for (let l = 0; l < LABEL_COUNT; l++) {
      const v = Math.round((weights[r * LABEL_COUNT + l] as number) * scale);
      q[r * LABEL_COUNT + l] = v;
      if (v !== 0) any = true;
    }
    if (any) rows.push(r);
  }
  const ids = new Uint32Array(rows.length);
  let last = 0;
  rows.forEach((r, k) => {
    ids[k] = r - last;
    last = r;
  });
  const values = new Int16Array(rows.length * LABEL_COUNT);
  rows.forEach((r, k) =>
    values.set(q.subarray(r * LABEL_COUNT, (r + 1) * LABEL_COUNT), k * LABEL_COUNT),
  );
  const header = Buffer.from(JSON.stringify({ ...meta, scale, rows: rows.length }), 'utf8');
  const head = Buffer.alloc(MAGIC.length + 4);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(header.length, MAGIC.length);
  const body = Buffer.concat([
    head,
    header,
    Buffer.from(ids.buffer, ids.byteOffset, ids.byteLength),
    Buffer.from(values.buffer, values.byteOffset, values.byteLength),
  ]);
  const packed = gzipSync(body, { level: 9 });
  writeFileSync(path, packed);
  return packed.length;
}

/** Reads a model written by `saveModel`. */
export function readModel(path: string | URL): TaggerModel {
  const body = gunzipSync(readFileSync(path));
  if (body.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new Error(`tagger: ${String(path)} is not a kg tagger model`);
  }
  const headerLength = body.readUInt32LE(MAGIC.length);
  const start = MAGIC.length + 4;
  const meta = JSON.parse(body.toString('utf8', start, start + headerLength)) as ModelMeta & {
    rows: number;
  };
  if (meta.format !== MODEL_FORMAT || meta.labels !== LABEL_COUNT) {
    throw new Error(
      `tagger: ${String(path)} has format ${meta.format} with ${meta.labels} labels; this build reads format ${MODEL_FORMAT} with ${LABEL_COUNT} (retrain with pnpm train:ner)`,
    );
  }
  let offset = start + headerLength;
  // Copy into aligned arrays (the gunzipped buffer may start at any byte).
  const ids = new Uint32Array(meta.rows);
  Buffer.from(ids.buffer).set(body.subarray(offset, offset + ids.byteLength));
  offset += ids.byteLength;
  const values = new Int16Array(meta.rows * LABEL_COUNT);
  Buffer.from(values.buffer).set(body.subarray(offset, offset + values.byteLength));
  const table = new Int16Array((1 << meta.bits) * LABEL_COUNT);
  let row = 0;
  for (let k = 0; k < meta.rows; k++) {
    row += ids[k] as number;
    table.set(values.subarray(k * LABEL_COUNT, (k + 1) * LABEL_COUNT), row * LABEL_COUNT);
  }
  const { rows: _rows, ...rest } = meta;
  return { bits: meta.bits, mask: (1 << meta.bits) - 1, table, meta: rest };
}
