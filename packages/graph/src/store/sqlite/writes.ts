/**
 * The SQLite store's writes: one document resolved against the rows its names can mean and
 * written with the aggregates, names, tallies and full-text rows that go with it; a document's
 * rows deleted and everything they touched recomputed (or deleted when left without support).
 * Always inside a transaction the store opened.
 */
import type { Database as Db, Statement } from 'better-sqlite3';
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
import type { EntityRow, RelationRow } from './rows.js';
import { countsOfRow } from './rows.js';
import type { SqliteContext, Statements } from './statements.js';

/** Rows per multi-row insert of mentions and aliases. */
const ROWS_PER_INSERT = 32;

/** What one write changed: entity and relation keys to re-read into the projection. */
export interface Touched {
  entities: Set<string>;
  relations: Set<string>;
}

export function entityState(row: EntityRow): EntityState {
  return {
    label: row.label,
    type: row.type as EntityType,
    aliases: JSON.parse(row.aliases) as string[],
    typeVotes: JSON.parse(row.type_votes) as EntityState['typeVotes'],
    mentionCount: row.mention_count,
    documentCount: row.document_count,
    firstSeen: row.first_seen ?? '',
    lastSeen: row.last_seen ?? '',
    degree: row.degree,
    weightedDegree: row.weighted_degree,
  };
}

export function relationState(row: RelationRow): RelationState {
  const state: RelationState = {
    weight: row.weight,
    counts: countsOfRow(row),
    modality: row.modality as Modality,
    firstSeen: row.first_seen ?? '',
    lastSeen: row.last_seen ?? '',
  };
  if (row.label !== null) state.label = row.label;
  return state;
}

export function emptySummary(): MergeSummary {
  return { nodesAdded: 0, nodesMerged: 0, edgesAdded: 0, edgesMerged: 0, evidenceAdded: 0 };
}

export class Writes {
  constructor(private readonly ctx: SqliteContext) {}

  private get db(): Db {
    return this.ctx.db;
  }

  private get sql(): Statements {
    return this.ctx.sql;
  }

  /**
   * Resolution's view of the store: the names a document's entities may go by (one indexed
   * read), then the rows of the keys they resolve to and of where curation sends those.
   */
  private knownFor(extraction: Extraction): {
    known: KnownEntities;
    keys: string[];
    rows: Map<string, EntityRow>;
  } {
    const index = new ResolverIndex();
    const forms = new Set<string>();
    const own = new Set<string>();
    for (const entity of extraction.entities) {
      for (const form of lookupForms(entity)) forms.add(form);
      own.add(entityKey(entity.type, entity.name));
    }
    for (const row of this.sql.namesOf.all(JSON.stringify([...forms])) as {
      norm: string;
      kind: NameKind;
      key: string;
      type: EntityType;
    }[]) {
      index.add(row.norm, row.key, row.kind, row.type);
    }
    // An entity's own key, even under names it is not indexed by.
    for (const row of this.sql.typesByKeys.all(JSON.stringify([...own])) as {
      key: string;
      type: EntityType;
    }[]) {
      index.addKey(row.key, row.type);
    }
    const keys = resolveKeys(index, extraction);
    const wanted = new Set<string>();
    for (const key of keys) {
      const main = this.ctx.rules.redirect(key);
      wanted.add(main);
      for (const target of this.ctx.rules.splitTargets(main)) wanted.add(target);
    }
    const rows = new Map<string, EntityRow>();
    for (const row of this.sql.entitiesByKeys.all(JSON.stringify([...wanted])) as EntityRow[]) {
      rows.set(row.key, row);
    }
    return {
      known: {
        index,
        get: (key) => {
          const row = rows.get(key);
          return row ? { label: row.label, type: row.type as EntityType } : undefined;
        },
      },
      keys,
      rows,
    };
  }

  /** Writes one document (replacing its old rows when `oldNum` is set); inside a transaction. */
  writeDocument(
    extraction: Extraction,
    meta: DocumentMeta,
    oldNum: number | undefined,
  ): { result: IngestResult; touched: Touched; added: Partial<StoreCounts> } {
    const sql = this.sql;
    const tallies = new Tallies();
    const touched: Touched = { entities: new Set(), relations: new Set() };
    const added = { documents: 1, entities: 0, relations: 0 };
    let existedBefore: ((key: string) => boolean) | undefined;
    // A re-extraction without the text keeps the stored one (the row goes with the old document).
    const text =
      meta.text ??
      (oldNum === undefined
        ? undefined
        : (this.db.prepare(`SELECT text FROM document_text WHERE doc = ?`).pluck().get(oldNum) as
            string | undefined));
    if (oldNum !== undefined) {
      // Re-extraction: what the old version alone supported goes first. Whether an entity or
      // relation is new is judged against the store before the old rows went.
      const keysBefore = this.keysOfDocument(oldNum);
      const removed = this.deleteDocumentRows(oldNum, touched, tallies);
      added.documents = 0;
      added.entities -= removed.entities;
      added.relations -= removed.relations;
      existedBefore = (key) => keysBefore.has(key) || touched.entities.has(key);
    }
    const { known, keys, rows } = this.knownFor(extraction);
    const resolved = resolveExtraction(known, extraction, meta, this.ctx.rules, keys);
    const { doc } = resolved;
    const num = Number(
      sql.insertDocument.run({
        id: doc.id,
        source: doc.source,
        title: doc.title ?? null,
        date: doc.date ?? null,
        format: doc.format ?? null,
        chars: doc.chars,
        extractorVersion: doc.extractorVersion,
        ingestedAt: doc.ingestedAt,
      }).lastInsertRowid,
    );
    if (text !== undefined) {
      this.db.prepare(`INSERT INTO document_text (doc, text) VALUES (?, ?)`).run(num, text);
    }
    const summary = emptySummary();
    const seen = doc.ingestedAt;

    // Mentions and aliases go in a few multi-row statements once every entity has its id.
    const mentionRows: (string | number)[] = [];
    const aliasRows: (string | number)[] = [];
    // Entities: rows first (ids for mentions and relations), aggregates once relations are in.
    const entities = new Map<
      string,
      { id: number; state: EntityState; old?: EntityRow; before: { type: string; degree: number } }
    >();
    let mentions = 0;
    for (const entity of resolved.entities) {
      const row =
        rows.get(entity.key) ?? (sql.entityByKey.get(entity.key) as EntityRow | undefined);
      const current = row ? entityState(row) : undefined;
      const state = mergeEntityState(current, entity, seen, this.ctx.rules.type(entity.key));
      let id: number;
      let before: { type: string; degree: number };
      if (row) {
        id = row.id;
        before = { type: row.type, degree: row.degree };
        if (existedBefore?.(entity.key) ?? true) summary.nodesMerged++;
        else summary.nodesAdded++;
      } else {
        id = Number(sql.insertEntity.run(entity.key, state.label, state.type).lastInsertRowid);
        before = { type: state.type, degree: 0 };
        tallies.entity(before, 1);
        added.entities++;
        if (existedBefore?.(entity.key)) summary.nodesMerged++;
        else summary.nodesAdded++;
      }
      entities.set(entity.key, row ? { id, state, old: row, before } : { id, state, before });
      for (const alias of entity.aliases) aliasRows.push(id, num, alias);
      for (const m of entity.mentions) mentionRows.push(num, id, m.start, m.end, m.text, m.type);
      mentions += entity.mentions.length;
      touched.entities.add(entity.key);
    }

    this.insertRows('mentions', mentionRows);
    this.insertRows('aliases', aliasRows);

    let evidenceCount = 0;
    for (const relation of resolved.relations) {
      const subject = entities.get(relation.subject);
      const object = entities.get(relation.object);
      if (!subject || !object) {
        throw new KgError('INTERNAL', `graph.store: relation ${relation.key} has no ends.`);
      }
      const row = sql.relationByEnds.get(subject.id, relation.predicate, object.id) as
        RelationRow | undefined;
      const state = mergeRelationState(row ? relationState(row) : undefined, relation);
      let id: number;
      const before = row ?? { predicate: relation.predicate, modality: 'negated', weight: 0 };
      if (row) {
        id = row.id;
        if (existedBefore?.(relation.key) ?? true) summary.edgesMerged++;
        else summary.edgesAdded++;
      } else {
        id = Number(
          sql.insertRelation.run(subject.id, relation.predicate, object.id, relation.label ?? null)
            .lastInsertRowid,
        );
        tallies.relation(before, 1);
        added.relations++;
        subject.state.degree++;
        object.state.degree++;
        if (existedBefore?.(relation.key)) summary.edgesMerged++;
        else summary.edgesAdded++;
      }
      sql.updateRelation.run(
        state.weight,
        state.modality,
        ...countColumns(state.counts),
        state.firstSeen,
        state.lastSeen,
        id,
      );
      tallies.relationChanged(before, {
        predicate: relation.predicate,
        modality: state.modality,
        weight: state.weight,
      });
      subject.state.weightedDegree += relation.evidence.length;
      object.state.weightedDegree += relation.evidence.length;
      for (const ev of relation.evidence) {
        sql.insertEvidence.run(
          id,
          num,
          ev.start,
          ev.end,
          ev.sentence,
          ev.subjectSpan?.start ?? null,
          ev.subjectSpan?.end ?? null,
          ev.objectSpan?.start ?? null,
          ev.objectSpan?.end ?? null,
          ev.trigger?.start ?? null,
          ev.trigger?.end ?? null,
          ev.modality,
          ev.attribution ?? null,
          ev.confidence,
          ev.extractorVersion,
          // The column orders first and last seen; undated documents count from their ingest.
          ev.date ?? seen,
        );
      }
      evidenceCount += relation.evidence.length;
      summary.evidenceAdded += relation.evidence.length;
      touched.relations.add(relation.key);
    }

    for (const [, { id, state, old, before }] of entities) {
      tallies.entityChanged(before, state);
      const named =
        !old ||
        old.label !== state.label ||
        old.type !== state.type ||
        old.aliases !== JSON.stringify(state.aliases);
      const params = {
        id,
        label: state.label,
        type: state.type,
        aliases: JSON.stringify(state.aliases),
        typeVotes: JSON.stringify(state.typeVotes),
        mentionCount: state.mentionCount,
        documentCount: state.documentCount,
        firstSeen: state.firstSeen || null,
        lastSeen: state.lastSeen || null,
        degree: state.degree,
        weightedDegree: state.weightedDegree,
      };
      if (named) {
        sql.updateEntity.run(params);
        this.writeNames(
          id,
          state,
          old && { label: old.label, type: old.type, aliases: JSON.parse(old.aliases) as string[] },
        );
      } else {
        const { label: _label, aliases: _aliases, ...counts } = params;
        sql.updateEntityCounts.run(counts);
      }
    }
    sql.documentCounts.run(mentions, evidenceCount, num);
    this.applyTallies(tallies);
    sql.bumpVersion.run();
    const status = oldNum === undefined ? 'new' : 'reextracted';
    return {
      result: { docId: doc.id, source: doc.source, status, ...summary },
      touched,
      added,
    };
  }

  /** Multi-row inserts, by chunks of `ROWS_PER_INSERT` (one prepared statement per shape). */
  private insertRows(table: 'mentions' | 'aliases', values: readonly (string | number)[]): void {
    const width = table === 'mentions' ? 6 : 3;
    const rows = values.length / width;
    for (let at = 0; at < rows; at += ROWS_PER_INSERT) {
      const count = Math.min(ROWS_PER_INSERT, rows - at);
      this.multiInsert(table, count).run(values.slice(at * width, (at + count) * width));
    }
  }

  private readonly inserts = new Map<string, Statement>();

  private multiInsert(table: 'mentions' | 'aliases', count: number): Statement {
    const name = `${table}:${count}`;
    let statement = this.inserts.get(name);
    if (!statement) {
      const sql =
        table === 'mentions'
          ? `INSERT INTO mentions (doc, entity, start, end, text, type) VALUES ${Array(count).fill('(?, ?, ?, ?, ?, ?)').join(', ')}`
          : `INSERT OR IGNORE INTO aliases (entity, doc, alias) VALUES ${Array(count).fill('(?, ?, ?)').join(', ')}`;
      statement = this.db.prepare(sql);
      this.inserts.set(name, statement);
    }
    return statement;
  }

  /** Adds a write's tally deltas to the stored tallies (inside the write's transaction). */
  applyTallies(tallies: Tallies): void {
    for (const [name, delta] of tallies.deltas) this.sql.addTally.run(name, delta);
  }

  /** The names an entity is resolved and searched by, rewritten after a change. */
  writeNames(
    id: number,
    state: Pick<EntityState, 'label' | 'type' | 'aliases'>,
    before?: { label: string; type: string; aliases: string[] },
  ): void {
    if (before && before.label === state.label && before.type === state.type) {
      // The common change: new aliases. Their names go in without touching the others (a
      // name or a variant is never turned into a plain alias).
      const known = new Set(before.aliases);
      const added = state.aliases.filter((alias) => !known.has(alias));
      if (added.length === 0) return;
      for (const alias of added) {
        const norm = normaliseName(alias);
        if (!norm) continue;
        const variant = isVariantOf(alias, state.label) || isVariantOf(state.label, alias);
        this.sql.upsertName.run(norm, id, variant ? 'variant' : 'alias');
      }
    } else {
      this.sql.deleteNames.run(id);
      for (const [norm, kind] of nameEntries(state)) this.sql.insertName.run(norm, id, kind);
    }
    this.sql.deleteText.run(id);
    this.sql.insertText.run(id, searchText(state.label, state.aliases));
  }

  /** Entity and relation keys a document's rows touch. */
  private keysOfDocument(num: number): Set<string> {
    const keys = new Set<string>();
    for (const key of this.db
      .prepare(
        `SELECT e.key FROM entities e WHERE e.id IN (
           SELECT entity FROM mentions WHERE doc = @id UNION SELECT entity FROM aliases WHERE doc = @id)`,
      )
      .pluck()
      .all({ id: num }) as string[]) {
      keys.add(key);
    }
    for (const row of this.db
      .prepare(
        `SELECT s.key AS s, r.predicate AS p, o.key AS o FROM relations r
         JOIN entities s ON s.id = r.subject JOIN entities o ON o.id = r.object
         WHERE r.id IN (SELECT relation FROM evidence WHERE doc = ?)`,
      )
      .all(num) as { s: string; p: RelationType; o: string }[]) {
      keys.add(relationKey(row.s, row.p, row.o));
    }
    return keys;
  }

  /**
   * Deletes a document's rows, then recomputes (or deletes, when left without support) every
   * relation and entity they touched. Adds the touched keys to `touched`.
   */
  deleteDocumentRows(
    num: number,
    touched: Touched,
    tallies: Tallies,
  ): { entities: number; relations: number } {
    const entityIds = new Set(
      this.db
        .prepare(
          `SELECT entity FROM mentions WHERE doc = @id UNION SELECT entity FROM aliases WHERE doc = @id`,
        )
        .pluck()
        .all({ id: num }) as number[],
    );
    const relationIds = new Set(
      this.db
        .prepare(`SELECT DISTINCT relation FROM evidence WHERE doc = ?`)
        .pluck()
        .all(num) as number[],
    );
    this.db.prepare(`DELETE FROM documents WHERE num = ?`).run(num);
    return this.recompute(entityIds, relationIds, touched, tallies);
  }

  /**
   * Brings the aggregates of the given relations and entities in line with their rows:
   * relations without evidence and entities without mentions or relations are deleted.
   */
  recompute(
    entityIds: Set<number>,
    relationIds: Set<number>,
    touched: Touched,
    tallies: Tallies,
  ): { entities: number; relations: number } {
    const sql = this.sql;
    const removed = { entities: 0, relations: 0 };
    const keyOf = (id: number): string =>
      (sql.entityById.get(id) as EntityRow | undefined)?.key ?? '';
    for (const id of relationIds) {
      const row = sql.relationById.get(id) as RelationRow | undefined;
      if (!row) continue;
      entityIds.add(row.subject);
      entityIds.add(row.object);
      touched.relations.add(
        relationKey(keyOf(row.subject), row.predicate as RelationType, keyOf(row.object)),
      );
      const agg = sql.relationAggregates.get(id) as Omit<
        RelationRow,
        'id' | 'subject' | 'predicate' | 'object' | 'label' | 'modality'
      >;
      if (agg.weight === 0) {
        sql.deleteRelation.run(id);
        tallies.relation(row, -1);
        removed.relations++;
        continue;
      }
      const counts = countsOfRow({ ...row, ...agg });
      tallies.relationChanged(row, {
        predicate: row.predicate,
        modality: modalityOf(counts),
        weight: agg.weight,
      });
      sql.updateRelation.run(
        agg.weight,
        modalityOf(counts),
        ...countColumns(counts),
        agg.first_seen,
        agg.last_seen,
        id,
      );
    }
    for (const id of entityIds) {
      const row = sql.entityById.get(id) as EntityRow | undefined;
      if (!row) continue;
      touched.entities.add(row.key);
      const degrees = sql.entityDegrees.get({ id }) as { degree: number; weighted: number };
      const hasMentions = sql.hasMentions.get(id) !== undefined;
      if (!hasMentions && degrees.degree === 0) {
        sql.deleteEntity.run(id);
        tallies.entity(row, -1);
        removed.entities++;
        continue;
      }
      const agg = sql.entityAggregates.get(id) as {
        mentions: number;
        docs: number;
        first: string | null;
        last: string | null;
      };
      const aliases = (sql.aliasesOf.all(id) as string[]).filter((a) => a !== row.label);
      const typeVotes = votesOf(sql.votesOf.all(id) as string[]);
      const state: EntityState = {
        label: row.label,
        type: this.ctx.rules.type(row.key) ?? votedType(typeVotes, row.type as EntityType),
        aliases,
        typeVotes,
        mentionCount: agg.mentions,
        documentCount: agg.docs,
        firstSeen: agg.first ?? '',
        lastSeen: agg.last ?? '',
        degree: degrees.degree,
        weightedDegree: degrees.weighted,
      };
      tallies.entityChanged(row, state);
      sql.updateEntity.run({
        id,
        label: state.label,
        type: state.type,
        aliases: JSON.stringify(state.aliases),
        typeVotes: JSON.stringify(state.typeVotes),
        mentionCount: state.mentionCount,
        documentCount: state.documentCount,
        firstSeen: state.firstSeen || null,
        lastSeen: state.lastSeen || null,
        degree: state.degree,
        weightedDegree: state.weightedDegree,
      });
      this.writeNames(id, state);
    }
    return removed;
  }
}
