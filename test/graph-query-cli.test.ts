/**
 * `kg query`, `kg export` and `kg import` against real SQLite stores: in process for the
 * outputs (a store filled from a hand-built graph), and through the built binary for help,
 * exit codes and the path command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJson, importIntoStore, openStore, parseGraph } from '@kg/graph';
import { main } from '@kg/cli';
import { sampleGraph } from '@kg/graph/testing';

const kg = fileURLToPath(new URL('../packages/cli/dist/main.js', import.meta.url));

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-query-'));
  db = join(dir, 'kg.db');
  const store = await openStore({ path: db });
  await importIntoStore(store, exportJson(sampleGraph(), { full: true }), 'json', 'sample.json');
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function run(
  command: 'query' | 'export' | 'import',
  argv: string[],
): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await main([command, ...argv], { stdout: out.stream, stderr: err.stream });
  return { code, out: out.text(), err: err.text() };
}

describe('kg query', () => {
  const cases: [argv: string[], expected: RegExp[]][] = [
    [['search', 'tehran'], [/gpe:iran\s+Iran\s+GPE\s+Tehran\s+exact alias/]],
    [['search', 'guard', '--types', 'org'], [/Islamic Revolutionary Guard Corps/]],
    [
      ['entity', 'Tehran'],
      [
        /^Iran \(GPE\) {2}gpe:iran/,
        /SUPPLIES \(as subject, weight 2\)/,
        /Iran sold hundreds of drones to Russia/,
      ],
    ],
    [
      ['neighbors', 'Ukraine'],
      [/Neighbours of Ukraine \(GPE\): 2 entities/, /gpe:russia/, /loc:crimea/],
    ],
    [
      ['neighbors', 'Ukraine', '--modalities', 'negated'],
      [/1 entities/, /gpe:iran/],
    ],
    [
      ['path', 'IRGC', 'Ukraine'],
      [
        /Path: Islamic Revolutionary Guard Corps → Crimea → Ukraine \(2 hops\)/,
        /1\. Islamic Revolutionary Guard Corps —DEPLOYS_TO→ Crimea/,
        /"Guard Corps instructors were sent to Crimea, according to officials\."/,
        /2\. Crimea —PART_OF→ Ukraine/,
        /"Crimea is a peninsula of Ukraine in the Black Sea\."/,
      ],
    ],
    [
      ['path', 'Russia', 'Iran'],
      [/Russia ←SUPPLIES— Iran/, /also: Russia ←COOPERATES_WITH— Iran/],
    ],
    [
      ['paths', 'IRGC', 'Ukraine', '--k', '2'],
      [/Path 1: .*\(2 hops\)/, /Path 2: .*\(3 hops\)/],
    ],
    [
      ['common', 'Iran', 'Ukraine'],
      [/gpe:russia\s+Russia\s+GPE\s+SUPPLIES, COOPERATES_WITH\s+ATTACKS/],
    ],
    [['stats'], [/^10 entities, 13 relations, 14 evidence sentences/, /GPE\s+5/, /gpe:iran/]],
    [
      ['stats', '--metrics'],
      [/pagerank/, /Louvain communities, modularity/],
    ],
  ];
  it.each(cases)('%j', async (argv, expected) => {
    const result = await run('query', [...argv, '--db', db]);
    expect(result.code).toBe(0);
    for (const pattern of expected) expect(result.out).toMatch(new RegExp(pattern.source, 'm'));
  });

  it('prints the library shapes with --json', async () => {
    const path = JSON.parse(
      (await run('query', ['path', 'irgc', 'ukraine', '--json', '--db', db])).out,
    );
    expect(path.hops.map((h: { predicate: string }) => h.predicate)).toEqual([
      'DEPLOYS_TO',
      'PART_OF',
    ]);
    expect(path.hops[0].evidence[0].sentence).toMatch(/Crimea/);
    const hits = JSON.parse((await run('query', ['search', 'tehran', '--json', '--db', db])).out);
    expect(hits[0]).toMatchObject({
      id: 'gpe:iran',
      matched: { text: 'Tehran', field: 'alias', kind: 'exact' },
    });
  });

  const failures: [argv: string[], code: number][] = [
    [['path', 'IRGC', 'Lonely Club'], 1],
    [['search', 'qqqqqq'], 1],
    [['path', 'IRGC'], 2],
    [['teleport'], 2],
    [['neighbors', 'Iran', '--types', 'PLANET'], 2],
  ];
  it.each(failures)('%j exits %i', async (argv, code) => {
    expect((await run('query', [...argv, '--db', db])).code).toBe(code);
  });

  const refusals: [argv: string[], code: string][] = [[['entity', 'Atlantis'], 'NOT_FOUND']];
  it.each(refusals)('reports %j as a KgError with code %s, exit 1', async (argv, code) => {
    const res = await run('query', [...argv, '--db', db]);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(new RegExp(`^kg query: .*\\[${code}\\]\\n$`));
  });

  it('reports a missing store as NOT_FOUND', async () => {
    const res = await run('query', ['stats', '--db', join(dir, 'missing.db')]);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/\[NOT_FOUND\]/);
  });
});

describe('kg export and kg import', () => {
  it('exports every format and imports them back into a new store', async () => {
    const cases: [format: string, out: string][] = [
      ['json', 'g.json'],
      ['gexf', 'g.gexf'],
      ['graphml', 'g.graphml'],
      ['csv', 'csv'],
    ];
    for (const [format, out] of cases) {
      const target = join(dir, out);
      expect((await run('export', ['--format', format, '--out', target, '--db', db])).code).toBe(0);
      const other = join(dir, `import-${format}.db`);
      const first = await run('import', [target, '--db', other, '--json']);
      expect(first.code).toBe(0);
      expect(JSON.parse(first.out)).toMatchObject({ nodesAdded: 10 });
      const second = await run('import', [target, '--db', other, '--json']);
      expect(JSON.parse(second.out)).toMatchObject({
        documentsNew: 0,
        nodesAdded: 0,
        edgesAdded: 0,
      });
      const stats = await run('query', ['stats', '--db', other]);
      expect(stats.out).toMatch(/^10 entities, 13 relations/);
    }
    expect(readdirSync(join(dir, 'csv')).sort()).toEqual([
      'edges.csv',
      'evidence.csv',
      'nodes.csv',
    ]);
    const gexf = parseGraph(readFileSync(join(dir, 'g.gexf'), 'utf8'), 'gexf');
    expect([gexf.order, gexf.size]).toEqual([10, 13]);
  });

  it('writes Neo4j files and a filtered view', async () => {
    const neo = join(dir, 'neo');
    expect((await run('export', ['--format', 'neo4j-csv', '--out', neo, '--db', db])).code).toBe(0);
    expect(readFileSync(join(neo, 'entities.csv'), 'utf8')).toMatch(/^id:ID,label,type/);
    const cypher = await run('export', [
      '--format',
      'cypher',
      '--predicates',
      'SUPPLIES',
      '--db',
      db,
    ]);
    expect(cypher.out.match(/^MATCH /gm)).toHaveLength(1);
    const top = await run('export', ['--format', 'json', '--top', '3', '--db', db]);
    expect(JSON.parse(top.out).nodes).toHaveLength(3);
  });

  it('restores a dump of a real ingest into an empty store byte for byte, and merges it into a full one', async () => {
    const sample = fileURLToPath(new URL('../data', import.meta.url));
    const built = join(dir, 'built.db');
    const ingested = await main(['ingest', sample, '--db', built, '--quiet', '--jobs', '1'], {
      stdout: sink().stream,
      stderr: sink().stream,
    });
    expect(ingested).toBe(0);
    // And a flat file on top: its synthetic document, resolved against what the ingest found.
    const flat = join(dir, 'flat.json');
    writeFileSync(flat, exportJson(sampleGraph()));
    expect((await run('import', [flat, '--db', built])).code).toBe(0);
    const dumpFile = join(dir, 'dump.json');
    expect(
      (await run('export', ['--format', 'json', '--full', '--out', dumpFile, '--db', built])).code,
    ).toBe(0);
    const text = readFileSync(dumpFile, 'utf8');
    expect(JSON.parse(text).attributes.kg.documents).toHaveLength(2);

    const restored = join(dir, 'restored.db');
    const imported = await run('import', [dumpFile, '--db', restored, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ restored: true, documents: 2 });
    const again = await run('export', ['--format', 'json', '--full', '--db', restored]);
    expect(again.out).toBe(text);

    // Into a store that holds documents, a dump is merged like any file: resolved, not restored.
    const other = join(dir, 'other.db');
    expect((await run('import', [flat, '--db', other])).code).toBe(0);
    const merged = await run('import', [dumpFile, '--db', other, '--json']);
    expect(merged.code).toBe(0);
    const result = JSON.parse(merged.out) as Record<string, unknown>;
    expect(result.restored).toBeUndefined();
    expect(result).toMatchObject({ documentsUnchanged: 1, nodesMerged: expect.any(Number) });
    expect(result.documentsNew).toBeGreaterThan(0);
  });

  it('streams an NDJSON dump and restores it a line at a time, byte for byte', async () => {
    const built = join(dir, 'built-ndjson.db');
    const flat = join(dir, 'flat-ndjson.json');
    writeFileSync(flat, exportJson(sampleGraph(), { full: true }));
    expect((await run('import', [flat, '--db', built])).code).toBe(0);
    const dumpFile = join(dir, 'dump.ndjson');
    const exported = await run('export', ['--format', 'ndjson', '--out', dumpFile, '--db', built]);
    expect(exported.code).toBe(0);
    expect(exported.err).toMatch(
      /^kg export: wrote .*dump\.ndjson \(ndjson dump: \d+ documents, \d+ entities, \d+ relations, [\d.]+ KB\)\.\n$/,
    );
    const text = readFileSync(dumpFile, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^\{"type":"header","format":"kg-dump","dump":1,/);
    // No partial file is left beside it.
    expect(readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);

    const checked = await run('import', [dumpFile, '--dry-run', '--db', join(dir, 'none.db')]);
    expect(checked.out).toMatch(/ndjson dump of \d+ documents, \d+ entities, \d+ relations/);
    expect(existsSync(join(dir, 'none.db'))).toBe(false);

    const restored = join(dir, 'restored-ndjson.db');
    const imported = await run('import', [dumpFile, '--db', restored, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({
      restored: true,
      documents: expect.any(Number),
    });
    const again = await run('export', ['--format', 'ndjson', '--db', restored, '--progress']);
    expect(again.out).toBe(text);
    expect(again.err).toMatch(/^kg export: 100% \(\d+\/\d+ records\), 0\.0 MB written$/m);
    // The JSON dump of the two agrees as well.
    const [one, two] = await Promise.all([
      run('export', ['--format', 'json', '--full', '--db', built]),
      run('export', ['--format', 'json', '--full', '--db', restored]),
    ]);
    expect(two.out).toBe(one.out);

    // A file cut short is refused before the store is opened.
    const cut = join(dir, 'cut.ndjson');
    writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
    const refused = await run('import', [cut, '--db', join(dir, 'cut.db')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/cut\.ndjson: line \d+: .*\[PARSE_ERROR\]/);
    expect(existsSync(join(dir, 'cut.db'))).toBe(false);
    // NDJSON is the whole store: a filter is a usage error.
    const filtered = await run('export', ['--format', 'ndjson', '--types', 'GPE', '--db', built]);
    expect(filtered.code).toBe(2);
    expect(filtered.err).toMatch(/ndjson is a dump of the whole store/);
  });

  it('refuses a malformed file and writes nothing', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"nodes":[{"key":"a","attributes":{"type":"PLANET"}}]}');
    const target = join(dir, 'untouched.db');
    const res = await run('import', [bad, '--db', target]);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/bad\.json.*\[PARSE_ERROR\]/);
    expect(existsSync(target)).toBe(false);
  });
});

describe('the built binary', () => {
  it.each(['query', 'export', 'import'])('kg %s --help prints usage', (name) => {
    const res = spawnSync(process.execPath, [kg, name, '--help'], { encoding: 'utf8' });
    expect(res.status).toBe(0);
    expect(res.stdout).toContain(`Usage: kg ${name}`);
  });

  it('kg query path prints a sentence for every hop', () => {
    const res = spawnSync(process.execPath, [kg, 'query', 'path', 'IRGC', 'Ukraine', '--db', db], {
      encoding: 'utf8',
    });
    expect(res.status).toBe(0);
    expect(res.stdout.match(/^ {5}"/gm)).toHaveLength(2);
  });

  it('kg export explains a missing --out for CSV', () => {
    const res = spawnSync(process.execPath, [kg, 'export', '--format', 'csv', '--db', db], {
      encoding: 'utf8',
    });
    expect(res.status).toBe(2);
    expect(res.stderr).toBe(
      'kg export: --format csv writes several files: pass --out DIR. Run "kg export --help".\n',
    );
  });
});
