/**
 * The collector's share of a timed run, on the thread that measures it: `gcMeter()` starts
 * V8's GC profiler (`v8.GCProfiler`, this isolate only: not worker threads); `stop()` returns
 * the time spent collecting, the number of collections and the bytes allocated meanwhile (the
 * growth of the used heap before each collection over what the previous one left, plus the
 * growth after the last).
 */
import v8 from 'node:v8';

export function gcMeter() {
  const profiler = new v8.GCProfiler();
  const startUsed = process.memoryUsage().heapUsed;
  profiler.start();
  return {
    stop() {
      const endUsed = process.memoryUsage().heapUsed;
      const { statistics } = profiler.stop();
      let cost = 0;
      let allocated = 0;
      let previous = startUsed;
      for (const gc of statistics) {
        cost += gc.cost;
        allocated += Math.max(0, gc.beforeGC.heapStatistics.usedHeapSize - previous);
        previous = gc.afterGC.heapStatistics.usedHeapSize;
      }
      allocated += Math.max(0, endUsed - previous);
      return { gcSeconds: cost / 1e6, collections: statistics.length, allocatedBytes: allocated };
    },
  };
}
