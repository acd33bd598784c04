/**
 * Curation on PostgreSQL, through the HTTP API: the same rules made and undone on a server over
 * a PostgreSQL store and on one over a SQLite file (the reference), with the same documents
 * ingested through the API, give the same answers and the same graph after every step.
 */
import { createExtractorPool } from '@kg/extract';
import type { ExtractorPool } from '@kg/extract';
import type {
  CurationListResponse,
  CurationResponse,
  EntityDetailsResponse,
  UndoCurationResponse,
} from '@kg/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_TEXT, startTestServer } from '../api/harness.js';
import type { TestServer } from '../api/harness.js';
import { testDatabases } from './databases.js';

const databases = testDatabases('kg_curation');
let pool: ExtractorPool;
let sqlite: TestServer;
let postgres: TestServer;

const SEED = [
  { text: SAMPLE_TEXT, source: 'iran-drones-crimea.txt' },
  {
    text: 'Tehran denied the report. Iran said Moscow had asked for no drones, and Russia agreed.',
    source: 'denial.txt',
  },
];

beforeAll(async () => {
  pool = createExtractorPool({ jobs: 1 });
  sqlite = await startTestServer({}, SEED, pool);
  postgres = await startTestServer({}, SEED, pool, await databases.fresh());
}, 180_000);

afterAll(async () => {
  await Promise.all([sqlite?.close(), postgres?.close()]);
  await pool?.close();
  await databases.dropAll();
});

interface Exported {
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

/** A value without the times of ingest and curation (the two servers wrote at other moments). */
function timeless(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(timeless);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([name]) => !/(Seen|At)$/u.test(name))
      .map(([name, inner]) => [name, timeless(inner)]),
  );
}

/** The whole graph, timeless, nodes and edges in key order. */
async function graphOf(server: TestServer): Promise<Exported> {
  const { status, body } = await server.json<Exported>('/api/export?format=json');
  expect(status).toBe(200);
  const graph = timeless(body) as Exported;
  return {
    nodes: graph.nodes
      .map((n) => ({ key: n.key, attributes: n.attributes }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    edges: graph.edges
      .map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: e.attributes }))
      .sort((a, b) => a.key.localeCompare(b.key)),
  };
}

const strongestEdge = (graph: Exported): string =>
  [...graph.edges].sort(
    (a, b) =>
      Number(b.attributes.weight) - Number(a.attributes.weight) || a.key.localeCompare(b.key),
  )[0]?.key ?? '';

async function send(server: TestServer, method: string, path: string, body?: unknown) {
  const res = await server.get(path, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: res.status, body: timeless(await res.json()) };
}

/** Sends the same request to both servers; expects the same status and body from each. */
async function both(method: string, path: string, body?: unknown): Promise<unknown> {
  const [a, b] = [await send(sqlite, method, path, body), await send(postgres, method, path, body)];
  expect(b, `${method} ${path} ${JSON.stringify(body)}`).toEqual(a);
  return a.body;
}

async function expectSameGraph(): Promise<Exported> {
  const reference = await graphOf(sqlite);
  expect(await graphOf(postgres)).toEqual(reference);
  return reference;
}

describe('curation on PostgreSQL, through the API', () => {
  it('starts from the same graph', async () => {
    const graph = await expectSameGraph();
    expect(graph.nodes.length).toBeGreaterThan(10);
    expect(graph.edges.length).toBeGreaterThan(10);
  });

  it('makes every kind of rule with the same outcome as on SQLite, and undoes each', async () => {
    const start = await expectSameGraph();
    const byMentions = (type: string) =>
      start.nodes
        .filter((n) => n.attributes.type === type)
        .sort(
          (a, b) =>
            Number(b.attributes.mentionCount) - Number(a.attributes.mentionCount) ||
            a.key.localeCompare(b.key),
        );
    const [first, second] = byMentions('GPE');
    const [org] = byMentions('ORG');
    if (!first || !second || !org) throw new Error('the seed lacks two places and a group');

    const made: CurationResponse[] = [];
    const apply = async (body: Record<string, string>, check: () => Promise<void>) => {
      const answer = (await both('POST', '/api/curation', body)) as CurationResponse;
      expect(answer.rule.op).toBe(body.op);
      made.push(answer);
      await check();
      await expectSameGraph();
    };
    const entity = (key: string) =>
      both('GET', `/api/entities/${encodeURIComponent(key)}`) as Promise<
        EntityDetailsResponse | { error: unknown }
      >;

    await apply({ op: 'merge', into: first.key, from: second.key }, async () => {
      expect(await entity(second.key)).toHaveProperty('error');
    });
    const merged = (await entity(first.key)) as EntityDetailsResponse;
    const alias = merged.entity.aliases[0];
    if (!alias) throw new Error('the merged place has no alias');
    await apply({ op: 'split', entity: first.key, alias }, async () => {
      const split = made.at(-1) as CurationResponse;
      expect(split.mentionsMoved).toBeGreaterThan(0);
      expect(await entity(split.key)).toHaveProperty('entity');
    });
    await apply({ op: 'rename', entity: org.key, label: 'The Renamed Group' }, async () => {
      expect(((await entity(org.key)) as EntityDetailsResponse).entity.label).toBe(
        'The Renamed Group',
      );
    });
    await apply({ op: 'retype', entity: first.key, type: 'LOC' }, async () => {
      expect(((await entity(made.at(-1)?.key ?? '')) as EntityDetailsResponse).entity.type).toBe(
        'LOC',
      );
    });
    const relation = strongestEdge(await graphOf(sqlite));
    await apply({ op: 'reject', relation }, async () => {
      expect((made.at(-1) as CurationResponse).evidenceMoved).toBeGreaterThan(0);
      expect((await graphOf(postgres)).edges.some((e) => e.key === relation)).toBe(false);
    });
    await apply({ op: 'accept', relation }, async () => undefined);

    const listed = (await both('GET', '/api/curation')) as CurationListResponse;
    expect(listed.rules.map((r) => r.rule.op)).toEqual([
      'merge',
      'split',
      'rename',
      'retype',
      'reject',
      'accept',
    ]);
    // Undone last first, each with the same re-extractions and graph on both stores.
    for (const { id } of [...listed.rules].reverse()) {
      const undone = (await both('DELETE', `/api/curation/${id}`)) as UndoCurationResponse;
      expect(undone.undone.id).toBe(id);
      await expectSameGraph();
    }
    expect(((await both('GET', '/api/curation')) as CurationListResponse).rules).toEqual([]);
    // Back where it started; aliases may come in another order (undo ingests the documents again,
    // so which was seen first can change).
    const aliasSets = (graph: Exported) =>
      graph.nodes.map((n) => ({
        ...n,
        attributes: { ...n.attributes, aliases: String(n.attributes.aliases).split('; ').sort() },
      }));
    const end = await graphOf(postgres);
    expect(aliasSets(end)).toEqual(aliasSets(start));
    expect(end.edges).toEqual(start.edges);
  }, 240_000);
});
