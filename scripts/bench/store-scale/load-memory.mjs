/**
 * Memory of loading a store's in-memory graph, alone in this process (issue 17: the peak while
 * `kg serve` loads its graph). Opens the store as `kg serve` does (no reader or writer threads,
 * which the server starts beside it), loads the projection with `store.loadGraph()` and samples
 * VmRSS, VmHWM (`/proc/self/status`) and the V8 heap every 50 ms while it runs; prints the peak
 * and the figures after the load and after a full collection (run with `--expose-gc` for that).
 *
 *   node --expose-gc scripts/bench/store-scale/load-memory.mjs --db=FILE [--json]
 */
import { readFileSync } from 'node:fs';
import { childArgs, emitResult } from '../lib/child.mjs';
import { importBuilt } from '../lib/workspace.mjs';

const MB = 1024 * 1024;

/** VmRSS and VmHWM of this process, in bytes (Linux). */
function status() {
  const text = readFileSync('/proc/self/status', 'utf8');
  const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1]) * 1024;
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

function snapshot() {
  const { rss, hwm } = status();
  const { heapUsed, heapTotal, external } = process.memoryUsage();
  return { rss, hwm, heapUsed, heapTotal, external };
}

const args = childArgs();
const graph = await importBuilt('graph');
if (!graph?.openStore || !args.db) {
  console.error('usage: node --expose-gc load-memory.mjs --db=FILE (after npx tsc -b)');
  process.exit(1);
}
const store = await graph.openStore({ path: args.db, readonly: true });
const opened = snapshot();
let peakHeapUsed = 0;
let peakHeapTotal = 0;
const sampler = setInterval(() => {
  const { heapUsed, heapTotal } = process.memoryUsage();
  peakHeapUsed = Math.max(peakHeapUsed, heapUsed);
  peakHeapTotal = Math.max(peakHeapTotal, heapTotal);
}, 50);
const start = performance.now();
const loaded = await store.loadGraph();
const seconds = (performance.now() - start) / 1000;
clearInterval(sampler);
const after = snapshot();
globalThis.gc?.();
const collected = snapshot();
const result = {
  entities: loaded.order,
  relations: loaded.size,
  seconds,
  opened,
  after,
  collected: globalThis.gc ? collected : undefined,
  peakHeapUsed,
  peakHeapTotal,
};
await store.close();
if (args.json) emitResult(result);
else {
  const mb = (v) => (v === undefined ? 'n/a' : `${(v / MB).toFixed(1)} MB`);
  console.log(
    `${result.entities} entities, ${result.relations} relations in ${seconds.toFixed(1)} s`,
  );
  console.log(`opened:    RSS ${mb(opened.rss)}, heap used ${mb(opened.heapUsed)}`);
  console.log(
    `loading:   peak RSS (VmHWM) ${mb(after.hwm)}, heap used up to ${mb(peakHeapUsed)}, heap total up to ${mb(peakHeapTotal)}`,
  );
  console.log(
    `loaded:    RSS ${mb(after.rss)}, heap used ${mb(after.heapUsed)} of ${mb(after.heapTotal)}, external ${mb(after.external)}`,
  );
  if (globalThis.gc) {
    console.log(
      `after gc:  RSS ${mb(collected.rss)}, heap used ${mb(collected.heapUsed)} of ${mb(collected.heapTotal)}`,
    );
  }
}
