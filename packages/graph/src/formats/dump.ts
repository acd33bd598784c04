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
import type { EvidenceRecord, MentionType } from '@kg/schema';
import { ENTITY_TYPES, KgError, MENTION_TYPES } from '@kg/schema';
import { z } from 'zod';
import type { ResolvedEntity, ResolvedRelation } from '../merge.js';
import type { KgGraph } from '../query/graph.js';
import { withEvidence } from '../store/materialize.js';
import type { CurationRecord, RestoredDocument, Store } from '../store/store.js';
import { toSerializedGraph } from './json.js';

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

/** A document as a dump keeps it. */
export interface DumpedDocument {
  id: string;
  source: string;
  title?: string;
  date?: string;
  format?: string;
  chars: number;
  extractorVersion: string;
  ingestedAt: string;
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

/** The store's documents with their texts and mentions, in ingest order. */
async function dumpedDocuments(store: Store): Promise<DumpedDocument[]> {
  const documents: DumpedDocument[] = [];
  for (const stored of await store.listDocuments()) {
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
    documents.push(document);
  }
  return documents;
}

/**
 * The whole store as dump JSON text (see the file header): what `kg export --format json
 * --full` writes when no filter narrows the graph.
 */
export async function exportDump(store: Store, options: { indent?: number } = {}): Promise<string> {
  const graph = await withEvidence(store, await store.loadGraph());
  const documents = await dumpedDocuments(store);
  const serialized = toSerializedGraph(graph, { full: true });
  serialized.nodes.sort((a, b) => compare(a.key, b.key));
  serialized.edges.sort((a, b) => compare(a.key ?? '', b.key ?? ''));
  const kg: StoreDump = { dump: DUMP_VERSION, documents, curation: await store.listCuration() };
  serialized.attributes = { ...serialized.attributes, kg };
  return `${JSON.stringify(serialized, null, options.indent)}\n`;
}

const mentionSchema = z.object({
  entity: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  type: z.enum(MENTION_TYPES),
});

const documentSchema = z.object({
  id: z.string().min(1),
  source: z.string(),
  title: z.string().optional(),
  date: z.string().optional(),
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

const dumpSchema = z.object({
  dump: z.number().int(),
  documents: z.array(documentSchema),
  curation: z
    .array(z.object({ id: z.number().int().min(1), rule: ruleSchema, createdAt: z.string() }))
    .default([]),
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
  const byDoc = new Map<string, { edge: string; items: EvidenceRecord[] }[]>();
  for (const document of dump.documents) {
    if (byDoc.has(document.id)) {
      throw new KgError('PARSE_ERROR', `${where}: document ${document.id} appears twice.`);
    }
    byDoc.set(document.id, []);
  }
  graph.forEachEdge((edge, attributes) => {
    const evidence = attributes.evidence ?? [];
    if (evidence.length === 0) {
      throw new KgError('PARSE_ERROR', `${where}: relation "${edge}" has no evidence.`);
    }
    let last: { edge: string; items: EvidenceRecord[] } | undefined;
    for (const item of evidence) {
      const list = byDoc.get(item.docId);
      if (!list) {
        throw new KgError(
          'PARSE_ERROR',
          `${where}: relation "${edge}" cites document ${item.docId}, which the dump does not hold.`,
        );
      }
      if (last?.edge !== edge || list[list.length - 1] !== last) {
        last = { edge, items: [] };
        list.push(last);
      }
      last.items.push(item);
    }
  });

  const firstSeen = new Set<string>();
  const restored: RestoredDocument[] = [];
  for (const document of dump.documents) {
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
    for (const { edge, items } of byDoc.get(document.id) ?? []) {
      const attributes = graph.getEdgeAttributes(edge);
      const subject = graph.source(edge);
      const object = graph.target(edge);
      entity(subject);
      entity(object);
      const relation: ResolvedRelation = {
        key: edge,
        subject,
        predicate: attributes.predicate,
        object,
        evidence: items.map((item) => ({ ...item, docSource: document.source, date })),
      };
      if (attributes.label !== undefined) relation.label = attributes.label;
      relations.push(relation);
    }
    const { mentions: _mentions, text, ...doc } = document;
    restored.push({
      doc,
      entities: [...entities.values()],
      relations,
      ...(text === undefined ? {} : { text }),
    });
  }
  graph.forEachNode((key) => {
    if (!firstSeen.has(key)) {
      throw new KgError('PARSE_ERROR', `${where}: entity "${key}" is in no document of the dump.`);
    }
  });
  return restored;
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
  if (store.counts().documents > 0 || (await store.listCuration()).length > 0) {
    throw new KgError(
      'CONFLICT',
      `graph.restore: ${store.path} already holds documents or curation rules; a dump is restored into an empty store only.`,
    );
  }
  const result: RestoreResult = {
    documents: 0,
    entities: 0,
    relations: 0,
    evidence: 0,
    curationRules: dump.curation.length,
  };
  for (const document of documents) {
    const written = await store.restoreDocument(document);
    if (written.status !== 'unchanged') result.documents++;
    result.entities += written.nodesAdded;
    result.relations += written.edgesAdded;
    result.evidence += written.evidenceAdded;
  }
  if (dump.curation.length > 0) await store.restoreCuration(dump.curation);
  return result;
}
