/**
 * The read API over the sample article: health, stats, graph views and filters, search, entity
 * details, neighbours, paths, relation evidence, and the viewer fallback. Real app, real store,
 * real extraction, real HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiGraph,
  EntityDetailsResponse,
  HealthResponse,
  PathsResponse,
  RelationResponse,
  SearchResponse,
  StatsResponse,
} from '@kg/schema';
import { startTestServer } from './harness.js';
import type { TestServer } from './harness.js';

let t: TestServer;
let full: ApiGraph;

beforeAll(async () => {
  t = await startTestServer();
  // Everything, entities without a relation included.
  full = (await t.json<ApiGraph>('/api/graph?isolated=true&top=100000')).body;
});

afterAll(async () => {
  await t.close();
  expect(t.logged).toEqual([]);
});

/** Every entity of the view has a relation in it. */
function expectNoIsolated(graph: ApiGraph): void {
  const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  expect(graph.nodes.filter((n) => !linked.has(n.key)).map((n) => n.key)).toEqual([]);
}

/** The entity id a search for `name` ranks first. */
async function idOf(name: string): Promise<string> {
  const { body } = await t.json<SearchResponse>(`/api/search?q=${encodeURIComponent(name)}`);
  const first = body.results[0];
  if (!first) throw new Error(`no entity for "${name}"`);
  return first.id;
}

describe('GET /api/health', () => {
  it('reports status, version and store counts', async () => {
    const { status, body } = await t.json<HealthResponse>('/api/health');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(body.documents).toBe(1);
    expect(body.nodes).toBe(full.nodes.length);
    expect(body.edges).toBe(full.edges.length);
    expect(body.nodes).toBeGreaterThan(5);
    expect(body.edges).toBeGreaterThan(3);
    expect(typeof body.graphLoaded).toBe('boolean');
  });

  it('says when the in-memory graph is loaded (a filtered view needs it)', async () => {
    await t.json('/api/graph?types=GPE');
    expect((await t.json<HealthResponse>('/api/health')).body.graphLoaded).toBe(true);
  });
});

describe('GET /api/stats', () => {
  it('counts entity types and predicates consistently with the graph', async () => {
    const { status, body } = await t.json<StatsResponse>('/api/stats');
    expect(status).toBe(200);
    expect(body.documents).toBe(1);
    const typeTotal = Object.values(body.entityTypes).reduce((a, b) => a + (b ?? 0), 0);
    const predicateTotal = Object.values(body.predicates).reduce((a, b) => a + (b ?? 0), 0);
    expect(typeTotal).toBe(full.nodes.length);
    expect(predicateTotal).toBe(full.edges.length);
    expect(body.topEntities.length).toBeGreaterThan(0);
    const weights = body.topEntities.map((e) => e.weightedDegree);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });
});

describe('GET /api/graph', () => {
  it('serves graphology JSON without evidence arrays, with evidence counts and weighted degrees', () => {
    expect(full.options).toMatchObject({ type: 'directed', multi: true });
    expect(full.attributes.totalNodes).toBe(full.nodes.length);
    expect(full.attributes.truncated).toBe(false);
    for (const edge of full.edges) {
      expect(edge.key).toBe(`${edge.source}|${edge.attributes.predicate}|${edge.target}`);
      expect(edge.attributes).not.toHaveProperty('evidence');
      expect(edge.attributes.evidenceCount).toBeGreaterThan(0);
    }
    const keys = new Set(full.nodes.map((n) => n.key));
    for (const edge of full.edges) {
      expect(keys.has(edge.source) && keys.has(edge.target)).toBe(true);
    }
    for (const node of full.nodes) {
      expect(node.attributes.weightedDegree).toBeGreaterThanOrEqual(0);
      expect(typeof node.attributes.label).toBe('string');
    }
  });

  const filters: [string, (g: ApiGraph) => void][] = [
    [
      'types=GPE',
      (g) => expect(new Set(g.nodes.map((n) => n.attributes.type))).toEqual(new Set(['GPE'])),
    ],
    [
      'types=GPE,ORG&types=PERSON',
      (g) => g.nodes.forEach((n) => expect(['GPE', 'ORG', 'PERSON']).toContain(n.attributes.type)),
    ],
    [
      'top=3',
      (g) => {
        expect(g.nodes.length).toBeGreaterThan(1);
        expect(g.nodes.length).toBeLessThanOrEqual(3);
      },
    ],
    ['top=3&isolated=true', (g) => expect(g.nodes.length).toBe(Math.min(3, full.nodes.length))],
    ['minWeight=1000', (g) => expect(g.edges).toEqual([])],
    [
      'modalities=negated',
      (g) => g.edges.forEach((e) => expect(e.attributes.modality).toBe('negated')),
    ],
    ['from=2999-01-01', (g) => expect(g.edges).toEqual([])],
    // The sample is undated: undated evidence is never inside a date range.
    ['to=2999-12-31', (g) => expect(g.edges).toEqual([])],
  ];
  it.each(filters)('filters by %s', async (query, check) => {
    const { status, body } = await t.json<ApiGraph>(`/api/graph?${query}`);
    expect(status).toBe(200);
    check(body);
    if (!query.includes('isolated')) expectNoIsolated(body);
  });

  it('opens on the connected overview, laid out, with support on every relation', async () => {
    const { body } = await t.json<ApiGraph>('/api/graph');
    expect(body.nodes.length).toBeGreaterThan(3);
    expect(body.nodes.length).toBeLessThan(full.nodes.length);
    expectNoIsolated(body);
    expect(body.attributes.layout).toBe(true);
    const xs = new Set(body.nodes.map((n) => n.attributes.x));
    expect(xs.size).toBe(body.nodes.length);
    for (const node of body.nodes) {
      expect(Number.isFinite(node.attributes.y)).toBe(true);
      expect(node.attributes.community).toBeGreaterThanOrEqual(0);
    }
    for (const edge of body.edges) {
      expect(edge.attributes.documentCount).toBe(1);
      expect(edge.attributes.sourceCount).toBeGreaterThanOrEqual(1);
      expect(typeof edge.attributes.contradicted).toBe('boolean');
    }
    // The same view twice is the same layout.
    const again = await t.json<ApiGraph>('/api/graph');
    expect(again.body).toEqual(body);
  });

  it('compresses and revalidates by ETag', async () => {
    const plain = await t.get('/api/graph?isolated=true', {
      headers: { 'accept-encoding': 'identity' },
    });
    const etag = plain.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    expect(plain.headers.get('cache-control')).toBe('no-cache');
    for (const encoding of ['br', 'gzip']) {
      const res = await t.get('/api/graph?isolated=true', {
        headers: { 'accept-encoding': encoding },
      });
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('etag')).toBe(etag);
      // fetch decodes the body: it is the same JSON.
      expect(await res.json()).toEqual(await plain.clone().json());
    }
    const revalidated = await t.get('/api/graph?isolated=true', {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(revalidated.status).toBe(304);
    const other = await t.get('/api/graph?types=GPE', { headers: { 'if-none-match': etag ?? '' } });
    expect(other.status).toBe(200);
  });

  it('filters by predicate', async () => {
    const predicate = full.edges[0]?.attributes.predicate ?? 'ATTACKS';
    const { body } = await t.json<ApiGraph>(`/api/graph?predicates=${predicate}`);
    expect(body.edges.length).toBeGreaterThan(0);
    body.edges.forEach((e) => expect(e.attributes.predicate).toBe(predicate));
    expect(body.attributes.truncated).toBe(true);
  });

  it('centres on an entity with focus and depth', async () => {
    const iran = await idOf('Iran');
    const { body } = await t.json<ApiGraph>(`/api/graph?focus=${encodeURIComponent(iran)}&depth=1`);
    expect(body.nodes.map((n) => n.key)).toContain(iran);
    for (const edge of body.edges) expect(body.nodes.some((n) => n.key === edge.source)).toBe(true);
    expect(body.nodes.length).toBeLessThanOrEqual(full.nodes.length);
  });
});

describe('GET /api/search', () => {
  it('finds Iran by its capital, "tehran"', async () => {
    const { status, body } = await t.json<SearchResponse>('/api/search?q=tehran');
    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({ label: 'Iran', type: 'GPE' });
    expect(body.results[0]?.aliases).toContain('Tehran');
  });

  it('honours limit and types', async () => {
    const { body } = await t.json<SearchResponse>('/api/search?q=r&limit=2&types=GPE');
    expect(body.results.length).toBeLessThanOrEqual(2);
    body.results.forEach((r) => expect(r.type).toBe('GPE'));
  });

  it('returns an empty list for an unknown name', async () => {
    const { body } = await t.json<SearchResponse>('/api/search?q=zzqxv%20nowhere');
    expect(body.results).toEqual([]);
  });
});

describe('GET /api/entities/:id', () => {
  it('returns the entity, its documents and relations with evidence', async () => {
    const iran = await idOf('Iran');
    const { status, body } = await t.json<EntityDetailsResponse>(
      `/api/entities/${encodeURIComponent(iran)}`,
    );
    expect(status).toBe(200);
    expect(body.entity).toMatchObject({ id: iran, label: 'Iran', type: 'GPE' });
    expect(body.documents.map((d) => d.source)).toEqual(['iran-drones-crimea.txt']);
    expect(body.relations.length).toBeGreaterThan(0);
    for (const relation of body.relations) {
      expect([relation.source, relation.target]).toContain(iran);
      expect(relation.evidence.length).toBeGreaterThan(0);
      const other = relation.source === iran ? relation.target : relation.source;
      expect(body.neighbors[other]?.label).toBeTruthy();
      for (const item of relation.evidence) {
        expect(item.sentence.length).toBeGreaterThan(0);
        expect(item.docId).toBe(body.documents[0]?.id);
      }
    }
  });

  it('returns 404 with NOT_FOUND for an unknown entity', async () => {
    const { status, body } = await t.json('/api/entities/gpe%3Aatlantis');
    expect(status).toBe(404);
    expect(body).toEqual({
      error: { code: 'NOT_FOUND', message: expect.stringContaining('atlantis') },
    });
  });
});

describe('evidence limits', () => {
  it('caps evidence per relation and counts the rest', async () => {
    const edge = [...full.edges].sort(
      (a, b) => b.attributes.evidenceCount - a.attributes.evidenceCount,
    )[0];
    if (!edge || edge.attributes.evidenceCount < 2)
      throw new Error('no relation with two sentences');
    const { body } = await t.json<EntityDetailsResponse>(
      `/api/entities/${encodeURIComponent(edge.source)}?evidenceLimit=1`,
    );
    const relation = body.relations.find((r) => r.key === edge.key);
    expect(relation?.evidence).toHaveLength(1);
    expect(relation?.moreEvidence).toBe(edge.attributes.evidenceCount - 1);
  });
});

describe('GET /api/entities/:id/neighbors', () => {
  it('returns the ego network as graphology JSON, centre included', async () => {
    const iran = await idOf('Iran');
    const { status, body } = await t.json<ApiGraph>(
      `/api/entities/${encodeURIComponent(iran)}/neighbors?depth=1&limit=50`,
    );
    expect(status).toBe(200);
    const keys = body.nodes.map((n) => n.key);
    expect(keys).toContain(iran);
    expect(keys.length).toBeGreaterThan(1);
    body.edges.forEach((e) => expect(e.attributes).not.toHaveProperty('evidence'));
  });

  it('applies the view filters to an expansion', async () => {
    const iran = await idOf('Iran');
    const { body } = await t.json<ApiGraph>(
      `/api/entities/${encodeURIComponent(iran)}/neighbors?types=GPE`,
    );
    body.nodes.forEach((n) => expect(n.attributes.type).toBe('GPE'));
  });

  it('stops at the limit and says so', async () => {
    const iran = await idOf('Iran');
    const { body } = await t.json<ApiGraph>(
      `/api/entities/${encodeURIComponent(iran)}/neighbors?depth=2&limit=1`,
    );
    expect(body.nodes.length).toBe(2);
    expect(body.attributes.truncated).toBe(true);
  });
});

describe('GET /api/paths', () => {
  it('links the IRGC to Ukraine with evidence for every hop', async () => {
    const [from, to] = [await idOf('Revolutionary Guard'), await idOf('Ukraine')];
    const { status, body } = await t.json<PathsResponse>(
      `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&k=3`,
    );
    expect(status).toBe(200);
    expect(body.paths.length).toBeGreaterThan(0);
    for (const path of body.paths) {
      expect(path.nodes[0]).toBe(from);
      expect(path.nodes.at(-1)).toBe(to);
      expect(path.hops.length).toBe(path.nodes.length - 1);
      path.hops.forEach((hop, i) => {
        const [a, b] =
          hop.direction === 'forward' ? [hop.source, hop.target] : [hop.target, hop.source];
        expect([a, b]).toEqual([path.nodes[i], path.nodes[i + 1]]);
        expect(hop.evidence.length).toBeGreaterThan(0);
      });
      path.nodes.forEach((id) => expect(body.entities[id]?.label).toBeTruthy());
    }
    const lengths = body.paths.map((p) => p.nodes.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('accepts names for its ends', async () => {
    const byName = await t.json<PathsResponse>('/api/paths?from=Revolutionary%20Guard&to=Ukraine');
    const [from, to] = [await idOf('Revolutionary Guard'), await idOf('Ukraine')];
    const byId = await t.json<PathsResponse>(
      `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    );
    expect(byName.body).toEqual(byId.body);
  });

  it('returns no paths when the relation types allow none', async () => {
    const [from, to] = [await idOf('Revolutionary Guard'), await idOf('Ukraine')];
    const { status, body } = await t.json<PathsResponse>(
      `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&predicates=SUES`,
    );
    expect(status).toBe(200);
    expect(body.paths).toEqual([]);
  });

  it('returns 404 for an unknown endpoint', async () => {
    const { status, body } = await t.json<{ error: { code: string } }>(
      '/api/paths?from=zzqxv&to=Ukraine',
    );
    expect(status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
  });
});

describe('GET /api/relations/:key', () => {
  it('returns a relation and all its evidence by URL-encoded key', async () => {
    const edge = full.edges[0];
    if (!edge) throw new Error('sample graph has no edges');
    const { status, body } = await t.json<RelationResponse>(
      `/api/relations/${encodeURIComponent(edge.key)}`,
    );
    expect(status).toBe(200);
    expect(body.relation).toMatchObject({
      key: edge.key,
      source: edge.source,
      target: edge.target,
      predicate: edge.attributes.predicate,
      evidenceCount: edge.attributes.evidenceCount,
    });
    expect(body.evidence.length).toBe(edge.attributes.evidenceCount);
    expect(body.relation.sourceLabel).toBeTruthy();
  });

  it('returns 404 for an unknown relation', async () => {
    const { status } = await t.json(`/api/relations/${encodeURIComponent('a|ATTACKS|b')}`);
    expect(status).toBe(404);
  });
});

describe('static viewer and headers', () => {
  it('explains how to build the viewer when it is missing', async () => {
    const res = await t.get('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('viewer is not built');
  });

  it('sends security headers with a CSP that allows the viewer and nothing else', async () => {
    const res = await t.get('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain('worker-src');
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('large stores', () => {
  it('sends the top entities when the graph is over maxGraphNodes and says it is cut', async () => {
    const small = await startTestServer({ maxGraphNodes: 5, overviewNodes: 4 });
    try {
      const overview = await small.json<ApiGraph>('/api/graph');
      expect(overview.body.nodes.length).toBeLessThanOrEqual(4);
      expectNoIsolated(overview.body);
      const { body } = await small.json<ApiGraph>('/api/graph?isolated=true&top=100');
      expect(body.nodes).toHaveLength(5);
      expect(body.attributes.truncated).toBe(true);
      expect(body.attributes.totalNodes).toBe(full.nodes.length);
      const { body: more } = await small.json<ApiGraph>('/api/graph?top=8&isolated=true');
      expect(more.nodes).toHaveLength(5);
    } finally {
      await small.close();
    }
  });
});

describe('evidence attribution', () => {
  it('keeps each sentence with its own source, never the relation-level one', async () => {
    // A hand-made extraction: the relation cites CNN, only its first sentence does.
    const text = 'Iran sent drones to Russia, CNN reported. Iran sent shells to Russia.';
    const mention = (name: string, start: number) => ({
      doc: 'cited.txt',
      start,
      end: start + name.length,
      text: name,
      type: 'GPE' as const,
    });
    const sentence = (start: number, end: number, attribution?: string) => ({
      doc: 'cited.txt',
      start,
      end,
      text: text.slice(start, end),
      modality: 'reported' as const,
      confidence: 0.8,
      ...(attribution ? { attribution } : {}),
    });
    await t.store.ingestExtraction(
      {
        extractorVersion: 'test',
        documents: [{ id: 'cited.txt', hash: 'cited', format: 'text', chars: text.length }],
        entities: [
          {
            id: 'e1',
            name: 'Iran',
            type: 'GPE',
            aliases: [],
            mentions: [mention('Iran', 0), mention('Iran', 42)],
          },
          {
            id: 'e2',
            name: 'Russia',
            type: 'GPE',
            aliases: [],
            mentions: [mention('Russia', 20), mention('Russia', 62)],
          },
        ],
        relations: [
          {
            subject: 'e1',
            predicate: 'SUPPLIES',
            object: 'e2',
            modality: 'reported',
            confidence: 0.8,
            attribution: 'CNN',
            evidence: [sentence(0, 41, 'CNN'), sentence(42, text.length)],
          },
        ],
      },
      { id: 'cited-document', source: 'cited.txt' },
    );
    const key = 'gpe:iran|SUPPLIES|gpe:russia';
    const relation = await t.json<RelationResponse>(`/api/relations/${encodeURIComponent(key)}`);
    const cited = relation.body.evidence.filter((e) => e.docId === 'cited-document');
    expect(cited.map((e) => [e.sentence, e.attribution])).toEqual([
      ['Iran sent drones to Russia, CNN reported.', 'CNN'],
      ['Iran sent shells to Russia.', undefined],
    ]);
    const details = await t.json<EntityDetailsResponse>(
      '/api/entities/gpe%3Airan?evidenceLimit=100',
    );
    const supplies = details.body.relations.find((r) => r.key === key);
    expect(
      supplies?.evidence.filter((e) => e.docId === 'cited-document').map((e) => e.attribution),
    ).toEqual(['CNN', undefined]);
  });
});

describe('the default view over HTTP', () => {
  it('keeps its bytes and validator while the store is unchanged, new ones after a write', async () => {
    const first = await t.get('/api/graph');
    const etag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^W\/"/);
    const again = await t.get('/api/graph');
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe(await first.text());
    const text = 'Belarus met Estonia.';
    const mention = (name: string, start: number) => ({
      doc: 'met.txt',
      start,
      end: start + name.length,
      text: name,
      type: 'GPE' as const,
    });
    await t.store.ingestExtraction(
      {
        extractorVersion: 'test',
        documents: [{ id: 'met.txt', hash: 'met', format: 'text', chars: text.length }],
        entities: [
          {
            id: 'e1',
            name: 'Belarus',
            type: 'GPE',
            aliases: [],
            mentions: [mention('Belarus', 0)],
          },
          {
            id: 'e2',
            name: 'Estonia',
            type: 'GPE',
            aliases: [],
            mentions: [mention('Estonia', 12)],
          },
        ],
        relations: [
          {
            subject: 'e1',
            predicate: 'MEETS',
            object: 'e2',
            modality: 'asserted',
            confidence: 0.9,
            evidence: [
              {
                doc: 'met.txt',
                start: 0,
                end: text.length,
                text,
                modality: 'asserted',
                confidence: 0.9,
              },
            ],
          },
        ],
      },
      { id: 'met-document', source: 'met.txt' },
    );
    const changed = await t.get('/api/graph');
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const body = (await changed.json()) as ApiGraph;
    expect(body.nodes.map((n) => n.key)).toContain('gpe:estonia');
  });
});
