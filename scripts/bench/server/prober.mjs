/**
 * The server bench's prober, in a process of its own: `GET --path` on 127.0.0.1:--port every
 * --every ms on a keep-alive socket until its stdin closes (ready once the first probe is
 * answered), then one result line. A prober in
 * the process that also uploads the body would time that process's own work with it (encoding
 * a 1 MB body of non-ASCII text to UTF-8 holds its event loop for tens of ms), which no client
 * of the server shares. Each probe carries its number in `x-probe`, so the server's record of
 * when it read and answered it (`kg-server.mjs`) can be set beside the prober's.
 *
 * It watches its own event loop too (a 2 ms timer): the longest gap says how long the prober
 * itself could not run, i.e. how much of a latency is the machine's rather than the server's.
 */
import http from 'node:http';
import { childArgs, emitReady, emitResult } from '../lib/child.mjs';

const args = childArgs();
const port = Number(args.port);
const every = Number(args.every ?? 10);
const urlPath = String(args.path ?? '/api/health');
/** Milliseconds on the machine's monotonic clock, shared by every process (the server's too). */
const now = () => Number(process.hrtime.bigint()) / 1e6;

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const probes = [];
let maxGap = 0;
let last = now();
const ticker = setInterval(() => {
  const at = now();
  maxGap = Math.max(maxGap, at - last);
  last = at;
}, 2);

let stopping = false;
process.stdin.on('data', () => {});
process.stdin.on('end', () => (stopping = true));
process.stdin.on('close', () => (stopping = true));

/** One probe: when it was sent and answered (monotonic clock, ms), its status. */
function probe(id) {
  return new Promise((resolve) => {
    const sent = now();
    const req = http.get(
      { host: '127.0.0.1', port, path: urlPath, agent, headers: { 'x-probe': String(id) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ id, sent, answered: now(), status: res.statusCode }));
      },
    );
    req.on('error', (error) =>
      resolve({ id, sent, answered: now(), status: error.code ?? 'error' }),
    );
  });
}

for (let id = 0; !stopping; id++) {
  const p = await probe(id);
  probes.push(p);
  if (id === 0) emitReady();
  const wait = every - (now() - p.sent);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
clearInterval(ticker);
agent.destroy();
emitResult({ probes, maxGap });
