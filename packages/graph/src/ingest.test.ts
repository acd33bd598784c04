/**
 * Ingest orchestration with an injected extractor (hand-written extractions): known hashes
 * skipped before extraction, failures collected while the rest goes through, deterministic
 * results with several extractions in flight, re-extraction of older versions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KgError } from '@kg/schema';
import { compareVersions, ingestDocuments } from './ingest.js';
import type { DocumentOutcome, IngestInput, IngestProgress } from './ingest.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/store.js';
import { fixture } from './test-fixtures.js';
import { withEvidence } from './store/materialize.js';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
  store = await openStore({ path: join(dir, 'kg.db') });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const PEOPLE = ['Anna Berg', 'Omar Haddad', 'Li Wei', 'Maria Costa'];
const COUNTRIES = ['France', 'Japan', 'Kenya', 'Canada'];

/** Document i: a person of a country visiting another. */
function corpus(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const person = PEOPLE[i % PEOPLE.length] ?? '';
    const from = COUNTRIES[i % COUNTRIES.length] ?? '';
    const to = COUNTRIES[(i + 1) % COUNTRIES.length] ?? '';
    const text = `Item ${i}. ${person} of ${from} visited ${to}.`;
    return fixture(
      `doc-${i}.txt`,
      text,
      [
        { name: person, type: 'PERSON' },
        { name: from, type: 'GPE' },
        { name: to, type: 'GPE' },
      ],
      [
        { subject: person, predicate: 'MEMBER_OF', object: from },
        { subject: person, predicate: 'VISITS', object: to },
      ],
    );
  });
}

type Input = IngestInput & { text: string };

function extractorFor(docs: ReturnType<typeof corpus>, version = '1.0.0') {
  const byText = new Map(docs.map((d) => [d.text, d]));
  const calls: string[] = [];
  const extract = async (input: Input) => {
    calls.push(input.source);
    // Finish out of order, to show that commits keep input order.
    await new Promise((r) => setTimeout(r, (input.text.length * 7) % 5));
    const doc = byText.get(input.text);
    if (!doc) throw new KgError('PARSE_ERROR', `test extractor: ${input.source}: unknown text.`);
    return { ...structuredClone(doc.extraction), extractorVersion: version };
  };
  return { extract, calls };
}

const inputs = (docs: ReturnType<typeof corpus>): Input[] =>
  docs.map((d) => ({ source: d.id, text: d.text }));

/** What two stores must agree on: entities with their counts, relations with their evidence. */
async function graphShape(s: Store) {
  const g = await withEvidence(s, await s.loadGraph());
  return {
    nodes: g.mapNodes((k, a) => [k, a.label, a.aliases, a.mentionCount, a.documentCount]),
    edges: g.mapEdges((k, a) => [
      k,
      a.weight,
      (a.evidence ?? []).map((e) => [e.docSource, e.sentence]),
    ]),
  };
}

describe('ingestDocuments', () => {
  it('skips known documents before extracting them', async () => {
    const docs = corpus(12);
    const { extract, calls } = extractorFor(docs);
    const first = await ingestDocuments(store, inputs(docs), extract, { jobs: 3 });
    expect(first).toMatchObject({ documents: 12, new: 12, unchanged: 0, failed: [] });
    expect(first.nodesAdded).toBe(8);
    calls.length = 0;
    const second = await ingestDocuments(store, inputs(docs), extract, { jobs: 3 });
    expect(second).toMatchObject({ documents: 12, new: 0, unchanged: 12, nodesAdded: 0 });
    expect(calls).toEqual([]);
  });

  it('counts duplicate content within one run once', async () => {
    const docs = corpus(3);
    const { extract, calls } = extractorFor(docs);
    const copy = { source: 'copy-of-doc-0.txt', text: docs[0]?.text ?? '' };
    const summary = await ingestDocuments(store, [...inputs(docs), copy], extract, { jobs: 4 });
    expect(summary).toMatchObject({ new: 3, unchanged: 1 });
    expect(calls).not.toContain('copy-of-doc-0.txt');
  });

  it('reports failed documents and stores the others', async () => {
    const docs = corpus(4);
    const { extract } = extractorFor(docs);
    const summary = await ingestDocuments(
      store,
      [
        ...inputs(docs).slice(0, 2),
        { source: 'unknown.txt', text: 'Nothing the extractor knows.' },
        {
          source: 'unreadable.txt',
          error: new KgError('BINARY_INPUT', 'unreadable.txt: binary.'),
        } as Input,
        ...inputs(docs).slice(2),
      ],
      extract,
      { jobs: 2 },
    );
    expect(summary.new).toBe(4);
    expect(summary.failed).toEqual([
      {
        source: 'unknown.txt',
        error: 'test extractor: unknown.txt: unknown text.',
        code: 'PARSE_ERROR',
      },
      { source: 'unreadable.txt', error: 'unreadable.txt: binary.', code: 'BINARY_INPUT' },
    ]);
    expect((await store.stats()).documents).toBe(4);
  });

  it('tells the outcome of each document in input order', async () => {
    const docs = corpus(3);
    const { extract } = extractorFor(docs);
    await ingestDocuments(store, inputs(docs).slice(0, 1), extract);
    const outcomes: DocumentOutcome[] = [];
    await ingestDocuments(
      store,
      [
        ...inputs(docs),
        { source: 'unknown.txt', text: 'Nothing the extractor knows.' },
        { source: 'unreadable.txt', error: new KgError('BINARY_INPUT', 'binary.') } as Input,
      ],
      extract,
      { jobs: 3, onDocument: (o) => outcomes.push(o) },
    );
    expect(outcomes.map((o) => [o.source, o.status, o.failure?.code])).toEqual([
      ['doc-0.txt', 'unchanged', undefined],
      ['doc-1.txt', 'new', undefined],
      ['doc-2.txt', 'new', undefined],
      ['unknown.txt', 'failed', 'PARSE_ERROR'],
      ['unreadable.txt', 'failed', 'BINARY_INPUT'],
    ]);
    expect(outcomes[1]?.docId).toMatch(/^[0-9a-f]{64}$/);
    expect(outcomes[1]?.result).toMatchObject({ status: 'new', nodesAdded: expect.any(Number) });
    expect(outcomes[4]?.docId).toBeUndefined();
  });

  it('gives the same store whatever the number of extractions in flight', async () => {
    const docs = corpus(16);
    const serial = await ingestDocuments(store, inputs(docs), extractorFor(docs).extract, {
      jobs: 1,
    });
    const other = await openStore({ path: join(dir, 'other.db') });
    const parallel = await ingestDocuments(other, inputs(docs), extractorFor(docs).extract, {
      jobs: 5,
    });
    expect({ ...parallel, elapsedMs: 0 }).toEqual({ ...serial, elapsedMs: 0 });
    const sources = async (s: Store) => (await s.listDocuments()).map((d) => d.source).sort();
    expect(await sources(other)).toEqual(await sources(store));
    expect(await graphShape(other)).toEqual(await graphShape(store));
    await other.close();
  });

  it('gives the same store when documents are committed in batches', async () => {
    const docs = corpus(16);
    const serial = await ingestDocuments(store, inputs(docs), extractorFor(docs).extract, {
      jobs: 1,
    });
    const other = await openStore({ path: join(dir, 'other.db') });
    const sizes: number[] = [];
    const batched = other.ingestExtractions.bind(other);
    other.ingestExtractions = (items) => {
      sizes.push(items.length);
      return batched(items);
    };
    const outcomes: string[] = [];
    const summary = await ingestDocuments(
      other,
      [...inputs(docs), { source: 'unknown.txt', text: 'Nothing the extractor knows.' }],
      extractorFor(docs).extract,
      { jobs: 3, batch: 4, onDocument: (o) => outcomes.push(o.source) },
    );
    expect(Math.max(...sizes)).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4);
    expect(outcomes).toEqual([...docs.map((d) => d.id), 'unknown.txt']);
    expect({ ...summary, failed: [], documents: 16, elapsedMs: 0 }).toEqual({
      ...serial,
      elapsedMs: 0,
    });
    expect(await graphShape(other)).toEqual(await graphShape(store));
    await other.close();
  });

  it('re-extracts documents whose extractor version is older, and only those', async () => {
    const docs = corpus(5);
    await ingestDocuments(store, inputs(docs), extractorFor(docs, '1.0.0').extract);
    const newer = extractorFor(docs, '1.2.0');
    const summary = await ingestDocuments(store, inputs(docs), newer.extract, {
      reextract: true,
      extractorVersion: '1.2.0',
    });
    expect(summary).toMatchObject({ reextracted: 5, new: 0, unchanged: 0 });
    expect((await store.listDocuments()).map((d) => d.extractorVersion)).toEqual(
      Array(5).fill('1.2.0'),
    );
    expect(await store.stats()).toMatchObject({ documents: 5, mentions: 15, evidence: 10 });
    newer.calls.length = 0;
    const again = await ingestDocuments(store, inputs(docs), newer.extract, {
      reextract: true,
      extractorVersion: '1.2.0',
    });
    expect(again).toMatchObject({ reextracted: 0, unchanged: 5 });
    expect(newer.calls).toEqual([]);
  });

  it('extracts the next documents while one is written, never more than `jobs` at once', async () => {
    const docs = corpus(10);
    const { extract } = extractorFor(docs);
    let extracting = 0;
    let most = 0;
    const log: string[] = [];
    const counted = async (input: Input) => {
      extracting++;
      most = Math.max(most, extracting);
      log.push(`extract ${input.source}`);
      try {
        return await extract(input);
      } finally {
        extracting--;
      }
    };
    // A store whose writes take a while: the extractor must not wait for them.
    const ingestExtraction = store.ingestExtraction.bind(store);
    store.ingestExtraction = async (extraction, meta, options) => {
      log.push(`write ${meta.source ?? ''}`);
      await new Promise((r) => setTimeout(r, 15));
      const result = await ingestExtraction(extraction, meta, options);
      log.push(`written ${meta.source ?? ''}`);
      return result;
    };
    const summary = await ingestDocuments(store, inputs(docs), counted, { jobs: 2 });
    expect(summary).toMatchObject({ new: 10, failed: [] });
    expect(most).toBe(2);
    // doc-2 goes to the extractor before doc-0 is written (no window of two waits on it).
    expect(log.indexOf('extract doc-2.txt')).toBeGreaterThan(-1);
    expect(log.indexOf('extract doc-2.txt')).toBeLessThan(log.indexOf('written doc-0.txt'));
    expect(log.filter((l) => l.startsWith('write')).map((l) => l.slice(6))).toEqual(
      docs.map((d) => d.id),
    );
  });

  it('throws what the inputs throw, after the documents before it', async () => {
    const docs = corpus(3);
    const { extract } = extractorFor(docs);
    async function* failing() {
      yield* inputs(docs);
      throw new KgError('READ_ERROR', 'listing failed');
    }
    await expect(ingestDocuments(store, failing(), extract, { jobs: 2 })).rejects.toThrow(
      'listing failed',
    );
  });

  it('throws what a callback throws and takes no further documents', async () => {
    const docs = corpus(8);
    const { extract, calls } = extractorFor(docs);
    await expect(
      ingestDocuments(store, inputs(docs), extract, {
        jobs: 2,
        onDocument: (o) => {
          if (o.source === 'doc-1.txt') throw new Error('callback failed');
        },
      }),
    ).rejects.toThrow('callback failed');
    expect(calls.length).toBeLessThan(8);
  });

  it('reports progress once per document, with the total', async () => {
    const docs = corpus(6);
    const seen: IngestProgress[] = [];
    await ingestDocuments(store, inputs(docs), extractorFor(docs).extract, {
      jobs: 3,
      total: 6,
      onProgress: (p) => seen.push(p),
    });
    expect(seen.map((p) => [p.done, p.total, p.source])).toEqual(
      docs.map((d, i) => [i + 1, 6, d.id]),
    );
  });
});

describe('compareVersions', () => {
  it.each([
    ['0.1.0', '0.2.0', -1],
    ['0.10.0', '0.9.1', 1],
    ['1.0', '1.0.0', 0],
    ['2.0.0', '1.99.99', 1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});
