/**
 * The NDJSON dump on a real SQLite store of a few hundred synthetic documents: written in
 * bounded chunks, restored a line at a time (documents are in the store before the last line
 * is read), and exported again byte for byte, also from an index of where its evidence lines
 * are (what `kg import` keeps of a large dump); a malformed, reordered or cut-short file is
 * refused before anything is written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { fixture } from '../test-fixtures.js';
import { exportDump, restoreDumpStream } from './dump.js';
import {
  createNdjsonDumpReader,
  dumpNdjsonLines,
  ndjsonDocuments,
  NdjsonEvidenceIndex,
  parseNdjsonDump,
} from './ndjson.js';
import { CHUNK_BYTES, writePieces } from './write.js';

const DOCUMENTS = 300;
let dir: string;
let store: Store;
let text: string;
const opened: Store[] = [];

async function fresh(): Promise<Store> {
  const made = await openStore({ path: join(dir, `copy-${opened.length}.db`) });
  opened.push(made);
  return made;
}

async function collect(pieces: AsyncIterable<string>): Promise<string> {
  let all = '';
  for await (const piece of pieces) all += piece;
  return all;
}

/** A first pass over `all` that keeps where its evidence lines are, not their records. */
function indexedPass(all: string, damage: (lines: string[]) => string[] = (l) => l) {
  const bytes = Buffer.from(damage(all.split('\n')).join('\n'));
  const index = new NdjsonEvidenceIndex(
    (offset, length) => bytes.subarray(offset, offset + length).toString('utf8'),
    'dump.ndjson',
  );
  const reader = createNdjsonDumpReader('dump.ndjson', { evidenceIndex: index });
  let at = 0;
  let offset = 0;
  for (const line of bytes.toString('utf8').split('\n')) {
    reader.line(line, ++at, offset);
    offset += Buffer.byteLength(line) + 1;
  }
  return { dump: reader.finish(), index };
}

/** Yields the lines of a text, calling `onLine` with each line's number first. */
async function* linesOf(all: string, onLine: (at: number) => void = () => {}) {
  let at = 0;
  for (const line of all.split('\n')) {
    onLine(++at);
    yield line;
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-ndjson-'));
  store = await openStore({ path: join(dir, 'kg.db') });
  // Documents that share entities, so restoring is more than copying rows.
  for (let i = 0; i < DOCUMENTS; i++) {
    const a = `Company ${i % 40}`;
    const b = `Ministry ${(i * 3) % 25}`;
    const c = `Agency ${(i * 7) % 30}`;
    const doc = fixture(
      `doc-${i}`,
      `${a} supplied drones to ${b} on day ${i}. ${b} met ${c} in the capital. ${c} attacked ${a} near the border, according to report ${i}.`,
      [
        { name: a, type: 'ORG' },
        { name: b, type: 'ORG' },
        { name: c, type: 'ORG' },
      ],
      [
        { subject: a, predicate: 'SUPPLIES', object: b },
        { subject: b, predicate: 'MEETS', object: c },
        { subject: c, predicate: 'ATTACKS', object: a, modality: 'reported' },
      ],
    );
    await store.ingestExtraction(doc.extraction, {
      id: doc.hash,
      source: `news/${i}.txt`,
      date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
      text: doc.text,
    });
  }
  await store.renameEntity('org:company-1', 'Company One');
  text = await collect(dumpNdjsonLines(store));
}, 120_000);

afterAll(async () => {
  await Promise.all([store, ...opened].map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

describe('the NDJSON dump', () => {
  it('is one record a line, header first and end last, with the counts it holds', () => {
    const lines = text.trimEnd().split('\n');
    const types = lines.map((line) => (JSON.parse(line) as { type: string }).type);
    expect(types[0]).toBe('header');
    expect(types[types.length - 1]).toBe('end');
    const counts = (JSON.parse(lines[0] ?? '{}') as { counts: Record<string, number> }).counts;
    expect(counts).toEqual({
      entities: store.counts().entities,
      relations: store.counts().relations,
      evidence: types.filter((t) => t === 'evidence').length,
      documents: DOCUMENTS,
      curation: 1,
    });
    expect(types.filter((t) => t === 'document')).toHaveLength(DOCUMENTS);
    // Kinds come in blocks, in order.
    const order = ['header', 'entity', 'relation', 'evidence', 'document', 'curation', 'end'];
    const positions = types.map((t) => order.indexOf(t));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('streams in bounded chunks', async () => {
    const chunks: number[] = [];
    const sink = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.length);
        setImmediate(done);
      },
    });
    let progress = 0;
    const written = await writePieces(
      dumpNdjsonLines(store, (done) => (progress = done)),
      sink,
      { chunkBytes: 16 * 1024 },
    );
    expect(written.bytes).toBe(Buffer.byteLength(text));
    expect(written.chunks).toBeGreaterThan(20);
    expect(Math.max(...chunks)).toBeLessThan(16 * 1024 + 8 * 1024);
    expect(written.largestChunk).toBeLessThanOrEqual(CHUNK_BYTES);
    expect(progress).toBe(store.counts().entities + store.counts().relations + DOCUMENTS);
  });

  it('restores into an empty store a line at a time, and exports the same bytes again', async () => {
    const dump = parseNdjsonDump(text, 'dump.ndjson');
    const copy = await fresh();
    const totalLines = text.split('\n').length;
    // When each line is read, how many documents the store already holds.
    const storedAt = new Map<number, number>();
    const restored = await restoreDumpStream(
      copy,
      dump.graph,
      () =>
        ndjsonDocuments(
          linesOf(text, (at) => storedAt.set(at, copy.counts().documents)),
          dump.firstDocumentLine,
          'dump.ndjson',
        ),
      dump.curation,
      'dump.ndjson',
    );
    expect(restored).toMatchObject({ documents: DOCUMENTS, curationRules: 1 });
    // Streaming: by the last document line, all the others were already written.
    const lastDocumentLine = dump.firstDocumentLine + DOCUMENTS - 1;
    expect(storedAt.get(lastDocumentLine)).toBe(DOCUMENTS - 1);
    expect(storedAt.size).toBeLessThan(totalLines);
    expect(await collect(dumpNdjsonLines(copy))).toBe(text);
    expect(await exportDump(copy)).toBe(await exportDump(store));
  });

  it('restores from where its evidence lines are, holding none of them after the first pass', async () => {
    const { dump, index } = indexedPass(text);
    const evidenceOn = (graph: typeof dump.graph) =>
      graph.reduceEdges((n, _key, attributes) => n + (attributes.evidence?.length ?? 0), 0);
    expect(evidenceOn(dump.graph)).toBe(0);
    const copy = await fresh();
    const restored = await restoreDumpStream(
      copy,
      dump.graph,
      () => ndjsonDocuments(linesOf(text), dump.firstDocumentLine, 'dump.ndjson'),
      dump.curation,
      'dump.ndjson',
      index,
    );
    expect(restored).toMatchObject({ documents: DOCUMENTS, curationRules: 1 });
    expect(await collect(dumpNdjsonLines(copy))).toBe(text);
    // To be merged rather than restored, the graph takes its evidence back, in the file's order.
    index.attachTo(dump.graph);
    const whole = parseNdjsonDump(text, 'dump.ndjson').graph;
    expect(evidenceOn(dump.graph)).toBe(dump.counts.evidence);
    whole.forEachEdge((key, attributes) => {
      expect(dump.graph.getEdgeAttribute(key, 'evidence')).toEqual(attributes.evidence);
    });
  });

  it('refuses, from an index too, a relation without evidence and evidence changed since', () => {
    const relation = text.split('\n').find((line) => line.startsWith('{"type":"relation"')) ?? '';
    const key = (JSON.parse(relation) as { key: string }).key;
    const mark = `{"type":"evidence","relation":${JSON.stringify(key)},`;
    const without = (lines: string[]) => {
      const kept = lines.filter((line) => !line.startsWith(mark));
      const removed = lines.length - kept.length;
      // The counts follow, so only the missing evidence is wrong.
      return kept.map((line) =>
        /^\{"type":"(header|end)"/.test(line)
          ? line.replace(/"evidence":(\d+)/, (_m, n: string) => `"evidence":${Number(n) - removed}`)
          : line,
      );
    };
    expect(() => indexedPass(text, without)).toThrow(
      new RegExp(`relation "${key.replace(/[|]/g, '\\|')}" has no evidence`),
    );
    // A file changed between the passes: the evidence read back is not what was checked.
    const { dump, index } = indexedPass(text);
    const other = new NdjsonEvidenceIndex(
      () => '{"type":"evidence","relation":"x"}',
      'dump.ndjson',
    );
    const [first] = index.cited();
    void dump;
    other.add('a|MEETS|b', first?.[0] ?? '', 0, 1);
    expect(() => other.of(first?.[0] ?? '')[0]?.items()).toThrow(/changed since it was checked/);
  });

  const broken: [string, (lines: string[]) => string[], RegExp][] = [
    ['cut short', (l) => l.slice(0, -5), /ends without its end record/],
    ['not JSON', (l) => [l[0] ?? '', '{"type":"entity",', ...l.slice(1)], /line 2: not JSON/],
    ['without its header', (l) => l.slice(1), /line 1: the first record must be the header/],
    [
      'with a record missing',
      (l) => l.filter((line) => !line.startsWith('{"type":"curation"')),
      /declares 1 curation records and holds 0/,
    ],
    [
      'naming an unknown entity',
      (l) =>
        l.map((line) =>
          line.startsWith('{"type":"document"')
            ? line.replace(/"entity":"org:[^"]+"/, '"entity":"org:atlantis"')
            : line,
        ),
      /names entity "org:atlantis", which the dump does not hold/,
    ],
    [
      'of a later version',
      (l) => [(l[0] ?? '').replace('"dump":1', '"dump":9'), ...l.slice(1)],
      /a kg dump of version 9/,
    ],
  ];
  it.each(broken)('refuses a dump %s', (_name, damage, message) => {
    const lines = text.trimEnd().split('\n');
    expect(() => parseNdjsonDump(damage(lines).join('\n'), 'dump.ndjson')).toThrow(message);
  });

  it('refuses a relation record after the evidence began', () => {
    const lines = text.trimEnd().split('\n');
    const firstEvidence = lines.findIndex((line) => line.startsWith('{"type":"evidence"'));
    // The last relation, whose evidence comes last: only its place is wrong.
    const relation = lines.findLastIndex((line) => line.startsWith('{"type":"relation"'));
    const moved = [...lines];
    moved.splice(firstEvidence + 1, 0, moved.splice(relation, 1)[0] ?? '');
    expect(() => parseNdjsonDump(moved.join('\n'), 'dump.ndjson')).toThrow(
      /a relation record after the evidence records/,
    );
  });
});
