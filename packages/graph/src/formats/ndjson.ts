/**
 * The lossless dump as NDJSON (`kg export --format ndjson`): one JSON record per line, so a
 * store of any size is written and read a line at a time and no string ever holds the whole
 * dump (a JSON dump is one string: V8 cannot make one past ~512 MB, near a million relations).
 * Lines, in this order, each `{"type": …}`:
 *
 * - `header`: `format: "kg-dump"`, the dump version, the graph's attributes and options, and the
 *   counts of every kind of record that follows;
 * - `entity` (`key`, `attributes`), by key; `relation` (`key`, `source`, `target`, `attributes`
 *   without evidence), by key; `evidence` (`relation`, `evidence`), grouped by relation in
 *   relation order;
 * - `document` (`document`: record, kept text, mentions with their entity), in ingest order;
 * - `curation` (`curation`: id, rule, createdAt), oldest first;
 * - `end` with the same counts: a file cut short is refused, not half restored.
 *
 * It holds exactly what the JSON dump holds (`dump.ts`) and is restored the same way: into an
 * empty store as it was (`restoreDumpStream`, after a first pass has checked every line), into
 * a store that holds documents merged like any graph file.
 */
import type { EvidenceRecord } from '@kg/schema';
import { KgError } from '@kg/schema';
import { z } from 'zod';
import type { KgGraph, OwnedGraph } from '../query/graph.js';
import { createStoreGraph } from '../query/graph.js';
import type { CurationRecord, Store } from '../store/store.js';
import type {
  CitedEvidence,
  DumpedDocument,
  DumpEvidence,
  DumpProgress,
  DumpRestorer,
} from './dump.js';
import {
  createDumpRestorer,
  curationRecordSchema,
  DUMP_VERSION,
  dumpedDocument,
  dumpedDocumentSchema,
  dumpedRelations,
  dumpSource,
} from './dump.js';
import { adjacencyAsDictionaries } from '../store/projection.js';
import { addImportedEdge, addImportedNode, parseEvidence } from './import.js';
import { GRAPH_OPTIONS } from './json.js';

/** The `format` of an NDJSON dump's header. */
export const NDJSON_DUMP_FORMAT = 'kg-dump';

/** How many records of each kind an NDJSON dump holds (header and end). */
export interface NdjsonCounts {
  entities: number;
  relations: number;
  evidence: number;
  documents: number;
  curation: number;
}

const line = (record: object): string => `${JSON.stringify(record)}\n`;

/**
 * The whole store as NDJSON dump lines (see the file header), each line one piece.
 *
 * @example
 * for await (const piece of dumpNdjsonLines(store)) out.write(piece);
 */
export async function* dumpNdjsonLines(
  store: Store,
  onProgress?: DumpProgress,
): AsyncGenerator<string> {
  const source = await dumpSource(store);
  const { graph } = source;
  // The evidence is read a batch at a time as it is written (never all at once); the header's
  // count is the store's, and the end record's the lines written (the same, or the export fails).
  const counts: NdjsonCounts = {
    entities: source.nodes.length,
    relations: source.edges.length,
    evidence: (await store.stats()).evidence,
    documents: source.documents.length,
    curation: source.curation.length,
  };
  const total = counts.entities + counts.relations + counts.documents;
  let done = 0;
  const tick = () => onProgress?.(++done, total);
  const attributes = Object.fromEntries(
    Object.entries(graph.getAttributes()).filter(([name]) => name !== 'kg'),
  );
  yield line({
    type: 'header',
    format: NDJSON_DUMP_FORMAT,
    dump: DUMP_VERSION,
    attributes,
    options: GRAPH_OPTIONS,
    counts,
  });
  for (const key of source.nodes) {
    yield line({ type: 'entity', key, attributes: graph.getNodeAttributes(key) });
    tick();
  }
  for (const key of source.edges) {
    const { evidence: _evidence, modalityCounts: _counts, ...rest } = graph.getEdgeAttributes(key);
    yield line({
      type: 'relation',
      key,
      source: graph.source(key),
      target: graph.target(key),
      attributes: rest,
    });
    tick();
  }
  let evidence = 0;
  for await (const relation of dumpedRelations(store, source)) {
    for (const item of relation.attributes.evidence ?? []) {
      yield line({ type: 'evidence', relation: relation.key, evidence: item });
      evidence++;
    }
  }
  if (evidence !== counts.evidence) {
    throw new KgError(
      'CONFLICT',
      `graph.export: the store holds ${counts.evidence} evidence items and ${evidence} were read; was it written to during the export? Export again.`,
    );
  }
  for (const stored of source.documents) {
    yield line({ type: 'document', document: await dumpedDocument(store, stored) });
    tick();
  }
  for (const record of source.curation) yield line({ type: 'curation', curation: record });
  yield line({ type: 'end', counts });
}

const countsSchema = z.object({
  entities: z.number().int().min(0),
  relations: z.number().int().min(0),
  evidence: z.number().int().min(0),
  documents: z.number().int().min(0),
  curation: z.number().int().min(0),
});

const key = z.string().min(1);
const recordSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('header'),
    format: z.literal(NDJSON_DUMP_FORMAT),
    dump: z.number().int(),
    attributes: z.record(z.string(), z.unknown()).default({}),
    options: z.record(z.string(), z.unknown()).optional(),
    counts: countsSchema,
  }),
  z.object({
    type: z.literal('entity'),
    key,
    attributes: z.record(z.string(), z.unknown()),
  }),
  z.object({
    type: z.literal('relation'),
    key,
    source: key,
    target: key,
    attributes: z.record(z.string(), z.unknown()),
  }),
  z.object({ type: z.literal('evidence'), relation: key, evidence: z.unknown() }),
  z.object({ type: z.literal('document'), document: z.unknown() }),
  z.object({ type: z.literal('curation'), curation: z.unknown() }),
  z.object({ type: z.literal('end'), counts: countsSchema }),
]);

type RecordType = z.infer<typeof recordSchema>['type'];

/** The order kinds of records come in. */
const ORDER: readonly RecordType[] = [
  'header',
  'entity',
  'relation',
  'evidence',
  'document',
  'curation',
  'end',
];

/** Options of `createNdjsonDumpReader`. */
export interface NdjsonReaderOptions {
  /**
   * Keep where each evidence line is (in this index) rather than its record on the graph: the
   * first pass then holds the graph without its evidence, and the restore reads each
   * document's evidence back from the file. Every line then needs its byte offset.
   */
  evidenceIndex?: NdjsonEvidenceIndex;
}

/**
 * Where the evidence lines of an NDJSON dump file are, by the document each cites (byte offset
 * and length of each line, grouped by relation in dump order): what a restore of a large dump
 * keeps in memory instead of the evidence itself. `readAt(offset, length)` reads a line back
 * from the file.
 *
 * @example
 * const index = new NdjsonEvidenceIndex((offset, length) => readLineAt(fd, offset, length), name);
 * const reader = createNdjsonDumpReader(name, { evidenceIndex: index });
 */
export class NdjsonEvidenceIndex implements DumpEvidence {
  private readonly byDoc = new Map<string, { edge: string; lines: number[] }[]>();
  private readonly withEvidence = new Set<string>();

  constructor(
    private readonly readAt: (offset: number, length: number) => string,
    private readonly where: string,
  ) {}

  /** An evidence line of `edge` citing `docId`, at `offset` (bytes) and `length` bytes long. */
  add(edge: string, docId: string, offset: number, length: number): void {
    this.withEvidence.add(edge);
    let list = this.byDoc.get(docId);
    if (!list) {
      list = [];
      this.byDoc.set(docId, list);
    }
    let last = list[list.length - 1];
    if (last?.edge !== edge) {
      last = { edge, lines: [] };
      list.push(last);
    }
    last.lines.push(offset, length);
  }

  /** `PARSE_ERROR` for a relation of `graph` that no evidence line supports. */
  assertEvery(graph: KgGraph, where: string): void {
    graph.forEachEdge((edge) => {
      if (!this.withEvidence.has(edge)) {
        throw new KgError('PARSE_ERROR', `${where}: relation "${edge}" has no evidence.`);
      }
    });
  }

  of(docId: string): readonly CitedEvidence[] {
    return (this.byDoc.get(docId) ?? []).map(({ edge, lines }) => ({
      edge,
      items: () => {
        const items: EvidenceRecord[] = [];
        for (let i = 0; i < lines.length; i += 2) {
          const text = this.readAt(lines[i] as number, lines[i + 1] as number);
          const record = JSON.parse(text) as { relation?: unknown; evidence?: unknown };
          if (record.relation !== edge) {
            throw new KgError(
              'PARSE_ERROR',
              `${this.where}: the evidence of "${edge}" changed since it was checked.`,
            );
          }
          items.push(parseEvidence(record.evidence, `evidence of "${edge}"`, this.where));
        }
        return items;
      },
    }));
  }

  *cited(): Iterable<[string, string]> {
    for (const [docId, [first]] of this.byDoc) yield [docId, first?.edge ?? '?'];
  }

  /**
   * Puts every evidence item on its relation of `graph`, in the file's order (a dump merged
   * into a store that holds documents, which needs the whole graph with its evidence).
   */
  attachTo(graph: OwnedGraph): void {
    const cited: { edge: string; offset: number; length: number }[] = [];
    for (const list of this.byDoc.values()) {
      for (const { edge, lines } of list) {
        for (let i = 0; i < lines.length; i += 2) {
          cited.push({ edge, offset: lines[i] as number, length: lines[i + 1] as number });
        }
      }
    }
    cited.sort((x, y) => x.offset - y.offset);
    for (const { edge, offset, length } of cited) {
      const record = JSON.parse(this.readAt(offset, length)) as { evidence?: unknown };
      const item = parseEvidence(record.evidence, `evidence of "${edge}"`, this.where);
      const attributes = graph.getEdgeAttributes(edge);
      (attributes.evidence ??= []).push(item);
    }
  }
}

/** What the first pass over an NDJSON dump found: everything but the documents' contents. */
export interface NdjsonDump {
  graph: OwnedGraph;
  curation: CurationRecord[];
  counts: NdjsonCounts;
  /** The line of the first document record (0 when there is none): where a second pass starts. */
  firstDocumentLine: number;
}

/**
 * Reads an NDJSON dump a line at a time (line numbers from 1, blank lines skipped), checking
 * every record as it comes: the graph and curation rules are kept, each document is checked
 * against the graph by a `DumpRestorer` and handed to `onDocument`, then let go. `finish()`
 * checks the end record, the counts and what only the whole dump can tell. `PARSE_ERROR` naming
 * the line for anything malformed, out of order, or of a later dump version.
 */
export function createNdjsonDumpReader(where: string, options: NdjsonReaderOptions = {}) {
  const { evidenceIndex } = options;
  const graph = createStoreGraph();
  const curation: CurationRecord[] = [];
  const seen: NdjsonCounts = { entities: 0, relations: 0, evidence: 0, documents: 0, curation: 0 };
  let declared: NdjsonCounts | undefined;
  let stage = -1;
  let ended = false;
  let restorer: DumpRestorer | undefined;
  let firstDocumentLine = 0;
  let lastLine = 0;
  const now = new Date().toISOString();

  const fail = (at: number, message: string): KgError =>
    new KgError('PARSE_ERROR', `${where}: line ${at}: ${message}.`);

  const newRestorer = (at: string): DumpRestorer => {
    if (!evidenceIndex) return createDumpRestorer(graph, at);
    evidenceIndex.assertEvery(graph, at);
    return createDumpRestorer(graph, at, evidenceIndex);
  };

  const parse = (text: string, at: number) => {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw fail(at, `not JSON (${(error as Error).message})`);
    }
    const parsed = recordSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw fail(
        at,
        `not a kg dump record (${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'})`,
      );
    }
    return parsed.data;
  };

  return {
    /**
     * One line of the file (`offset`: where it starts in the file, in bytes, needed with an
     * evidence index); returns the document it held, checked, if it was one.
     */
    line(text: string, at: number, offset?: number): DumpedDocument | undefined {
      lastLine = at;
      if (text.trim() === '') return undefined;
      if (ended) throw fail(at, 'a record after the end record');
      const record = parse(text, at);
      const position = ORDER.indexOf(record.type);
      if (stage === -1 && record.type !== 'header') {
        throw fail(at, 'the first record must be the header (is this an NDJSON kg dump?)');
      }
      if (position < stage || (record.type === 'header' && stage !== -1)) {
        throw fail(at, `a ${record.type} record after the ${ORDER[stage] ?? ''} records`);
      }
      stage = position;
      switch (record.type) {
        case 'header':
          if (record.dump > DUMP_VERSION) {
            throw fail(
              at,
              `a kg dump of version ${record.dump}; this kg reads version ${DUMP_VERSION} and earlier`,
            );
          }
          // The graph's own attributes are not restored, as with a JSON dump: the store has none.
          declared = record.counts;
          return undefined;
        case 'entity':
          addImportedNode(graph, record.key, record.attributes, `${where}: line ${at}`, now);
          seen.entities++;
          return undefined;
        case 'relation': {
          // Every entity is in (they come first): their adjacency becomes dictionaries before
          // the first relation, as when a store loads its projection.
          if (seen.relations === 0) adjacencyAsDictionaries(graph);
          const { evidence: _ignored, ...attributes } = record.attributes;
          const made = addImportedEdge(
            graph,
            { source: record.source, target: record.target, attributes },
            `relation "${record.key}"`,
            `${where}: line ${at}`,
            now,
          );
          if (made !== record.key) {
            throw fail(at, `relation "${record.key}" does not match its ends and type ("${made}")`);
          }
          seen.relations++;
          return undefined;
        }
        case 'evidence': {
          if (!graph.hasEdge(record.relation)) {
            throw fail(at, `evidence of relation "${record.relation}", which is not declared`);
          }
          const item: EvidenceRecord = parseEvidence(
            record.evidence,
            `evidence of "${record.relation}"`,
            `${where}: line ${at}`,
          );
          if (evidenceIndex) {
            if (offset === undefined) throw fail(at, 'no byte offset for an indexed line');
            evidenceIndex.add(record.relation, item.docId, offset, Buffer.byteLength(text));
          } else {
            const attributes = graph.getEdgeAttributes(record.relation);
            (attributes.evidence ??= []).push(item);
          }
          seen.evidence++;
          return undefined;
        }
        case 'document': {
          const parsed = dumpedDocumentSchema.safeParse(record.document);
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw fail(
              at,
              `document: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
            );
          }
          if (!restorer) {
            firstDocumentLine = at;
            restorer = newRestorer(`${where}: line ${at}`);
          }
          const document = parsed.data as DumpedDocument;
          restorer.check(document);
          seen.documents++;
          return document;
        }
        case 'curation': {
          const parsed = curationRecordSchema.safeParse(record.curation);
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw fail(
              at,
              `curation: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
            );
          }
          curation.push(parsed.data as CurationRecord);
          seen.curation++;
          return undefined;
        }
        case 'end':
          ended = true;
          for (const name of Object.keys(seen) as (keyof NdjsonCounts)[]) {
            if (record.counts[name] !== seen[name] || declared?.[name] !== seen[name]) {
              throw fail(
                at,
                `the dump declares ${declared?.[name] ?? '?'} ${name} records and holds ${seen[name]}`,
              );
            }
          }
          return undefined;
      }
    },
    /** After the last line: the dump's graph, curation and counts. */
    finish(): NdjsonDump {
      if (stage === -1) throw new KgError('EMPTY_INPUT', `${where}: the file is empty.`);
      if (!ended) {
        throw fail(lastLine, 'the dump ends without its end record (the file is cut short)');
      }
      (restorer ?? newRestorer(where)).finish();
      return {
        graph,
        curation,
        counts: declared ?? seen,
        firstDocumentLine,
      };
    },
  };
}

/** An NDJSON dump's lines from a string (small dumps, tests): a first pass over them. */
export function parseNdjsonDump(text: string, where: string): NdjsonDump {
  const reader = createNdjsonDumpReader(where);
  let at = 0;
  for (const piece of text.split('\n')) reader.line(piece, ++at);
  return reader.finish();
}

/** Whether a text's first line is an NDJSON kg dump header. */
export function isNdjsonDump(head: string): boolean {
  return /^\s*\{\s*"type"\s*:\s*"header"\s*,\s*"format"\s*:\s*"kg-dump"/.test(head);
}

/**
 * The documents of an NDJSON dump, for the second pass of a restore: reads `lines` from line
 * `fromLine` (the first pass's `firstDocumentLine`) and yields each document record until the
 * documents end. The first pass has checked them; they are parsed the same way again.
 */
export async function* ndjsonDocuments(
  lines: AsyncIterable<string>,
  fromLine: number,
  where: string,
): AsyncGenerator<DumpedDocument> {
  if (fromLine < 1) return;
  let at = 0;
  for await (const text of lines) {
    at++;
    if (at < fromLine || text.trim() === '') continue;
    const record = JSON.parse(text) as { type?: unknown; document?: unknown };
    if (record.type !== 'document') return;
    const parsed = dumpedDocumentSchema.safeParse(record.document);
    if (!parsed.success) {
      throw new KgError(
        'PARSE_ERROR',
        `${where}: line ${at}: the document changed since it was checked.`,
      );
    }
    yield parsed.data as DumpedDocument;
  }
}
