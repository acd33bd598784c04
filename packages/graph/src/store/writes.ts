/**
 * The writes both backends share, over the query interface of `sql.ts`: a document's rows
 * deleted and everything they touched recomputed (or deleted when left without support), and
 * which names an entity is found by after a change. What a backend writes in statements of its
 * own (entity aggregates, names and full-text rows, tallies: batched on PostgreSQL, one row at a
 * time on SQLite) comes in through `WriteStatements`. Always inside a transaction the store
 * opened.
 */
import type { EntityType, RelationType } from '@kg/schema';
import type { CurationRules } from '../curation.js';
import { modalityOf } from '../modalities.js';
import { isVariantOf, normaliseName, relationKey } from '../names.js';
import { PACE } from '../pacing.js';
import type { NameKind } from '../resolver.js';
import { nameEntries } from '../resolver.js';
import { searchText } from '../query/search.js';
import type { EntityState, Tallies } from './aggregates.js';
import { votedType, votesOf } from './aggregates.js';
import type { EntityRow, RelationRow, Touched } from './rows.js';
import { ENTITY_COLUMNS, RELATION_COLUMNS, countsOfRow } from './rows.js';
import type { Sql } from './sql.js';
import { all, get, pause, raw, run, sql } from './sql.js';

/** An entity's aggregate columns after a change. */
export interface EntityUpdate {
  id: number;
  state: EntityState;
}

/** An entity whose names changed, with what it was called before (absent: rewrite them all). */
export interface Renamed {
  id: number;
  state: Pick<EntityState, 'label' | 'type' | 'aliases'>;
  before?: { label: string; type: string; aliases: string[] } | undefined;
  /** A row this write inserted: it has no names or search text yet, so none go first. */
  fresh?: boolean;
}

/** One row of the names table. */
export interface NameRow {
  norm: string;
  id: number;
  kind: NameKind;
}

/** The names rows to write after a change, as `namesPlan` decides them. */
export interface NamesPlan {
  /**
   * Entities whose names are replaced: their rows go, `replaced` come in (with the names of the
   * rows the write inserted, which had none).
   */
  rewrite: number[];
  replaced: NameRow[];
  /** Names added beside the others (an alias never demotes a variant). */
  upserts: NameRow[];
  /** The text each changed entity is searched by (`fresh`: it had none before). */
  texts: { id: number; text: string; fresh: boolean }[];
}

/** The statements a backend writes in its own way (one row at a time, or batched). */
export interface WriteStatements {
  updateEntities(updates: readonly EntityUpdate[]): Sql<void>;
  writeNames(plan: NamesPlan): Sql<void>;
  applyTallies(tallies: Tallies): Sql<void>;
}

/** What the shared writes need of the store: the rules as they stand, its own statements. */
export interface WriteContext {
  readonly rules: CurationRules;
  readonly statements: WriteStatements;
}

/**
 * The names entities are resolved and searched by after a change: new aliases only when label
 * and type stayed (a name or a variant is never turned into a plain alias), else every name
 * again; and the search text of each.
 */
export function* namesPlan(changed: readonly Renamed[]): Sql<NamesPlan> {
  const upserts = new Map<string, NameRow>();
  const replaced = new Map<string, NameRow>();
  const plan: NamesPlan = { rewrite: [], replaced: [], upserts: [], texts: [] };
  let done = 0;
  for (const { id, state, before, fresh = false } of changed) {
    if (++done % PACE === 0) yield* pause();
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
      if (!fresh) plan.rewrite.push(id);
      for (const [norm, kind] of nameEntries(state)) {
        replaced.set(`${norm}\u0000${id}`, { norm, id, kind });
      }
    }
    plan.texts.push({ id, text: searchText(state.label, state.aliases), fresh });
  }
  plan.replaced = [...replaced.values()];
  plan.upserts = [...upserts.values()];
  return plan;
}

/** Entity and relation keys a document's rows touch. */
export function* keysOfDocument(num: number): Sql<Set<string>> {
  const keys = new Set<string>();
  for (const r of yield* all<{ key: string }>(
    sql`SELECT e.key FROM entities e WHERE e.id IN (
          SELECT entity FROM mentions WHERE doc = ${num}
          UNION SELECT entity FROM aliases WHERE doc = ${num})`,
  )) {
    keys.add(r.key);
  }
  for (const r of yield* all<{ s: string; p: RelationType; o: string }>(
    sql`SELECT s.key AS s, r.predicate AS p, o.key AS o FROM relations r
        JOIN entities s ON s.id = r.subject JOIN entities o ON o.id = r.object
        WHERE r.id IN (SELECT relation FROM evidence WHERE doc = ${num})`,
  )) {
    keys.add(relationKey(r.s, r.p, r.o));
  }
  return keys;
}

/**
 * Deletes a document's rows, then recomputes (or deletes, when left without support) every
 * relation and entity they touched. Adds the touched keys to `touched`.
 */
export function* deleteDocumentRows(
  ctx: WriteContext,
  num: number,
  touched: Touched,
  tallies: Tallies,
): Sql<{ entities: number; relations: number }> {
  const entityIds = new Set(
    (yield* all<{ entity: number }>(
      sql`SELECT entity FROM mentions WHERE doc = ${num}
          UNION SELECT entity FROM aliases WHERE doc = ${num}`,
    )).map((r) => r.entity),
  );
  const relationIds = new Set(
    (yield* all<{ relation: number }>(
      sql`SELECT DISTINCT relation FROM evidence WHERE doc = ${num}`,
    )).map((r) => r.relation),
  );
  yield* run(sql`DELETE FROM documents WHERE num = ${num}`);
  return yield* recompute(ctx, entityIds, relationIds, touched, tallies);
}

const entityById = (id: number): Sql<EntityRow | undefined> =>
  get<EntityRow>(sql`SELECT ${raw(ENTITY_COLUMNS)} FROM entities WHERE id = ${id}`);

/**
 * Brings the aggregates of the given relations and entities in line with their rows:
 * relations without evidence and entities without mentions or relations are deleted.
 */
export function* recompute(
  ctx: WriteContext,
  entityIds: Set<number>,
  relationIds: Set<number>,
  touched: Touched,
  tallies: Tallies,
): Sql<{ entities: number; relations: number }> {
  const removed = { entities: 0, relations: 0 };
  for (const id of relationIds) {
    const r = yield* get<RelationRow>(
      sql`SELECT ${raw(RELATION_COLUMNS)} FROM relations r WHERE r.id = ${id}`,
    );
    if (!r) continue;
    entityIds.add(r.subject);
    entityIds.add(r.object);
    const subject = (yield* entityById(r.subject))?.key ?? '';
    const object = (yield* entityById(r.object))?.key ?? '';
    touched.relations.add(relationKey(subject, r.predicate as RelationType, object));
    const agg = (yield* get<Omit<RelationRow, 'id' | 'subject' | 'predicate' | 'object'>>(
      sql`SELECT COUNT(*) AS weight, MIN(date) AS first_seen, MAX(date) AS last_seen,
            COUNT(*) FILTER (WHERE modality = 'asserted') AS asserted,
            COUNT(*) FILTER (WHERE modality = 'reported') AS reported,
            COUNT(*) FILTER (WHERE modality = 'considered') AS considered,
            COUNT(*) FILTER (WHERE modality = 'alleged') AS alleged,
            COUNT(*) FILTER (WHERE modality = 'negated') AS negated
          FROM evidence WHERE relation = ${id}`,
    )) as Omit<RelationRow, 'id' | 'subject' | 'predicate' | 'object'>;
    if (agg.weight === 0) {
      yield* run(sql`DELETE FROM relations WHERE id = ${id}`);
      tallies.relation(r, -1);
      tallies.componentsStale();
      removed.relations++;
      continue;
    }
    const counts = countsOfRow({ ...r, ...agg });
    const modality = modalityOf(counts);
    tallies.relationChanged(r, { predicate: r.predicate, modality, weight: agg.weight });
    yield* run(
      sql`UPDATE relations SET weight = ${agg.weight}, modality = ${modality},
            asserted = ${counts.asserted ?? 0}, reported = ${counts.reported ?? 0},
            considered = ${counts.considered ?? 0}, alleged = ${counts.alleged ?? 0},
            negated = ${counts.negated ?? 0},
            first_seen = ${agg.first_seen}, last_seen = ${agg.last_seen}
          WHERE id = ${id}`,
    );
  }
  const updates: EntityUpdate[] = [];
  for (const id of entityIds) {
    const r = yield* entityById(id);
    if (!r) continue;
    touched.entities.add(r.key);
    const degrees = (yield* get<{ degree: number; weighted: number }>(
      sql`SELECT
            (SELECT COUNT(*) FROM relations WHERE subject = ${id})
              + (SELECT COUNT(*) FROM relations WHERE object = ${id}) AS degree,
            (SELECT COALESCE(SUM(weight), 0) FROM relations WHERE subject = ${id})
              + (SELECT COALESCE(SUM(weight), 0) FROM relations WHERE object = ${id}) AS weighted`,
    )) as { degree: number; weighted: number };
    const mentioned = yield* get(sql`SELECT 1 FROM mentions WHERE entity = ${id} LIMIT 1`);
    if (mentioned === undefined && degrees.degree === 0) {
      yield* run(sql`DELETE FROM entities WHERE id = ${id}`);
      tallies.entity(r, -1);
      tallies.componentsStale();
      removed.entities++;
      continue;
    }
    const agg = (yield* get<{
      mentions: number;
      docs: number;
      first: string | null;
      last: string | null;
    }>(
      sql`SELECT COUNT(*) AS mentions, COUNT(DISTINCT m.doc) AS docs,
            MIN(d.ingested_at) AS first, MAX(d.ingested_at) AS last
          FROM mentions m JOIN documents d ON d.num = m.doc WHERE m.entity = ${id}`,
    )) as { mentions: number; docs: number; first: string | null; last: string | null };
    const aliases = (yield* all<{ alias: string }>(
      sql`SELECT alias FROM aliases WHERE entity = ${id} GROUP BY alias ORDER BY MIN(doc), alias`,
    ))
      .map((a) => a.alias)
      .filter((a) => a !== r.label);
    const typeVotes = votesOf(
      (yield* all<{ type: string }>(sql`SELECT type FROM mentions WHERE entity = ${id}`)).map(
        (m) => m.type,
      ),
    );
    const state: EntityState = {
      label: r.label,
      type: ctx.rules.type(r.key) ?? votedType(typeVotes, r.type as EntityType),
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
  }
  yield* ctx.statements.updateEntities(updates);
  yield* ctx.statements.writeNames(yield* namesPlan(updates));
  return removed;
}
