/**
 * The graph model and merge: a `MultiDirectedGraph` keyed by stable entity ids and
 * `subject|predicate|object` edge keys. An extraction is first *resolved* against what is known
 * (entity → key, with curation rules applied, relation → edge key with evidence records), then
 * merged: new nodes and edges are added, known ones gain mentions, aliases, evidence and
 * weight. What is known comes from a graph (`knownInGraph`) or, in a store, from the few rows a
 * document's names can mean; the store writes the same resolved document to its tables.
 */
import type {
  EntityAttributes,
  EntityType,
  Evidence,
  EvidenceRecord,
  Extraction,
  MentionType,
  Modality,
  RelationAttributes,
  RelationType,
  StoredDocument,
} from '@kg/schema';
import { KgError, MODALITIES, strongerModality } from '@kg/schema';
import { CurationRules } from './curation.js';
import {
  edgeAttributesIn,
  newNodeAdjacencyAsDictionary,
  nodeAttributesIn,
} from './graph-internals.js';
import { isAcronym, isSwapped, isVariantOf, relationKey } from './names.js';
import type { Paced } from './pacing.js';
import { PACE, finish } from './pacing.js';
import { ResolverIndex } from './resolver.js';
import { mixedCounts, modalityOf } from './modalities.js';
import type { ModalityCounts } from './modalities.js';

import type { StoreGraph } from './query/graph.js';
export type { StoreGraph };

/** What is known about a document when it is merged. */
export interface DocumentMeta {
  /** Content hash (SHA-256 hex of the raw bytes); the document's id in the store. */
  id: string;
  /** Path, URL or name the document was read from. Default: the extraction's document id. */
  source?: string;
  title?: string;
  /** ISO date of the document, when known. */
  date?: string;
  /** The site a web page came from (its og:site_name, else its host). */
  site?: string;
  format?: string;
  chars?: number;
  /** ISO time of the ingest. Default: now. */
  ingestedAt?: string;
  /** The text that was extracted, kept by a store for the reader and for re-extraction. */
  text?: string;
}

/** What the store records of a document before counting its contributions. */
export type DocumentRecord = Omit<StoredDocument, 'mentions' | 'evidence'>;

export interface ResolvedMention {
  start: number;
  end: number;
  text: string;
  type: MentionType;
}

export interface ResolvedEntity {
  key: string;
  label: string;
  type: EntityType;
  /** Surface forms seen in this document (names and aliases), the label included. */
  aliases: string[];
  mentions: ResolvedMention[];
}

export interface ResolvedRelation {
  key: string;
  subject: string;
  predicate: RelationType;
  object: string;
  label?: string;
  /** One record per supporting sentence; empty when resolved without records (`tally`). */
  evidence: EvidenceRecord[];
  /**
   * Supporting sentences per modality, in place of the records, when the caller keeps no
   * evidence in memory (`resolveExtraction(…, { records: false })`).
   */
  tally?: ModalityCounts;
}

/** One document's extraction with graph keys: what both the graph and the store receive. */
export interface ResolvedDocument {
  doc: DocumentRecord;
  entities: ResolvedEntity[];
  relations: ResolvedRelation[];
}

/** What a merge did (the CLI and the API report it). */
export interface MergeSummary {
  nodesAdded: number;
  nodesMerged: number;
  edgesAdded: number;
  edgesMerged: number;
  evidenceAdded: number;
}

export interface MergeOptions {
  /**
   * Keep every evidence record on its edge (default true). A store's projection merges with
   * `false`: edges keep weight, modality counts and dates, and the evidence stays in the store.
   */
  evidence?: boolean;
}

function assertModality(value: string, where: string): Modality {
  if ((MODALITIES as readonly string[]).includes(value)) return value as Modality;
  throw new KgError('INVALID_ARGUMENT', `${where}: unknown modality "${value}".`);
}

interface GraphIndex {
  index: ResolverIndex;
  /** What the merge of the current document has read of the graph's entities, if one runs. */
  read: ReadEntities | undefined;
}

const indexes = new WeakMap<StoreGraph, GraphIndex>();

/**
 * A graph's entity by key: through what the current document's merge has read already (a map
 * the size of a document), else from the graph (one look-up in a map the size of the graph),
 * remembered for the rest of that merge.
 */
function readEntity(
  graph: StoreGraph,
  held: GraphIndex,
  key: string,
): EntityAttributes | undefined {
  const read = held.read;
  if (!read) return nodeAttributesIn(graph, key);
  const known = read.get(key);
  if (known !== undefined) return known ?? undefined;
  const attrs = nodeAttributesIn(graph, key);
  read.set(key, attrs ?? null);
  return attrs;
}

function graphIndexOf(graph: StoreGraph): GraphIndex {
  let held = indexes.get(graph);
  if (!held) {
    const made: GraphIndex = {
      index: new ResolverIndex((key) => readEntity(graph, made, key)?.type),
      read: undefined,
    };
    graph.forEachNode((key, attrs) => made.index.index(key, attrs));
    indexes.set(graph, made);
    held = made;
  }
  return held;
}

/**
 * The resolver index of a graph, built on first use and kept up to date by merges. Which keys
 * exist, and their types, it reads from the graph itself.
 */
export function resolverIndexOf(graph: StoreGraph): ResolverIndex {
  return graphIndexOf(graph).index;
}

/** Forgets a graph's resolver index (after changes made outside `mergeResolved`). */
export function invalidateResolverIndex(graph: StoreGraph): void {
  indexes.delete(graph);
}

/** What resolution reads about entities already merged: their names and their attributes. */
export interface KnownEntities {
  index: ResolverIndex;
  /** Label and type of a known entity. */
  get(key: string): { label: string; type: EntityType } | undefined;
}

/** The entities of a graph, as resolution sees them. */
export function knownInGraph(graph: StoreGraph): KnownEntities {
  return {
    index: resolverIndexOf(graph),
    get: (key) => nodeAttributesIn(graph, key),
  };
}

export function documentRecord(extraction: Extraction, meta: DocumentMeta): DocumentRecord {
  const info = extraction.documents[0];
  const record: DocumentRecord = {
    id: meta.id,
    source: meta.source ?? info?.source ?? info?.id ?? meta.id,
    chars: meta.chars ?? info?.chars ?? 0,
    extractorVersion: extraction.extractorVersion,
    ingestedAt: meta.ingestedAt ?? new Date().toISOString(),
  };
  const title = meta.title ?? info?.title;
  const date = meta.date ?? info?.date;
  const format = meta.format ?? info?.format;
  if (title !== undefined) record.title = title;
  if (date !== undefined) record.date = date;
  if (meta.site !== undefined) record.site = meta.site;
  if (format !== undefined) record.format = format;
  return record;
}

interface EntityPlacement {
  main: string;
  /** Mentions of the extracted entity; `keys[i]` is where mention i went when splits apply. */
  mentions: readonly { start: number; end: number; plain?: { start: number; end: number } }[];
  keys?: string[];
}

/**
 * Label for a known entity: a person's full name replaces the surname it was first known by,
 * an expansion replaces its acronym; other labels stay ("Iran" is not replaced by "Islamic
 * Republic of Iran").
 */
function upgradedLabel(current: string, incoming: string, type: EntityType): string {
  if (incoming.length <= current.length || (type !== 'PERSON' && !isAcronym(current))) {
    return current;
  }
  return isVariantOf(current, incoming) ? incoming : current;
}

/**
 * The mention of an entity inside a sentence (nearest the trigger when there are several) and
 * the key it went to.
 */
function mentionIn(
  placement: EntityPlacement,
  evidence: Evidence,
): { start: number; end: number; key: string; plain?: { start: number; end: number } } | undefined {
  const at = evidence.trigger?.start;
  let best = -1;
  for (let i = 0; i < placement.mentions.length; i++) {
    const m = placement.mentions[i];
    if (!m || m.start < evidence.start || m.end > evidence.end) continue;
    if (best < 0) best = i;
    else if (at === undefined) break;
    else if (Math.abs(m.start - at) < Math.abs((placement.mentions[best]?.start ?? 0) - at)) {
      best = i;
    }
  }
  const m = placement.mentions[best];
  if (!m) return undefined;
  return {
    start: m.start,
    end: m.end,
    key: placement.keys?.[best] ?? placement.main,
    ...(m.plain ? { plain: m.plain } : {}),
  };
}

/** A mention's span in the plain sentence `plain`, when it lies inside it. */
function inSentence(
  plain: { start: number; end: number },
  span: { plain?: { start: number; end: number } } | undefined,
): { start: number; end: number } | undefined {
  const at = span?.plain;
  if (!at || at.start < plain.start || at.end > plain.end) return undefined;
  return { start: at.start - plain.start, end: at.end - plain.start };
}

function wordCount(name: string): number {
  let words = 1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) words++;
  return words;
}

/**
 * The key each extracted entity resolves to, before curation: against the known entities first;
 * entities new to them are then resolved among themselves, longer names first, so a bare
 * surname the extractor left apart from the full name in the same document still finds it.
 * A store reads the rows of these keys (and of where curation sends them) before resolving.
 */
export function resolveKeys(index: ResolverIndex, extraction: Extraction): string[] {
  return finish(resolveKeysPaced(index, extraction));
}

/** `resolveKeys`, pausing every `PACE` entities (see `pacing.ts`). */
export function* resolveKeysPaced(index: ResolverIndex, extraction: Extraction): Paced<string[]> {
  const entities = extraction.entities;
  const resolvedKeys: string[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < entities.length; i++) {
    if (i % PACE === PACE - 1) yield;
    const entity = entities[i];
    if (!entity) continue;
    const resolved = index.resolve(entity);
    resolvedKeys[i] = resolved.key;
    if (!resolved.known) unknown.push(i);
  }
  if (unknown.length > 1) {
    const fresh = new ResolverIndex();
    const words = unknown.map((i) => wordCount(entities[i]?.name ?? ''));
    const order = unknown.map((_, j) => j).sort((a, b) => (words[b] ?? 0) - (words[a] ?? 0));
    yield;
    let done = 0;
    for (const j of order) {
      if (++done % PACE === 0) yield;
      const i = unknown[j] ?? 0;
      const entity = entities[i];
      if (!entity) continue;
      const local = fresh.resolve(entity);
      if (local.known) resolvedKeys[i] = local.key;
      else
        fresh.index(local.key, { label: entity.name, type: entity.type, aliases: entity.aliases });
    }
  }
  return resolvedKeys;
}

/**
 * Resolves one document's extraction against the known entities: each entity gets a stable
 * key (cross-document resolution, then curation), each relation an edge key (symmetric
 * predicates in canonical direction) with one evidence record per supporting sentence.
 * `keys` are `resolveKeys`' answer when the caller already has it.
 */
export function resolveExtraction(
  known: KnownEntities,
  extraction: Extraction,
  meta: DocumentMeta,
  rules: CurationRules = new CurationRules(),
  keys?: readonly string[],
  options: ResolveOptions = {},
): ResolvedDocument {
  return finish(resolveExtractionPaced(known, extraction, meta, rules, keys, options));
}

export interface ResolveOptions {
  /**
   * Build an evidence record per supporting sentence (default true); `false` counts them per
   * modality instead (`ResolvedRelation.tally`): all a merge without evidence reads.
   */
  records?: boolean;
}

/** `resolveExtraction`, pausing every `PACE` entities and relations (see `pacing.ts`). */
export function* resolveExtractionPaced(
  known: KnownEntities,
  extraction: Extraction,
  meta: DocumentMeta,
  rules: CurationRules = new CurationRules(),
  keys?: readonly string[],
  options: ResolveOptions = {},
): Paced<ResolvedDocument> {
  const records = options.records ?? true;
  const doc = documentRecord(extraction, meta);
  const byKey = new Map<string, ResolvedEntity>();
  const placements = new Map<string, EntityPlacement>();

  const entityFor = (key: string, name: string, type: EntityType): ResolvedEntity => {
    let entity = byKey.get(key);
    if (!entity) {
      const current = known.get(key);
      const pinned = rules.label(key);
      const label = pinned ?? (current ? upgradedLabel(current.label, name, current.type) : name);
      entity = {
        key,
        label,
        type: current?.type ?? rules.type(key) ?? type,
        aliases: [],
        mentions: [],
      };
      byKey.set(key, entity);
    } else if (!rules.label(key)) {
      entity.label = upgradedLabel(entity.label, name, entity.type);
    }
    return entity;
  };

  const entities = extraction.entities;
  const resolvedKeys = keys ?? (yield* resolveKeysPaced(known.index, extraction));
  for (let i = 0; i < entities.length; i++) {
    if (i % PACE === PACE - 1) yield;
    const extracted = entities[i];
    if (!extracted) continue;
    const main = rules.redirect(resolvedKeys[i] ?? '');
    const mainEntity = entityFor(main, extracted.name, extracted.type);
    const placement: EntityPlacement = { main, mentions: extracted.mentions };
    if (!rules.hasSplits(main)) {
      addSurfaces(mainEntity, extracted.name, extracted.aliases);
      addMentions(mainEntity, extracted.mentions);
      placements.set(extracted.id, placement);
      continue;
    }
    const keys: string[] = [];
    for (const surface of [extracted.name, ...extracted.aliases]) {
      const split = rules.splitKey(main, surface);
      const target = split ? entityFor(split, surface, mainEntity.type) : mainEntity;
      if (!target.aliases.includes(surface)) target.aliases.push(surface);
    }
    for (const m of extracted.mentions) {
      const split = rules.splitKey(main, m.text);
      const target = split ? entityFor(split, m.text, mainEntity.type) : mainEntity;
      target.mentions.push(m);
      if (split && !target.aliases.includes(m.text)) target.aliases.push(m.text);
      keys.push(target.key);
    }
    placement.keys = keys;
    placements.set(extracted.id, placement);
  }

  const relations = new Map<string, ResolvedRelation>();
  let done = 0;
  for (const rel of extraction.relations) {
    if (++done % PACE === 0) yield;
    const subject = placements.get(rel.subject);
    const object = placements.get(rel.object);
    if (!subject || !object) {
      throw new KgError(
        'INVALID_ARGUMENT',
        `graph.merge: ${doc.source}: relation ${rel.subject} ${rel.predicate} ${rel.object} names an unknown entity.`,
      );
    }
    for (const ev of rel.evidence) {
      // Without records a mention matters only for where a split sent it.
      const sMention = records || subject.keys ? mentionIn(subject, ev) : undefined;
      const oMention = records || object.keys ? mentionIn(object, ev) : undefined;
      const from = sMention?.key ?? subject.main;
      const to = oMention?.key ?? object.main;
      if (from === to) continue;
      // Symmetric predicates in canonical direction (`canonicalEnds`), without an object per
      // sentence.
      const swapped = isSwapped(from, rel.predicate, to);
      const s = swapped ? to : from;
      const o = swapped ? from : to;
      if (rules.isRejected(s, rel.predicate, o)) continue;
      const key = relationKey(s, rel.predicate, o);
      let relation = relations.get(key);
      if (!relation) {
        relation = { key, subject: s, predicate: rel.predicate, object: o, evidence: NONE };
        if (rel.label !== undefined) relation.label = rel.label;
        relations.set(key, relation);
      }
      if (!records) {
        const modality = assertModality(ev.modality ?? rel.modality, 'graph.merge');
        const tally = (relation.tally ??= {});
        tally[modality] = (tally[modality] ?? 0) + 1;
        continue;
      }
      const record: EvidenceRecord = {
        docId: doc.id,
        docSource: doc.source,
        start: ev.start,
        end: ev.end,
        // Markup (HTML) is never evidence: its sentence is the plain text the reader saw.
        sentence: ev.plain?.text ?? ev.text,
        modality: assertModality(ev.modality ?? rel.modality, 'graph.merge'),
        confidence: ev.confidence ?? rel.confidence,
        extractorVersion: extraction.extractorVersion,
        date: doc.date ?? doc.ingestedAt,
      };
      if (ev.plain) {
        // Spans into the plain sentence (see EvidenceRecord); a trigger has no plain offsets.
        const subjectAt = inSentence(ev.plain, swapped ? oMention : sMention);
        const objectAt = inSentence(ev.plain, swapped ? sMention : oMention);
        if (subjectAt) record.subjectSpan = subjectAt;
        if (objectAt) record.objectSpan = objectAt;
      } else {
        const sSpan = swapped ? oMention : sMention;
        const oSpan = swapped ? sMention : oMention;
        if (sSpan) record.subjectSpan = { start: sSpan.start, end: sSpan.end };
        if (oSpan) record.objectSpan = { start: oSpan.start, end: oSpan.end };
        if (ev.trigger) record.trigger = { start: ev.trigger.start, end: ev.trigger.end };
      }
      // Each sentence keeps its own source: a relation-level attribution says who reported the
      // strongest claim, not who said this sentence.
      if (ev.attribution !== undefined) record.attribution = ev.attribution;
      // A relation's first record gets an array of its own size (most relations have one
      // sentence in a document; an array grown by a first push reserves seventeen slots, and
      // a graph without a store keeps this array on the edge).
      if (relation.evidence === NONE) relation.evidence = [record];
      else relation.evidence.push(record);
    }
  }
  return {
    doc,
    entities: keptEntities(byKey, relations),
    relations: [...relations.values()],
  };
}

/** The evidence of a relation resolved without records, or before its first (frozen: shared). */
const NONE = Object.freeze([]) as unknown as EvidenceRecord[];

/**
 * Adds an extracted entity's name and aliases to a resolved entity's surface forms, once each.
 * A resolved entity seen first gets arrays of the right size (most entities are named once in
 * a document; an array grown by a first push reserves seventeen slots).
 */
function addSurfaces(entity: ResolvedEntity, name: string, aliases: readonly string[]): void {
  if (entity.aliases.length === 0 && aliases.length === 0) {
    entity.aliases = [name];
    return;
  }
  if (!entity.aliases.includes(name)) entity.aliases.push(name);
  for (const surface of aliases) {
    if (!entity.aliases.includes(surface)) entity.aliases.push(surface);
  }
}

function addMentions(entity: ResolvedEntity, mentions: readonly ResolvedMention[]): void {
  if (entity.mentions.length === 0) entity.mentions = mentions.slice();
  else for (const m of mentions) entity.mentions.push(m);
}

/**
 * The entities a resolved document keeps: an entity whose every mention was split off stays
 * only while a relation still needs it.
 */
function keptEntities(
  byKey: ReadonlyMap<string, ResolvedEntity>,
  relations: ReadonlyMap<string, ResolvedRelation>,
): ResolvedEntity[] {
  const entities = [...byKey.values()];
  if (entities.every((e) => e.mentions.length > 0)) return entities;
  const ends = new Set<string>();
  for (const r of relations.values()) ends.add(r.subject).add(r.object);
  return entities.filter((e) => e.mentions.length > 0 || ends.has(e.key));
}

function mergedAliases(label: string, existing: readonly string[], incoming: readonly string[]) {
  const out = existing.filter((a) => a !== label);
  for (const alias of incoming) {
    if (alias !== label && alias.trim() !== '' && !out.includes(alias)) out.push(alias);
  }
  return out;
}

/**
 * Merges a resolved document into the graph: nodes gain mentions, a document and aliases;
 * edges gain evidence (weight = number of evidence records). Keeps the resolver index current.
 */
export function mergeResolved(
  graph: StoreGraph,
  resolved: ResolvedDocument,
  options: MergeOptions = {},
): MergeSummary {
  return mergeInto(graph, resolved, options, undefined);
}

/**
 * What resolution read of a graph's entities for one document, by key (null: not in the graph).
 * The merge that follows at once reads them here, in a map the size of a document, rather than
 * looking each up again in the graph's.
 */
type ReadEntities = Map<string, EntityAttributes | null>;

function mergeInto(
  graph: StoreGraph,
  resolved: ResolvedDocument,
  options: MergeOptions,
  read: ReadEntities | undefined,
): MergeSummary {
  const keepEvidence = options.evidence ?? true;
  const summary: MergeSummary = {
    nodesAdded: 0,
    nodesMerged: 0,
    edgesAdded: 0,
    edgesMerged: 0,
    evidenceAdded: 0,
  };
  const index = resolverIndexOf(graph);
  const seen = resolved.doc.ingestedAt;
  for (const entity of resolved.entities) {
    const mentioned = entity.mentions.length > 0 ? 1 : 0;
    const wasRead = read?.get(entity.key);
    const attrs =
      wasRead === undefined ? nodeAttributesIn(graph, entity.key) : (wasRead ?? undefined);
    if (attrs) {
      const renamed = entity.label !== attrs.label;
      if (renamed || hasNewAlias(entity, attrs)) {
        const aliases = attrs.aliases.filter((a) => a !== entity.label);
        if (renamed) aliases.push(attrs.label);
        for (const alias of entity.aliases) {
          if (alias !== entity.label && !aliases.includes(alias)) aliases.push(alias);
        }
        attrs.label = entity.label;
        attrs.aliases = aliases;
        index.index(entity.key, attrs);
      }
      attrs.mentionCount += entity.mentions.length;
      attrs.documentCount += mentioned;
      if (seen < attrs.firstSeen) attrs.firstSeen = seen;
      if (seen > attrs.lastSeen) attrs.lastSeen = seen;
      // Changed in place; listeners hear of it once for the whole merge, below.
      summary.nodesMerged++;
    } else {
      const added: EntityAttributes = {
        label: entity.label,
        type: entity.type,
        aliases: mergedAliases(entity.label, [], entity.aliases),
        mentionCount: entity.mentions.length,
        documentCount: mentioned,
        firstSeen: seen,
        lastSeen: seen,
      };
      graph.addNode(entity.key, added);
      newNodeAdjacencyAsDictionary(graph, entity.key);
      index.index(entity.key, added);
      summary.nodesAdded++;
    }
  }
  // Every record of a document carries the document's date (its ingest time when undated).
  const date = resolved.doc.date ?? resolved.doc.ingestedAt;
  for (const relation of resolved.relations) {
    const tally = relation.tally;
    const count = tally ? tallyCount(tally) : relation.evidence.length;
    summary.evidenceAdded += count;
    const attrs = edgeAttributesIn(graph, relation.key);
    if (attrs) {
      if (attrs.evidence && !tally) {
        for (const ev of relation.evidence) {
          attrs.evidence.push(ev);
          attrs.modality = strongerModality(attrs.modality, ev.modality);
        }
      } else {
        const incoming = tally ?? tallyOf(relation.evidence);
        // Per-modality counts only when modalities mix (light edges, evidence left out).
        const single = attrs.modalityCounts === undefined ? attrs.modality : undefined;
        const counts =
          single === undefined || countedBesides(incoming, single)
            ? { ...(attrs.modalityCounts ?? { [attrs.modality]: attrs.weight }) }
            : undefined;
        for (const modality of MODALITIES) {
          const n = incoming[modality];
          if (!n) continue;
          if (counts) counts[modality] = (counts[modality] ?? 0) + n;
          attrs.modality = strongerModality(attrs.modality, modality);
        }
        if (counts) {
          const mixed = mixedCounts(counts);
          // Counts are only ever added: a mix of modalities stays a mix.
          if (mixed) attrs.modalityCounts = mixed;
        }
      }
      if (count > 0) {
        if (date < attrs.firstSeen) attrs.firstSeen = date;
        if (date > attrs.lastSeen) attrs.lastSeen = date;
      }
      attrs.weight = attrs.evidence && !tally ? attrs.evidence.length : attrs.weight + count;
      summary.edgesMerged++;
    } else {
      const added =
        keepEvidence && !tally
          ? edgeAttributes(relation.predicate, relation.label, relation.evidence)
          : lightEdgeAttributes(
              relation.predicate,
              relation.label,
              tally ?? tallyOf(relation.evidence),
              date,
            );
      graph.addEdgeWithKey(relation.key, relation.subject, relation.object, added);
      summary.edgesAdded++;
    }
  }
  // One event per kind for the attributes changed in place (graphology's bulk-update events),
  // rather than one per node and edge.
  if (summary.nodesMerged > 0) graph.emit('eachNodeAttributesUpdated', { hints: {} });
  if (summary.edgesMerged > 0) graph.emit('eachEdgeAttributesUpdated', { hints: {} });
  return summary;
}

/** Whether a resolved entity brings a surface form its node does not have yet. */
function hasNewAlias(entity: ResolvedEntity, attrs: EntityAttributes): boolean {
  for (const a of entity.aliases) {
    if (a !== entity.label && a !== attrs.label && !attrs.aliases.includes(a)) return true;
  }
  return false;
}

/** Whether `counts` holds sentences of a modality other than `modality` (their union mixes). */
function countedBesides(counts: ModalityCounts, modality: Modality): boolean {
  for (const m of MODALITIES) if (m !== modality && (counts[m] ?? 0) > 0) return true;
  return false;
}

/** Supporting sentences per modality, counted from their records. */
function tallyOf(evidence: readonly EvidenceRecord[]): ModalityCounts {
  const tally: ModalityCounts = {};
  for (const ev of evidence) tally[ev.modality] = (tally[ev.modality] ?? 0) + 1;
  return tally;
}

function tallyCount(tally: ModalityCounts): number {
  let count = 0;
  for (const modality of MODALITIES) count += tally[modality] ?? 0;
  return count;
}

/**
 * Edge attributes summarising a document's evidence without keeping it: weight, strongest
 * modality, counts per modality when they mix, dates. (Built whole: deleting a property would
 * turn every edge's attribute object into a slow dictionary.)
 */
function lightEdgeAttributes(
  predicate: RelationType,
  label: string | undefined,
  tally: ModalityCounts,
  date: string,
): RelationAttributes {
  const attrs: RelationAttributes = {
    predicate,
    weight: tallyCount(tally),
    modality: modalityOf(tally),
    firstSeen: date,
    lastSeen: date,
  };
  if (label !== undefined) attrs.label = label;
  const mixed = mixedCounts(tally);
  if (mixed) attrs.modalityCounts = { ...mixed };
  return attrs;
}

/** Edge attributes from a full list of evidence records. */
export function edgeAttributes(
  predicate: RelationType,
  label: string | undefined,
  evidence: EvidenceRecord[],
): RelationAttributes {
  let modality: Modality = 'negated';
  let firstSeen = evidence[0]?.date ?? '';
  let lastSeen = firstSeen;
  for (const ev of evidence) {
    modality = strongerModality(modality, ev.modality);
    if (ev.date !== undefined && ev.date < firstSeen) firstSeen = ev.date;
    if (ev.date !== undefined && ev.date > lastSeen) lastSeen = ev.date;
  }
  const attrs: RelationAttributes = {
    predicate,
    weight: evidence.length,
    modality,
    evidence,
    firstSeen,
    lastSeen,
  };
  if (label !== undefined) attrs.label = label;
  return attrs;
}

/**
 * Merges one document's extraction into a graph (no store): resolves its entities across the
 * documents already merged, then adds or updates nodes and edges.
 *
 * @example
 * const graph = createStoreGraph();
 * const { nodesAdded, edgesAdded } = mergeExtraction(graph, extraction, { id: hash });
 */
export function mergeExtraction(
  graph: StoreGraph,
  extraction: Extraction,
  doc: DocumentMeta,
  options: MergeOptions = {},
): MergeSummary {
  const records = options.evidence ?? true;
  // What resolution reads of the graph (the index's own-key checks, `entityFor`) is kept for
  // the merge: every entity resolution returns was read, and nothing changes the graph between
  // the two steps.
  const held = graphIndexOf(graph);
  const read: ReadEntities = new Map();
  held.read = read;
  try {
    const known: KnownEntities = { index: held.index, get: (key) => readEntity(graph, held, key) };
    const resolved = resolveExtraction(known, extraction, doc, undefined, undefined, { records });
    return mergeInto(graph, resolved, options, read);
  } finally {
    held.read = undefined;
  }
}
