/**
 * Import: graphology JSON (flat or full), GEXF, GraphML and the CSV trio, each read into a
 * validated graph first (zod; `PARSE_ERROR` naming the file part and field at fault) and only
 * then merged, so a bad file changes nothing. Merging is idempotent: aliases and evidence are
 * unions, counts take the larger value, dates widen; the current graph keeps its labels and types.
 */
import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Attributes } from 'graphology-types';
import { z } from 'zod';
import type {
  EntityAttributes,
  EvidenceRecord,
  RelationAttributes,
  RelationType,
} from '@kg/schema';
import {
  ENTITY_TYPES,
  KgError,
  MODALITIES,
  RELATION_TYPES,
  strongerModality,
  strongestModality,
} from '@kg/schema';
import type { KgGraph, OwnedGraph } from '../query/graph.js';
import { createStoreGraph } from '../query/graph.js';
import { csvRecords } from './csv-codec.js';
import type { StoreDump } from './dump.js';
import { dumpOf } from './dump.js';
import { EDGE_COLUMNS, NODE_COLUMNS } from './csv.js';
import { ALIAS_SEPARATOR } from './flatten.js';

export type ImportFormat = 'json' | 'gexf' | 'graphml' | 'csv';

export const IMPORT_FORMATS: readonly ImportFormat[] = ['json', 'gexf', 'graphml', 'csv'];

/** What to import: one text, or for CSV the files by name (`nodes.csv`, `edges.csv`, `evidence.csv`). */
export type ImportSource = string | Record<string, string>;

export interface MergeGraphResult {
  nodesAdded: number;
  nodesMerged: number;
  edgesAdded: number;
  edgesMerged: number;
  evidenceAdded: number;
}

const blankToUndefined = (value: unknown): unknown =>
  value === '' || value === null ? undefined : value;

const optionalNumber = z.preprocess(blankToUndefined, z.coerce.number().finite().min(0).optional());
const optionalInt = z.preprocess(blankToUndefined, z.coerce.number().int().min(0).optional());
const optionalString = z.preprocess(blankToUndefined, z.coerce.string().optional());

const entitySchema = z.object({
  label: optionalString,
  /** Cytoscape and many GraphML writers name nodes with `name`. */
  name: optionalString,
  type: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
    z.enum(ENTITY_TYPES),
  ),
  aliases: z.preprocess(
    blankToUndefined,
    z
      .union([z.array(z.coerce.string()), z.string()])
      .optional()
      .transform((value) =>
        typeof value === 'string'
          ? value
              .split(ALIAS_SEPARATOR.trim())
              .map((alias) => alias.trim())
              .filter(Boolean)
          : (value ?? []),
      ),
  ),
  mentionCount: optionalInt,
  documentCount: optionalInt,
  firstSeen: optionalString,
  lastSeen: optionalString,
});

const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

const evidenceSchema = z.object({
  docId: z.string().min(1),
  docSource: z.string().optional(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  sentence: z.string(),
  subjectSpan: spanSchema.optional(),
  objectSpan: spanSchema.optional(),
  trigger: spanSchema.optional(),
  modality: z.enum(MODALITIES),
  attribution: z.string().optional(),
  confidence: z.number().min(0).max(1),
  extractorVersion: z.string(),
  // A store's evidence carries its document's own date, so an undated document's has none.
  date: z.string().optional(),
});

const relationSchema = z.object({
  predicate: optionalString,
  /** Flat formats call the open-relation phrase `relationLabel`; full JSON calls it `label`. */
  relationLabel: optionalString,
  label: optionalString,
  weight: optionalNumber,
  modality: z.preprocess(blankToUndefined, z.enum(MODALITIES).optional()),
  evidence: z.array(evidenceSchema).optional(),
  firstSeen: optionalString,
  lastSeen: optionalString,
});

const serializedSchema = z.object({
  attributes: z.record(z.string(), z.unknown()).optional(),
  options: z.record(z.string(), z.unknown()).optional(),
  nodes: z.array(
    z.object({
      key: z.union([z.string(), z.number()]).transform(String),
      attributes: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
  edges: z
    .array(
      z.object({
        key: z.union([z.string(), z.number()]).transform(String).optional(),
        source: z.union([z.string(), z.number()]).transform(String),
        target: z.union([z.string(), z.number()]).transform(String),
        attributes: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .default([]),
});

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`)
    .join('; ');
}

function toPredicate(
  raw: string | undefined,
  label: string | undefined,
): { predicate: RelationType; label?: string } {
  const name = (raw ?? '')
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if ((RELATION_TYPES as readonly string[]).includes(name)) {
    const predicate = name as RelationType;
    return label ? { predicate, label } : { predicate };
  }
  // A relation type kg does not know becomes an open relation that keeps its name.
  const kept = label ?? raw?.trim();
  return kept ? { predicate: 'RELATED_TO', label: kept } : { predicate: 'RELATED_TO' };
}

export interface RawEdge {
  source: string;
  target: string;
  attributes: Attributes;
}

/** Adds one node, validated (`PARSE_ERROR` naming it; a key seen before is refused). */
export function addImportedNode(
  graph: OwnedGraph,
  key: string,
  raw: Attributes,
  where: string,
  now: string,
): void {
  const parsed = entitySchema.safeParse(raw);
  if (!parsed.success) {
    throw new KgError('PARSE_ERROR', `${where}: node "${key}": ${describe(parsed.error)}.`);
  }
  const value = parsed.data;
  const label = value.label ?? value.name ?? key;
  const attributes: EntityAttributes = {
    label,
    type: value.type,
    aliases: [...new Set(value.aliases.filter((alias) => alias !== label))],
    mentionCount: value.mentionCount ?? 0,
    documentCount: value.documentCount ?? 0,
    firstSeen: value.firstSeen ?? now,
    lastSeen: value.lastSeen ?? value.firstSeen ?? now,
  };
  if (graph.hasNode(key)) {
    throw new KgError('PARSE_ERROR', `${where}: node "${key}" appears twice.`);
  }
  graph.addNode(key, attributes);
}

/**
 * Adds one edge, validated, between declared nodes (`name` says which in messages); an edge
 * whose key (`source|PREDICATE|target`) is already there is merged into it. Returns the key.
 */
export function addImportedEdge(
  graph: OwnedGraph,
  edge: RawEdge,
  name: string,
  where: string,
  now: string,
): string {
  const parsed = relationSchema.safeParse(edge.attributes);
  if (!parsed.success) {
    throw new KgError('PARSE_ERROR', `${where}: ${name}: ${describe(parsed.error)}.`);
  }
  for (const end of [edge.source, edge.target]) {
    if (!graph.hasNode(end)) {
      throw new KgError('PARSE_ERROR', `${where}: ${name}: node "${end}" is not declared.`);
    }
  }
  const value = parsed.data;
  // GEXF puts the predicate in the edge label when there is no open-relation phrase.
  const phrase = value.relationLabel ?? (value.label !== value.predicate ? value.label : undefined);
  const { predicate, label } = toPredicate(value.predicate ?? value.label, phrase);
  const evidence = (value.evidence ?? []) as EvidenceRecord[];
  const modality = value.modality ?? strongestModality(evidence.map((item) => item.modality));
  const dates = evidence
    .map((item) => item.date)
    .filter((date): date is string => date !== undefined)
    .sort();
  const attributes: RelationAttributes = {
    predicate,
    weight: value.weight ?? Math.max(1, evidence.length),
    modality: value.modality ?? (evidence.length > 0 ? modality : 'asserted'),
    evidence,
    firstSeen: value.firstSeen ?? dates[0] ?? now,
    lastSeen: value.lastSeen ?? dates[dates.length - 1] ?? now,
  };
  if (label !== undefined) attributes.label = label;
  // One flat string (a template keeps a rope beside its flattened copy while the edge lives).
  const key = [edge.source, predicate, edge.target].join('|');
  if (graph.hasEdge(key)) {
    mergeRelation(graph, key, attributes);
  } else {
    graph.addEdgeWithKey(key, edge.source, edge.target, attributes);
  }
  return key;
}

/** One evidence item, validated (`PARSE_ERROR` naming `name` and the field at fault). */
export function parseEvidence(raw: unknown, name: string, where: string): EvidenceRecord {
  const parsed = evidenceSchema.safeParse(raw);
  if (!parsed.success) {
    throw new KgError('PARSE_ERROR', `${where}: ${name}: ${describe(parsed.error)}.`);
  }
  return parsed.data as EvidenceRecord;
}

/** Builds a validated kg graph from raw nodes and edges (any of the formats). */
function buildGraph(
  nodes: { key: string; attributes: Attributes }[],
  edges: RawEdge[],
  where: string,
  now: string,
): OwnedGraph {
  const graph = createStoreGraph();
  for (const node of nodes) addImportedNode(graph, node.key, node.attributes, where, now);
  for (const [index, edge] of edges.entries()) {
    addImportedEdge(graph, edge, `edge ${index + 1} (${edge.source} → ${edge.target})`, where, now);
  }
  return graph;
}

function evidenceId(item: EvidenceRecord): string {
  return `${item.docId}\u0000${item.start}\u0000${item.end}\u0000${item.modality}`;
}

/** Merges relation attributes into an existing edge; returns the number of evidence items added. */
function mergeRelation(graph: KgGraph, key: string, incoming: RelationAttributes): number {
  const current = graph.getEdgeAttributes(key);
  const known = new Set((current.evidence ?? []).map(evidenceId));
  const added = (incoming.evidence ?? []).filter((item) => !known.has(evidenceId(item)));
  const evidence = [...(current.evidence ?? []), ...added];
  graph.replaceEdgeAttributes(key, {
    ...current,
    evidence,
    weight: Math.max(current.weight, incoming.weight, evidence.length),
    modality: strongerModality(current.modality, incoming.modality),
    firstSeen: current.firstSeen < incoming.firstSeen ? current.firstSeen : incoming.firstSeen,
    lastSeen: current.lastSeen > incoming.lastSeen ? current.lastSeen : incoming.lastSeen,
  });
  return added.length;
}

/**
 * Merges `source` into `target`: new entities and relations are added; known ones gain aliases
 * and evidence (duplicates skipped), take the larger counts and the wider date range.
 */
export function mergeGraph(target: KgGraph, source: KgGraph): MergeGraphResult {
  const result: MergeGraphResult = {
    nodesAdded: 0,
    nodesMerged: 0,
    edgesAdded: 0,
    edgesMerged: 0,
    evidenceAdded: 0,
  };
  source.forEachNode((key, attributes) => {
    if (!target.hasNode(key)) {
      target.addNode(key, { ...attributes, aliases: [...(attributes.aliases ?? [])] });
      result.nodesAdded++;
      return;
    }
    const current = target.getNodeAttributes(key);
    const aliases = new Set(current.aliases ?? []);
    for (const alias of [attributes.label, ...(attributes.aliases ?? [])]) {
      if (alias !== current.label) aliases.add(alias);
    }
    target.replaceNodeAttributes(key, {
      ...current,
      aliases: [...aliases],
      mentionCount: Math.max(current.mentionCount, attributes.mentionCount),
      documentCount: Math.max(current.documentCount, attributes.documentCount),
      firstSeen:
        current.firstSeen < attributes.firstSeen ? current.firstSeen : attributes.firstSeen,
      lastSeen: current.lastSeen > attributes.lastSeen ? current.lastSeen : attributes.lastSeen,
    });
    result.nodesMerged++;
  });
  source.forEachEdge((key, attributes, from, to) => {
    if (!target.hasEdge(key)) {
      target.addEdgeWithKey(key, from, to, {
        ...attributes,
        evidence: [...(attributes.evidence ?? [])],
      });
      result.edgesAdded++;
      result.evidenceAdded += attributes.evidence?.length ?? 0;
      return;
    }
    result.evidenceAdded += mergeRelation(target, key, attributes);
    result.edgesMerged++;
  });
  return result;
}

/** xmldom's first complaint in words a user can act on (no parser internals, no "line:undefined"). */
function xmlProblem(text: string, problem: string | undefined): string {
  const root = rootName(text);
  if (root && !closesWith(text, root)) {
    return `the document ends before its <${root}> element is closed (is the file cut short?)`;
  }
  const detail = (problem ?? 'no root element')
    .replace(/\[xmldom [^\]]*\]/g, '')
    .replace(/element parse error:\s*(Error:\s*)?/i, '')
    .replace(/@#\[line:(\w+),col:(\w+)\]/, (_m, line: string, col: string) =>
      line === 'undefined' ? '' : ` (line ${line}, column ${col})`,
    )
    .replace(/\s+/g, ' ')
    .trim();
  return detail || 'not well-formed';
}

const ELEMENT_NAME = /<\s*([A-Za-z_][\w.-]*)/y;

/**
 * The name of the first element, past declarations, processing instructions and comments: a
 * scan from one "<" to the next, so a malformed file of any size costs one pass (a regex that
 * removed comments first took 25 s on 195 KB of "<!--").
 */
function rootName(text: string): string | undefined {
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    if (text.startsWith('<?', i) || text.startsWith('<!--', i)) {
      const close = text.indexOf(text.startsWith('<?', i) ? '?>' : '-->', i + 2);
      if (close < 0) return undefined;
      i = close;
      continue;
    }
    ELEMENT_NAME.lastIndex = i;
    const name = ELEMENT_NAME.exec(text)?.[1];
    if (name) return name;
  }
  return undefined;
}

/**
 * Where the first comment that is never closed opens, or -1: one pass over the text, past CDATA
 * sections (which may hold "<!--" as text).
 */
function unclosedComment(text: string): number {
  for (let i = text.indexOf('<!'); i >= 0;) {
    let next = i + 2;
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) return i;
      next = close + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      const close = text.indexOf(']]>', i + 9);
      if (close < 0) return -1;
      next = close + 3;
    }
    i = text.indexOf('<!', next);
  }
  return -1;
}

/** Whether the text ends with the closing tag of `root` ("</graphml>"), spaces allowed. */
function closesWith(text: string, root: string): boolean {
  const end = text.trimEnd();
  if (!end.endsWith('>')) return false;
  const open = end.lastIndexOf('</');
  return open >= 0 && end.slice(open + 2, -1).trim() === root;
}

/** Parses XML with errors collected, not printed, and raised as one PARSE_ERROR. */
function parseXml(text: string, where: string): Document {
  // xmldom looks for a comment's end from every "<!--" to the end of the text: a file of
  // unclosed comments cost it the square of its size (6 s for 80 KB), so refuse it first.
  const unclosed = unclosedComment(text);
  if (unclosed >= 0) {
    throw new KgError(
      'PARSE_ERROR',
      `${where}: malformed XML: a comment opened at character ${unclosed + 1} is never closed.`,
    );
  }
  const problems: string[] = [];
  const parser = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (message: string) => problems.push(message),
      fatalError: (message: string) => problems.push(message),
    },
  });
  let document: Document | undefined;
  try {
    document = parser.parseFromString(text, 'application/xml') as unknown as Document;
  } catch (error) {
    problems.push(String((error as Error).message ?? error));
  }
  if (problems.length > 0 || !document?.documentElement) {
    throw new KgError('PARSE_ERROR', `${where}: malformed XML: ${xmlProblem(text, problems[0])}.`);
  }
  return document;
}

function fromGraphology(
  generic: MultiDirectedGraph,
  where: string,
  now: string,
  keyAttribute = false,
): OwnedGraph {
  // kg's GraphML numbers its elements and keeps each original key in a `key` attribute.
  const keyOf = (id: string): string => {
    const key: unknown = keyAttribute ? generic.getNodeAttribute(id, 'key') : undefined;
    return typeof key === 'string' && key !== '' ? key : id;
  };
  return buildGraph(
    generic.mapNodes((id, attributes) => ({ key: keyOf(id), attributes })),
    generic.mapEdges((_key, attributes, source, target) => ({
      source: keyOf(source),
      target: keyOf(target),
      attributes,
    })),
    where,
    now,
  );
}

function parseJson(
  text: string,
  where: string,
  now: string,
): { graph: OwnedGraph; dump?: StoreDump } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KgError('PARSE_ERROR', `${where}: not JSON: ${(error as Error).message}`);
  }
  const parsed = serializedSchema.safeParse(data);
  if (!parsed.success) {
    throw new KgError(
      'PARSE_ERROR',
      `${where}: not a graphology serialised graph: ${describe(parsed.error)}.`,
    );
  }
  const dump = dumpOf(parsed.data.attributes, where);
  const graph = buildGraph(
    parsed.data.nodes.map((node) => ({ key: node.key, attributes: node.attributes ?? {} })),
    parsed.data.edges.map((edge) => ({
      source: edge.source,
      target: edge.target,
      attributes: edge.attributes ?? {},
    })),
    where,
    now,
  );
  return dump ? { graph, dump } : { graph };
}

function parseXmlGraph(
  text: string,
  format: 'gexf' | 'graphml',
  where: string,
  now: string,
): OwnedGraph {
  const root = format === 'gexf' ? 'gexf' : 'graphml';
  const document = parseXml(text, where);
  if (document.documentElement.localName !== root) {
    throw new KgError(
      'PARSE_ERROR',
      `${where}: expected a <${root}> document, found <${document.documentElement.localName}>.`,
    );
  }
  let generic: MultiDirectedGraph;
  try {
    generic =
      format === 'gexf'
        ? parseGexf(MultiDirectedGraph, document, { allowUndeclaredAttributes: true })
        : parseGraphml(MultiDirectedGraph, document);
  } catch (error) {
    throw new KgError('PARSE_ERROR', `${where}: ${(error as Error).message}`);
  }
  return fromGraphology(generic, where, now, format === 'graphml');
}

function parseCsvFiles(files: Record<string, string>, where: string, now: string): OwnedGraph {
  const pick = (suffix: string): [string, string] | undefined =>
    Object.entries(files).find(
      ([name]) => name === suffix || name.endsWith(`/${suffix}`) || name.endsWith(`-${suffix}`),
    );
  const nodesFile = pick('nodes.csv');
  if (!nodesFile) {
    throw new KgError(
      'PARSE_ERROR',
      `${where}: CSV import needs a nodes.csv (got ${Object.keys(files).join(', ') || 'nothing'}).`,
    );
  }
  const nodes = csvRecords(nodesFile[1], `${where}: ${nodesFile[0]}`, ['id', 'type']).map(
    (row) => ({
      key: row.id as string,
      attributes: Object.fromEntries(NODE_COLUMNS.slice(1).map((name) => [name, row[name]])),
    }),
  );
  const edgesFile = pick('edges.csv');
  const evidenceFile = pick('evidence.csv');
  const evidenceByEdge = new Map<string, EvidenceRecord[]>();
  if (evidenceFile) {
    const rows = csvRecords(evidenceFile[1], `${where}: ${evidenceFile[0]}`, [
      'edge',
      'docId',
      'sentence',
    ]);
    rows.forEach((row, index) => {
      const number = (name: string): number | undefined =>
        row[name] ? Number(row[name]) : undefined;
      const span = (start: string, end: string): { start: number; end: number } | undefined => {
        const s = number(start);
        const e = number(end);
        return s === undefined || e === undefined ? undefined : { start: s, end: e };
      };
      const candidate = {
        docId: row.docId,
        docSource: row.docSource || undefined,
        start: number('start') ?? 0,
        end: number('end') ?? 0,
        sentence: row.sentence ?? '',
        subjectSpan: span('subjectStart', 'subjectEnd'),
        objectSpan: span('objectStart', 'objectEnd'),
        trigger: span('triggerStart', 'triggerEnd'),
        modality: row.modality || 'asserted',
        attribution: row.attribution || undefined,
        confidence: number('confidence') ?? 1,
        extractorVersion: row.extractorVersion ?? '',
        date: row.date || now,
      };
      const parsed = evidenceSchema.safeParse(candidate);
      if (!parsed.success) {
        throw new KgError(
          'PARSE_ERROR',
          `${where}: ${evidenceFile[0]}: record ${index + 1}: ${describe(parsed.error)}.`,
        );
      }
      const item = Object.fromEntries(
        Object.entries(parsed.data).filter(([, value]) => value !== undefined),
      ) as unknown as EvidenceRecord;
      const list = evidenceByEdge.get(row.edge as string);
      if (list) list.push(item);
      else evidenceByEdge.set(row.edge as string, [item]);
    });
  }
  const edges: RawEdge[] = edgesFile
    ? csvRecords(edgesFile[1], `${where}: ${edgesFile[0]}`, ['source', 'target', 'predicate']).map(
        (row) => {
          const attributes: Attributes = Object.fromEntries(
            EDGE_COLUMNS.slice(3).map((name) => [name, row[name]]),
          );
          const evidence = row.key ? evidenceByEdge.get(row.key) : undefined;
          if (evidence) attributes.evidence = evidence;
          delete attributes.evidenceCount;
          return { source: row.source as string, target: row.target as string, attributes };
        },
      )
    : [];
  return buildGraph(nodes, edges, where, now);
}

/**
 * Reads a file's contents into a new, validated kg graph. Throws `PARSE_ERROR` with the place
 * and reason when the input is malformed, `UNSUPPORTED_FORMAT` for an unknown format.
 */
export function parseGraph(source: ImportSource, format: ImportFormat, name = 'input'): OwnedGraph {
  return parseImport(source, format, name).graph;
}

/** What an import file holds: the graph, and for a whole-store dump its documents. */
export interface ParsedImport {
  graph: OwnedGraph;
  /** Present when the file is a dump (`kg export --format json --full` of a whole store). */
  dump?: StoreDump;
}

/** `parseGraph`, with the documents of a dump when the file is one (see `formats/dump.ts`). */
export function parseImport(
  source: ImportSource,
  format: ImportFormat,
  name = 'input',
): ParsedImport {
  const where = `graph.import: ${name}`;
  const now = new Date().toISOString();
  if (format === 'csv') {
    const files = typeof source === 'string' ? { 'nodes.csv': source } : source;
    return { graph: parseCsvFiles(files, where, now) };
  }
  if (typeof source !== 'string') {
    throw new KgError(
      'INVALID_ARGUMENT',
      `${where}: ${format} import reads one text, not several files.`,
    );
  }
  if (source.trim().length === 0) throw new KgError('EMPTY_INPUT', `${where}: the file is empty.`);
  switch (format) {
    case 'json':
      return parseJson(source, where, now);
    case 'gexf':
    case 'graphml':
      return { graph: parseXmlGraph(source, format, where, now) };
    default:
      throw new KgError(
        'UNSUPPORTED_FORMAT',
        `${where}: unknown format "${String(format)}" (expected ${IMPORT_FORMATS.join(', ')}).`,
      );
  }
}

/** Parses `source` and merges it into `target` (nothing changes if parsing fails). */
export function importGraph(
  target: KgGraph,
  source: ImportSource,
  format: ImportFormat,
  name?: string,
): MergeGraphResult {
  return mergeGraph(target, parseGraph(source, format, name));
}

/** Guesses the format from a file name, then from the first characters of the text. */
export function detectFormat(fileName: string, text?: string): ImportFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.gexf')) return 'gexf';
  if (lower.endsWith('.graphml') || (lower.endsWith('.xml') && text?.includes('<graphml')))
    return 'graphml';
  if (lower.endsWith('.csv')) return 'csv';
  const head = text?.trimStart().slice(0, 500) ?? '';
  if (head.startsWith('{')) return 'json';
  if (head.includes('<gexf')) return 'gexf';
  if (head.includes('<graphml')) return 'graphml';
  throw new KgError(
    'UNSUPPORTED_FORMAT',
    `graph.import: cannot tell the format of "${fileName}"; pass one of ${IMPORT_FORMATS.join(', ')}.`,
  );
}
