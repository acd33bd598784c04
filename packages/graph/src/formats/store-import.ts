/**
 * Import into the SQLite store. The store keeps provenance per document, so an imported graph
 * goes in as documents: each document cited by the evidence becomes one extraction (the
 * sentences it supports, with subject and object spans as mentions), ingested through the
 * store's normal path (cross-document resolution, curation rules, one transaction per
 * document; a document already stored is left unchanged). Relations without evidence and
 * entities without relations, as GEXF, GraphML or flat JSON carry them, go into one synthetic
 * document for the file whose text is a line per relation ("Iran SUPPLIES Russia."),
 * repeated `weight` times so weights survive. Removing that document (`kg docs remove`)
 * removes what the file added.
 */
import { createHash } from 'node:crypto';
import type { Entity, EntityType, EvidenceRecord, Extraction, Mention, Relation } from '@kg/schema';
import { strongestModality } from '@kg/schema';
import type { DocumentMeta, MergeSummary } from '../merge.js';
import type { Store } from '../store/store.js';
import type { KgGraph } from '../query/graph.js';
import type { ImportFormat, ImportSource } from './import.js';
import { parseGraph } from './import.js';

/** Extractor version recorded for the synthetic document of an imported file. */
export const IMPORT_EXTRACTOR_VERSION = 'kg-import-1';

/** Lines per relation at most in the synthetic document (weights above are capped). */
const MAX_REPEAT = 1000;

export interface ImportDocument {
  extraction: Extraction;
  meta: DocumentMeta;
}

export interface StoreImportResult extends MergeSummary {
  /** Documents in the file (including the synthetic one); new and already stored. */
  documents: number;
  documentsNew: number;
  documentsUnchanged: number;
}

class DocumentBuilder {
  readonly entities = new Map<string, Entity>();
  readonly relations = new Map<string, Relation>();

  constructor(
    private readonly graph: KgGraph,
    private readonly doc: string,
  ) {}

  entity(key: string): Entity {
    let entity = this.entities.get(key);
    if (!entity) {
      const attributes = this.graph.getNodeAttributes(key);
      entity = {
        id: key,
        name: attributes.label,
        type: attributes.type,
        aliases: [...(attributes.aliases ?? [])],
        mentions: [],
      };
      this.entities.set(key, entity);
    }
    return entity;
  }

  mention(key: string, start: number, end: number, text: string, type: EntityType): void {
    const entity = this.entity(key);
    if (entity.mentions.some((m) => m.start === start && m.end === end)) return;
    const mention: Mention = { doc: this.doc, start, end, text, type };
    entity.mentions.push(mention);
  }

  relation(edge: string): Relation {
    let relation = this.relations.get(edge);
    if (!relation) {
      const attributes = this.graph.getEdgeAttributes(edge);
      const subject = this.graph.source(edge);
      const object = this.graph.target(edge);
      this.entity(subject);
      this.entity(object);
      relation = {
        subject,
        predicate: attributes.predicate,
        object,
        modality: 'negated',
        confidence: 0,
        evidence: [],
      };
      if (attributes.label !== undefined) relation.label = attributes.label;
      this.relations.set(edge, relation);
    }
    return relation;
  }

  extraction(extractorVersion: string, chars: number): Extraction {
    for (const relation of this.relations.values()) {
      relation.modality = strongestModality(relation.evidence.map((item) => item.modality));
      relation.confidence = Math.max(0, ...relation.evidence.map((e) => e.confidence));
    }
    return {
      extractorVersion,
      documents: [{ id: this.doc, hash: this.doc, format: 'text', chars }],
      entities: [...this.entities.values()],
      relations: [...this.relations.values()],
    };
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function spanText(
  item: EvidenceRecord,
  span: { start: number; end: number },
  fallback: string,
): string {
  const from = span.start - item.start;
  const to = span.end - item.start;
  return from >= 0 && to <= item.sentence.length && to > from
    ? item.sentence.slice(from, to)
    : fallback;
}

/**
 * The graph as documents for `store.ingestExtraction`: one per document its evidence cites,
 * plus one synthetic document (`id`, `source`) for relations without evidence and entities
 * without relations.
 */
export function graphToDocuments(
  graph: KgGraph,
  file: { id: string; source: string; ingestedAt?: string },
): ImportDocument[] {
  const builders = new Map<
    string,
    { builder: DocumentBuilder; meta: DocumentMeta; version: string; chars: number }
  >();
  graph.forEachEdge((edge, attributes, source, target) => {
    for (const item of attributes.evidence ?? []) {
      let entry = builders.get(item.docId);
      if (!entry) {
        const meta: DocumentMeta = {
          id: item.docId,
          source: item.docSource ?? item.docId,
          date: item.date,
        };
        if (file.ingestedAt) meta.ingestedAt = file.ingestedAt;
        entry = {
          builder: new DocumentBuilder(graph, item.docId),
          meta,
          version: item.extractorVersion,
          chars: 0,
        };
        builders.set(item.docId, entry);
      }
      entry.chars = Math.max(entry.chars, item.end);
      const { builder } = entry;
      const relation = builder.relation(edge);
      const subject = graph.getNodeAttributes(source);
      const object = graph.getNodeAttributes(target);
      if (item.subjectSpan) {
        const text = spanText(item, item.subjectSpan, subject.label);
        builder.mention(source, item.subjectSpan.start, item.subjectSpan.end, text, subject.type);
      }
      if (item.objectSpan) {
        const text = spanText(item, item.objectSpan, object.label);
        builder.mention(target, item.objectSpan.start, item.objectSpan.end, text, object.type);
      }
      const evidence: Relation['evidence'][number] = {
        doc: item.docId,
        start: item.start,
        end: item.end,
        text: item.sentence,
        modality: item.modality,
        confidence: item.confidence,
      };
      if (item.attribution !== undefined) evidence.attribution = item.attribution;
      if (item.trigger) {
        evidence.trigger = {
          ...item.trigger,
          text: spanText(item, item.trigger, ''),
        };
      }
      relation.evidence.push(evidence);
    }
  });
  // Cross-document resolution depends on what is already known: replay documents in date
  // order (document date, else ingest time), as they most likely arrived.
  const documents: ImportDocument[] = [...builders.values()]
    .sort((a, b) => compare(a.meta.date ?? '', b.meta.date ?? '') || compare(a.meta.id, b.meta.id))
    .map((entry) => ({
      extraction: entry.builder.extraction(entry.version, entry.chars),
      meta: entry.meta,
    }));

  // The synthetic document: one line per unit of weight of each relation without evidence,
  // one line per entity that no relation carries.
  const synthetic = new DocumentBuilder(graph, file.id);
  let text = '';
  const covered = new Set<string>();
  for (const entry of builders.values())
    for (const key of entry.builder.entities.keys()) covered.add(key);
  graph.forEachEdge((edge, attributes, source, target) => {
    if ((attributes.evidence ?? []).length > 0) return;
    const subject = graph.getNodeAttributes(source);
    const object = graph.getNodeAttributes(target);
    const verb = attributes.label ?? attributes.predicate;
    const relation = synthetic.relation(edge);
    const repeat = Math.min(MAX_REPEAT, Math.max(1, Math.round(attributes.weight)));
    for (let i = 0; i < repeat; i++) {
      const start = text.length;
      const line = `${subject.label} ${verb} ${object.label}.`;
      synthetic.mention(source, start, start + subject.label.length, subject.label, subject.type);
      const objectStart = start + subject.label.length + verb.length + 2;
      synthetic.mention(
        target,
        objectStart,
        objectStart + object.label.length,
        object.label,
        object.type,
      );
      relation.evidence.push({
        doc: file.id,
        start,
        end: start + line.length,
        text: line,
        modality: attributes.modality,
        confidence: 1,
      });
      text += `${line}\n`;
    }
    covered.add(source);
    covered.add(target);
  });
  graph.forEachNode((key, attributes) => {
    if (covered.has(key) || synthetic.entities.has(key)) return;
    const start = text.length;
    synthetic.mention(
      key,
      start,
      start + attributes.label.length,
      attributes.label,
      attributes.type,
    );
    text += `${attributes.label}.\n`;
  });
  if (synthetic.entities.size > 0) {
    const meta: DocumentMeta = {
      id: file.id,
      source: file.source,
      format: 'text',
      chars: text.length,
    };
    if (file.ingestedAt) meta.ingestedAt = file.ingestedAt;
    documents.push({
      extraction: synthetic.extraction(IMPORT_EXTRACTOR_VERSION, text.length),
      meta,
    });
  }
  return documents;
}

/** Content id of an import source (SHA-256 hex of its text, or of its files in name order). */
export function importSourceId(source: ImportSource): string {
  const hash = createHash('sha256');
  if (typeof source === 'string') hash.update(source);
  else {
    for (const name of Object.keys(source).sort()) {
      hash
        .update(name)
        .update('\u0000')
        .update(source[name] as string)
        .update('\u0000');
    }
  }
  return hash.digest('hex');
}

/**
 * Ingests a parsed graph into the store as documents (see the file header); `file` names the
 * synthetic document for relations without evidence and lone entities.
 */
export async function ingestGraph(
  store: Store,
  graph: KgGraph,
  file: { id: string; source: string },
): Promise<StoreImportResult> {
  const documents = graphToDocuments(graph, file);
  const result: StoreImportResult = {
    documents: documents.length,
    documentsNew: 0,
    documentsUnchanged: 0,
    nodesAdded: 0,
    nodesMerged: 0,
    edgesAdded: 0,
    edgesMerged: 0,
    evidenceAdded: 0,
  };
  for (const { extraction, meta } of documents) {
    const ingested = await store.ingestExtraction(extraction, meta);
    if (ingested.status === 'unchanged') result.documentsUnchanged++;
    else result.documentsNew++;
    result.nodesAdded += ingested.nodesAdded;
    result.nodesMerged += ingested.nodesMerged;
    result.edgesAdded += ingested.edgesAdded;
    result.edgesMerged += ingested.edgesMerged;
    result.evidenceAdded += ingested.evidenceAdded;
  }
  return result;
}

/**
 * Parses an exported graph (validated before anything is written) and ingests it into the
 * store as documents. Re-importing the same file changes nothing.
 */
export async function importIntoStore(
  store: Store,
  source: ImportSource,
  format: ImportFormat,
  name = 'input',
): Promise<StoreImportResult> {
  const graph = parseGraph(source, format, name);
  return ingestGraph(store, graph, { id: importSourceId(source), source: name });
}
