/**
 * The merge bench, in one process run with --expose-gc: a bare graphology `mergeNode` +
 * `mergeEdgeWithKey` loop carrying the same attributes, and the graph package's
 * `mergeExtraction` with the evidence left to the store (what a store's projection holds) and
 * with every evidence record kept in memory, fed the same synthetic documents batch by batch
 * in rotating order (so a busy machine slows every side alike).
 *   --total=N       synthetic relations (1,000,000 in the full run)
 *   --entities=M    distinct entities they connect
 * Reports relations merged per second (wall time, and CPU time of the process: all its threads,
 * the collector's helpers included, which a busy machine does not stretch) and retained heap per edge: heapUsed after a full GC
 * with every graph, then after dropping each in turn; each difference over that graph's edges.
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

/**
 * Our side: the graph package's merge of an extraction into a graph, keeping every evidence
 * record in memory (`full`, a graph without a store) or leaving it to the store (`light`: what
 * a store's projection holds; the evidence rows are written by the store, timed by the ingest
 * bench).
 */
async function kgMerger(evidence) {
  const kg = await importBuilt('graph');
  if (!kg || typeof kg.mergeExtraction !== 'function') return undefined;
  const graph = kg.createStoreGraph();
  const merge = ({ extraction, docId, date }) =>
    kg.mergeExtraction(
      graph,
      extraction,
      { id: extraction.documents[0].hash, source: docId, date, ingestedAt: date },
      { evidence },
    );
  return { graph, merge };
}

// Each side gets its own copy of the data (two generators, same seed): no string is shared, so
// dropping one side's graph frees exactly what that side retained. The merging happens in a
// function of its own so that no stale register of this module's frame keeps a graph alive.
function mergeAll(sides) {
  const names = Object.keys(sides).filter((name) => sides[name]);
  const seconds = Object.fromEntries(names.map((name) => [name, 0]));
  const cpu = Object.fromEntries(names.map((name) => [name, 0]));
  let relations = 0;
  const timed = (side, batch) => {
    const start = performance.now();
    const used = process.cpuUsage();
    sides[side].merge(batch);
    const { user, system } = process.cpuUsage(used);
    seconds[side] += (performance.now() - start) / 1000;
    cpu[side] += (user + system) / 1e6;
  };
  const streams = Object.fromEntries(
    names.map((name) => [name, relationBatches({ total, entities })]),
  );
  for (let turn = 0; ; turn++) {
    const batches = names.map((name) => [name, streams[name].next().value]);
    if (!batches[0][1]) break;
    // Rotate who goes first, so drift on a busy machine hits every side alike.
    for (let i = 0; i < batches.length; i++) {
      const [name, batch] = batches[(i + turn) % batches.length];
      timed(name, batch);
    }
    relations += batches[0][1].rows.length;
  }
  const sizes = Object.fromEntries(
    names.map((name) => [name, { nodes: sides[name].graph.order, edges: sides[name].graph.size }]),
  );
  return { relations, seconds, cpu, ...sizes };
}

const sides = {
  bare: await bareMerger(),
  light: await kgMerger(false),
  kg: await kgMerger(true),
};
gc();
const heapStart = process.memoryUsage().heapUsed;
const { relations, seconds, cpu, ...sizes } = mergeAll(sides);
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
// Drop the graphs one at a time: each heap difference is what that side retained.
const retained = {};
let before = heap();
for (const name of ['bare', 'light', 'kg']) {
  if (!sides[name]) continue;
  drop(sides[name]);
  const after = heap();
  retained[name] = before - after;
  before = after;
}
const side = (name) =>
  sizes[name]
    ? {
        seconds: seconds[name],
        cpuSeconds: cpu[name],
        ...sizes[name],
        bytesPerEdge: retained[name] / sizes[name].edges,
      }
    : { error: 'not built' };
emitResult({
  relations,
  bare: side('bare'),
  light: side('light'),
  kg: side('kg'),
  heapStart,
  heapLeft: before - heapStart,
  peakRss: peakRss(),
});
