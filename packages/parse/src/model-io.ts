/**
 * The model file: "KGDP", a format byte, then one Brotli stream holding a JSON header
 * (vocabulary, labels, training info) and the linear models (moves, labels, and the tagger when
 * there is one), each as its feature keys in
 * table order (varints) and int16 weights (zigzag varints) with their scale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { KgError } from '@kg/schema';
import { Vocabulary } from './features.js';
import { LinearModel, tableCapacity } from './perceptron.js';
import { Parser } from './parser.js';
import { Tagger } from './tagger.js';
import type { ModelInfo } from './parser.js';

const MAGIC = [0x4b, 0x47, 0x44, 0x50]; // "KGDP"
const FORMAT = 2;

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

/**
 * A linear model: classes, rows, scale, then each row's key as the step of its home slot from
 * the previous row's and its bits above the slot, then the weights as zigzag varints.
 */
function writeModel(w: Writer, model: LinearModel): void {
  const { keys, weights } = model.rows();
  const rows = keys.length;
  const bits = Math.log2(tableCapacity(rows));
  const mask = 2 ** bits - 1;
  w.varint(model.classes);
  w.varint(rows);
  w.float64(model.scale);
  let home = 0;
  for (let r = 0; r < rows; r++) {
    const key = keys[r]!;
    w.varint((key & mask) - home);
    w.varint(key >>> bits);
    home = key & mask;
  }
  for (const weight of weights) w.varint(weight >= 0 ? weight * 2 : -weight * 2 - 1);
}

function readModel(r: Reader): LinearModel {
  const classes = r.varint();
  const rows = r.varint();
  const scale = r.float64();
  const bits = Math.log2(tableCapacity(rows));
  const keys = new Int32Array(rows);
  let home = 0;
  for (let i = 0; i < rows; i++) {
    home += r.varint();
    keys[i] = (r.varint() * 2 ** bits + home) | 0;
  }
  const weights = new Int16Array(rows * classes);
  for (let i = 0; i < weights.length; i++) {
    const z = r.varint();
    weights[i] = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
  return new LinearModel(classes, keys, weights, scale);
}

/** The model file's bytes for a parser. */
export function serialiseParser(parser: Parser): Uint8Array {
  const w = new Writer();
  const header = new TextEncoder().encode(
    JSON.stringify({
      labels: parser.labels,
      vocabulary: parser.vocabulary.words,
      tagger: parser.tagger !== undefined,
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
  // Format 1 is format 2 without a tagger.
  if (bytes[4] !== FORMAT && bytes[4] !== 1) {
    throw new KgError(
      'PARSE_ERROR',
      `parse.loadParser: ${where} has model format ${bytes[4]}, this version reads ${FORMAT}.`,
    );
  }
  try {
    const r = new Reader(brotliDecompressSync(bytes.subarray(5)));
    const header = JSON.parse(new TextDecoder().decode(r.raw(r.varint()))) as {
      labels: string[];
      vocabulary: string[];
      tagger?: boolean;
      info: ModelInfo;
    };
    const vocabulary = new Vocabulary(header.vocabulary);
    const moves = readModel(r);
    const labeller = readModel(r);
    const tagger = header.tagger === true ? new Tagger(vocabulary, readModel(r)) : undefined;
    return new Parser(vocabulary, header.labels, moves, labeller, header.info, tagger);
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
