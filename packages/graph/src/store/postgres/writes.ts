/**
 * The PostgreSQL store's writes: the shared work of `../writes.ts` and `../write-document.ts` run
 * on a transaction's client (holding the write lock), with the statements PostgreSQL writes in
 * its own way: a few set-based statements per document, arrays in and `unnest` inside.
 */
import type { PoolClient } from 'pg';
import type { Modality } from '@kg/schema';
import type { RelationState } from '../aggregates.js';
import { Tallies } from '../aggregates.js';
import type { RelationRow, Touched } from '../rows.js';
import { RELATION_COLUMNS } from '../rows.js';
import type { Query } from '../sql.js';
import { all, array, join, raw, run, sql } from '../sql.js';
import type {
  DocumentInput,
  DocumentStatements,
  DocumentWrite,
  DocumentWriteContext,
  EvidenceInsert,
} from '../write-document.js';
import { writeDocument } from '../write-document.js';
import type { NameRow, WriteStatements } from '../writes.js';
import { deleteDocumentRows, recompute } from '../writes.js';
import type { PgContext } from './context.js';
import { PgComponentWrites } from './components.js';
import { runOn } from './run.js';

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

/** The relation counts columns, in the order of the table and of `relationStateArrays`. */
const COUNTED: readonly Modality[] = ['asserted', 'reported', 'considered', 'alleged', 'negated'];

/**
 * A relation's aggregates as nine arrays for `unnest`, in the order weight, modality, the five
 * modality counts, first seen, last seen (aliased `w, m, a, r, c, al, n, f, l` by the callers).
 */
function relationStateArrays(states: readonly RelationState[]): Query {
  const column = (type: 'int' | 'text', pick: (state: RelationState) => string | number) =>
    sql`${array(states.map(pick), type)}`;
  return join([
    column('int', (x) => x.weight),
    column('text', (x) => x.modality),
    ...COUNTED.map((modality) => column('int', (x) => x.counts[modality] ?? 0)),
    column('text', (x) => x.firstSeen),
    column('text', (x) => x.lastSeen),
  ]);
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
    }
    if (plan.replaced.length > 0) yield* run(names(plan.replaced));
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

/** A document's bulk rows, PostgreSQL's way: one statement each, arrays in, `unnest` inside. */
export const POSTGRES_DOCUMENTS: DocumentStatements = {
  *insertMentions(doc, rows) {
    yield* run(
      sql`INSERT INTO mentions (doc, entity, start, "end", text, type)
          SELECT ${doc}::bigint, * FROM unnest(${array(
            rows.map((m) => m.entity),
            'bigint',
          )}, ${array(
            rows.map((m) => m.start),
            'int',
          )}, ${array(
            rows.map((m) => m.end),
            'int',
          )}, ${array(
            rows.map((m) => m.text),
            'text',
          )}, ${array(
            rows.map((m) => m.type),
            'text',
          )})`,
    );
  },
  *insertAliases(doc, rows) {
    const entities = array(
      rows.map((a) => a.entity),
      'bigint',
    );
    const aliases = array(
      rows.map((a) => a.alias),
      'text',
    );
    yield* run(
      sql`INSERT INTO aliases (entity, doc, alias)
          SELECT e, ${doc}::bigint, a FROM unnest(${entities}, ${aliases}) AS t(e, a)
          ON CONFLICT DO NOTHING`,
    );
  },
  relationsByEnds(ends) {
    return all<RelationRow>(
      sql`SELECT ${raw(RELATION_COLUMNS)} FROM relations r
          JOIN unnest(${array(
            ends.map((e) => e.subject),
            'bigint',
          )}, ${array(
            ends.map((e) => e.predicate),
            'text',
          )}, ${array(
            ends.map((e) => e.object),
            'bigint',
          )}) AS t(s, p, o)
            ON r.subject = t.s AND r.predicate = t.p AND r.object = t.o`,
    );
  },
  insertRelations(rows) {
    return all(
      sql`INSERT INTO relations (subject, predicate, object, label, weight, modality, asserted,
            reported, considered, alleged, negated, first_seen, last_seen)
          SELECT t.s, t.p, t.o, t.label, t.w, t.m, t.a, t.r, t.c, t.al, t.n, t.f, t.l
          FROM unnest(${array(
            rows.map((r) => r.subject),
            'bigint',
          )}, ${array(
            rows.map((r) => r.predicate),
            'text',
          )}, ${array(
            rows.map((r) => r.object),
            'bigint',
          )}, ${array(
            rows.map((r) => r.label),
            'text',
          )}, ${relationStateArrays(rows.map((r) => r.state))})
            WITH ORDINALITY AS t(s, p, o, label, w, m, a, r, c, al, n, f, l, ord)
          ORDER BY t.ord
          RETURNING id, subject, predicate, object`,
    );
  },
  *insertEntities(rows) {
    const s = rows.map((r) => r.state);
    const inserted = yield* all<{ id: number | string; key: string }>(
      sql`INSERT INTO entities (key, label, type, aliases, type_votes, mention_count,
            document_count, first_seen, last_seen, degree, weighted_degree)
          SELECT t.key, t.label, t.type, t.aliases, t.votes, t.mentions, t.docs, t.first, t.last,
            t.degree, t.weighted
          FROM unnest(${array(
            rows.map((r) => r.key),
            'text',
          )}, ${array(
            s.map((x) => x.label),
            'text',
          )}, ${array(
            s.map((x) => x.type),
            'text',
          )}, ${array(
            s.map((x) => JSON.stringify(x.aliases)),
            'text',
          )}, ${array(
            s.map((x) => JSON.stringify(x.typeVotes)),
            'text',
          )}, ${array(
            s.map((x) => x.mentionCount),
            'int',
          )}, ${array(
            s.map((x) => x.documentCount),
            'int',
          )}, ${array(
            s.map((x) => x.firstSeen || null),
            'text',
          )}, ${array(
            s.map((x) => x.lastSeen || null),
            'text',
          )}, ${array(
            s.map((x) => x.degree),
            'int',
          )}, ${array(
            s.map((x) => x.weightedDegree),
            'bigint',
          )}) WITH ORDINALITY
            AS t(key, label, type, aliases, votes, mentions, docs, first, last, degree, weighted,
              ord)
          ORDER BY t.ord
          RETURNING id, key`,
    );
    const ids = new Map(inserted.map((r) => [r.key, Number(r.id)]));
    return rows.map((r) => ids.get(r.key) as number);
  },
  *updateRelations(updates) {
    yield* run(
      sql`UPDATE relations r SET weight = t.w, modality = t.m, asserted = t.a, reported = t.r,
            considered = t.c, alleged = t.al, negated = t.n, first_seen = t.f, last_seen = t.l
          FROM unnest(${array(
            updates.map((u) => u.id),
            'bigint',
          )}, ${relationStateArrays(updates.map((u) => u.state))})
            AS t(id, w, m, a, r, c, al, n, f, l)
          WHERE r.id = t.id`,
    );
  },
  *insertEvidence(doc, rows) {
    const column = <T extends string | number | null>(
      type: 'text' | 'bigint' | 'int' | 'float8',
      pick: (ev: EvidenceInsert) => T,
    ) => array(rows.map(pick), type);
    const span = (i: number) => column('int', (ev) => ev.spans[i] ?? null);
    yield* run(
      sql`INSERT INTO evidence (relation, doc, start, "end", sentence, subject_start, subject_end,
            object_start, object_end, trigger_start, trigger_end, modality, attribution,
            confidence, extractor_version, date, search)
          SELECT t.relation, ${doc}::bigint, t.start, t.e, t.sentence, t.ss, t.se, t.os, t.oe,
            t.ts, t.te, t.modality, t.attribution, t.confidence, t.version, t.date,
            to_tsvector('simple', t.search)
          FROM unnest(${column('bigint', (ev) => ev.relation)}, ${column('int', (ev) => ev.start)},
            ${column('int', (ev) => ev.end)}, ${column('text', (ev) => ev.sentence)}, ${span(0)},
            ${span(1)}, ${span(2)}, ${span(3)}, ${span(4)}, ${span(5)},
            ${column('text', (ev) => ev.modality)}, ${column('text', (ev) => ev.attribution)},
            ${column('float8', (ev) => ev.confidence)},
            ${column('text', (ev) => ev.extractorVersion)}, ${column('text', (ev) => ev.date)},
            ${column('text', (ev) => ftsText(ev.sentence))})
            WITH ORDINALITY AS t(relation, start, e, sentence, ss, se, os, oe, ts, te, modality,
              attribution, confidence, version, date, search, n)
          ORDER BY t.n`,
    );
  },
};

/** The shared writes on a transaction's client (holding the write lock). */
export class Writes {
  /** The connected components every document write keeps (`components.ts`). */
  private readonly components = new PgComponentWrites();
  private readonly documents: DocumentStatements;

  constructor(private readonly ctx: PgContext) {
    const components = this.components;
    this.documents = {
      ...POSTGRES_DOCUMENTS,
      // eslint-disable-next-line require-yield -- gathered here, written at the document's end
      *entityAdded(tallies, id) {
        components.added(tallies, id);
      },
      // eslint-disable-next-line require-yield -- gathered here, written at the document's end
      *relationAdded(tallies, subject, object) {
        components.linked(tallies, subject, object);
      },
    };
  }

  /** What the shared writes need of this store. */
  shared(): DocumentWriteContext {
    return { rules: this.ctx.rules, statements: POSTGRES_WRITES, documents: this.documents };
  }

  /** Writes one document (replacing its old rows when `oldNum` is set), tallies included. */
  async writeDocument(
    db: PoolClient,
    input: DocumentInput,
    oldNum: number | undefined,
  ): Promise<DocumentWrite> {
    const tallies = new Tallies();
    // The document count lives in the tallies here (read on open and after every write).
    if (oldNum === undefined) tallies.add('documents', 1);
    const written = await runOn(db, writeDocument(this.shared(), input, oldNum, tallies));
    await this.components.flush(db, tallies);
    await this.applyTallies(db, tallies);
    return written;
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
}
