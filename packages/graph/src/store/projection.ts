/**
 * The in-memory projection of a store, for both backends: read from the columns ingest keeps
 * (entities, then relations, in pages by id, each row an array of values) and the rows a write
 * touched read back into it. A backend says how large a page is and what happens between pages
 * (SQLite lets the event loop run, so a server answers while it loads).
 */
import type { EntityType, Modality, RelationAttributes, RelationType } from '@kg/schema';
import { adjacencyAsDictionaries } from '../graph-internals.js';
import type { StoreGraph } from '../merge.js';
import { PACE } from '../pacing.js';
import { createStoreGraph } from '../query/graph.js';
import { relationByKey } from './lookups.js';
import type { EntityRow, Touched } from './rows.js';
import { ENTITY_COLUMNS, toEntityAttributes, toRelationAttributes } from './rows.js';
import type { Sql } from './sql.js';
import { all, list, pause, raw, sql, values } from './sql.js';

/** Interns repeated strings (dates, predicates) read for the projection. */
class Interner {
  private readonly strings = new Map<string, string>();
  get(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    if (this.strings.size < 1_000_000) this.strings.set(value, value);
    return value;
  }
}

/** See `graph-internals.ts`: the projection makes them before it adds the relations. */
export { adjacencyAsDictionaries };

type EntityValues = [
  number,
  string,
  string,
  string,
  string,
  number,
  number,
  string | null,
  string | null,
];

type RelationValues = [
  number,
  number,
  string,
  number,
  string | null,
  number,
  string,
  number,
  number,
  number,
  number,
  number,
  string | null,
  string | null,
];

/**
 * Reads every entity and relation into a new graph, `page` rows at a time; `read` runs each
 * page's query (and may let other work run first).
 */
export async function readProjection(
  page: number,
  read: <T>(work: Sql<T>) => Promise<T>,
): Promise<StoreGraph> {
  const graph = createStoreGraph();
  const keys = new Map<number, string>();
  const interner = new Interner();
  for (let last = 0; ;) {
    const rows = await read(
      values<EntityValues>(
        sql`SELECT id, key, label, type, aliases, mention_count, document_count, first_seen,
              last_seen FROM entities WHERE id > ${last} ORDER BY id LIMIT ${page}`,
      ),
    );
    for (const [id, key, label, type, aliases, mentions, docs, first, lastSeen] of rows) {
      keys.set(Number(id), key);
      graph.addNode(key, {
        label,
        type: interner.get(type) as EntityType,
        aliases: JSON.parse(aliases) as string[],
        mentionCount: mentions,
        documentCount: docs,
        firstSeen: interner.get(first ?? ''),
        lastSeen: interner.get(lastSeen ?? ''),
      });
      last = Number(id);
    }
    if (rows.length < page) break;
  }
  adjacencyAsDictionaries(graph);
  for (let last = 0; ;) {
    const rows = await read(
      values<RelationValues>(
        sql`SELECT id, subject, predicate, object, label, weight, modality, asserted, reported,
              considered, alleged, negated, first_seen, last_seen
            FROM relations WHERE id > ${last} ORDER BY id LIMIT ${page}`,
      ),
    );
    for (const [id, s, p, o, label, weight, modality, a, r, c, al, n, first, lastSeen] of rows) {
      const source = keys.get(Number(s)) as string;
      const target = keys.get(Number(o)) as string;
      const predicate = interner.get(p) as RelationType;
      const attributes: RelationAttributes = {
        predicate,
        weight,
        modality: interner.get(modality) as Modality,
        firstSeen: interner.get(first ?? ''),
        lastSeen: interner.get(lastSeen ?? ''),
      };
      if (label !== null) attributes.label = label;
      if (weight !== a && weight !== r && weight !== c && weight !== al && weight !== n) {
        const counts: Partial<Record<Modality, number>> = {};
        if (a > 0) counts.asserted = a;
        if (r > 0) counts.reported = r;
        if (c > 0) counts.considered = c;
        if (al > 0) counts.alleged = al;
        if (n > 0) counts.negated = n;
        attributes.modalityCounts = counts;
      }
      // Joined, not a template: one flat string, where concatenation keeps a rope of cons
      // strings beside the flattened key for as long as the edge lives.
      graph.addEdgeWithKey([source, predicate, target].join('|'), source, target, attributes);
      last = Number(id);
    }
    if (rows.length < page) break;
  }
  return graph;
}

/**
 * Re-reads the given entities and relations into the projection, with pause points (`pause`)
 * every `PACE` rows. Run in slices, the graph stays whole between them: entities come in
 * first, then relations, and entities that are gone leave last.
 */
export function* refreshProjection(graph: StoreGraph, touched: Touched): Sql<void> {
  const entityRows = new Map<string, EntityRow>();
  const keys = [...touched.entities];
  for (let at = 0; at < keys.length; at += PACE) {
    for (const row of yield* all<EntityRow>(
      sql`SELECT ${raw(ENTITY_COLUMNS)} FROM entities
          WHERE key IN ${list(keys.slice(at, at + PACE), 'text')}`,
    )) {
      entityRows.set(row.key, row);
    }
  }
  const gone: string[] = [];
  let done = 0;
  for (const key of touched.entities) {
    if (++done % PACE === 0) yield* pause();
    const row = entityRows.get(key);
    if (!row) {
      gone.push(key);
      continue;
    }
    const attributes = toEntityAttributes(row);
    if (graph.hasNode(key)) graph.replaceNodeAttributes(key, attributes);
    else graph.addNode(key, attributes);
  }
  for (const key of touched.relations) {
    const found = yield* relationByKey(key);
    if (!found) {
      if (graph.hasEdge(key)) graph.dropEdge(key);
      continue;
    }
    const attributes = toRelationAttributes(found.row);
    if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, attributes);
    else graph.addEdgeWithKey(key, found.subject, found.object, attributes);
  }
  for (const key of gone) {
    if (++done % PACE === 0) yield* pause();
    if (graph.hasNode(key)) graph.dropNode(key);
  }
}
