/**
 * The PostgreSQL store's writes: one document resolved against the rows its names can mean and
 * written with the aggregates, names, tallies and full-text columns that go with it (a few
 * set-based statements per document: arrays in, `unnest` inside); a document's rows deleted and
 * everything they touched recomputed (or deleted when left without support). Always inside a
 * transaction the store opened, holding the write lock.
 */
import type { PoolClient } from 'pg';
import type { EntityType, Extraction } from '@kg/schema';
import { KgError } from '@kg/schema';
import type { DocumentMeta, KnownEntities } from '../../merge.js';
import { resolveExtraction, resolveKeys } from '../../merge.js';
import { entityKey } from '../../names.js';
import type { NameKind } from '../../resolver.js';
import { ResolverIndex, lookupForms } from '../../resolver.js';
import type { EntityState, RelationState } from '../aggregates.js';
import { Tallies, countColumns, mergeEntityState, mergeRelationState } from '../aggregates.js';
import type { IngestResult, RestoredDocument, StoreCounts } from '../store.js';
import type { EntityRow, RelationRow, Touched } from '../rows.js';
import {
  ENTITY_COLUMNS,
  RELATION_COLUMNS,
  emptySummary,
  entityState,
  relationState,
} from '../rows.js';
import type { Query } from '../sql.js';
import { array, run, sql } from '../sql.js';
import type { EntityUpdate, NameRow, Renamed, WriteContext, WriteStatements } from '../writes.js';
import { deleteDocumentRows, keysOfDocument, namesPlan, recompute } from '../writes.js';
import type { PgContext } from './context.js';
import { SQL, row, rows } from './context.js';
import { runOn } from './run.js';

/** What a write takes: an extraction to resolve, or a restored document to write as it is. */
export type DocumentInput =
  { extraction: Extraction; meta: DocumentMeta } | { restored: RestoredDocument };

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

  /**
   * Writes one document (replacing its old rows when `oldNum` is set); inside a transaction.
   * An extraction is resolved first; a restored document goes in as it is.
   */
  async writeDocument(
    db: PoolClient,
    input: DocumentInput,
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
      const keysBefore = await runOn(db, keysOfDocument(oldNum));
      const removed = await this.deleteDocumentRows(db, oldNum, touched, tallies);
      added.documents = 0;
      added.entities -= removed.entities;
      added.relations -= removed.relations;
      existedBefore = (key) => keysBefore.has(key) || touched.entities.has(key);
    }
    const restore = 'restored' in input;
    let resolved: RestoredDocument;
    let known_rows = new Map<string, EntityRow>();
    if (restore) resolved = input.restored;
    else {
      const known = await this.knownFor(db, input.extraction);
      known_rows = known.rows;
      resolved = resolveExtraction(
        known.known,
        input.extraction,
        input.meta,
        this.ctx.rules,
        known.keys,
      );
    }
    // A re-extraction without the text keeps the stored one (the row goes with the old document).
    const text = (restore ? input.restored.text : input.meta.text) ?? keptText;
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
      const pinned = restore ? entity.type : this.ctx.rules.type(entity.key);
      const state = mergeEntityState(current, entity, seen, pinned);
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
    const renamed: Renamed[] = [];
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
    await runOn(db, POSTGRES_WRITES.updateEntities(updates));
    await runOn(db, POSTGRES_WRITES.writeNames(namesPlan(renamed)));
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

  /** Adds a write's tally deltas to the stored tallies (inside the write's transaction). */
  async applyTallies(db: PoolClient, tallies: Tallies): Promise<void> {
    await runOn(db, POSTGRES_WRITES.applyTallies(tallies));
  }

  /** See `deleteDocumentRows` in `../writes.ts`. */
  deleteDocumentRows(
    db: PoolClient,
    num: number,
    touched: Touched,
    tallies: Tallies,
  ): Promise<{ entities: number; relations: number }> {
    return runOn(db, deleteDocumentRows(this.shared(), num, touched, tallies));
  }

  /** See `recompute` in `../writes.ts`. */
  recompute(
    db: PoolClient,
    entityIds: Set<number>,
    relationIds: Set<number>,
    touched: Touched,
    tallies: Tallies,
  ): Promise<{ entities: number; relations: number }> {
    return runOn(db, recompute(this.shared(), entityIds, relationIds, touched, tallies));
  }

  /** What the shared writes need of this store. */
  shared(): WriteContext {
    return { rules: this.ctx.rules, statements: POSTGRES_WRITES };
  }
}

/** The writes PostgreSQL makes in batches: arrays in, `unnest` inside, one statement each. */
export const POSTGRES_WRITES: WriteStatements = {
  *updateEntities(updates) {
    if (updates.length === 0) return;
    const s = updates.map((u) => u.state);
    const ids = array(
      updates.map((u) => u.id),
      'bigint',
    );
    const labels = array(
      s.map((x) => x.label),
      'text',
    );
    const types = array(
      s.map((x) => x.type),
      'text',
    );
    const aliases = array(
      s.map((x) => JSON.stringify(x.aliases)),
      'text',
    );
    const votes = array(
      s.map((x) => JSON.stringify(x.typeVotes)),
      'text',
    );
    const mentions = array(
      s.map((x) => x.mentionCount),
      'int',
    );
    const docs = array(
      s.map((x) => x.documentCount),
      'int',
    );
    const first = array(
      s.map((x) => x.firstSeen || null),
      'text',
    );
    const last = array(
      s.map((x) => x.lastSeen || null),
      'text',
    );
    const degrees = array(
      s.map((x) => x.degree),
      'int',
    );
    const weighted = array(
      s.map((x) => x.weightedDegree),
      'bigint',
    );
    yield* run(
      sql`UPDATE entities e SET label = t.label, type = t.type, aliases = t.aliases,
            type_votes = t.votes, mention_count = t.mentions, document_count = t.docs,
            first_seen = t.first, last_seen = t.last, degree = t.degree,
            weighted_degree = t.weighted
          FROM unnest(${ids}, ${labels}, ${types}, ${aliases}, ${votes}, ${mentions}, ${docs},
            ${first}, ${last}, ${degrees}, ${weighted})
            AS t(id, label, type, aliases, votes, mentions, docs, first, last, degree, weighted)
          WHERE e.id = t.id`,
    );
  },
  *writeNames(plan) {
    const names = (list: readonly NameRow[]): Query => {
      const norms = array(
        list.map((n) => n.norm),
        'text',
      );
      const ids = array(
        list.map((n) => n.id),
        'bigint',
      );
      const kinds = array(
        list.map((n) => n.kind),
        'text',
      );
      return sql`INSERT INTO names (norm, entity, kind) SELECT * FROM unnest(${norms}, ${ids}, ${kinds})
        ON CONFLICT (norm, entity) DO UPDATE SET kind = excluded.kind`;
    };
    if (plan.rewrite.length > 0) {
      yield* run(sql`DELETE FROM names WHERE entity = ANY(${array(plan.rewrite, 'bigint')})`);
      yield* run(names(plan.replaced));
    }
    if (plan.upserts.length > 0) {
      yield* run(
        sql`${names(plan.upserts)} WHERE names.kind = 'alias' AND excluded.kind = 'variant'`,
      );
    }
    if (plan.texts.length > 0) {
      const ids = array(
        plan.texts.map((t) => t.id),
        'bigint',
      );
      const texts = array(
        plan.texts.map((t) => ftsText(t.text)),
        'text',
      );
      yield* run(
        sql`UPDATE entities e SET search = to_tsvector('simple', t.search)
            FROM unnest(${ids}, ${texts}) AS t(id, search) WHERE e.id = t.id`,
      );
    }
  },
  *applyTallies(tallies) {
    if (tallies.deltas.size === 0) return;
    yield* run(
      sql`INSERT INTO tallies (name, count)
          SELECT * FROM unnest(${array([...tallies.deltas.keys()], 'text')},
            ${array([...tallies.deltas.values()], 'bigint')})
          ON CONFLICT (name) DO UPDATE SET count = tallies.count + excluded.count`,
    );
  },
};

/** Every entity column, for reads that want a whole row. */
export const ENTITY_SELECT = `SELECT ${ENTITY_COLUMNS} FROM entities`;
