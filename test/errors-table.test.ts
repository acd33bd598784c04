/**
 * Every error of issue 15 as a new user meets it, in one table: the built `kg` (exit code and
 * the one line on stderr) and the HTTP server (status and the JSON error shape). Usage errors
 * exit 2, input and runtime errors exit 1; every message names what was wrong, once prefixed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJson, importIntoStore, openStore } from '@kg/graph';
import { sampleGraph } from '@kg/graph/testing';
import { startTestServer } from './api/harness.js';
import type { TestServer } from './api/harness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const kg = join(root, 'packages/cli/dist/main.js');
const dir = mkdtempSync(join(tmpdir(), 'kg-errors-'));
const db = join(dir, 'kg.db');

beforeAll(async () => {
  const store = await openStore({ path: db });
  await importIntoStore(store, exportJson(sampleGraph(), { full: true }), 'json', 'sample.json');
  await store.close();
  writeFileSync(join(dir, 'cut.gexf'), '<?xml version="1.0"?>\n<gexf><graph><nodes><node id="a"');
  writeFileSync(
    join(dir, 'latin1.txt'),
    Buffer.from('Caf\xe9 owners said Iran sent drones to Russia.\n', 'latin1'),
  );
  mkdirSync(join(dir, 'a-folder'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kgRun(args: string[]): { code: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [kg, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stderr: result.stderr };
}

describe('kg: exit codes and messages', () => {
  const missing = join(dir, 'no-such-folder', 'x.gexf');
  const cases: [name: string, args: string[], code: 1 | 2, message: RegExp][] = [
    [
      'negative --max-size',
      ['ingest', 'x.txt', '--max-size', '-1'],
      2,
      /^kg ingest: --max-size must be a positive number of MB, not "-1"\. Run "kg ingest --help"\.$/,
    ],
    [
      'negative --depth',
      ['query', 'neighbors', 'Iran', '--depth', '-3', '--db', db],
      2,
      /^kg query: --depth must be a whole number of at least 0, not "-3"\./,
    ],
    [
      'negative --jobs',
      ['extract', 'x.txt', '--jobs', '-2'],
      2,
      /^kg extract: --jobs must be a whole number of at least 1, not "-2"\./,
    ],
    [
      'unknown type in a filter',
      ['query', 'neighbors', 'Iran', '--types', 'FOO', '--db', db],
      2,
      /^kg query: --types: unknown value "FOO" \(expected PERSON, /,
    ],
    [
      'unknown flag (query)',
      ['query', 'stats', '--bogus'],
      2,
      /^kg query: unknown option --bogus\. Run "kg query --help"\.$/,
    ],
    [
      'unknown flag (import)',
      ['import', 'x.json', '--bogus'],
      2,
      /^kg import: unknown option --bogus\./,
    ],
    ['unknown flag (serve)', ['serve', '--bogus'], 2, /^kg serve: .*--bogus/],
    [
      'negative --port',
      ['serve', '--port', '-5'],
      2,
      /^kg serve: --port "-5" is invalid \(Too small: expected number to be >=0\)\./,
    ],
    ['negative -p', ['serve', '-p', '-5'], 2, /^kg serve: --port "-5" is invalid/],
    ['flag without its value', ['export', '--format'], 2, /^kg export: --format needs a value\./],
    [
      'bad --format on import',
      ['import', 'cut.gexf', '--format', 'xls', '--db', db],
      2,
      /^kg import: --format must be one of json, gexf, graphml, csv, ndjson, not "xls"\./,
    ],
    [
      'import of a missing file: one prefix',
      ['import', 'nothere.json', '--db', db],
      1,
      /^kg import: nothere\.json does not exist\. \[NOT_FOUND\]$/,
    ],
    [
      'truncated GEXF',
      ['import', 'cut.gexf', '--db', db],
      1,
      /^kg import: graph\.import: cut\.gexf: malformed XML: the document ends before its <gexf> element is closed \(is the file cut short\?\)\. \[PARSE_ERROR\]$/,
    ],
    [
      '--out into a missing folder',
      ['export', '--format', 'gexf', '--out', missing, '--db', db],
      1,
      /^kg export: cannot write .*x\.gexf: the folder .*no-such-folder does not exist\. \[WRITE_ERROR\]$/,
    ],
    [
      '--db naming a directory',
      ['query', 'stats', '--db', 'a-folder'],
      1,
      /^kg query: graph\.store: a-folder is a directory; a store is a file \(e\.g\. a-folder\/kg\.db\)\. \[INVALID_ARGUMENT\]$/,
    ],
    [
      'no store yet',
      ['query', 'stats', '--db', 'nothing.db'],
      1,
      /^kg query: no graph store at nothing\.db .*\[NOT_FOUND\]$/,
    ],
  ];
  it.each(cases)('%s', (_name, args, code, message) => {
    const result = kgRun(args);
    expect(result.code).toBe(code);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(result.stderr).not.toMatch(
      /ambiguous|ENOENT|disk I\/O|Hierarchy request|undefined|kg (\w+): kg \1:|\n\s+at /,
    );
  });

  it(
    'says the Windows-1252 notice under the command that read the file',
    { timeout: 120_000 },
    () => {
      const result = kgRun([
        'ingest',
        'latin1.txt',
        '--db',
        join(dir, 'notice.db'),
        '--jobs',
        '1',
        '--quiet',
      ]);
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(
        /^kg ingest: latin1\.txt: not valid UTF-8, read as Windows-1252/m,
      );
      expect(result.stderr).not.toMatch(/kg extract:/);
    },
  );
});

describe('HTTP: every error in the JSON error shape', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ jsonLimitBytes: 1024 }, []);
  });
  afterAll(async () => {
    await t.close();
  });

  const cases: [
    name: string,
    method: string,
    path: string,
    body: string | undefined,
    status: number,
    code: string,
    message: RegExp,
  ][] = [
    [
      'non-API 404',
      'GET',
      '/no-such-file.png',
      undefined,
      404,
      'NOT_FOUND',
      /no file or page at \/no-such-file\.png/,
    ],
    [
      'unknown API route',
      'GET',
      '/api/nothing',
      undefined,
      404,
      'NOT_FOUND',
      /no route GET \/api\/nothing/,
    ],
    [
      'PUT on a GET route',
      'PUT',
      '/api/graph',
      undefined,
      405,
      'METHOD_NOT_ALLOWED',
      /PUT is not allowed on \/api\/graph \(allowed: GET, HEAD\)/,
    ],
    [
      'DELETE on the viewer',
      'DELETE',
      '/',
      undefined,
      405,
      'METHOD_NOT_ALLOWED',
      /DELETE is not allowed/,
    ],
    [
      'bracketed parameter',
      'GET',
      '/api/graph?top[a]=1',
      undefined,
      400,
      'INVALID_ARGUMENT',
      /unknown query parameter "top\[a\]"/,
    ],
    [
      'unknown parameters',
      'GET',
      '/api/search?q=iran&lang=en&page=2',
      undefined,
      400,
      'INVALID_ARGUMENT',
      /unknown query parameters "lang", "page" \(known: q, /,
    ],
    [
      'parameter on a route that takes none',
      'GET',
      '/api/stats?verbose=1',
      undefined,
      400,
      'INVALID_ARGUMENT',
      /GET \/api\/stats: unknown query parameter "verbose" \(it takes none\)/,
    ],
    [
      'JSON body null',
      'POST',
      '/api/documents',
      'null',
      400,
      'INVALID_ARGUMENT',
      /the body must be a JSON object, got null/,
    ],
    [
      'JSON body a number',
      'POST',
      '/api/documents',
      '42',
      400,
      'INVALID_ARGUMENT',
      /the body must be a JSON object, got number/,
    ],
    [
      'body that is not JSON',
      'POST',
      '/api/documents',
      '{"text":',
      400,
      'PARSE_ERROR',
      /not valid JSON/,
    ],
    [
      'retry of a queued document on a store without a queue',
      'POST',
      '/api/queue/retry',
      JSON.stringify({ id: 'a'.repeat(64) }),
      404,
      'NOT_FOUND',
      /^POST \/api\/queue\/retry: no queued document a{64}: this store has no queue/,
    ],
    [
      'retry with something that is not a document id',
      'POST',
      '/api/queue/retry',
      JSON.stringify({ id: 'merkel.txt' }),
      400,
      'INVALID_ARGUMENT',
      /^POST \/api\/queue\/retry: id: expected a document id \(the 64 hex digits/,
    ],
    [
      'retry with an unknown field',
      'POST',
      '/api/queue/retry',
      JSON.stringify({ id: 'a'.repeat(64), now: true }),
      400,
      'INVALID_ARGUMENT',
      /^POST \/api\/queue\/retry: .*"now"/,
    ],
    [
      'body over the limit',
      'POST',
      '/api/documents',
      JSON.stringify({ text: 'x'.repeat(4096) }),
      413,
      'INPUT_TOO_LARGE',
      /larger than the limit/,
    ],
  ];
  it.each(cases)('%s', async (_name, method, path, body, status, code, message) => {
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.body = body;
      init.headers = { 'content-type': 'application/json' };
    }
    const res = await t.get(path, init);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json).toEqual({ error: { code, message: expect.any(String) } });
    expect(json.error.message).toMatch(message);
    if (status === 405) expect(res.headers.get('allow')).toMatch(/GET/);
  });

  it('a URL over 16 KB → 431 in the JSON error shape', async () => {
    const { status, type, text } = await new Promise<{
      status: number;
      type: string;
      text: string;
    }>((resolve, reject) => {
      const req = request(`${t.base}/api/search?q=${'a'.repeat(20_000)}`, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), text }),
        );
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(431);
    expect(type).toMatch(/^application\/json/);
    expect(JSON.parse(text)).toEqual({
      error: { code: 'HEADERS_TOO_LARGE', message: expect.stringMatching(/larger than the limit/) },
    });
  });
});
