/**
 * The model file: "KGDP", a format byte, then one Brotli stream holding a JSON header
 * (vocabulary, labels, training info) and the linear models (moves, labels, and the tagger when
 * there is one), each as its feature keys in
 * table order (varints) and int16 weights with their scale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { KgError } from '@kg/schema/core';
import { featureSetOf, Vocabulary } from './features.js';
import { LinearModel, tableCapacity } from './perceptron.js';
import type { SparseRows } from './perceptron.js';
import { Parser } from './parser.js';
import { Tagger } from './tagger.js';
import type { ModelInfo } from './parser.js';
import type { WordClusters } from './clusters.js';

const MAGIC = [0x4b, 0x47, 0x44, 0x50]; // "KGDP"
const FORMAT = 4;

/** The model shipped with the package (packages/parse/model/en-ud.kgdp). */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../model/en-ud.kgdp', import.meta.url));

class Writer {
  bytes = new Uint8Array(1 << 20);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  varint(value: number): void {
    this.reserve(10);
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.length++] = v;
  }

  raw(data: Uint8Array): void {
    this.reserve(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }

  float64(value: number): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, value, true);
    this.raw(b);
  }
}

class Reader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.pos >= this.bytes.length) throw new Error('truncated');
      const b = this.bytes[this.pos++]!;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
  }

  raw(n: number): Uint8Array {
    if (this.pos + n > this.bytes.length) throw new Error('truncated');
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  float64(): number {
    const b = this.raw(8);
    return new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true);
  }
}

/** Whether this machine stores an int16 with its low byte first, as the file does. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Swaps the two bytes of every int16, for big-endian machines. */
function swapBytes(bytes: Uint8Array): void {
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const b = bytes[i]!;
    bytes[i] = bytes[i + 1]!;
    bytes[i + 1] = b;
  }
}

/**
 * A weight matrix of `classes` columns: raw int16 when there are few classes; else, row by row,
 * the number of non-zero weights and each as (class byte, int16), since most rows of a
 * many-class model are nearly empty.
 */
function writeMatrix(w: Writer, values: Int16Array, classes: number): void {
  if (classes <= 4) {
    writeInt16s(w, values);
    return;
  }
  const entry = new Uint8Array(3);
  for (let at = 0; at < values.length; at += classes) {
    let count = 0;
    for (let c = 0; c < classes; c++) if (values[at + c] !== 0) count++;
    w.varint(count);
    for (let c = 0; c < classes; c++) {
      const v = values[at + c]!;
      if (v === 0) continue;
      entry[0] = c;
      entry[1] = v & 0xff;
      entry[2] = (v >> 8) & 0xff;
      w.raw(entry);
    }
  }
}

function readMatrix(r: Reader, rows: number, classes: number): Int16Array {
  if (classes <= 4) return readInt16s(r, rows * classes);
  const values = new Int16Array(rows * classes);
  const bytes = r.bytes;
  for (let at = 0; at < values.length; at += classes) {
    const count = r.varint();
    let pos = r.pos;
    if (pos + count * 3 > bytes.length) throw new Error('truncated');
    for (let k = 0; k < count; k++) {
      values[at + bytes[pos]!] = ((bytes[pos + 1]! | (bytes[pos + 2]! << 8)) << 16) >> 16;
      pos += 3;
    }
    r.pos = pos;
  }
  return values;
}

/** `readMatrix` for hashed rows of many classes, straight into sparse rows. */
function readSparse(r: Reader, rows: number): SparseRows {
  const starts = new Int32Array(rows + 1);
  const bytes = r.bytes;
  const begin = r.pos;
  let total = 0;
  for (let row = 0; row < rows; row++) {
    const count = r.varint();
    total += count;
    r.pos += count * 3;
  }
  if (r.pos > bytes.length) throw new Error('truncated');
  r.pos = begin;
  const entries = new Int32Array(total);
  let next = 0;
  for (let row = 0; row < rows; row++) {
    const count = r.varint();
    starts[row] = next;
    let pos = r.pos;
    for (let k = 0; k < count; k++) {
      const v = ((bytes[pos + 1]! | (bytes[pos + 2]! << 8)) << 16) >> 16;
      entries[next++] = (bytes[pos]! << 16) | (v & 0xffff);
      pos += 3;
    }
    r.pos = pos;
  }
  starts[rows] = next;
  return { starts, entries };
}

function writeInt16s(w: Writer, values: Int16Array): void {
  const bytes = new Uint8Array(
    values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength),
  );
  if (!LITTLE_ENDIAN) swapBytes(bytes);
  w.raw(bytes);
}

function readInt16s(r: Reader, count: number): Int16Array {
  // A copy, aligned at offset 0 of its own buffer.
  const bytes = new Uint8Array(r.raw(count * 2));
  if (!LITTLE_ENDIAN) swapBytes(bytes);
  return new Int16Array(bytes.buffer, 0, count);
}

/**
 * A linear model: classes, scale, the dense table (rows, then its weights: `writeMatrix`),
 * then the hashed rows: their count, each row's key as the step of its home slot from the
 * previous row's and its bits above the slot, then their weights.
 */
function writeModel(w: Writer, model: LinearModel): void {
  const { keys, weights } = model.rows();
  const rows = keys.length;
  const bits = Math.log2(tableCapacity(rows));
  const mask = 2 ** bits - 1;
  w.varint(model.classes);
  w.float64(model.scale);
  w.varint(model.denseRows);
  writeMatrix(w, model.dense, model.classes);
  w.varint(rows);
  let home = 0;
  for (let r = 0; r < rows; r++) {
    const key = keys[r]!;
    w.varint((key & mask) - home);
    w.varint(key >>> bits);
    home = key & mask;
  }
  writeMatrix(w, weights, model.classes);
}

function readModel(r: Reader): LinearModel {
  const classes = r.varint();
  const scale = r.float64();
  const dense = readMatrix(r, r.varint(), classes);
  const rows = r.varint();
  const bits = Math.log2(tableCapacity(rows));
  const keys = new Int32Array(rows);
  let home = 0;
  for (let i = 0; i < rows; i++) {
    home += r.varint();
    keys[i] = (r.varint() * 2 ** bits + home) | 0;
  }
  const weights = classes <= 4 ? readMatrix(r, rows, classes) : readSparse(r, rows);
  return new LinearModel(classes, dense, keys, weights, scale);
}

/** The model file's bytes for a parser. */
export function serialiseParser(parser: Parser): Uint8Array {
  const w = new Writer();
  const header = new TextEncoder().encode(
    JSON.stringify({
      labels: parser.labels,
      vocabulary: parser.vocabulary.words,
      ...(parser.vocabulary.clusters ? { clusters: parser.vocabulary.clusters } : {}),
      tagger: parser.tagger !== undefined,
      candidates: parser.candidates.map((c) => Array.from(c)),
      info: parser.info,
    }),
  );
  w.varint(header.length);
  w.raw(header);
  writeModel(w, parser.moves);
  writeModel(w, parser.labeller);
  if (parser.tagger) writeModel(w, parser.tagger.model);
  const body = brotliCompressSync(w.bytes.subarray(0, w.length), {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 9,
      [constants.BROTLI_PARAM_SIZE_HINT]: w.length,
    },
  });
  const out = new Uint8Array(5 + body.length);
  out.set(MAGIC, 0);
  out[4] = FORMAT;
  out.set(body, 5);
  return out;
}

/** A parser from model-file bytes; `where` names the source in errors. */
export function deserialiseParser(bytes: Uint8Array, where = 'model'): Parser {
  if (bytes.length < 5 || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new KgError('PARSE_ERROR', `parse.loadParser: ${where} is not a kg parser model.`);
  }
  if (bytes[4] !== FORMAT) {
    throw new KgError(
      'PARSE_ERROR',
      `parse.loadParser: ${where} has model format ${bytes[4]}, this version reads ${FORMAT}.`,
    );
  }
  try {
    const body = brotliDecompressSync(bytes.subarray(5));
    const r = new Reader(new Uint8Array(body.buffer, body.byteOffset, body.length));
    const header = JSON.parse(new TextDecoder().decode(r.raw(r.varint()))) as {
      labels: string[];
      vocabulary: string[];
      clusters?: WordClusters;
      tagger: boolean;
      candidates: number[][];
      info: ModelInfo;
    };
    const vocabulary = new Vocabulary(header.vocabulary, header.clusters);
    const moves = readModel(r);
    const labeller = readModel(r);
    const tagger = header.tagger
      ? new Tagger(vocabulary, readModel(r), featureSetOf(header.info))
      : undefined;
    return new Parser(
      vocabulary,
      header.labels,
      moves,
      labeller,
      header.candidates ?? [],
      header.info,
      tagger,
    );
  } catch (err) {
    throw new KgError('PARSE_ERROR', `parse.loadParser: ${where} is damaged.`, { cause: err });
  }
}

/** Writes a parser's model file. */
export function saveParser(parser: Parser, path: string): number {
  const bytes = serialiseParser(parser);
  writeFileSync(path, bytes);
  return bytes.length;
}

/**
 * Loads a parser from a model file (by default the one shipped with the package).
 *
 * @example
 * const parser = loadParser();
 * parser.parse(['Iran', 'sent', 'troops'], ['PROPN', 'VERB', 'NOUN']);
 */
export function loadParser(path: string = DEFAULT_MODEL_PATH): Parser {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new KgError('NOT_FOUND', `parse.loadParser: cannot read model ${path}.`, { cause: err });
  }
  return deserialiseParser(bytes, path);
}
