/**
 * Seeded synthetic data shared by both sides of a comparison: relations shaped like the
 * extraction contract (for merge), and large random graphs with domain attributes (for queries,
 * memory and rendering). Same seed, same data, on every run and on every side.
 */

// The domain's own lists, from the built schema package (the bench measures built packages).
const { ENTITY_TYPES: TYPES, RELATION_TYPES } =
  await import('../../../packages/schema/dist/index.js');
// The relation types the synthetic data has always drawn from (same seed, same data).
const PREDICATES = RELATION_TYPES.filter(
  (p) => !['RELATED_TO', 'SPOKESPERSON_OF', 'ANNEXES', 'ARRESTS', 'SUES'].includes(p),
);
const MODALITIES = ['asserted', 'asserted', 'asserted', 'reported', 'considered', 'alleged'];
const SYLLABLES = [
  'ka',
  'lo',
  'mir',
  'tan',
  'vel',
  'dor',
  'sen',
  'ria',
  'bal',
  'ost',
  'nev',
  'qua',
];

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A pronounceable, distinct name for entity number i ("Kalomir Tan 17"). */
export function entityName(i) {
  let n = i;
  let word = '';
  do {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  // Joined, so the name is one flat string, as a name sliced from a text is (a concatenated
  // one would be flattened again by every map look-up).
  return [word[0].toUpperCase(), word.slice(1), ' ', SYLLABLES[i % 7], String(i % 97)].join('');
}

export function entityType(i) {
  return TYPES[i % TYPES.length];
}

/** Skewed pick in [0, n): a few hubs recur often, as actors do in news. */
function skewed(random, n) {
  return Math.min(n - 1, Math.floor(n * random() ** 2));
}

/**
 * Yields extraction-shaped batches (one synthetic "document" each) until `total` relations:
 * `{ extraction, relations }` where `relations` holds the plain `{ s, p, o, sType, oType, evidence }`
 * rows a bare graphology loop consumes, keyed by entity number.
 */
export function* relationBatches({ total, entities, perDoc = 100, repeat = 0.3, seed = 7 }) {
  const random = prng(seed);
  // Recent relations, re-told by later documents (a share `repeat` of all rows): the merges
  // that raise an edge's weight rather than add it.
  const recent = [];
  let stored = 0;
  const date = '2025-01-01T00:00:00.000Z';
  for (let doc = 0, made = 0; made < total; doc++) {
    const docId = `synthetic/doc-${doc}.txt`;
    const count = Math.min(perDoc, total - made);
    const local = new Map();
    const rows = [];
    for (let r = 0; r < count; r++) {
      let s = skewed(random, entities);
      let o = Math.floor(random() * entities);
      if (o === s) o = (o + 1) % entities;
      let p = PREDICATES[Math.floor(random() * PREDICATES.length)];
      if (recent.length > 0 && random() < repeat) {
        [s, p, o] = recent[Math.floor(random() * recent.length)];
      } else {
        recent[stored++ % 10_000] = [s, p, o];
      }
      const modality = MODALITIES[Math.floor(random() * MODALITIES.length)];
      const sentence = `${entityName(s)} ${p.toLowerCase()} ${entityName(o)}, report ${doc}.`;
      const start = r * 80;
      rows.push({ s, p, o, modality, sentence, start, end: start + sentence.length });
      for (const e of [s, o]) if (!local.has(e)) local.set(e, `e${local.size + 1}`);
    }
    const entityList = [...local].map(([e, id]) => ({
      id,
      name: entityName(e),
      type: entityType(e),
      aliases: [],
      mentions: [
        {
          doc: docId,
          start: 0,
          end: entityName(e).length,
          text: entityName(e),
          type: entityType(e),
        },
      ],
    }));
    const relations = rows.map((row) => ({
      subject: local.get(row.s),
      predicate: row.p,
      object: local.get(row.o),
      modality: row.modality,
      confidence: 0.8,
      evidence: [
        {
          doc: docId,
          start: row.start,
          end: row.end,
          text: row.sentence,
          modality: row.modality,
          confidence: 0.8,
        },
      ],
    }));
    const extraction = {
      extractorVersion: 'bench',
      documents: [
        {
          id: docId,
          hash: `hash-${doc}`,
          format: 'text',
          chars: count * 80,
          date,
          title: `Report ${doc}`,
        },
      ],
      entities: entityList,
      relations,
    };
    made += count;
    yield { extraction, rows, docId, date };
  }
}

/**
 * Builds a random MultiDirectedGraph of `nodes` entities and `edges` relations with domain
 * attributes (one shared evidence record per edge: the shape, not the bulk) into `graph`.
 * Node keys are "n0"…; edge keys follow the store's `subject|predicate|object`.
 */
export function fillRandomGraph(graph, { nodes, edges, seed = 11 }) {
  const random = prng(seed);
  const date = '2025-01-01T00:00:00.000Z';
  for (let i = 0; i < nodes; i++) {
    graph.addNode(`n${i}`, {
      label: entityName(i),
      type: entityType(i),
      aliases: [],
      mentionCount: 1,
      documentCount: 1,
      firstSeen: date,
      lastSeen: date,
    });
  }
  const evidence = {
    docId: 'synthetic',
    start: 0,
    end: 10,
    sentence: 'A synthetic sentence.',
    modality: 'asserted',
    confidence: 0.8,
    extractorVersion: 'bench',
    date,
  };
  let made = 0;
  while (made < edges) {
    const s = skewed(random, nodes);
    const o = Math.floor(random() * nodes);
    if (s === o) continue;
    const p = PREDICATES[Math.floor(random() * PREDICATES.length)];
    const key = `n${s}|${p}|n${o}`;
    if (graph.hasEdge(key)) continue;
    graph.addEdgeWithKey(key, `n${s}`, `n${o}`, {
      predicate: p,
      weight: 1 + Math.floor(random() * 3),
      modality: 'asserted',
      evidence: [evidence],
      firstSeen: date,
      lastSeen: date,
    });
    made++;
  }
  return graph;
}

/** `count` seeded random node keys of a graph filled by fillRandomGraph. */
export function randomNodePairs(nodes, count, seed = 13) {
  const random = prng(seed);
  return Array.from({ length: count }, () => [
    `n${Math.floor(random() * nodes)}`,
    `n${Math.floor(random() * nodes)}`,
  ]);
}

/**
 * The `/api/graph` body (graphology's serialized shape with weightedDegree on nodes and
 * evidenceCount instead of evidence on edges) of a graph filled by fillRandomGraph: what the
 * baseline page renders when the real server is not built yet.
 */
export function apiGraphBody(graph) {
  const weighted = new Map();
  graph.forEachEdge((_key, attributes, source, target) => {
    weighted.set(source, (weighted.get(source) ?? 0) + attributes.weight);
    weighted.set(target, (weighted.get(target) ?? 0) + attributes.weight);
  });
  const nodes = [];
  graph.forEachNode((key, attributes) =>
    nodes.push({ key, attributes: { ...attributes, weightedDegree: weighted.get(key) ?? 0 } }),
  );
  const edges = [];
  graph.forEachEdge((key, { evidence, ...attributes }, source, target) =>
    edges.push({
      key,
      source,
      target,
      attributes: { ...attributes, evidenceCount: evidence.length },
    }),
  );
  return {
    attributes: { totalNodes: graph.order, totalEdges: graph.size, truncated: false },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}

/**
 * Turns a graph filled by fillRandomGraph back into extraction-shaped documents of `perDoc`
 * relations each (entities named by their labels), so a real store can be filled with the
 * same graph through its ordinary ingest path.
 */
export function* extractionsOfGraph(graph, perDoc = 1000) {
  const edges = graph.edges();
  for (let doc = 0; doc * perDoc < edges.length; doc++) {
    const docId = `synthetic/graph-${doc}.txt`;
    const local = new Map();
    const entities = [];
    const idOf = (node) => {
      let id = local.get(node);
      if (!id) {
        id = `e${local.size + 1}`;
        local.set(node, id);
        const { label, type } = graph.getNodeAttributes(node);
        entities.push({
          id,
          name: label,
          type,
          aliases: [],
          mentions: [{ doc: docId, start: 0, end: label.length, text: label, type }],
        });
      }
      return id;
    };
    const relations = edges.slice(doc * perDoc, (doc + 1) * perDoc).map((edge, r) => {
      const { predicate } = graph.getEdgeAttributes(edge);
      const source = graph.source(edge);
      const target = graph.target(edge);
      const text = `${graph.getNodeAttribute(source, 'label')} ${predicate.toLowerCase()} ${graph.getNodeAttribute(target, 'label')}.`;
      const start = r * 80;
      return {
        subject: idOf(source),
        predicate,
        object: idOf(target),
        modality: 'asserted',
        confidence: 0.8,
        evidence: [
          {
            doc: docId,
            start,
            end: start + text.length,
            text,
            modality: 'asserted',
            confidence: 0.8,
          },
        ],
      };
    });
    yield {
      extractorVersion: 'bench',
      documents: [
        {
          id: docId,
          hash: `graph-${graph.order}-${graph.size}-${doc}`,
          format: 'text',
          chars: perDoc * 80,
        },
      ],
      entities,
      relations,
    };
  }
}
