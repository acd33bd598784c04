/**
 * kg's GEXF and GraphML exports against the formats' official grammars (test/schemas.ts; they run
 * when KG_EXPORT_SCHEMAS names a folder filled by scripts/fetch-export-schemas.sh): a real
 * ingest of the sample article exported by the CLI, a hand-built graph whose labels are made of
 * punctuation, emoji and markup, and broken documents the validator must refuse. The BBC store's
 * exports are validated in test/browser/explorer-bbc.test.ts, which builds that store.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStoreGraph, exportGexf, exportGraphml } from '@kg/graph';
import { main } from '@kg/cli';
import { addEntity, addRelation, sampleGraph } from '@kg/graph/testing';
import { SCHEMAS, validateGexf, validateGraphml } from './schemas.js';

const SAMPLE = fileURLToPath(new URL('../data', import.meta.url));

let dir: string;
let db: string;

function quiet(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

async function exported(format: 'gexf' | 'graphml'): Promise<string> {
  const out = join(dir, `export.${format}`);
  const code = await main(['export', '--format', format, '--out', out, '--db', db], {
    stdout: quiet(),
    stderr: quiet(),
  });
  expect(code).toBe(0);
  return readFileSync(out, 'utf8');
}

/** The sample graph plus entities whose labels give no usable id or need escaping. */
function awkwardGraph() {
  const graph = createStoreGraph();
  graph.import(sampleGraph().export());
  const labels = ['!!!', '🚀🔥', '<a href="/x">AT&T</a>', ' "quoted" ', '—', 'Ünïcödé'];
  labels.forEach((label, i) => addEntity(graph, `org:${label}`, label, i % 2 ? 'ORG' : 'PERSON'));
  addRelation(graph, 'org:!!!', 'MEETS', 'org:🚀🔥', [
    ['Written for this test: "!!!" met "🚀🔥" & <others>.', 'asserted', '2022-11-02'],
  ]);
  return graph;
}

beforeAll(async () => {
  if (SCHEMAS === undefined) return;
  dir = mkdtempSync(join(tmpdir(), 'kg-schemas-'));
  db = join(dir, 'kg.db');
  const code = await main(['ingest', SAMPLE, '--db', db, '--quiet', '--jobs', '1'], {
    stdout: quiet(),
    stderr: quiet(),
  });
  expect(code).toBe(0);
});
afterAll(() => {
  if (SCHEMAS !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(SCHEMAS === undefined)(
  'GEXF and GraphML exports against the official grammars',
  () => {
    it('validates a real ingest exported by kg export', async () => {
      expect(await validateGexf(await exported('gexf'))).toEqual({ valid: true, errors: [] });
      expect(await validateGraphml(await exported('graphml'))).toEqual({ valid: true, errors: [] });
    });

    it('validates labels made of punctuation, emoji and markup', async () => {
      const graph = awkwardGraph();
      expect(await validateGexf(exportGexf(graph))).toEqual({ valid: true, errors: [] });
      expect(await validateGraphml(exportGraphml(graph))).toEqual({ valid: true, errors: [] });
    });

    // Each case breaks a valid export the way a careless writer would; the validator must say so.
    const broken: [
      name: string,
      format: 'gexf' | 'graphml',
      breakIt: (text: string) => string,
      message: RegExp,
    ][] = [
      [
        'a kg key as a GraphML edge id',
        'graphml',
        (text) => text.replace('id="e0"', 'id="gpe:iran|DEPLOYS_TO|gpe:russia"'),
        /attribute 'id': 'gpe:iran\|DEPLOYS_TO\|gpe:russia' is not a valid value of the atomic type 'xs:NMTOKEN'/,
      ],
      [
        'a GraphML edge to a node that is not there',
        'graphml',
        (text) => text.replace(/(<edge id="e0" source=")n\d+"/, '$1n999999"'),
        /No match found for key-sequence \['n999999'\] of keyref/,
      ],
      [
        'GraphML data before the keys',
        'graphml',
        (text) => text.replace('<key id="n_key"', '<data key="n_key">x</data>\n  <key id="n_key"'),
        /This element is not expected/,
      ],
      [
        'a GEXF version the grammar does not know',
        'gexf',
        (text) => text.replace('version="1.3"', 'version="1.4"'),
        /Relax-NG validity error/,
      ],
      [
        'a GEXF node without its id',
        'gexf',
        (text) => text.replace(/<node id="[^"]*"/, '<node'),
        /Relax-NG validity error/,
      ],
      [
        'a GEXF attribute type that does not exist',
        'gexf',
        (text) => text.replace('type="integer"', 'type="count"'),
        /Relax-NG validity error/,
      ],
    ];

    it.each(broken)('refuses %s', async (_name, format, breakIt, message) => {
      const text = await exported(format);
      const broke = breakIt(text);
      expect(broke).not.toBe(text);
      const result = await (format === 'gexf' ? validateGexf(broke) : validateGraphml(broke));
      expect(result.valid).toBe(false);
      expect(result.errors.join('\n')).toMatch(message);
    });
  },
);
