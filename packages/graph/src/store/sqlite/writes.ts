/**
 * The SQLite store's writes: the shared work of `../writes.ts` and `../write-document.ts` run on
 * its connection, with the statements SQLite writes in its own way — one row at a time
 * (prepared once, so as fast as a batch) and multi-row inserts for a document's mentions and
 * aliases. Always inside a transaction the store opened.
 */
import { Tallies } from '../aggregates.js';
import { relationByEnds } from '../lookups.js';
import type { RelationRow, Touched } from '../rows.js';
import type { Query, Sql } from '../sql.js';
import { insert, join, run, sql, tuple } from '../sql.js';
import type {
  DocumentInput,
  DocumentStatements,
  DocumentWrite,
  DocumentWriteContext,
} from '../write-document.js';
import { writeDocument } from '../write-document.js';
import type { WriteStatements } from '../writes.js';
import { deleteDocumentRows, recompute } from '../writes.js';
import { ComponentWrites } from './components.js';
import type { SqliteContext } from './statements.js';

/** Rows per multi-row insert of mentions and aliases. */
const ROWS_PER_INSERT = 32;

/** The writes SQLite makes one row at a time. */
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

/** Multi-row inserts, `ROWS_PER_INSERT` rows a statement (one prepared statement per size). */
function* insertRows(head: Query, rows: readonly (string | number | null)[][]): Sql<void> {
  for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) {
    const chunk = rows.slice(at, at + ROWS_PER_INSERT);
    yield* run(sql`${head} VALUES ${join(chunk.map(tuple))}`);
  }
}

/**
 * A document's bulk rows, SQLite's way, and the connected components it keeps as it is written
 * (`components.ts`: new entities and relations join them in the same transaction).
 */
function sqliteDocuments(components: ComponentWrites): DocumentStatements {
  return {
    ...SQLITE_DOCUMENTS,
    // eslint-disable-next-line require-yield -- prepared statements on the same connection
    *entityAdded(tallies, id) {
      components.added(tallies, id);
    },
    // eslint-disable-next-line require-yield -- prepared statements on the same connection
    *relationAdded(tallies, subject, object) {
      components.linked(tallies, subject, object);
    },
  };
}

const SQLITE_DOCUMENTS: DocumentStatements = {
  *insertMentions(doc, rows) {
    yield* insertRows(
      sql`INSERT INTO mentions (doc, entity, start, "end", text, type)`,
      rows.map((m) => [doc, m.entity, m.start, m.end, m.text, m.type]),
    );
  },
  *insertAliases(doc, rows) {
    yield* insertRows(
      sql`INSERT OR IGNORE INTO aliases (entity, doc, alias)`,
      rows.map((a) => [a.entity, doc, a.alias]),
    );
  },
  *relationsByEnds(ends) {
    const found: RelationRow[] = [];
    for (const { subject, predicate, object } of ends) {
      const row = yield* relationByEnds(subject, predicate, object);
      if (row) found.push(row);
    }
    return found;
  },
  *insertRelations(rows) {
    const ids = [];
    for (const { subject, predicate, object, label } of rows) {
      const id = yield* insert(
        sql`INSERT INTO relations (subject, predicate, object, label)
            VALUES (${subject}, ${predicate}, ${object}, ${label})`,
      );
      ids.push({ id, subject, predicate, object });
    }
    return ids;
  },
  *updateRelations(updates) {
    for (const { id, state } of updates) {
      const counts = state.counts;
      yield* run(
        sql`UPDATE relations SET weight = ${state.weight}, modality = ${state.modality},
              asserted = ${counts.asserted ?? 0}, reported = ${counts.reported ?? 0},
              considered = ${counts.considered ?? 0}, alleged = ${counts.alleged ?? 0},
              negated = ${counts.negated ?? 0}, first_seen = ${state.firstSeen},
              last_seen = ${state.lastSeen}
            WHERE id = ${id}`,
      );
    }
  },
  *insertEvidence(doc, rows) {
    for (const ev of rows) {
      yield* run(
        sql`INSERT INTO evidence (relation, doc, start, "end", sentence, subject_start,
              subject_end, object_start, object_end, trigger_start, trigger_end, modality,
              attribution, confidence, extractor_version, date)
            VALUES ${tuple([ev.relation, doc, ev.start, ev.end, ev.sentence, ...ev.spans, ev.modality, ev.attribution, ev.confidence, ev.extractorVersion, ev.date])}`,
      );
    }
  },
};

/** The shared writes on this store's connection (inside a transaction the store holds). */
export class Writes {
  private readonly documents: DocumentStatements;

  constructor(private readonly ctx: SqliteContext) {
    this.documents = sqliteDocuments(new ComponentWrites(ctx.sql));
  }

  /** What the shared writes need of this store. */
  shared(): DocumentWriteContext {
    return { rules: this.ctx.rules, statements: SQLITE_WRITES, documents: this.documents };
  }

  /** Writes one document (replacing its old rows when `oldNum` is set), tallies included. */
  writeDocument(input: DocumentInput, oldNum: number | undefined): DocumentWrite {
    const tallies = new Tallies();
    const written = this.ctx.run.run(writeDocument(this.shared(), input, oldNum, tallies));
    this.applyTallies(tallies);
    return written;
  }

  /** `writeDocument`, in slices of `sliceMs` with the event loop free between them. */
  async writeDocumentSliced(
    input: DocumentInput,
    oldNum: number | undefined,
    sliceMs: number,
  ): Promise<DocumentWrite> {
    const tallies = new Tallies();
    const written = await this.ctx.run.runSliced(
      writeDocument(this.shared(), input, oldNum, tallies),
      sliceMs,
    );
    this.applyTallies(tallies);
    return written;
  }

  /** Adds a write's tally deltas to the stored tallies. */
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
}
