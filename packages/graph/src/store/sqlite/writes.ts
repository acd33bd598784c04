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
    yield* insertRows(
      sql`INSERT OR REPLACE INTO names (norm, entity, kind)`,
      plan.replaced.map((n) => [n.norm, n.id, n.kind]),
    );
    yield* insertRows(
      sql`INSERT INTO names (norm, entity, kind)`,
      plan.upserts.map((n) => [n.norm, n.id, n.kind]),
      sql`ON CONFLICT (norm, entity) DO UPDATE SET kind = excluded.kind
          WHERE names.kind = 'alias' AND excluded.kind = 'variant'`,
    );
    // A row this write inserted has no search text to delete.
    for (const { id, fresh } of plan.texts) {
      if (!fresh) yield* run(sql`DELETE FROM entity_fts WHERE rowid = ${id}`);
    }
    yield* insertRows(
      sql`INSERT INTO entity_fts (rowid, names)`,
      plan.texts.map((t) => [t.id, t.text]),
    );
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

/**
 * Multi-row inserts, `ROWS_PER_INSERT` rows a statement (one prepared statement per size), with
 * `tail` (an upsert clause) after the values.
 */
function* insertRows(
  head: Query,
  rows: readonly (string | number | null)[][],
  tail: Query = sql``,
): Sql<void> {
  for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) {
    const chunk = rows.slice(at, at + ROWS_PER_INSERT);
    yield* run(sql`${head} VALUES ${join(chunk.map(tuple))} ${tail}`);
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
    for (const { subject, predicate, object, label, state } of rows) {
      const counts = state.counts;
      const id = yield* insert(
        sql`INSERT INTO relations (subject, predicate, object, label, weight, modality, asserted,
              reported, considered, alleged, negated, first_seen, last_seen)
            VALUES (${subject}, ${predicate}, ${object}, ${label}, ${state.weight},
              ${state.modality}, ${counts.asserted ?? 0}, ${counts.reported ?? 0},
              ${counts.considered ?? 0}, ${counts.alleged ?? 0}, ${counts.negated ?? 0},
              ${state.firstSeen}, ${state.lastSeen})`,
      );
      ids.push({ id, subject, predicate, object });
    }
    return ids;
  },
  *insertEntities(rows) {
    const ids = [];
    for (const { key, state } of rows) {
      ids.push(
        yield* insert(
          sql`INSERT INTO entities (key, label, type, aliases, type_votes, mention_count,
                document_count, first_seen, last_seen, degree, weighted_degree)
              VALUES (${key}, ${state.label}, ${state.type}, ${JSON.stringify(state.aliases)},
                ${JSON.stringify(state.typeVotes)}, ${state.mentionCount},
                ${state.documentCount}, ${state.firstSeen || null}, ${state.lastSeen || null},
                ${state.degree}, ${state.weightedDegree})`,
        ),
      );
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

  /**
   * `writeDocument`, in slices of `sliceMs` with the event loop free between them. With `batch`
   * (one `Tallies` for every document of a transaction) the tally deltas are added to it, for
   * the caller to apply once; without, they are applied here.
   */
  async writeDocumentSliced(
    input: DocumentInput,
    oldNum: number | undefined,
    sliceMs: number,
    batch?: Tallies,
  ): Promise<DocumentWrite> {
    const tallies = batch ?? new Tallies();
    const written = await this.ctx.run.runSliced(
      writeDocument(this.shared(), input, oldNum, tallies),
      sliceMs,
    );
    if (!batch) this.applyTallies(tallies);
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
