/**
 * A small HTTP load generator (autocannon is not a dependency): `connections` keep-alive
 * sockets to 127.0.0.1 only, each issuing requests back to back over a list of paths for a
 * bounded time. Reports requests per second and latency quantiles.
 */
import http from 'node:http';
import { quantiles } from './report.mjs';

/**
 * Loads `http://127.0.0.1:port` with `paths` (cycled) for `seconds`, sending `headers` (as a
 * browser would: `accept-encoding`, `if-none-match`); every response must have a status in
 * `ok` (default 200) or it counts as an error. Bytes are counted as sent (compressed).
 */
export async function load({
  port,
  paths,
  connections = 8,
  seconds = 5,
  warmupSeconds = 1,
  headers = {},
  ok = [200],
}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const get = (path) =>
    new Promise((resolve) => {
      const start = performance.now();
      const req = http.get({ host: '127.0.0.1', port, path, agent, headers }, (res) => {
        let bytes = 0;
        res.on('data', (chunk) => (bytes += chunk.length));
        res.on('end', () =>
          resolve({
            ok: ok.includes(res.statusCode),
            status: res.statusCode,
            ms: performance.now() - start,
            bytes,
          }),
        );
      });
      req.on('error', (error) =>
        resolve({
          ok: false,
          status: error.code ?? 'error',
          ms: performance.now() - start,
          bytes: 0,
        }),
      );
    });
  const phase = async (duration, record) => {
    const until = performance.now() + duration * 1000;
    let turn = 0;
    const lane = async () => {
      while (performance.now() < until) {
        const result = await get(paths[turn++ % paths.length]);
        record?.(result);
      }
    };
    await Promise.all(Array.from({ length: connections }, lane));
  };
  await phase(warmupSeconds);
  const latencies = [];
  let errors = 0;
  let bytes = 0;
  const statuses = new Set();
  const start = performance.now();
  await phase(seconds, (result) => {
    latencies.push(result.ms);
    if (result.ok) bytes += result.bytes;
    else {
      errors++;
      statuses.add(result.status);
    }
  });
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    requests: latencies.length,
    rps: latencies.length / elapsed,
    errors,
    statuses: [...statuses].join(', '),
    bytesPerResponse: latencies.length > errors ? bytes / (latencies.length - errors) : 0,
    latency: quantiles(latencies),
  };
}
