/**
 * One side of the merge bench, in its own process (run with --expose-gc):
 *   --side=bare|kg  a bare graphology `mergeNode` + `mergeEdgeWithKey` loop carrying the same
 *                   attributes, or the graph package's `mergeExtraction`
 *   --total=N       synthetic relations (1,000,000 in the full run)
 *   --entities=M    distinct entities they connect
 * Reports relations merged per second and retained heap per edge (heapUsed after a full GC,
 * minus the heap before the first merge, divided by the edges in the graph).
 */
import { childArgs, emitResult, peakRss } from '../lib/child.mjs';
import { entityName, entityType, relationBatches } from '../lib/synthetic.mjs';
import { importBuilt, importFrom } from '../lib/workspace.mjs';

const args = childArgs();
const side = args.side ?? 'bare';
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

const merger = side === 'bare' ? await bareMerger() : await kgMerger();
if (!merger) {
  emitResult({ side, error: 'not built' });
  process.exit(0);
}
gc();
const heapBefore = process.memoryUsage().heapUsed;
let seconds = 0;
let relations = 0;
for (const batch of relationBatches({ total, entities })) {
  const start = performance.now();
  merger.merge(batch);
  seconds += (performance.now() - start) / 1000;
  relations += batch.rows.length;
}
gc();
gc();
const heapAfter = process.memoryUsage().heapUsed;
emitResult({
  side,
  relations,
  seconds,
  nodes: merger.graph.order,
  edges: merger.graph.size,
  bytesPerEdge: (heapAfter - heapBefore) / merger.graph.size,
  heapDelta: heapAfter - heapBefore,
  peakRss: peakRss(),
});
