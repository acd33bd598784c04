/**
 * Connected components kept by every write to a PostgreSQL store, as the SQLite store keeps
 * them (`../sqlite/components.ts`), so a stats pass reads two tallies instead of paging through
 * every relation. The `components` table maps each entity to the root of its component (kept
 * flat: every member points at its root, whose row holds the size), with the number of
 * components and the largest one's size in `tallies`.
 *
 * PostgreSQL answers each statement over the wire, so a document's new entities and relations
 * are gathered as it is written and joined in a few batched statements at the end of its
 * transaction (`flush`): the roots of the ends read at once, the unions done in memory, the
 * smaller components' members moved to the larger root in one update. Writes hold the store's
 * write lock, so no two flushes interleave. A write that deletes entities or relations (removal,
 * re-extraction, curation) marks the components stale, as on SQLite; the next stats pass counts
 * them from the tables and writes the count back (`writeComponents`), and writes keep them again.
 */
import type { PoolClient } from 'pg';
import { largest } from '../../metrics.js';
import type { Tallies } from '../aggregates.js';
import { COMPONENT_TALLIES } from '../aggregates.js';

/** What one write added: new entity ids and the ends of new relations. */
interface Pending {
  entities: number[];
  links: [number, number][];
}

/** The partition of a store's entities: each entity's root, and each root's size. */
export interface PgPartition {
  entities: number[];
  roots: number[];
  sizes: Map<number, number>;
}

async function tally(db: PoolClient, name: string): Promise<number> {
  const { rows } = await db.query<{ count: string | number }>(
    `SELECT count FROM tallies WHERE name = $1`,
    [name],
  );
  return Number(rows[0]?.count ?? 0);
}

async function setTallies(db: PoolClient, values: Record<string, number>): Promise<void> {
  await db.query(
    `INSERT INTO tallies (name, count) SELECT * FROM unnest($1::text[], $2::bigint[])
     ON CONFLICT (name) DO UPDATE SET count = excluded.count`,
    [Object.keys(values), Object.values(values)],
  );
}

/** The component moves of the writes in progress, keyed by each write's `Tallies`. */
export class PgComponentWrites {
  private readonly pending = new WeakMap<Tallies, Pending>();

  private of(tallies: Tallies): Pending {
    let found = this.pending.get(tallies);
    if (!found) {
      found = { entities: [], links: [] };
      this.pending.set(tallies, found);
    }
    return found;
  }

  /** A new entity row: a component of its own (joined at `flush`). */
  added(tallies: Tallies, id: number): void {
    this.of(tallies).entities.push(id);
  }

  /** A new relation row between two entities: their components become one at `flush`. */
  linked(tallies: Tallies, subject: number, object: number): void {
    this.of(tallies).links.push([subject, object]);
  }

  /**
   * Writes what the write added to the components and their tallies (inside its transaction,
   * before its tally deltas are applied); nothing when they are stale.
   */
  async flush(db: PoolClient, tallies: Tallies): Promise<void> {
    const pending = this.pending.get(tallies);
    this.pending.delete(tallies);
    if (!pending) return;
    if ((tallies.deltas.get(COMPONENT_TALLIES.stale) ?? 0) > 0) return;
    if ((await tally(db, COMPONENT_TALLIES.stale)) > 0) return;
    const { entities, links } = pending;
    if (entities.length > 0) {
      await db.query(
        `INSERT INTO components (entity, parent, size)
         SELECT id, id, 1 FROM unnest($1::bigint[]) AS t(id)`,
        [entities],
      );
      tallies.add(COMPONENT_TALLIES.count, entities.length);
    }
    let biggest = entities.length > 0 ? 1 : 0;
    if (links.length > 0) {
      const ends = [...new Set(links.flat())];
      const { rows } = await db.query<{ entity: string; parent: string; size: number }>(
        `SELECT c.entity, c.parent, r.size FROM components c
         JOIN components r ON r.entity = c.parent WHERE c.entity = ANY($1::bigint[])`,
        [ends],
      );
      const rootOf = new Map<number, number>();
      const sizes = new Map<number, number>();
      for (const row of rows) {
        rootOf.set(Number(row.entity), Number(row.parent));
        sizes.set(Number(row.parent), row.size);
      }
      if (rootOf.size !== ends.length) {
        // An end the table does not know (never expected): count again at the next stats.
        tallies.componentsStale();
        return;
      }
      // Unions over the roots, the larger component's root kept.
      const parent = new Map<number, number>();
      const find = (id: number): number => {
        let i = id;
        for (let p = parent.get(i); p !== undefined && p !== i; p = parent.get(i)) i = p;
        return i;
      };
      for (const root of sizes.keys()) parent.set(root, root);
      let joins = 0;
      for (const [subject, object] of links) {
        const a = find(rootOf.get(subject) as number);
        const b = find(rootOf.get(object) as number);
        if (a === b) continue;
        const [small, big] = (sizes.get(a) ?? 0) <= (sizes.get(b) ?? 0) ? [a, b] : [b, a];
        parent.set(small, big);
        sizes.set(big, (sizes.get(big) ?? 0) + (sizes.get(small) ?? 0));
        joins++;
      }
      if (joins > 0) {
        const moved = [...parent.entries()].filter(([root, p]) => root !== p);
        const from = moved.map(([root]) => root);
        const to = from.map(find);
        await db.query(
          `UPDATE components c SET parent = m.root, size = 0
           FROM unnest($1::bigint[], $2::bigint[]) AS m(old, root) WHERE c.parent = m.old`,
          [from, to],
        );
        const kept = [...new Set(to)];
        await db.query(
          `UPDATE components c SET size = m.size
           FROM unnest($1::bigint[], $2::int[]) AS m(root, size) WHERE c.entity = m.root`,
          [kept, kept.map((root) => sizes.get(root) ?? 0)],
        );
        tallies.add(COMPONENT_TALLIES.count, -joins);
        biggest = Math.max(biggest, ...kept.map((root) => sizes.get(root) ?? 0));
      }
    }
    const stored = await tally(db, COMPONENT_TALLIES.largest);
    if (biggest > stored) tallies.add(COMPONENT_TALLIES.largest, biggest - stored);
  }
}

/** Whether the kept components are exact (not stale since the last count). */
export async function componentsKept(db: PoolClient): Promise<boolean> {
  return (await tally(db, COMPONENT_TALLIES.stale)) === 0;
}

/** The kept components' tallies: how many, and the largest one's size. */
export async function keptComponents(db: PoolClient): Promise<{ count: number; largest: number }> {
  return {
    count: await tally(db, COMPONENT_TALLIES.count),
    largest: await tally(db, COMPONENT_TALLIES.largest),
  };
}

/**
 * Replaces the kept components with a partition counted from the tables, and their tallies
 * with its counts (inside the caller's transaction, holding the write lock).
 */
export async function writeComponents(db: PoolClient, partition: PgPartition): Promise<void> {
  await db.query(`DELETE FROM components`);
  const { entities, roots, sizes } = partition;
  await db.query(
    `INSERT INTO components (entity, parent, size)
     SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[])`,
    [entities, roots, entities.map((id, i) => (roots[i] === id ? (sizes.get(id) ?? 1) : 0))],
  );
  await setTallies(db, {
    [COMPONENT_TALLIES.count]: sizes.size,
    [COMPONENT_TALLIES.largest]: largest(sizes.values()),
    [COMPONENT_TALLIES.stale]: 0,
  });
}
