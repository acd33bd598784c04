import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexfRaw } from 'graphology-gexf';
import { parse as parseGraphmlRaw } from 'graphology-graphml';
import type { ErrorCode } from '@kg/schema';
import { addEntity, addRelation, sampleGraph } from '../testing/sample-graph.js';
import type { KgGraph } from '../query/graph.js';
import { csvCell, parseCsv, writeCsv } from './csv-codec.js';
import { exportCsv } from './csv.js';
import { exportGraph, EXPORT_FORMATS } from './export.js';
import { exportGexf } from './gexf.js';
import { exportGraphml } from './graphml.js';
import { detectFormat, importGraph, mergeGraph, parseGraph } from './import.js';
import type { ImportFormat, ImportSource } from './import.js';
import { exportJson } from './json.js';
import { cypherString, exportCypher, exportNeo4jCsv } from './neo4j.js';

const TRICKY = '=HYPERLINK("http://example.test","click"), <b>&\'quoted\'</b>\n\t— Ünïcödé 🚀';

function trickyGraph(): ReturnType<typeof sampleGraph> {
  const graph = sampleGraph();
  addEntity(graph, 'org:tricky', TRICKY, 'ORG', ['+alias one', '@handle', '-minus']);
  // A key made of what a label of punctuation and emoji leaves: not an XML name token.
  addEntity(graph, 'product:🚀 & <?>', '🚀 & <?>', 'PRODUCT');
  addRelation(graph, 'product:🚀 & <?>', 'RELATED_TO', 'org:tricky', [
    ['The rocket emoji was posted by the group.', 'reported', '2022-11-02'],
  ]);
  addRelation(graph, 'org:tricky', 'CRITICIZES', 'gpe:iran', [
    ['The group said, "Iran is wrong";\nit added more.', 'alleged', '2022-10-30'],
  ]);
  graph.addEdgeWithKey('gpe:iran|RELATED_TO|gpe:iraq', 'gpe:iran', 'gpe:iraq', {
    predicate: 'RELATED_TO',
    label: 'shares a border with',
    weight: 1,
    modality: 'asserted',
    evidence: [],
    firstSeen: '2022-10-01',
    lastSeen: '2022-10-01',
  });
  return graph;
}

function expectSameStructure(actual: KgGraph, expected: KgGraph): void {
  expect([actual.order, actual.size]).toEqual([expected.order, expected.size]);
  expected.forEachNode((key, attributes) => {
    expect(actual.hasNode(key)).toBe(true);
    const got = actual.getNodeAttributes(key);
    expect(got.label).toBe(attributes.label);
    expect(got.type).toBe(attributes.type);
    expect([...got.aliases].sort()).toEqual([...attributes.aliases].sort());
    expect(got.mentionCount).toBe(attributes.mentionCount);
  });
  expected.forEachEdge((key, attributes, source, target) => {
    expect(actual.hasEdge(key)).toBe(true);
    const got = actual.getEdgeAttributes(key);
    expect([actual.source(key), actual.target(key)]).toEqual([source, target]);
    expect(got.predicate).toBe(attributes.predicate);
    expect(got.label).toBe(attributes.label);
    expect(got.weight).toBe(attributes.weight);
    expect(got.modality).toBe(attributes.modality);
    expect(got.firstSeen).toBe(attributes.firstSeen);
  });
}

describe('round trips', () => {
  const original = trickyGraph();
  const cases: [
    name: string,
    format: ImportFormat,
    source: () => ImportSource,
    keepsEvidence: boolean,
  ][] = [
    ['graphology JSON (flat, Gephi Lite)', 'json', () => exportJson(original), false],
    ['graphology JSON (full)', 'json', () => exportJson(original, { full: true }), true],
    ['GEXF', 'gexf', () => exportGexf(original), false],
    ['GraphML', 'graphml', () => exportGraphml(original), false],
    ['CSV', 'csv', () => exportCsv(original), true],
  ];
  it.each(cases)('%s keeps counts and key attributes', (_name, format, source, keepsEvidence) => {
    const parsed = parseGraph(source(), format);
    expectSameStructure(parsed, original);
    if (keepsEvidence) {
      original.forEachEdge((key, attributes) => {
        expect(parsed.getEdgeAttribute(key, 'evidence')).toEqual(attributes.evidence);
      });
    }
  });

  it('GEXF parses with graphology-gexf, labels and weights in GEXF fields', () => {
    const raw = parseGexfRaw(MultiDirectedGraph, exportGexf(original));
    expect([raw.order, raw.size]).toEqual([original.order, original.size]);
    expect(raw.getNodeAttribute('org:tricky', 'label')).toBe(TRICKY);
    expect(raw.getEdgeAttribute('gpe:iran|SUPPLIES|gpe:russia', 'weight')).toBe(2);
    expect(raw.getEdgeAttribute('gpe:iran|SUPPLIES|gpe:russia', 'evidenceCount')).toBe(2);
  });

  it('GraphML parses with graphology-graphml with typed attributes, keys kept', () => {
    const raw = parseGraphmlRaw(MultiDirectedGraph, exportGraphml(original));
    expect([raw.order, raw.size]).toEqual([original.order, original.size]);
    const iran = raw.findNode((_id, attributes) => attributes.key === 'gpe:iran');
    expect(iran).toBeDefined();
    expect(raw.getNodeAttribute(iran, 'aliases')).toBe('Tehran; Iranian; Islamic Republic of Iran');
    expect(raw.getNodeAttribute(iran, 'mentionCount')).toBe(9);
    const supplies = raw.findEdge(
      (_id, attributes) => attributes.key === 'gpe:iran|SUPPLIES|gpe:russia',
    );
    expect(raw.getEdgeAttribute(supplies, 'weight')).toBe(2);
  });

  // XML 1.0 NameChar (5th edition), as the GraphML 1.0 schema's xs:NMTOKEN ids require.
  const NMTOKEN =
    /^[-.0-9:A-Z_a-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C-\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]+$/u;
  it('GraphML ids, sources, targets and key ids are NMTOKENs, unique per kind', () => {
    const xml = exportGraphml(original);
    const tokens = (name: string): string[] =>
      [...xml.matchAll(new RegExp(`<\\w+ [^>]*?\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');
    for (const name of ['id', 'source', 'target', 'key']) {
      const values = tokens(name);
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) expect(value).toMatch(NMTOKEN);
    }
    const ids = [...xml.matchAll(/<(node|edge) id="([^"]*)"/g)].map((m) => m[2]);
    expect(new Set(ids).size).toBe(original.order + original.size);
    expect('gpe:iran|SUPPLIES|gpe:russia').not.toMatch(NMTOKEN);
    expect('product:🚀 & <?>').not.toMatch(NMTOKEN);
  });

  it('flat JSON has only scalar attributes (Gephi Lite)', () => {
    const data = JSON.parse(exportJson(original)) as {
      options: { multi: boolean };
      nodes: { attributes: Record<string, unknown> }[];
      edges: { attributes: Record<string, unknown> }[];
    };
    expect(data.options.multi).toBe(true);
    for (const item of [...data.nodes, ...data.edges]) {
      for (const value of Object.values(item.attributes)) {
        expect(['string', 'number']).toContain(typeof value);
      }
    }
  });
});

describe('CSV', () => {
  const cells: [value: string | number, expected: string][] = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+33 1', "'+33 1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["'=already quoted", "''=already quoted"],
    ["it's", "it's"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    [-2, '-2'],
  ];
  it.each(cells)('cell %j → %s', (value, expected) => {
    expect(csvCell(value, true)).toBe(expected);
  });

  it('parses what it writes, CRLF and quoted line breaks included', () => {
    const rows = [
      ['a', 'b,c', 'd"e'],
      ['multi\r\nline', '', 'x'],
    ];
    const text = writeCsv(['h1', 'h2', 'h3'], rows, { guardFormulas: false });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text, 'test')).toEqual([['h1', 'h2', 'h3'], ...rows]);
    expect(parseCsv('\uFEFFa,b\nc,d', 'test')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('guards the tricky label in nodes.csv and restores it on import', () => {
    const files = exportCsv(trickyGraph());
    expect(files['nodes.csv']).toContain(`"'=HYPERLINK(""http://example.test""`);
    expect(Object.keys(files)).toEqual(['nodes.csv', 'edges.csv', 'evidence.csv']);
    expect(parseGraph(files, 'csv').getNodeAttribute('org:tricky', 'label')).toBe(TRICKY);
  });
});

describe('Neo4j', () => {
  const strings: [input: string, expected: string][] = [
    ['plain', "'plain'"],
    ["it's", "'it\\'s'"],
    ['back\\slash', "'back\\\\slash'"],
    ['line\nbreak\ttab', "'line\\nbreak\\ttab'"],
    ['bell\u0007', "'bell\\u0007'"],
  ];
  it.each(strings)('cypherString(%j)', (input, expected) => {
    expect(cypherString(input)).toBe(expected);
  });

  it('writes one MERGE per entity and relation', () => {
    const graph = trickyGraph();
    const script = exportCypher(graph);
    const lines = script.split('\n');
    expect(lines.filter((l) => l.startsWith('MERGE (n:Entity')).length).toBe(graph.order);
    expect(lines.filter((l) => l.startsWith('MATCH (s:Entity')).length).toBe(graph.size);
    expect(script).toContain(
      "MERGE (n:Entity {id: 'gpe:iran'}) SET n:`GPE`, n += {label: 'Iran', type: 'GPE', aliases: ['Tehran', 'Iranian', 'Islamic Republic of Iran']",
    );
    expect(script).toContain("-[r:`SUPPLIES` {key: 'gpe:iran|SUPPLIES|gpe:russia'}]->(o)");
    // Every line is one statement: no raw line break inside a string.
    for (const line of lines.slice(2)) if (line) expect(line.endsWith(';')).toBe(true);
  });

  it('writes neo4j-admin import headers and rows', () => {
    const graph = trickyGraph();
    const files = exportNeo4jCsv(graph);
    const entities = parseCsv(files['entities.csv'] as string, 'test');
    const relations = parseCsv(files['relations.csv'] as string, 'test');
    expect(entities[0]).toEqual([
      'id:ID',
      'label',
      'type',
      'aliases:string[]',
      'mentionCount:int',
      'documentCount:int',
      'firstSeen',
      'lastSeen',
      ':LABEL',
    ]);
    expect(relations[0]?.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(entities).toHaveLength(graph.order + 1);
    expect(relations).toHaveLength(graph.size + 1);
    const iran = entities.find((row) => row[0] === 'gpe:iran');
    expect(iran?.[3]).toBe('Tehran;Iranian;Islamic Republic of Iran');
    expect(iran?.[8]).toBe('Entity;GPE');
  });
});

describe('import errors', () => {
  const bad: [
    name: string,
    format: ImportFormat,
    source: ImportSource,
    code: ErrorCode,
    message: RegExp,
  ][] = [
    ['not JSON', 'json', '{nodes:', 'PARSE_ERROR', /not JSON/],
    [
      'not a graph',
      'json',
      '{"nodes": 3}',
      'PARSE_ERROR',
      /not a graphology serialised graph: nodes/,
    ],
    [
      'unknown entity type',
      'json',
      '{"nodes":[{"key":"a","attributes":{"label":"A","type":"ALIEN"}}],"edges":[]}',
      'PARSE_ERROR',
      /node "a": type/,
    ],
    [
      'edge to an undeclared node',
      'json',
      '{"nodes":[{"key":"a","attributes":{"type":"ORG"}}],"edges":[{"source":"a","target":"b","attributes":{"predicate":"MEETS"}}]}',
      'PARSE_ERROR',
      /node "b" is not declared/,
    ],
    [
      'bad evidence',
      'json',
      JSON.stringify({
        nodes: [{ key: 'a', attributes: { type: 'ORG' } }],
        edges: [{ source: 'a', target: 'a', attributes: { evidence: [{ docId: 'd' }] } }],
      }),
      'PARSE_ERROR',
      /evidence\.0/,
    ],
    ['truncated GEXF', 'gexf', '<gexf><graph><nodes><node id="a"', 'PARSE_ERROR', /malformed XML/],
    [
      // The root is found past a declaration, a doctype and comments, and named in the message.
      'truncated GEXF after a prologue',
      'gexf',
      '<?xml version="1.0"?><!DOCTYPE gexf><!-- a <note> --><gexf><graph><nodes>',
      'PARSE_ERROR',
      /ends before its <gexf> element is closed/,
    ],
    [
      // "<!--" inside CDATA is text, not a comment: the document's own error is reported.
      'CDATA holding a comment opener',
      'gexf',
      '<gexf><graph><![CDATA[ <!-- ]]><nodes>',
      'PARSE_ERROR',
      /ends before its <gexf> element is closed/,
    ],
    [
      // Many comment openers and no close: one pass, and the message names no element.
      'unclosed comments',
      'gexf',
      '<!--'.repeat(50_000),
      'PARSE_ERROR',
      /malformed XML/,
    ],
    [
      'GraphML given as GEXF',
      'gexf',
      '<graphml></graphml>',
      'PARSE_ERROR',
      /expected a <gexf> document/,
    ],
    [
      'truncated GraphML',
      'graphml',
      '<graphml><graph><node id="a"></graph>',
      'PARSE_ERROR',
      /malformed XML/,
    ],
    [
      'CSV without nodes.csv',
      'csv',
      { 'edges.csv': 'source,target,predicate\r\n' },
      'PARSE_ERROR',
      /needs a nodes\.csv/,
    ],
    [
      'CSV missing columns',
      'csv',
      'name,kind\r\nA,ORG\r\n',
      'PARSE_ERROR',
      /missing column\(s\) id, type/,
    ],
    [
      'CSV unterminated quote',
      'csv',
      'id,type\r\n"a,ORG\r\n',
      'PARSE_ERROR',
      /unterminated quoted field/,
    ],
    [
      'CSV ragged record',
      'csv',
      'id,type\r\na,ORG,extra\r\n',
      'PARSE_ERROR',
      /record 1 has 3 fields/,
    ],
    ['empty file', 'json', '  ', 'EMPTY_INPUT', /empty/],
  ];
  it.each(bad)('%s', (_name, format, source, code, message) => {
    const target = sampleGraph();
    let error: unknown;
    try {
      importGraph(target, source, format, 'file.x');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toMatch(/^graph\.import: file\.x: /);
    expect((error as Error).message).toMatch(message);
    expect([target.order, target.size]).toEqual([10, 13]); // nothing changed
  });
});

describe('mergeGraph', () => {
  it('adds what is new and is idempotent', () => {
    const target = sampleGraph();
    const incoming = parseGraph(exportJson(trickyGraph(), { full: true }), 'json');
    // New: org:tricky, the emoji product, their two relations and Iran–Iraq (no evidence).
    expect(mergeGraph(target, incoming)).toEqual({
      nodesAdded: 2,
      nodesMerged: 10,
      edgesAdded: 3,
      edgesMerged: 13,
      evidenceAdded: 2,
    });
    const before = exportJson(target, { full: true });
    expect(mergeGraph(target, incoming)).toMatchObject({
      nodesAdded: 0,
      edgesAdded: 0,
      evidenceAdded: 0,
    });
    expect(exportJson(target, { full: true })).toBe(before);
  });

  it('unions aliases and evidence, keeps the current label', () => {
    const target = sampleGraph();
    const other = sampleGraph();
    other.setNodeAttribute('gpe:iran', 'label', 'Persia');
    other.setNodeAttribute('gpe:iran', 'aliases', ['Iranian state']);
    other.updateEdgeAttributes('gpe:iran|SUPPLIES|gpe:russia', (attributes) => ({
      ...attributes,
      evidence: [
        ...(attributes.evidence ?? []),
        { ...attributes.evidence![0]!, docId: 'doc-new', sentence: 'Iran delivered more drones.' },
      ],
      weight: 3,
    }));
    mergeGraph(target, other);
    const iran = target.getNodeAttributes('gpe:iran');
    expect(iran.label).toBe('Iran');
    expect(iran.aliases).toEqual(expect.arrayContaining(['Tehran', 'Persia', 'Iranian state']));
    const supplies = target.getEdgeAttributes('gpe:iran|SUPPLIES|gpe:russia');
    expect(supplies.evidence).toHaveLength(3);
    expect(supplies.weight).toBe(3);
  });

  it('maps unknown relation types to RELATED_TO with the name kept', () => {
    const json = JSON.stringify({
      nodes: [
        { key: 'a', attributes: { label: 'A', type: 'org' } },
        { key: 'b', attributes: { name: 'B', type: 'ORG', aliases: 'Bee; B Corp' } },
      ],
      edges: [{ source: 'a', target: 'b', attributes: { predicate: 'competes with' } }],
    });
    const graph = parseGraph(json, 'json');
    expect(graph.getEdgeAttributes('a|RELATED_TO|b')).toMatchObject({
      predicate: 'RELATED_TO',
      label: 'competes with',
      weight: 1,
    });
    expect(graph.getNodeAttribute('b', 'aliases')).toEqual(['Bee', 'B Corp']);
    expect(graph.getNodeAttribute('b', 'label')).toBe('B');
  });
});

describe('formats', () => {
  const names: [file: string, text: string | undefined, format: ImportFormat][] = [
    ['g.json', undefined, 'json'],
    ['g.GEXF', undefined, 'gexf'],
    ['g.graphml', undefined, 'graphml'],
    ['nodes.csv', undefined, 'csv'],
    ['export', '<?xml version="1.0"?><gexf>', 'gexf'],
    ['export', '  {"nodes":[]}', 'json'],
  ];
  it.each(names)('detectFormat(%s)', (file, text, format) => {
    expect(detectFormat(file, text)).toBe(format);
  });

  it('detectFormat refuses to guess', () => {
    expect(() => detectFormat('notes.txt', 'hello')).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }),
    );
  });

  it.each(EXPORT_FORMATS)('exportGraph(%s) returns text or files', (format) => {
    const output = exportGraph(sampleGraph(), format);
    const texts = output.kind === 'file' ? [output.text] : Object.values(output.files);
    for (const text of texts) expect(text.length).toBeGreaterThan(100);
  });
});
