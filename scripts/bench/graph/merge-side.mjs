/**
 * The merge bench, in one process run with --expose-gc: a bare graphology `mergeNode` +
 * `mergeEdgeWithKey` loop carrying the same attributes, and the graph package's
 * `mergeExtraction`, fed the same synthetic documents batch by batch in alternating order (so
 * a busy machine slows both alike).
 *   --total=N       synthetic relations (1,000,000 in the full run)
 *   --entities=M    distinct entities they connect
 * Reports relations merged per second and retained heap per edge: heapUsed after a full GC
 * with both graphs, then after dropping the bare graph, then after dropping ours; each
 * difference over that graph's edges.
 */
import { childArgs, emitResult, peakRss } from '../lib/child.mjs';
import { entityName, entityType, relationBatches } from '../lib/synthetic.mjs';
import { importBuilt, importFrom } from '../lib/workspace.mjs';

const args = childArgs();
const total = Number(args.total ?? 1_000_000);
const entities = Number(args.entities ?? 100_000);
const gc = globalThis.gc ?? (() => {});

/** The bare loop: graphology's own upserts, one evidence record appended per relation. */
async function bareMerger() {
  const { MultiDirectedGraph } = await importFrom('graph', 'graphology');
  const graph = new MultiDirectedGraph();
  const merge = ({ rows, docId, date }) => {
    for (const row of rows) {
      const sKey = `n${row.s}`;
      const oKey = `n${row.o}`;
      graph.mergeNode(sKey, { label: entityName(row.s), type: entityType(row.s) });
      graph.mergeNode(oKey, { label: entityName(row.o), type: entityType(row.o) });
      const [key, added] = graph.mergeEdgeWithKey(`${sKey}|${row.p}|${oKey}`, sKey, oKey);
      const attributes = graph.getEdgeAttributes(key);
      const evidence = {
        docId,
        start: row.start,
        end: row.end,
        sentence: row.sentence,
        modality: row.modality,
        confidence: 0.8,
        extractorVersion: 'bench',
        date,
      };
      if (added) {
        attributes.predicate = row.p;
        attributes.weight = 1;
        attributes.modality = row.modality;
        attributes.evidence = [evidence];
        attributes.firstSeen = date;
        attributes.lastSeen = date;
      } else {
        attributes.weight++;
        attributes.evidence.push(evidence);
        attributes.lastSeen = date;
      }
    }
  };
  return { graph, merge };
}

/** Our side: the graph package's merge of an extraction into a graph. */
async function kgMerger() {
  const kg = await importBuilt('graph');
  if (!kg || typeof kg.mergeExtraction !== 'function') return undefined;
  const graph = kg.createStoreGraph();
  const merge = ({ extraction, docId, date }) =>
    kg.mergeExtraction(graph, extraction, {
      id: extraction.documents[0].hash,
      source: docId,
      date,
      ingestedAt: date,
    });
  return { graph, merge };
}

// Each side gets its own copy of the data (two generators, same seed): no string is shared, so
// dropping one side's graph frees exactly what that side retained. The merging happens in a
// function of its own so that no stale register of this module's frame keeps a graph alive.
function mergeAll(bare, kg) {
  const seconds = { bare: 0, kg: 0 };
  let relations = 0;
  const timed = (side, merge, batch) => {
    const start = performance.now();
    merge(batch);
    seconds[side] += (performance.now() - start) / 1000;
  };
  const forBare = relationBatches({ total, entities });
  const forKg = relationBatches({ total, entities });
  let turn = 0;
  for (const batch of forBare) {
    const twin = forKg.next().value;
    if (turn++ % 2 === 0) {
      timed('bare', bare.merge, batch);
      if (kg) timed('kg', kg.merge, twin);
    } else {
      if (kg) timed('kg', kg.merge, twin);
      timed('bare', bare.merge, batch);
    }
    relations += batch.rows.length;
  }
  return {
    relations,
    seconds,
    bare: { nodes: bare.graph.order, edges: bare.graph.size },
    kg: kg ? { nodes: kg.graph.order, edges: kg.graph.size } : undefined,
  };
}

const sides = { bare: await bareMerger(), kg: await kgMerger() };
gc();
const heapStart = process.memoryUsage().heapUsed;
const { relations, seconds, ...sizes } = mergeAll(sides.bare, sides.kg);
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
/** Empties a side in place: a stale register may still point at the object, not at its graph. */
const drop = (side) => {
  if (!side) return;
  side.graph = undefined;
  side.merge = undefined;
};
const heapBoth = heap();
drop(sides.bare);
const heapKg = heap();
drop(sides.kg);
const heapNone = heap();
emitResult({
  relations,
  bare: {
    seconds: seconds.bare,
    ...sizes.bare,
    bytesPerEdge: (heapBoth - heapKg) / sizes.bare.edges,
  },
  kg: sizes.kg
    ? { seconds: seconds.kg, ...sizes.kg, bytesPerEdge: (heapKg - heapNone) / sizes.kg.edges }
    : { error: 'not built' },
  heapStart,
  heapLeft: heapNone - heapStart,
  peakRss: peakRss(),
});
