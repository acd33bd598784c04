/**
 * One document into a store, for both backends: resolved against the rows its names can mean
 * (one indexed read of names, then the rows of the keys they resolve to and of where curation
 * sends those), then written with the aggregates, names, tallies and full-text rows that go
 * with it. Re-extraction deletes the old version's rows first. The rows a document brings in
 * bulk (mentions, aliases, relations, evidence) go through the backend's own statements
 * (`DocumentStatements`: multi-row inserts on SQLite, arrays and `unnest` on PostgreSQL).
 * Inside a transaction the store opened.
 */
import type { EntityType, EvidenceRecord, Extraction } from '@kg/schema';
import { KgError } from '@kg/schema';
import type { DocumentMeta, KnownEntities } from '../merge.js';
import { resolveExtractionPaced, resolveKeysPaced } from '../merge.js';
import { entityKey } from '../names.js';
import type { NameKind } from '../resolver.js';
import { PACE } from '../pacing.js';
import { ResolverIndex, lookupForms } from '../resolver.js';
import type { EntityState, RelationState } from './aggregates.js';
import { Tallies, mergeEntityState, mergeRelationState } from './aggregates.js';
import type { EntityRow, RelationRow, Touched } from './rows.js';
import { ENTITY_COLUMNS, emptySummary, entityState, relationState } from './rows.js';
import type { Sql } from './sql.js';
import { all, get, insert, list, paced, pause, raw, run, sql } from './sql.js';
import type { IngestResult, RestoredDocument, StoreCounts } from './store.js';
import type { EntityUpdate, Renamed, WriteContext } from './writes.js';
import { deleteDocumentRows, keysOfDocument, namesPlan } from './writes.js';

/** Values a look-up statement takes at most (see `pieces`). */
const LOOKUP_PIECE = 1000;

/** What a write takes: an extraction to resolve, or a restored document to write as it is. */
export type DocumentInput =
  { extraction: Extraction; meta: DocumentMeta } | { restored: RestoredDocument };

/** A mention row of a document. */
export interface MentionInsert {
  entity: number;
  start: number;
  end: number;
  text: string;
  type: string;
}

/** A relation's ends and predicate (entity ids). */
export interface RelationEnds {
  subject: number;
  predicate: string;
  object: number;
}

/** An evidence row of a document. */
export interface EvidenceInsert {
  relation: number;
  start: number;
  end: number;
  sentence: string;
  /** subject start and end, object start and end, trigger start and end. */
  spans: [number | null, number | null, number | null, number | null, number | null, number | null];
  modality: string;
  attribution: string | null;
  confidence: number;
  extractorVersion: string;
  /** The document's date, or the time of ingest for an undated one (orders first/last seen). */
  date: string;
}

/**
 * The evidence row of one piece of evidence of relation `relation`; an undated document's
 * evidence is dated `seen` (its ingest), as the column orders first and last seen.
 */
export function evidenceInsert(relation: number, ev: EvidenceRecord, seen: string): EvidenceInsert {
  return {
    relation,
    start: ev.start,
    end: ev.end,
    sentence: ev.sentence,
    spans: [
      ev.subjectSpan?.start ?? null,
      ev.subjectSpan?.end ?? null,
      ev.objectSpan?.start ?? null,
      ev.objectSpan?.end ?? null,
      ev.trigger?.start ?? null,
      ev.trigger?.end ?? null,
    ],
    modality: ev.modality,
    attribution: ev.attribution ?? null,
    confidence: ev.confidence,
    extractorVersion: ev.extractorVersion,
    date: ev.date ?? seen,
  };
}

/** The bulk rows of a document, written by each backend in its own statements. */
export interface DocumentStatements {
  insertMentions(doc: number, rows: readonly MentionInsert[]): Sql<void>;
  insertAliases(doc: number, rows: readonly { entity: number; alias: string }[]): Sql<void>;
  /** The relation rows with these ends that exist. */
  relationsByEnds(ends: readonly RelationEnds[]): Sql<RelationRow[]>;
  /** New relation rows with their aggregates; their ids by ends. */
  insertRelations(
    rows: readonly (RelationEnds & { label: string | null; state: RelationState })[],
  ): Sql<(RelationEnds & { id: number })[]>;
  /** New entity rows with their aggregates; their ids, in the order of `rows`. */
  insertEntities(rows: readonly { key: string; state: EntityState }[]): Sql<number[]>;
  updateRelations(updates: readonly { id: number; state: RelationState }[]): Sql<void>;
  insertEvidence(doc: number, rows: readonly EvidenceInsert[]): Sql<void>;
  /** A new entity row (a store that keeps connected components as it is written adds one). */
  entityAdded?(tallies: Tallies, id: number): Sql<void>;
  /** A new relation row between two entities (joins their components). */
  relationAdded?(tallies: Tallies, subject: number, object: number): Sql<void>;
}

export interface DocumentWriteContext extends WriteContext {
  readonly documents: DocumentStatements;
}

/** An entity of the document being written (`id` is 0 until a new one is inserted). */
interface DocumentEntity {
  id: number;
  state: EntityState;
  /** Its row before this document, for an entity the store had. */
  old?: EntityRow;
  /** What the tallies counted it as before this document. */
  before: { type: string; degree: number };
  entity: RestoredDocument['entities'][number];
}

/** What writing a document did: the result, the keys to re-read, the change in counts. */
export interface DocumentWrite {
  result: IngestResult;
  touched: Touched;
  added: Partial<StoreCounts>;
}

/**
 * Resolution's view of the store: the names a document's entities may go by (one indexed
 * read), then the rows of the keys they resolve to and of where curation sends those.
 */
function* knownFor(
  ctx: WriteContext,
  extraction: Extraction,
): Sql<{ known: KnownEntities; keys: string[]; rows: Map<string, EntityRow> }> {
  const index = new ResolverIndex();
  const forms = new Set<string>();
  const own = new Set<string>();
  let done = 0;
  for (const entity of extraction.entities) {
    if (++done % PACE === 0) yield* pause();
    for (const form of lookupForms(entity)) forms.add(form);
    own.add(entityKey(entity.type, entity.name));
  }
  for (const part of pieces([...forms])) {
    for (const r of yield* all<{ norm: string; kind: NameKind; key: string; type: EntityType }>(
      sql`SELECT n.norm, n.kind, e.key, e.type FROM names n JOIN entities e ON e.id = n.entity
          WHERE n.norm IN ${list(part, 'text')}`,
    )) {
      index.add(r.norm, r.key, r.kind, r.type);
    }
  }
  // An entity's own key, even under names it is not indexed by.
  for (const part of pieces([...own])) {
    for (const r of yield* all<{ key: string; type: EntityType }>(
      sql`SELECT key, type FROM entities WHERE key IN ${list(part, 'text')}`,
    )) {
      index.addKey(r.key, r.type);
    }
  }
  const keys = yield* paced(resolveKeysPaced(index, extraction));
  const wanted = new Set<string>();
  for (const key of keys) {
    const main = ctx.rules.redirect(key);
    wanted.add(main);
    for (const target of ctx.rules.splitTargets(main)) wanted.add(target);
  }
  const rows = yield* entitiesByKeys([...wanted]);
  return {
    known: {
      index,
      get: (key) => {
        const r = rows.get(key);
        return r ? { label: r.label, type: r.type as EntityType } : undefined;
      },
    },
    keys,
    rows,
  };
}

function* entitiesByKeys(keys: readonly string[]): Sql<Map<string, EntityRow>> {
  const rows = new Map<string, EntityRow>();
  for (const part of pieces(keys)) {
    for (const r of yield* all<EntityRow>(
      sql`SELECT ${raw(ENTITY_COLUMNS)} FROM entities WHERE key IN ${list(part, 'text')}`,
    )) {
      rows.set(r.key, r);
    }
  }
  return rows;
}

/**
 * Values to look up in pieces of `LOOKUP_PIECE`, one statement each: a large document's
 * look-ups stay short statements a sliced write can pause between.
 */
function pieces<T>(values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < values.length; at += LOOKUP_PIECE) {
    out.push(values.slice(at, at + LOOKUP_PIECE));
  }
  return out;
}

/**
 * Writes one document (replacing its old rows when `oldNum` is set). An extraction is resolved
 * first; a restored document goes in as it is (its keys, labels and types, no curation rules).
 * The tallies it moves are added to `tallies`; the caller applies them (with any of its own)
 * and bumps the version.
 */
export function* writeDocument(
  ctx: DocumentWriteContext,
  input: DocumentInput,
  oldNum: number | undefined,
  tallies: Tallies = new Tallies(),
): Sql<DocumentWrite> {
  const touched: Touched = { entities: new Set(), relations: new Set() };
  const added = { documents: 1, entities: 0, relations: 0 };
  let done = 0;
  let existedBefore: ((key: string) => boolean) | undefined;
  // A re-extraction without the text keeps the stored one (the row goes with the old document).
  const keptText =
    oldNum === undefined
      ? undefined
      : (yield* get<{ text: string }>(sql`SELECT text FROM document_text WHERE doc = ${oldNum}`))
          ?.text;
  if (oldNum !== undefined) {
    // Re-extraction: what the old version alone supported goes first. Whether an entity or
    // relation is new is judged against the store before the old rows went.
    const keysBefore = yield* keysOfDocument(oldNum);
    const removed = yield* deleteDocumentRows(ctx, oldNum, touched, tallies);
    added.documents = 0;
    added.entities -= removed.entities;
    added.relations -= removed.relations;
    existedBefore = (key) => keysBefore.has(key) || touched.entities.has(key);
  }
  const restore = 'restored' in input;
  let resolved: RestoredDocument;
  let knownRows = new Map<string, EntityRow>();
  if (restore) resolved = input.restored;
  else {
    const known = yield* knownFor(ctx, input.extraction);
    knownRows = known.rows;
    resolved = yield* paced(
      resolveExtractionPaced(known.known, input.extraction, input.meta, ctx.rules, known.keys),
    );
  }
  const text = (restore ? input.restored.text : input.meta.text) ?? keptText;
  const { doc } = resolved;
  let mentionCount = 0;
  for (const entity of resolved.entities) mentionCount += entity.mentions.length;
  let evidenceCount = 0;
  for (const relation of resolved.relations) evidenceCount += relation.evidence.length;
  const num = yield* insert(
    sql`INSERT INTO documents (id, source, title, date, site, format, chars, extractor_version,
          ingested_at, mention_count, evidence_count)
        VALUES (${doc.id}, ${doc.source}, ${doc.title ?? null}, ${doc.date ?? null},
          ${doc.site ?? null}, ${doc.format ?? null}, ${doc.chars}, ${doc.extractorVersion},
          ${doc.ingestedAt}, ${mentionCount}, ${evidenceCount})`,
    'num',
  );
  if (text !== undefined) {
    yield* run(sql`INSERT INTO document_text (doc, text) VALUES (${num}, ${text})`);
  }
  const summary = emptySummary();
  const seen = doc.ingestedAt;

  // Every aggregate is worked out before a row is written, so a new entity or relation is
  // inserted once with its final values (no insert, then update) and an existing one updated
  // once. Only the relations between two existing entities can exist already.
  const entities = new Map<string, DocumentEntity>();
  const missing = resolved.entities.map((e) => e.key).filter((key) => !knownRows.has(key));
  for (const [key, r] of yield* entitiesByKeys(missing)) knownRows.set(key, r);
  for (const entity of resolved.entities) {
    if (++done % PACE === 0) yield* pause();
    const existing = knownRows.get(entity.key);
    const current = existing ? entityState(existing) : undefined;
    // A restored entity keeps the type it was dumped with; a resolved one, what curation pins.
    const pinned = restore ? entity.type : ctx.rules.type(entity.key);
    const state = mergeEntityState(current, entity, seen, pinned);
    if (existing) {
      if (existedBefore?.(entity.key) ?? true) summary.nodesMerged++;
      else summary.nodesAdded++;
      entities.set(entity.key, {
        id: existing.id,
        state,
        old: existing,
        before: { type: existing.type, degree: existing.degree },
        entity,
      });
    } else {
      const before = { type: state.type, degree: 0 };
      tallies.entity(before, 1);
      added.entities++;
      if (existedBefore?.(entity.key)) summary.nodesMerged++;
      else summary.nodesAdded++;
      entities.set(entity.key, { id: 0, state, before, entity });
    }
    touched.entities.add(entity.key);
  }

  // Relations: the rows there are (between existing entities) in one read.
  const ends = resolved.relations.map((relation) => {
    const subject = entities.get(relation.subject);
    const object = entities.get(relation.object);
    if (!subject || !object) {
      throw new KgError('INTERNAL', `graph.store: relation ${relation.key} has no ends.`);
    }
    return { relation, subject, object };
  });
  yield* pause();
  const triple = (subject: number, predicate: string, object: number): string =>
    `${subject}|${predicate}|${object}`;
  const stored = ends.filter((e) => e.subject.old && e.object.old);
  const relationRows = new Map<string, RelationRow>();
  if (stored.length > 0) {
    const rows = yield* ctx.documents.relationsByEnds(
      stored.map((e) => ({
        subject: e.subject.id,
        predicate: e.relation.predicate,
        object: e.object.id,
      })),
    );
    const byTriple = new Map<string, RelationRow>();
    for (const r of rows) byTriple.set(triple(r.subject, r.predicate, r.object), r);
    for (const e of stored) {
      const row = byTriple.get(triple(e.subject.id, e.relation.predicate, e.object.id));
      if (row) relationRows.set(e.relation.key, row);
    }
  }
  // Each relation once, by key (a large document has tens of thousands), in first-seen order.
  const relations = new Map<
    string,
    { state: RelationState; existing?: RelationRow; end: (typeof ends)[number]; id: number }
  >();
  for (const e of ends) {
    if (++done % PACE === 0) yield* pause();
    const { relation, subject, object } = e;
    const existing = relationRows.get(relation.key);
    const previous = relations.get(relation.key);
    const state = mergeRelationState(
      previous?.state ?? (existing ? relationState(existing) : undefined),
      relation,
    );
    const before = existing ?? { predicate: relation.predicate, modality: 'negated', weight: 0 };
    if (existing || previous) {
      if (existedBefore?.(relation.key) ?? true) summary.edgesMerged++;
      else summary.edgesAdded++;
    } else {
      tallies.relation(before, 1);
      added.relations++;
      subject.state.degree++;
      object.state.degree++;
      if (existedBefore?.(relation.key)) summary.edgesMerged++;
      else summary.edgesAdded++;
    }
    tallies.relationChanged(
      previous
        ? {
            predicate: relation.predicate,
            modality: previous.state.modality,
            weight: previous.state.weight,
          }
        : before,
      { predicate: relation.predicate, modality: state.modality, weight: state.weight },
    );
    if (previous) previous.state = state;
    else if (existing) relations.set(relation.key, { state, existing, end: e, id: existing.id });
    else relations.set(relation.key, { state, end: e, id: 0 });
    subject.state.weightedDegree += relation.evidence.length;
    object.state.weightedDegree += relation.evidence.length;
    summary.evidenceAdded += relation.evidence.length;
    touched.relations.add(relation.key);
  }

  // Entities: new rows with their final values (ids for mentions and relations), then the
  // existing rows' new values.
  const fresh = [...entities.values()].filter((e) => !e.old);
  if (fresh.length > 0) {
    const ids = yield* ctx.documents.insertEntities(
      fresh.map((e) => ({ key: e.entity.key, state: e.state })),
    );
    for (const [i, e] of fresh.entries()) {
      e.id = ids[i] as number;
      if (ctx.documents.entityAdded) yield* ctx.documents.entityAdded(tallies, e.id);
    }
  }
  const updates: EntityUpdate[] = [];
  const renamed: Renamed[] = [];
  const mentions: MentionInsert[] = [];
  const aliases: { entity: number; alias: string }[] = [];
  for (const { id, state, old, before, entity } of entities.values()) {
    if (++done % PACE === 0) yield* pause();
    tallies.entityChanged(before, state);
    if (old) updates.push({ id, state });
    const named =
      !old ||
      old.label !== state.label ||
      old.type !== state.type ||
      old.aliases !== JSON.stringify(state.aliases);
    if (named) {
      renamed.push({
        id,
        state,
        before: old && {
          label: old.label,
          type: old.type,
          aliases: JSON.parse(old.aliases) as string[],
        },
        fresh: !old,
      });
    }
    for (const alias of entity.aliases) aliases.push({ entity: id, alias });
    for (const m of entity.mentions) {
      mentions.push({ entity: id, start: m.start, end: m.end, text: m.text, type: m.type });
    }
  }
  yield* ctx.statements.updateEntities(updates);
  if (mentions.length > 0) yield* ctx.documents.insertMentions(num, mentions);
  if (aliases.length > 0) yield* ctx.documents.insertAliases(num, aliases);

  // Relations: new rows with their final values, then the existing rows' new values.
  const freshRelations = [...relations.values()].filter((r) => !r.existing);
  if (freshRelations.length > 0) {
    const rows = yield* ctx.documents.insertRelations(
      freshRelations.map((r) => ({
        subject: r.end.subject.id,
        predicate: r.end.relation.predicate,
        object: r.end.object.id,
        label: r.end.relation.label ?? null,
        state: r.state,
      })),
    );
    const ids = new Map<string, number>();
    for (const r of rows) {
      if (++done % PACE === 0) yield* pause();
      ids.set(triple(r.subject, r.predicate, r.object), r.id);
      if (ctx.documents.relationAdded) {
        yield* ctx.documents.relationAdded(tallies, r.subject, r.object);
      }
    }
    for (const r of freshRelations) {
      const { subject, relation, object } = r.end;
      r.id = ids.get(triple(subject.id, relation.predicate, object.id)) as number;
    }
  }
  const existingRelations = [...relations.values()].filter((r) => r.existing);
  if (existingRelations.length > 0) {
    yield* ctx.documents.updateRelations(
      existingRelations.map((r) => ({ id: r.id, state: r.state })),
    );
  }
  const evidence: EvidenceInsert[] = [];
  for (const { relation } of ends) {
    if (++done % PACE === 0) yield* pause();
    const id = (relations.get(relation.key) as { id: number }).id;
    for (const ev of relation.evidence) evidence.push(evidenceInsert(id, ev, seen));
  }
  if (evidence.length > 0) yield* ctx.documents.insertEvidence(num, evidence);
  yield* ctx.statements.writeNames(yield* namesPlan(renamed));
  const status = oldNum === undefined ? 'new' : 'reextracted';
  return {
    result: { docId: doc.id, source: doc.source, status, ...summary },
    touched,
    added,
  };
}
