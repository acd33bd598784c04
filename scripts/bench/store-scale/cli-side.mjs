/**
 * Runs one `kg` command in this process, as `node packages/cli/dist/main.js ARGS…` would, and
 * reports its wall time from process start, its CPU time and its peak RSS: what a user waits
 * for, what it costs, and what the command holds. Arguments after `--` go to kg.
 */
import { performance } from 'node:perf_hooks';
import { emitResult, peakRss } from '../lib/child.mjs';
import { ROOT } from '../lib/workspace.mjs';

const argv = process.argv.slice(process.argv.indexOf('--') + 1);
const { main } = await import(`${ROOT}/packages/cli/dist/dispatch.js`);
let stdout = '';
let stderr = '';
const code = await main(argv, {
  stdout: { write: (chunk) => ((stdout += chunk), true) },
  stderr: { write: (chunk) => ((stderr += chunk), true) },
});
// performance.now() counts from process start: node's own start-up included.
emitResult({
  code,
  ms: performance.now(),
  cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
  peakRss: peakRss(),
  stdout: stdout.slice(0, 2000),
  stderr: stderr.slice(0, 2000),
});
process.exit(0);
