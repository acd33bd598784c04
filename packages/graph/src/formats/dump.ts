/**
 * The lossless dump of a store: `kg export --format json --full` of the whole store is the
 * graphology JSON of the graph (nodes and relations in key order, every evidence item) with the
 * store's documents under `attributes.kg` (record, kept text, and mentions with the entity key
 * each went to). Restoring it into an empty store writes every document back as it was, in the
 * dumped order, through `Store.restoreDocument`: nothing is resolved again, so keys, labels,
 * types, aliases, mention and document counts, first and last seen, and the evidence with its
 * sentences, offsets, documents, modality and attribution come back exactly — exporting the
 * restored store gives the same bytes. Into a store that already holds documents a dump is
 * merged like any graph file (resolved), see `store-import.ts`.
 */
import type { DocumentRecord, EvidenceRecord, MentionType, RelationAttributes } from '@kg/schema';
import { ENTITY_TYPES, KgError, MENTION_TYPES } from '@kg/schema';
import { z } from 'zod';
import type { ResolvedEntity, ResolvedRelation } from '../merge.js';
import type { KgGraph } from '../query/graph.js';
import type { ReadonlyStoreGraph } from '../query/graph.js';
import type { CurationRecord, RestoredDocument, Store, StoredDocument } from '../store/store.js';
import { GRAPH_OPTIONS } from './json.js';

/** The `attributes.kg.dump` version this code writes and reads. */
export const DUMP_VERSION = 1;

/** A mention as a dump keeps it: offsets in the document, surface text, type, and its entity. */
export interface DumpedMention {
  entity: string;
  start: number;
  end: number;
  text: string;
  type: MentionType;
}

/** A document as a dump keeps it: the store's record, with its text and mentions in full. */
export interface DumpedDocument extends DocumentRecord {
  /** The extracted text, when the store kept it. */
  text?: string;
  mentions: DumpedMention[];
}

/** What `attributes.kg` holds in a dump. */
export interface StoreDump {
  dump: number;
  /** In the order the store ingested them (the order a restore writes them). */
  documents: DumpedDocument[];
  /** The store's curation rules, oldest first (put back as they were, not applied again). */
  curation: CurationRecord[];
}

export interface RestoreResult {
  documents: number;
  entities: number;
  relations: number;
  evidence: number;
  curationRules: number;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A stored document with its text and mentions, as a dump keeps it. */
export async function dumpedDocument(
  store: Store,
  stored: StoredDocument,
): Promise<DumpedDocument> {
  const content = await store.documentContent(stored.id);
  const { mentions: _m, evidence: _e, ...record } = content?.document ?? stored;
  const mentions = (content?.mentions ?? [])
    .map((m) => ({
      entity: m.entity,
      start: m.start,
      end: m.end,
      text: m.text,
      type: m.mentionType,
    }))
    .sort(
      (a, b) =>
        a.start - b.start ||
        a.end - b.end ||
        compare(a.entity, b.entity) ||
        compare(a.text, b.text) ||
        compare(a.type, b.type),
    );
  const document: DumpedDocument = { ...record, mentions };
  if (content?.text !== undefined) document.text = content.text;
  return document;
}

/**
 * What a dump is written from: the projection (light attributes, no evidence), its keys in
 * order, and the store, which the evidence is read from in batches as the relations are written.
 */
export interface DumpSource {
  graph: ReadonlyStoreGraph;
  nodes: string[];
  edges: string[];
  documents: StoredDocument[];
  curation: CurationRecord[];
}

/** Reads what a dump of the store holds, except evidence and the documents' texts and mentions. */
export async function dumpSource(store: Store): Promise<DumpSource> {
  const graph = await store.loadGraph();
  return {
    graph,
    nodes: graph.nodes().sort(compare),
    edges: graph.edges().sort(compare),
    documents: await store.listDocuments(),
    curation: await store.listCuration(),
  };
}

/** Relations whose evidence a dump reads from the store at a time. */
const EVIDENCE_BATCH = 1000;

/**
 * The relations of a dump in key order, each with its attributes as a dump writes them (no
 * per-modality counts: the evidence holds them) and its evidence, read from the store a batch
 * at a time: only one batch's evidence is held at once, whatever the size of the store.
 */
export async function* dumpedRelations(
  store: Store,
  source: DumpSource,
): AsyncGenerator<{ key: string; source: string; target: string; attributes: RelationAttributes }> {
  const { graph, edges } = source;
  for (let i = 0; i < edges.length; i += EVIDENCE_BATCH) {
    const batch = edges.slice(i, i + EVIDENCE_BATCH);
    const evidence = await store.evidence(batch);
    for (const key of batch) {
      const attributes = { ...graph.getEdgeAttributes(key) };
      delete attributes.modalityCounts;
      attributes.evidence = evidence.get(key)?.evidence ?? [];
      yield { key, source: graph.source(key), target: graph.target(key), attributes };
    }
  }
}

/** Records written so far of all a dump holds (entities, relations, documents). */
export type DumpProgress = (done: number, total: number) => void;

/**
 * The whole store as dump JSON text (see the file header), a document, an entity or a relation
 * at a time: what `kg export --format json --full` writes when no filter narrows the graph.
 * Joined, the pieces are `JSON.stringify` of the dump object and a newline; no piece holds
 * more than one record, so a store of any size streams.
 */
export async function* dumpJsonLines(
  store: Store,
  onProgress?: DumpProgress,
): AsyncGenerator<string> {
  const source = await dumpSource(store);
  const { graph } = source;
  const total = source.documents.length + source.nodes.length + source.edges.length;
  let done = 0;
  const tick = () => onProgress?.(++done, total);
  const attributes = Object.entries(graph.getAttributes())
    .filter(([name, value]) => name !== 'kg' && value !== undefined)
    .map(([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value)},`)
    .join('');
  yield `{"attributes":{${attributes}"kg":{"dump":${DUMP_VERSION},"documents":[`;
  for (const [i, stored] of source.documents.entries()) {
    yield `${i === 0 ? '' : ','}${JSON.stringify(await dumpedDocument(store, stored))}`;
    tick();
  }
  yield `],"curation":${JSON.stringify(source.curation)}}},"options":${JSON.stringify(GRAPH_OPTIONS)},"nodes":[`;
  for (const [i, key] of source.nodes.entries()) {
    const node = { key, attributes: { ...graph.getNodeAttributes(key) } };
    yield `${i === 0 ? '' : ','}${JSON.stringify(node)}`;
    tick();
  }
  yield '],"edges":[';
  let first = true;
  for await (const edge of dumpedRelations(store, source)) {
    yield `${first ? '' : ','}${JSON.stringify(edge)}`;
    first = false;
    tick();
  }
  yield ']}\n';
}

/** The whole store as dump JSON text, in one string (small stores, tests). */
export async function exportDump(store: Store): Promise<string> {
  let text = '';
  for await (const piece of dumpJsonLines(store)) text += piece;
  return text;
}

const mentionSchema = z.object({
  entity: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  type: z.enum(MENTION_TYPES),
});

/** A dumped document, checked (its shape is `DumpedDocument`'s, which the compiler holds it to). */
export const dumpedDocumentSchema: z.ZodType<DumpedDocument> = z.object({
  id: z.string().min(1),
  source: z.string(),
  title: z.string().optional(),
  date: z.string().optional(),
  site: z.string().optional(),
  format: z.string().optional(),
  chars: z.number().int().min(0),
  extractorVersion: z.string(),
  ingestedAt: z.string().min(1),
  text: z.string().optional(),
  mentions: z.array(mentionSchema),
});

const key = z.string().min(1);
const ruleSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('merge'), key, into: key }),
  z.object({ op: z.literal('split'), key, alias: z.string(), newKey: key }),
  z.object({ op: z.literal('rename'), key, label: z.string(), previous: z.string().optional() }),
  z.object({ op: z.literal('retype'), key, type: z.enum(ENTITY_TYPES), newKey: key }),
  z.object({ op: z.literal('reject'), key }),
  z.object({ op: z.literal('accept'), key }),
]);

/** A dumped curation rule, checked. */
export const curationRecordSchema = z.object({
  id: z.number().int().min(1),
  rule: ruleSchema,
  createdAt: z.string(),
});

const dumpSchema = z.object({
  dump: z.number().int(),
  documents: z.array(dumpedDocumentSchema),
  curation: z.array(curationRecordSchema).default([]),
});

/**
 * The documents of a dump, from the graph attributes of a parsed JSON file; undefined when the
 * file is not a dump (a plain or filtered export). `PARSE_ERROR` for a dump that is malformed
 * or of a later version.
 */
export function dumpOf(attributes: unknown, where: string): StoreDump | undefined {
  const kg = (attributes as { kg?: unknown } | undefined)?.kg;
  if (kg === undefined || kg === null || typeof kg !== 'object' || !('dump' in kg)) {
    return undefined;
  }
  const parsed = dumpSchema.safeParse(kg);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new KgError(
      'PARSE_ERROR',
      `${where}: attributes.kg: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}.`,
    );
  }
  if (parsed.data.dump > DUMP_VERSION) {
    throw new KgError(
      'PARSE_ERROR',
      `${where}: a kg dump of version ${parsed.data.dump}; this kg reads version ${DUMP_VERSION} and earlier.`,
    );
  }
  return parsed.data as StoreDump;
}

/** Turns a dump's documents, in order, into what the store writes back (see `restoredDocuments`). */
export interface DumpRestorer {
  /** The next document with its entities and evidence; `PARSE_ERROR` when it names what the dump does not hold. */
  restore(document: DumpedDocument): RestoredDocument;
  /** Checks the next document as `restore` does, without reading its evidence. */
  check(document: DumpedDocument): void;
  /** After the last document: `PARSE_ERROR` for evidence citing a document never seen, or an entity in none. */
  finish(): void;
}

/** One relation's evidence items cited by one document, in dump order. */
export interface CitedEvidence {
  edge: string;
  /** The items (read when called: a dump read from a file keeps where they are, not what). */
  items(): EvidenceRecord[];
}

/** Where a restorer finds each document's evidence. */
export interface DumpEvidence {
  /** The evidence one document holds, grouped by relation in dump order; asked once per document. */
  of(docId: string): readonly CitedEvidence[];
  /** Every document the evidence cites, with the first relation citing it, in dump order. */
  cited(): Iterable<[docId: string, edge: string]>;
}

/**
 * The evidence on a dump's graph, indexed by document: `PARSE_ERROR` for a relation without
 * evidence. Each document's entry is let go once asked for.
 */
export function evidenceInGraph(graph: KgGraph, where: string): DumpEvidence {
  const byDoc = new Map<string, { edge: string; items: EvidenceRecord[] }[]>();
  graph.forEachEdge((edge, attributes) => {
    const evidence = attributes.evidence ?? [];
    if (evidence.length === 0) {
      throw new KgError('PARSE_ERROR', `${where}: relation "${edge}" has no evidence.`);
    }
    let last: { edge: string; items: EvidenceRecord[] } | undefined;
    for (const item of evidence) {
      let list = byDoc.get(item.docId);
      if (!list) {
        list = [];
        byDoc.set(item.docId, list);
      }
      if (last?.edge !== edge || list[list.length - 1] !== last) {
        last = { edge, items: [] };
        list.push(last);
      }
      last.items.push(item);
    }
  });
  return {
    of(docId) {
      const found = byDoc.get(docId) ?? [];
      byDoc.delete(docId);
      return found.map(({ edge, items }) => ({ edge, items: () => items }));
    },
    *cited() {
      for (const [docId, [first]] of byDoc) yield [docId, first?.edge ?? '?'];
    },
  };
}

/**
 * A restorer over a dump's graph: documents are given one at a time, in the dump's order, so a
 * dump read line by line never holds all its documents at once. The evidence comes from the
 * graph's relations unless `evidence` says where it is (a large dump read from a file).
 */
export function createDumpRestorer(
  graph: KgGraph,
  where: string,
  evidence: DumpEvidence = evidenceInGraph(graph, where),
): DumpRestorer {
  const seen = new Set<string>();
  const firstSeen = new Set<string>();

  const build = (document: DumpedDocument, withEvidence: boolean): RestoredDocument => {
    if (seen.has(document.id)) {
      throw new KgError('PARSE_ERROR', `${where}: document ${document.id} appears twice.`);
    }
    seen.add(document.id);
    const entities = new Map<string, ResolvedEntity>();
    const entity = (key: string): ResolvedEntity => {
      let found = entities.get(key);
      if (!found) {
        if (!graph.hasNode(key)) {
          throw new KgError(
            'PARSE_ERROR',
            `${where}: document ${document.id} names entity "${key}", which the dump does not hold.`,
          );
        }
        const attributes = graph.getNodeAttributes(key);
        const aliases = [attributes.label];
        if (!firstSeen.has(key)) {
          firstSeen.add(key);
          aliases.push(...attributes.aliases);
        }
        found = { key, label: attributes.label, type: attributes.type, aliases, mentions: [] };
        entities.set(key, found);
      }
      return found;
    };
    for (const m of document.mentions) {
      const target = entity(m.entity);
      target.mentions.push({ start: m.start, end: m.end, text: m.text, type: m.type });
      const known = graph.getNodeAttributes(m.entity).aliases;
      if (!target.aliases.includes(m.text) && known.includes(m.text)) target.aliases.push(m.text);
    }
    const date = document.date ?? document.ingestedAt;
    const relations: ResolvedRelation[] = [];
    for (const { edge, items } of evidence.of(document.id)) {
      const attributes = graph.getEdgeAttributes(edge);
      const subject = graph.source(edge);
      const object = graph.target(edge);
      entity(subject);
      entity(object);
      if (!withEvidence) continue;
      const relation: ResolvedRelation = {
        key: edge,
        subject,
        predicate: attributes.predicate,
        object,
        evidence: items().map((item) => ({ ...item, docSource: document.source, date })),
      };
      if (attributes.label !== undefined) relation.label = attributes.label;
      relations.push(relation);
    }
    const { mentions: _mentions, text, ...doc } = document;
    return {
      doc,
      entities: [...entities.values()],
      relations,
      ...(text === undefined ? {} : { text }),
    };
  };

  return {
    restore: (document) => build(document, true),
    check(document) {
      build(document, false);
    },
    finish() {
      for (const [docId, edge] of evidence.cited()) {
        if (seen.has(docId)) continue;
        throw new KgError(
          'PARSE_ERROR',
          `${where}: relation "${edge}" cites document ${docId}, which the dump does not hold.`,
        );
      }
      graph.forEachNode((key) => {
        if (!firstSeen.has(key)) {
          throw new KgError(
            'PARSE_ERROR',
            `${where}: entity "${key}" is in no document of the dump.`,
          );
        }
      });
    },
  };
}

/**
 * The documents of a dump as the store writes them back, each with its entities (the graph's
 * labels, types and aliases; every alias on the entity's first document, so the alias order
 * comes back) and its evidence. Checked in full first: every mention and evidence item names a
 * known entity and document, and every entity and relation has a document.
 */
export function restoredDocuments(
  graph: KgGraph,
  dump: StoreDump,
  where: string,
): RestoredDocument[] {
  const restorer = createDumpRestorer(graph, where);
  const restored = dump.documents.map((document) => restorer.restore(document));
  restorer.finish();
  return restored;
}

/** `CONFLICT` unless the store holds no documents and no curation rules. */
async function assertEmpty(store: Store): Promise<void> {
  if (store.counts().documents > 0 || (await store.listCuration()).length > 0) {
    throw new KgError(
      'CONFLICT',
      `graph.restore: ${store.path} already holds documents or curation rules; a dump is restored into an empty store only.`,
    );
  }
}

/** Writes restored documents one by one, then the curation rules, counting what went in. */
async function writeRestored(
  store: Store,
  documents: Iterable<RestoredDocument> | AsyncIterable<RestoredDocument>,
  curation: readonly CurationRecord[],
): Promise<RestoreResult> {
  const result: RestoreResult = {
    documents: 0,
    entities: 0,
    relations: 0,
    evidence: 0,
    curationRules: curation.length,
  };
  for await (const document of documents) {
    const written = await store.restoreDocument(document);
    if (written.status !== 'unchanged') result.documents++;
    result.entities += written.nodesAdded;
    result.relations += written.edgesAdded;
    result.evidence += written.evidenceAdded;
  }
  if (curation.length > 0) await store.restoreCuration(curation);
  return result;
}

/**
 * Restores a dump into an empty store (`CONFLICT` when it holds documents): the documents are
 * checked in full, then written one by one as they were.
 */
export async function restoreDump(
  store: Store,
  graph: KgGraph,
  dump: StoreDump,
  where: string,
): Promise<RestoreResult> {
  const documents = restoredDocuments(graph, dump, where);
  await assertEmpty(store);
  return writeRestored(store, documents, dump.curation);
}

/**
 * Restores a dump read as a stream into an empty store: `documents()` gives the dump's documents
 * in order (it is called once, after the caller has checked the whole dump, e.g. a first pass
 * over an NDJSON file with `createDumpRestorer`), each restored and written as it comes. The
 * evidence is the graph's unless `evidence` says where it is (`NdjsonEvidenceIndex`).
 */
export async function restoreDumpStream(
  store: Store,
  graph: KgGraph,
  documents: () => AsyncIterable<DumpedDocument>,
  curation: readonly CurationRecord[],
  where: string,
  evidence?: DumpEvidence,
): Promise<RestoreResult> {
  await assertEmpty(store);
  const restorer = createDumpRestorer(graph, where, evidence);
  async function* restored(): AsyncGenerator<RestoredDocument> {
    for await (const document of documents()) yield restorer.restore(document);
    restorer.finish();
  }
  return writeRestored(store, restored(), curation);
}
