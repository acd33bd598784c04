/**
 * The bare Express baseline, in its own process: serves the bare sigma page (--static=DIR) and
 * answers each recorded API path with the JSON the real server gave for it (--responses=FILE,
 * `{ "/api/graph?…": body }`), through a plain `res.json` handler. Listens on 127.0.0.1 only.
 */
import { readFileSync } from 'node:fs';
import { childArgs, emitPort } from '../lib/child.mjs';
import { importFrom } from '../lib/workspace.mjs';

const args = childArgs();
const express = await importFrom('server', 'express');
const responses = JSON.parse(readFileSync(args.responses, 'utf8'));
const app = express();
app.get(/^\/api\//, (req, res) => {
  const body = responses[req.originalUrl] ?? responses[req.path];
  if (body === undefined) {
    res
      .status(404)
      .json({ error: { code: 'NOT_FOUND', message: `bench: no recorded ${req.originalUrl}` } });
    return;
  }
  res.json(body);
});
if (args.static) app.use(express.static(args.static));
const server = app.listen(0, '127.0.0.1', () => emitPort(server.address().port));
process.on('SIGTERM', () => process.exit(0));
