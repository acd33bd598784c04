/**
 * Connected components kept by every write, so graph stats (and `kg serve`'s first answers)
 * never walk the relations: a union-find over entity ids in the `components` table (each
 * entity's parent; a root's row holds its component's size), with the number of components and
 * the size of the largest in `tallies`. Adding entities and relations only ever joins
 * components, so ingest keeps them exact with a few indexed reads per new relation. A write
 * that deletes an entity or a relation (removal, re-extraction, curation) may split one: it
 * marks them stale instead, the next stats pass counts them from the tables, and a writable
 * store writes that count back (`writeComponents`), after which ingest keeps them again.
 *
 * The statements are plain SQL (`ON CONFLICT … DO UPDATE`), as PostgreSQL reads them too.
 */
import type { Database as Db } from 'better-sqlite3';
import { largest } from '../../metrics.js';
import type { Tallies } from '../aggregates.js';
import { COMPONENT_TALLIES } from '../aggregates.js';
import type { Statements } from './statements.js';

/** A union-find over ids `0..maxId` (path halving, union by attaching the second root). */
export class UnionFind {
  readonly parent: Int32Array;

  constructor(maxId: number) {
    this.parent = new Int32Array(maxId + 1);
    for (let i = 0; i <= maxId; i++) this.parent[i] = i;
  }

  find(id: number): number {
    const parent = this.parent;
    let i = id;
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[ra] = rb;
  }
}

/**
 * The partition of a store's entities: for each id up to the largest, the root of its
 * component, or -1 where no entity has that id.
 */
export interface Partition {
  roots: Int32Array;
  /** Size per root. */
  sizes: Map<number, number>;
}

/** The partition a union-find gives the entity ids listed. */
export function partitionOf(found: UnionFind, ids: Iterable<number>): Partition {
  const roots = new Int32Array(found.parent.length).fill(-1);
  const sizes = new Map<number, number>();
  for (const id of ids) {
    const root = found.find(id);
    roots[id] = root;
    sizes.set(root, (sizes.get(root) ?? 0) + 1);
  }
  return { roots, sizes };
}

/** Counts the components from the tables in one pass (a migration fills the table with it). */
export function countComponents(db: Db): Partition {
  const maxId = (db.prepare(`SELECT MAX(id) FROM entities`).pluck().get() as number | null) ?? 0;
  const found = new UnionFind(maxId);
  for (const [subject, object] of db
    .prepare(`SELECT subject, object FROM relations`)
    .raw()
    .iterate() as Iterable<[number, number]>) {
    found.union(subject, object);
  }
  return partitionOf(
    found,
    db.prepare(`SELECT id FROM entities`).pluck().iterate() as Iterable<number>,
  );
}

/**
 * Replaces the kept components with a partition counted from the tables, and the tallies with
 * its counts (inside the caller's transaction).
 */
export function writeComponents(db: Db, partition: Partition): void {
  db.prepare(`DELETE FROM components`).run();
  const insert = db.prepare(`INSERT INTO components (entity, parent, size) VALUES (?, ?, ?)`);
  const { roots, sizes } = partition;
  for (let id = 0; id < roots.length; id++) {
    const root = roots[id] as number;
    if (root >= 0) insert.run(id, root, root === id ? (sizes.get(root) ?? 1) : 0);
  }
  const set = db.prepare(
    `INSERT INTO tallies (name, count) VALUES (?, ?)
     ON CONFLICT (name) DO UPDATE SET count = excluded.count`,
  );
  set.run(COMPONENT_TALLIES.count, sizes.size);
  set.run(COMPONENT_TALLIES.largest, largest(sizes.values()));
  set.run(COMPONENT_TALLIES.stale, 0);
}

interface WriteState {
  stale: boolean;
  /** The largest component's size, pending deltas included. */
  largest: number | undefined;
}

/**
 * The component moves of one write, as deltas on its `Tallies` (applied with the rest in the
 * write's transaction) and row changes in the `components` table.
 */
export class ComponentWrites {
  /** Per write (one `Tallies` each): whether the components are stale, the largest size. */
  private readonly states = new WeakMap<Tallies, WriteState>();

  constructor(private readonly sql: Statements) {}

  private stored(name: string): number {
    return (this.sql.tally.get(name) as number | undefined) ?? 0;
  }

  private state(tallies: Tallies): WriteState {
    let state = this.states.get(tallies);
    if (!state) {
      state = { stale: this.stored(COMPONENT_TALLIES.stale) > 0, largest: undefined };
      this.states.set(tallies, state);
    }
    // The shared writes mark them stale on the tallies (a deletion earlier in this write).
    if ((tallies.deltas.get(COMPONENT_TALLIES.stale) ?? 0) > 0) state.stale = true;
    return state;
  }

  private grow(tallies: Tallies, state: WriteState, size: number): void {
    state.largest ??= this.stored(COMPONENT_TALLIES.largest);
    if (size > state.largest) {
      tallies.add(COMPONENT_TALLIES.largest, size - state.largest);
      state.largest = size;
    }
  }

  /** A new entity row: a component of its own. */
  added(tallies: Tallies, id: number): void {
    const state = this.state(tallies);
    if (state.stale) return;
    this.sql.insertComponent.run(id, id, 1);
    tallies.add(COMPONENT_TALLIES.count, 1);
    this.grow(tallies, state, 1);
  }

  /** A new relation row between two entities: their components become one. */
  linked(tallies: Tallies, subject: number, object: number): void {
    const state = this.state(tallies);
    if (state.stale) return;
    const a = this.root(subject);
    const b = this.root(object);
    if (!a || !b) {
      // An entity the table does not know (never expected): count again at the next stats.
      tallies.componentsStale();
      state.stale = true;
      return;
    }
    if (a.id === b.id) return;
    const [small, big] = a.size <= b.size ? [a, b] : [b, a];
    this.sql.setComponent.run(big.id, 0, small.id);
    this.sql.setComponent.run(big.id, small.size + big.size, big.id);
    tallies.add(COMPONENT_TALLIES.count, -1);
    this.grow(tallies, state, small.size + big.size);
  }

  /** The root of an entity's component and its size, compressing the path walked. */
  private root(id: number): { id: number; size: number } | undefined {
    const path: number[] = [];
    let node = id;
    for (;;) {
      const row = this.sql.componentOf.get(node) as { parent: number; size: number } | undefined;
      if (!row) return undefined;
      if (row.parent === node) {
        // Every node walked but the last (already a child of the root) now points at the root.
        for (let i = 0; i < path.length - 1; i++) {
          this.sql.setComponent.run(node, 0, path[i] as number);
        }
        return { id: node, size: row.size };
      }
      path.push(node);
      node = row.parent;
    }
  }
}
