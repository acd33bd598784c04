/**
 * The SQLite store's writes: one document resolved against the rows its names can mean and
 * written with the aggregates, names, tallies and full-text rows that go with it; a document's
 * rows deleted and everything they touched recomputed (or deleted when left without support).
 * Always inside a transaction the store opened.
 */
import type { Database as Db, Statement } from 'better-sqlite3';
import type { EntityType, Extraction } from '@kg/schema';
import { KgError } from '@kg/schema';
import type { DocumentMeta, KnownEntities } from '../../merge.js';
import { resolveExtraction, resolveKeys } from '../../merge.js';
import { entityKey } from '../../names.js';
import type { NameKind } from '../../resolver.js';
import { ResolverIndex, lookupForms } from '../../resolver.js';
import type { EntityState } from '../aggregates.js';
import { Tallies, countColumns, mergeEntityState, mergeRelationState } from '../aggregates.js';
import type { IngestResult, RestoredDocument, StoreCounts } from '../store.js';
import type { EntityRow, RelationRow, Touched } from '../rows.js';
import { emptySummary, entityState, relationState } from '../rows.js';
import { run, sql } from '../sql.js';
import type { Renamed, WriteContext, WriteStatements } from '../writes.js';
import { deleteDocumentRows, keysOfDocument, namesPlan, recompute } from '../writes.js';
import { ComponentWrites } from './components.js';
import type { SqliteContext, Statements } from './statements.js';

/** What a write takes: an extraction to resolve, or a restored document to write as it is. */
export type DocumentInput =
  { extraction: Extraction; meta: DocumentMeta } | { restored: RestoredDocument };

/** Rows per multi-row insert of mentions and aliases. */
const ROWS_PER_INSERT = 32;

export class Writes {
  private readonly components: ComponentWrites;

  constructor(private readonly ctx: SqliteContext) {
    this.components = new ComponentWrites(ctx.sql);
  }

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

  /**
   * Writes one document (replacing its old rows when `oldNum` is set); inside a transaction.
   * An extraction is resolved first; a restored document goes in as it is.
   */
  writeDocument(
    input: DocumentInput,
    oldNum: number | undefined,
  ): { result: IngestResult; touched: Touched; added: Partial<StoreCounts> } {
    const sql = this.sql;
    const tallies = new Tallies();
    const touched: Touched = { entities: new Set(), relations: new Set() };
    const added = { documents: 1, entities: 0, relations: 0 };
    let existedBefore: ((key: string) => boolean) | undefined;
    // A re-extraction without the text keeps the stored one (the row goes with the old document).
    const restore = 'restored' in input;
    const text =
      (restore ? input.restored.text : input.meta.text) ??
      (oldNum === undefined
        ? undefined
        : (this.db.prepare(`SELECT text FROM document_text WHERE doc = ?`).pluck().get(oldNum) as
            string | undefined));
    if (oldNum !== undefined) {
      // Re-extraction: what the old version alone supported goes first. Whether an entity or
      // relation is new is judged against the store before the old rows went.
      const keysBefore = this.ctx.run.run(keysOfDocument(oldNum));
      const removed = this.deleteDocumentRows(oldNum, touched, tallies);
      added.documents = 0;
      added.entities -= removed.entities;
      added.relations -= removed.relations;
      existedBefore = (key) => keysBefore.has(key) || touched.entities.has(key);
    }
    let resolved: RestoredDocument;
    let rows = new Map<string, EntityRow>();
    if (restore) resolved = input.restored;
    else {
      const known = this.knownFor(input.extraction);
      rows = known.rows;
      resolved = resolveExtraction(
        known.known,
        input.extraction,
        input.meta,
        this.ctx.rules,
        known.keys,
      );
    }
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
      const pinned = restore ? entity.type : this.ctx.rules.type(entity.key);
      const state = mergeEntityState(current, entity, seen, pinned);
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
        this.components.added(tallies, id);
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
        this.components.linked(tallies, subject.id, object.id);
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

    const renamed: Renamed[] = [];
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
        renamed.push({
          id,
          state,
          before: old && {
            label: old.label,
            type: old.type,
            aliases: JSON.parse(old.aliases) as string[],
          },
        });
      } else {
        const { label: _label, aliases: _aliases, ...counts } = params;
        sql.updateEntityCounts.run(counts);
      }
    }
    this.ctx.run.run(SQLITE_WRITES.writeNames(namesPlan(renamed)));
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
    this.ctx.run.run(SQLITE_WRITES.applyTallies(tallies));
  }

  /** See `deleteDocumentRows` in `../writes.ts`. */
  deleteDocumentRows(
    num: number,
    touched: Touched,
    tallies: Tallies,
  ): { entities: number; relations: number } {
    return this.ctx.run.run(deleteDocumentRows(this.shared(), num, touched, tallies));
  }

  /** See `recompute` in `../writes.ts`. */
  recompute(
    entityIds: Set<number>,
    relationIds: Set<number>,
    touched: Touched,
    tallies: Tallies,
  ): { entities: number; relations: number } {
    return this.ctx.run.run(recompute(this.shared(), entityIds, relationIds, touched, tallies));
  }

  /** What the shared writes need of this store. */
  shared(): WriteContext {
    return { rules: this.ctx.rules, statements: SQLITE_WRITES };
  }
}

/** The writes SQLite makes one row at a time (prepared once, so as fast as a batch). */
export const SQLITE_WRITES: WriteStatements = {
  *updateEntities(updates) {
    for (const { id, state } of updates) {
      yield* run(
        sql`UPDATE entities SET label = ${state.label}, type = ${state.type},
              aliases = ${JSON.stringify(state.aliases)},
              type_votes = ${JSON.stringify(state.typeVotes)},
              mention_count = ${state.mentionCount}, document_count = ${state.documentCount},
              first_seen = ${state.firstSeen || null}, last_seen = ${state.lastSeen || null},
              degree = ${state.degree}, weighted_degree = ${state.weightedDegree}
            WHERE id = ${id}`,
      );
    }
  },
  *writeNames(plan) {
    for (const id of plan.rewrite) yield* run(sql`DELETE FROM names WHERE entity = ${id}`);
    for (const { norm, id, kind } of plan.replaced) {
      yield* run(
        sql`INSERT OR REPLACE INTO names (norm, entity, kind) VALUES (${norm}, ${id}, ${kind})`,
      );
    }
    for (const { norm, id, kind } of plan.upserts) {
      yield* run(
        sql`INSERT INTO names (norm, entity, kind) VALUES (${norm}, ${id}, ${kind})
            ON CONFLICT (norm, entity) DO UPDATE SET kind = excluded.kind
            WHERE names.kind = 'alias' AND excluded.kind = 'variant'`,
      );
    }
    for (const { id, text } of plan.texts) {
      yield* run(sql`DELETE FROM entity_fts WHERE rowid = ${id}`);
      yield* run(sql`INSERT INTO entity_fts (rowid, names) VALUES (${id}, ${text})`);
    }
  },
  *applyTallies(tallies) {
    for (const [name, delta] of tallies.deltas) {
      yield* run(
        sql`INSERT INTO tallies (name, count) VALUES (${name}, ${delta})
            ON CONFLICT (name) DO UPDATE SET count = count + excluded.count`,
      );
    }
  },
};
