/**
 * The PostgreSQL store's writes: one document resolved against the rows its names can mean and
 * written with the aggregates, names, tallies and full-text columns that go with it (a few
 * set-based statements per document: arrays in, `unnest` inside); a document's rows deleted and
 * everything they touched recomputed (or deleted when left without support). Always inside a
 * transaction the store opened, holding the write lock.
 */
import type { PoolClient } from 'pg';
import type { EntityType, Extraction, Modality, RelationType } from '@kg/schema';
import { KgError } from '@kg/schema';
import type { DocumentMeta, KnownEntities, MergeSummary } from '../../merge.js';
import { resolveExtraction, resolveKeys } from '../../merge.js';
import { modalityOf } from '../../modalities.js';
import { entityKey, isVariantOf, normaliseName, relationKey } from '../../names.js';
import type { NameKind } from '../../resolver.js';
import { ResolverIndex, lookupForms, nameEntries } from '../../resolver.js';
import { searchText } from '../../query/search.js';
import type { EntityState, RelationState } from '../aggregates.js';
import {
  Tallies,
  countColumns,
  mergeEntityState,
  mergeRelationState,
  votedType,
  votesOf,
} from '../aggregates.js';
import type { IngestResult, StoreCounts } from '../store.js';
import type { EntityRow, RelationRow } from '../sqlite/rows.js';
import { countsOfRow } from '../sqlite/rows.js';
import type { PgContext } from './context.js';
import { ENTITY_COLUMNS, RELATION_COLUMNS, SQL, row, rows } from './context.js';

/** What one write changed: entity and relation keys to re-read into the projection. */
export interface Touched {
  entities: Set<string>;
  relations: Set<string>;
}

/**
 * Text as the full-text columns index it: letters and digits, lower case, without diacritics
 * (what SQLite's `unicode61 remove_diacritics` tokenizer keeps).
 */
export function ftsText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function entityState(r: EntityRow): EntityState {
  return {
    label: r.label,
    type: r.type as EntityType,
    aliases: JSON.parse(r.aliases) as string[],
    typeVotes: JSON.parse(r.type_votes) as EntityState['typeVotes'],
    mentionCount: r.mention_count,
    documentCount: r.document_count,
    firstSeen: r.first_seen ?? '',
    lastSeen: r.last_seen ?? '',
    degree: r.degree,
    weightedDegree: r.weighted_degree,
  };
}

function relationState(r: RelationRow): RelationState {
  const state: RelationState = {
    weight: r.weight,
    counts: countsOfRow(r),
    modality: r.modality as Modality,
    firstSeen: r.first_seen ?? '',
    lastSeen: r.last_seen ?? '',
  };
  if (r.label !== null) state.label = r.label;
  return state;
}

export function emptySummary(): MergeSummary {
  return { nodesAdded: 0, nodesMerged: 0, edgesAdded: 0, edgesMerged: 0, evidenceAdded: 0 };
}

/** An entity row's columns after a change, in the order `updateEntities` takes them. */
interface EntityUpdate {
  id: number;
  state: EntityState;
}

export class Writes {
  constructor(private readonly ctx: PgContext) {}

  /**
   * Resolution's view of the store: the names a document's entities may go by (one indexed
   * read), then the rows of the keys they resolve to and of where curation sends those.
   */
  private async knownFor(
    db: PoolClient,
    extraction: Extraction,
  ): Promise<{ known: KnownEntities; keys: string[]; rows: Map<string, EntityRow> }> {
    const index = new ResolverIndex();
    const forms = new Set<string>();
    const own = new Set<string>();
    for (const entity of extraction.entities) {
      for (const form of lookupForms(entity)) forms.add(form);
      own.add(entityKey(entity.type, entity.name));
    }
    for (const r of await rows<{ norm: string; kind: NameKind; key: string; type: EntityType }>(
      db,
      SQL.namesOf,
      [[...forms]],
    )) {
      index.add(r.norm, r.key, r.kind, r.type);
    }
    for (const r of await rows<{ key: string; type: EntityType }>(db, SQL.typesByKeys, [
      [...own],
    ])) {
      index.addKey(r.key, r.type);
    }
    const keys = resolveKeys(index, extraction);
    const wanted = new Set<string>();
    for (const key of keys) {
      const main = this.ctx.rules.redirect(key);
      wanted.add(main);
      for (const target of this.ctx.rules.splitTargets(main)) wanted.add(target);
    }
    const found = new Map<string, EntityRow>();
    for (const r of await rows<EntityRow>(db, SQL.entitiesByKeys, [[...wanted]])) {
      found.set(r.key, r);
    }
    return {
      known: {
        index,
        get: (key) => {
          const r = found.get(key);
          return r ? { label: r.label, type: r.type as EntityType } : undefined;
        },
      },
      keys,
      rows: found,
    };
  }

  /** Writes one document (replacing its old rows when `oldNum` is set); inside a transaction. */
  async writeDocument(
    db: PoolClient,
    extraction: Extraction,
    meta: DocumentMeta,
    oldNum: number | undefined,
  ): Promise<{ result: IngestResult; touched: Touched; added: Partial<StoreCounts> }> {
    const tallies = new Tallies();
    const touched: Touched = { entities: new Set(), relations: new Set() };
    const added = { documents: 1, entities: 0, relations: 0 };
    if (oldNum === undefined) tallies.add('documents', 1);
    let existedBefore: ((key: string) => boolean) | undefined;
    const keptText =
      oldNum === undefined
        ? undefined
        : (
            await row<{ text: string }>(db, `SELECT text FROM document_text WHERE doc = $1`, [
              oldNum,
            ])
          )?.text;
    if (oldNum !== undefined) {
      // Re-extraction: what the old version alone supported goes first. Whether an entity or
      // relation is new is judged against the store before the old rows went.
      const keysBefore = await this.keysOfDocument(db, oldNum);
      const removed = await this.deleteDocumentRows(db, oldNum, touched, tallies);
      added.documents = 0;
      added.entities -= removed.entities;
      added.relations -= removed.relations;
      existedBefore = (key) => keysBefore.has(key) || touched.entities.has(key);
    }
    const { known, keys, rows: known_rows } = await this.knownFor(db, extraction);
    // A re-extraction without the text keeps the stored one (the row goes with the old document).
    const text = meta.text ?? keptText;
    const resolved = resolveExtraction(known, extraction, meta, this.ctx.rules, keys);
    const { doc } = resolved;
    const num = Number(
      (
        await row<{ num: number }>(
          db,
          `INSERT INTO documents (id, source, title, date, format, chars, extractor_version, ingested_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING num`,
          [
            doc.id,
            doc.source,
            doc.title ?? null,
            doc.date ?? null,
            doc.format ?? null,
            doc.chars,
            doc.extractorVersion,
            doc.ingestedAt,
          ],
        )
      )?.num,
    );
    if (text !== undefined) {
      await db.query(`INSERT INTO document_text (doc, text) VALUES ($1, $2)`, [num, text]);
    }
    const summary = emptySummary();
    const seen = doc.ingestedAt;

    // Entities: rows first (ids for mentions and relations), aggregates once relations are in.
    const entities = new Map<
      string,
      { id: number; state: EntityState; old?: EntityRow; before: { type: string; degree: number } }
    >();
    const missing = resolved.entities.map((e) => e.key).filter((key) => !known_rows.has(key));
    if (missing.length > 0) {
      for (const r of await rows<EntityRow>(db, SQL.entitiesByKeys, [missing])) {
        known_rows.set(r.key, r);
      }
    }
    const mentions = { doc: [] as number[], entity: [] as number[], start: [] as number[] };
    const mentionEnd: number[] = [];
    const mentionText: string[] = [];
    const mentionType: string[] = [];
    const aliasEntity: number[] = [];
    const aliasText: string[] = [];
    let mentionCount = 0;
    for (const entity of resolved.entities) {
      const existing = known_rows.get(entity.key);
      const current = existing ? entityState(existing) : undefined;
      const state = mergeEntityState(current, entity, seen, this.ctx.rules.type(entity.key));
      let id: number;
      let before: { type: string; degree: number };
      if (existing) {
        id = existing.id;
        before = { type: existing.type, degree: existing.degree };
        if (existedBefore?.(entity.key) ?? true) summary.nodesMerged++;
        else summary.nodesAdded++;
      } else {
        id = Number(
          (await row<{ id: number }>(db, SQL.insertEntity, [entity.key, state.label, state.type]))
            ?.id,
        );
        before = { type: state.type, degree: 0 };
        tallies.entity(before, 1);
        added.entities++;
        if (existedBefore?.(entity.key)) summary.nodesMerged++;
        else summary.nodesAdded++;
      }
      entities.set(
        entity.key,
        existing ? { id, state, old: existing, before } : { id, state, before },
      );
      for (const alias of entity.aliases) {
        aliasEntity.push(id);
        aliasText.push(alias);
      }
      for (const m of entity.mentions) {
        mentions.doc.push(num);
        mentions.entity.push(id);
        mentions.start.push(m.start);
        mentionEnd.push(m.end);
        mentionText.push(m.text);
        mentionType.push(m.type);
      }
      mentionCount += entity.mentions.length;
      touched.entities.add(entity.key);
    }
    if (mentionText.length > 0) {
      await db.query(
        `INSERT INTO mentions (doc, entity, start, "end", text, type)
         SELECT $1::bigint, * FROM unnest($2::bigint[], $3::int[], $4::int[], $5::text[], $6::text[])`,
        [num, mentions.entity, mentions.start, mentionEnd, mentionText, mentionType],
      );
    }
    if (aliasText.length > 0) {
      await db.query(
        `INSERT INTO aliases (entity, doc, alias)
         SELECT e, $1::bigint, a FROM unnest($2::bigint[], $3::text[]) AS t(e, a)
         ON CONFLICT DO NOTHING`,
        [num, aliasEntity, aliasText],
      );
    }

    // Relations: the rows there are in one read, the missing ones in one insert.
    const ends = resolved.relations.map((relation) => {
      const subject = entities.get(relation.subject);
      const object = entities.get(relation.object);
      if (!subject || !object) {
        throw new KgError('INTERNAL', `graph.store: relation ${relation.key} has no ends.`);
      }
      return { relation, subject, object };
    });
    const triple = (s: number, p: string, o: number): string => `${s}|${p}|${o}`;
    const relationRows = new Map<string, RelationRow>();
    if (ends.length > 0) {
      for (const r of await rows<RelationRow>(
        db,
        `SELECT ${RELATION_COLUMNS} FROM relations r
         JOIN unnest($1::bigint[], $2::text[], $3::bigint[]) AS t(s, p, o)
           ON r.subject = t.s AND r.predicate = t.p AND r.object = t.o`,
        [
          ends.map((e) => e.subject.id),
          ends.map((e) => e.relation.predicate),
          ends.map((e) => e.object.id),
        ],
      )) {
        relationRows.set(triple(r.subject, r.predicate, r.object), r);
      }
    }
    const fresh = ends.filter(
      (e, i, all) =>
        !relationRows.has(triple(e.subject.id, e.relation.predicate, e.object.id)) &&
        all.findIndex((x) => x.relation.key === e.relation.key) === i,
    );
    const freshIds = new Map<string, number>();
    if (fresh.length > 0) {
      for (const r of await rows<{
        id: number;
        subject: number;
        predicate: string;
        object: number;
      }>(
        db,
        `INSERT INTO relations (subject, predicate, object, label)
         SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[])
         RETURNING id, subject, predicate, object`,
        [
          fresh.map((e) => e.subject.id),
          fresh.map((e) => e.relation.predicate),
          fresh.map((e) => e.object.id),
          fresh.map((e) => e.relation.label ?? null),
        ],
      )) {
        freshIds.set(triple(r.subject, r.predicate, r.object), r.id);
      }
    }
    const states = new Map<number, { state: RelationState; predicate: string }>();
    const evidence = {
      relation: [] as number[],
      start: [] as number[],
      end: [] as number[],
      sentence: [] as string[],
      search: [] as string[],
      spans: [] as (number | null)[][],
      modality: [] as string[],
      attribution: [] as (string | null)[],
      confidence: [] as number[],
      extractorVersion: [] as string[],
      date: [] as string[],
    };
    let evidenceCount = 0;
    for (const { relation, subject, object } of ends) {
      const t = triple(subject.id, relation.predicate, object.id);
      const existing = relationRows.get(t);
      const freshId = freshIds.get(t);
      const id = existing?.id ?? (freshId as number);
      const current = states.get(id)?.state ?? (existing ? relationState(existing) : undefined);
      const state = mergeRelationState(current, relation);
      const before = existing ?? { predicate: relation.predicate, modality: 'negated', weight: 0 };
      if (existing || states.has(id)) {
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
      const previous = states.get(id)?.state;
      tallies.relationChanged(
        previous
          ? { predicate: relation.predicate, modality: previous.modality, weight: previous.weight }
          : before,
        { predicate: relation.predicate, modality: state.modality, weight: state.weight },
      );
      states.set(id, { state, predicate: relation.predicate });
      subject.state.weightedDegree += relation.evidence.length;
      object.state.weightedDegree += relation.evidence.length;
      for (const ev of relation.evidence) {
        evidence.relation.push(id);
        evidence.start.push(ev.start);
        evidence.end.push(ev.end);
        evidence.sentence.push(ev.sentence);
        evidence.search.push(ftsText(ev.sentence));
        evidence.spans.push([
          ev.subjectSpan?.start ?? null,
          ev.subjectSpan?.end ?? null,
          ev.objectSpan?.start ?? null,
          ev.objectSpan?.end ?? null,
          ev.trigger?.start ?? null,
          ev.trigger?.end ?? null,
        ]);
        evidence.modality.push(ev.modality);
        evidence.attribution.push(ev.attribution ?? null);
        evidence.confidence.push(ev.confidence);
        evidence.extractorVersion.push(ev.extractorVersion);
        // The column orders first and last seen; undated documents count from their ingest.
        evidence.date.push(ev.date ?? seen);
      }
      evidenceCount += relation.evidence.length;
      summary.evidenceAdded += relation.evidence.length;
      touched.relations.add(relation.key);
    }
    if (states.size > 0) {
      const ids = [...states.keys()];
      const list = ids.map((id) => (states.get(id) as { state: RelationState }).state);
      const counts = list.map((s) => countColumns(s.counts));
      await db.query(
        `UPDATE relations r SET weight = t.w, modality = t.m, asserted = t.a, reported = t.r,
           considered = t.c, alleged = t.al, negated = t.n, first_seen = t.f, last_seen = t.l
         FROM unnest($1::bigint[], $2::int[], $3::text[], $4::int[], $5::int[], $6::int[],
           $7::int[], $8::int[], $9::text[], $10::text[]) AS t(id, w, m, a, r, c, al, n, f, l)
         WHERE r.id = t.id`,
        [
          ids,
          list.map((s) => s.weight),
          list.map((s) => s.modality),
          ...[0, 1, 2, 3, 4].map((i) => counts.map((c) => c[i] ?? 0)),
          list.map((s) => s.firstSeen),
          list.map((s) => s.lastSeen),
        ],
      );
    }
    if (evidence.relation.length > 0) {
      const span = (i: number) => evidence.spans.map((s) => s[i] ?? null);
      await db.query(
        `INSERT INTO evidence (relation, doc, start, "end", sentence, subject_start, subject_end,
           object_start, object_end, trigger_start, trigger_end, modality, attribution,
           confidence, extractor_version, date, search)
         SELECT t.relation, $1::bigint, t.start, t.e, t.sentence, t.ss, t.se, t.os, t.oe, t.ts, t.te,
           t.modality, t.attribution, t.confidence, t.version, t.date,
           to_tsvector('simple', t.search)
         FROM unnest($2::bigint[], $3::int[], $4::int[], $5::text[], $6::int[], $7::int[],
           $8::int[], $9::int[], $10::int[], $11::int[], $12::text[], $13::text[],
           $14::float8[], $15::text[], $16::text[], $17::text[])
           WITH ORDINALITY AS t(relation, start, e, sentence, ss, se, os, oe, ts, te, modality,
             attribution, confidence, version, date, search, n)
         ORDER BY t.n`,
        [
          num,
          evidence.relation,
          evidence.start,
          evidence.end,
          evidence.sentence,
          span(0),
          span(1),
          span(2),
          span(3),
          span(4),
          span(5),
          evidence.modality,
          evidence.attribution,
          evidence.confidence,
          evidence.extractorVersion,
          evidence.date,
          evidence.search,
        ],
      );
    }

    const updates: EntityUpdate[] = [];
    const renamed: {
      id: number;
      state: EntityState;
      before?: { label: string; type: string; aliases: string[] };
    }[] = [];
    for (const [, { id, state, old, before }] of entities) {
      tallies.entityChanged(before, state);
      updates.push({ id, state });
      const named =
        !old ||
        old.label !== state.label ||
        old.type !== state.type ||
        old.aliases !== JSON.stringify(state.aliases);
      if (named) {
        renamed.push(
          old
            ? {
                id,
                state,
                before: {
                  label: old.label,
                  type: old.type,
                  aliases: JSON.parse(old.aliases) as string[],
                },
              }
            : { id, state },
        );
      }
    }
    await this.updateEntities(db, updates);
    await this.writeNames(db, renamed);
    await db.query(`UPDATE documents SET mention_count = $1, evidence_count = $2 WHERE num = $3`, [
      mentionCount,
      evidenceCount,
      num,
    ]);
    await this.applyTallies(db, tallies);
    const status = oldNum === undefined ? 'new' : 'reextracted';
    return {
      result: { docId: doc.id, source: doc.source, status, ...summary },
      touched,
      added,
    };
  }

  /** Every aggregate column of the given entities, in one statement. */
  async updateEntities(db: PoolClient, updates: readonly EntityUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    const s = updates.map((u) => u.state);
    await db.query(
      `UPDATE entities e SET label = t.label, type = t.type, aliases = t.aliases,
         type_votes = t.votes, mention_count = t.mentions, document_count = t.docs,
         first_seen = t.first, last_seen = t.last, degree = t.degree,
         weighted_degree = t.weighted
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[],
         $7::int[], $8::text[], $9::text[], $10::int[], $11::bigint[])
         AS t(id, label, type, aliases, votes, mentions, docs, first, last, degree, weighted)
       WHERE e.id = t.id`,
      [
        updates.map((u) => u.id),
        s.map((x) => x.label),
        s.map((x) => x.type),
        s.map((x) => JSON.stringify(x.aliases)),
        s.map((x) => JSON.stringify(x.typeVotes)),
        s.map((x) => x.mentionCount),
        s.map((x) => x.documentCount),
        s.map((x) => x.firstSeen || null),
        s.map((x) => x.lastSeen || null),
        s.map((x) => x.degree),
        s.map((x) => x.weightedDegree),
      ],
    );
  }

  /** Adds a write's tally deltas to the stored tallies (inside the write's transaction). */
  async applyTallies(db: PoolClient, tallies: Tallies): Promise<void> {
    if (tallies.deltas.size === 0) return;
    await db.query(
      `INSERT INTO tallies (name, count) SELECT * FROM unnest($1::text[], $2::bigint[])
       ON CONFLICT (name) DO UPDATE SET count = tallies.count + excluded.count`,
      [[...tallies.deltas.keys()], [...tallies.deltas.values()]],
    );
  }

  /**
   * The names entities are resolved and searched by, rewritten after a change: new aliases
   * only when label and type stayed (a name or a variant is never turned into a plain alias),
   * else every name again; and the full-text column.
   */
  async writeNames(
    db: PoolClient,
    changed: readonly {
      id: number;
      state: Pick<EntityState, 'label' | 'type' | 'aliases'>;
      before?: { label: string; type: string; aliases: string[] } | undefined;
    }[],
  ): Promise<void> {
    if (changed.length === 0) return;
    const upserts = new Map<string, { norm: string; id: number; kind: NameKind }>();
    const rewrite: number[] = [];
    const replaced = new Map<string, { norm: string; id: number; kind: NameKind }>();
    const text: { id: number; search: string }[] = [];
    for (const { id, state, before } of changed) {
      if (before && before.label === state.label && before.type === state.type) {
        const known = new Set(before.aliases);
        const added = state.aliases.filter((alias) => !known.has(alias));
        if (added.length === 0) continue;
        for (const alias of added) {
          const norm = normaliseName(alias);
          if (!norm) continue;
          const variant = isVariantOf(alias, state.label) || isVariantOf(state.label, alias);
          const key = `${norm}\u0000${id}`;
          if (upserts.get(key)?.kind !== 'variant') {
            upserts.set(key, { norm, id, kind: variant ? 'variant' : 'alias' });
          }
        }
      } else {
        rewrite.push(id);
        for (const [norm, kind] of nameEntries(state)) {
          replaced.set(`${norm}\u0000${id}`, { norm, id, kind });
        }
      }
      text.push({ id, search: ftsText(searchText(state.label, state.aliases)) });
    }
    if (rewrite.length > 0) {
      await db.query(`DELETE FROM names WHERE entity = ANY($1::bigint[])`, [rewrite]);
      const list = [...replaced.values()];
      await db.query(
        `INSERT INTO names (norm, entity, kind)
         SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[])
         ON CONFLICT (norm, entity) DO UPDATE SET kind = excluded.kind`,
        [list.map((n) => n.norm), list.map((n) => n.id), list.map((n) => n.kind)],
      );
    }
    if (upserts.size > 0) {
      const list = [...upserts.values()];
      await db.query(
        `INSERT INTO names (norm, entity, kind)
         SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[])
         ON CONFLICT (norm, entity) DO UPDATE SET kind = excluded.kind
         WHERE names.kind = 'alias' AND excluded.kind = 'variant'`,
        [list.map((n) => n.norm), list.map((n) => n.id), list.map((n) => n.kind)],
      );
    }
    if (text.length > 0) {
      await db.query(
        `UPDATE entities e SET search = to_tsvector('simple', t.search)
         FROM unnest($1::bigint[], $2::text[]) AS t(id, search) WHERE e.id = t.id`,
        [text.map((t) => t.id), text.map((t) => t.search)],
      );
    }
  }

  /** Entity and relation keys a document's rows touch. */
  private async keysOfDocument(db: PoolClient, num: number): Promise<Set<string>> {
    const keys = new Set<string>();
    for (const r of await rows<{ key: string }>(
      db,
      `SELECT e.key FROM entities e WHERE e.id IN (
         SELECT entity FROM mentions WHERE doc = $1 UNION SELECT entity FROM aliases WHERE doc = $1)`,
      [num],
    )) {
      keys.add(r.key);
    }
    for (const r of await rows<{ s: string; p: RelationType; o: string }>(
      db,
      `SELECT s.key AS s, r.predicate AS p, o.key AS o FROM relations r
       JOIN entities s ON s.id = r.subject JOIN entities o ON o.id = r.object
       WHERE r.id IN (SELECT relation FROM evidence WHERE doc = $1)`,
      [num],
    )) {
      keys.add(relationKey(r.s, r.p, r.o));
    }
    return keys;
  }

  /**
   * Deletes a document's rows, then recomputes (or deletes, when left without support) every
   * relation and entity they touched. Adds the touched keys to `touched`.
   */
  async deleteDocumentRows(
    db: PoolClient,
    num: number,
    touched: Touched,
    tallies: Tallies,
  ): Promise<{ entities: number; relations: number }> {
    const entityIds = new Set(
      (
        await rows<{ entity: number }>(
          db,
          `SELECT entity FROM mentions WHERE doc = $1 UNION SELECT entity FROM aliases WHERE doc = $1`,
          [num],
        )
      ).map((r) => r.entity),
    );
    const relationIds = new Set(
      (
        await rows<{ relation: number }>(
          db,
          `SELECT DISTINCT relation FROM evidence WHERE doc = $1`,
          [num],
        )
      ).map((r) => r.relation),
    );
    await db.query(`DELETE FROM documents WHERE num = $1`, [num]);
    return this.recompute(db, entityIds, relationIds, touched, tallies);
  }

  /**
   * Brings the aggregates of the given relations and entities in line with their rows:
   * relations without evidence and entities without mentions or relations are deleted.
   */
  async recompute(
    db: PoolClient,
    entityIds: Set<number>,
    relationIds: Set<number>,
    touched: Touched,
    tallies: Tallies,
  ): Promise<{ entities: number; relations: number }> {
    const removed = { entities: 0, relations: 0 };
    const keyOf = async (id: number): Promise<string> =>
      (await row<EntityRow>(db, SQL.entityById, [id]))?.key ?? '';
    for (const id of relationIds) {
      const r = await row<RelationRow>(db, SQL.relationById, [id]);
      if (!r) continue;
      entityIds.add(r.subject);
      entityIds.add(r.object);
      touched.relations.add(
        relationKey(await keyOf(r.subject), r.predicate as RelationType, await keyOf(r.object)),
      );
      const agg = (await row<Omit<RelationRow, 'id' | 'subject' | 'predicate' | 'object'>>(
        db,
        `SELECT COUNT(*)::int AS weight, MIN(date) AS first_seen, MAX(date) AS last_seen,
           COUNT(*) FILTER (WHERE modality = 'asserted')::int AS asserted,
           COUNT(*) FILTER (WHERE modality = 'reported')::int AS reported,
           COUNT(*) FILTER (WHERE modality = 'considered')::int AS considered,
           COUNT(*) FILTER (WHERE modality = 'alleged')::int AS alleged,
           COUNT(*) FILTER (WHERE modality = 'negated')::int AS negated
         FROM evidence WHERE relation = $1`,
        [id],
      )) as Omit<RelationRow, 'id' | 'subject' | 'predicate' | 'object'>;
      if (agg.weight === 0) {
        await db.query(`DELETE FROM relations WHERE id = $1`, [id]);
        tallies.relation(r, -1);
        removed.relations++;
        continue;
      }
      const counts = countsOfRow({ ...r, ...agg });
      tallies.relationChanged(r, {
        predicate: r.predicate,
        modality: modalityOf(counts),
        weight: agg.weight,
      });
      await db.query(SQL.updateRelation, [
        agg.weight,
        modalityOf(counts),
        ...countColumns(counts),
        agg.first_seen,
        agg.last_seen,
        id,
      ]);
    }
    const updates: EntityUpdate[] = [];
    const renamed: { id: number; state: EntityState }[] = [];
    for (const id of entityIds) {
      const r = await row<EntityRow>(db, SQL.entityById, [id]);
      if (!r) continue;
      touched.entities.add(r.key);
      const degrees = (await row<{ degree: number; weighted: number }>(
        db,
        `SELECT
           (SELECT COUNT(*) FROM relations WHERE subject = $1)
             + (SELECT COUNT(*) FROM relations WHERE object = $1) AS degree,
           ((SELECT COALESCE(SUM(weight), 0) FROM relations WHERE subject = $1)
             + (SELECT COALESCE(SUM(weight), 0) FROM relations WHERE object = $1))::bigint AS weighted`,
        [id],
      )) as { degree: number; weighted: number };
      const hasMentions =
        (await row(db, `SELECT 1 FROM mentions WHERE entity = $1 LIMIT 1`, [id])) !== undefined;
      if (!hasMentions && degrees.degree === 0) {
        await db.query(`DELETE FROM entities WHERE id = $1`, [id]);
        tallies.entity(r, -1);
        removed.entities++;
        continue;
      }
      const agg = (await row<{
        mentions: number;
        docs: number;
        first: string | null;
        last: string | null;
      }>(
        db,
        `SELECT COUNT(*) AS mentions, COUNT(DISTINCT m.doc) AS docs,
           MIN(d.ingested_at) AS first, MAX(d.ingested_at) AS last
         FROM mentions m JOIN documents d ON d.num = m.doc WHERE m.entity = $1`,
        [id],
      )) as { mentions: number; docs: number; first: string | null; last: string | null };
      const aliases = (
        await rows<{ alias: string }>(
          db,
          `SELECT alias FROM aliases WHERE entity = $1 GROUP BY alias ORDER BY MIN(doc), alias`,
          [id],
        )
      )
        .map((a) => a.alias)
        .filter((a) => a !== r.label);
      const typeVotes = votesOf(
        (await rows<{ type: string }>(db, `SELECT type FROM mentions WHERE entity = $1`, [id])).map(
          (m) => m.type,
        ),
      );
      const state: EntityState = {
        label: r.label,
        type: this.ctx.rules.type(r.key) ?? votedType(typeVotes, r.type as EntityType),
        aliases,
        typeVotes,
        mentionCount: agg.mentions,
        documentCount: agg.docs,
        firstSeen: agg.first ?? '',
        lastSeen: agg.last ?? '',
        degree: degrees.degree,
        weightedDegree: degrees.weighted,
      };
      tallies.entityChanged(r, state);
      updates.push({ id, state });
      renamed.push({ id, state });
    }
    await this.updateEntities(db, updates);
    await this.writeNames(db, renamed);
    return removed;
  }
}

/** Every entity column, for reads that want a whole row. */
export const ENTITY_SELECT = `SELECT ${ENTITY_COLUMNS} FROM entities`;
