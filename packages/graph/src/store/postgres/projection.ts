/**
 * The in-memory projection of the PostgreSQL store: read from the columns ingest keeps
 * (entities, then relations, in pages by id), and the rows a write touched read back into it.
 */
import type { EntityType, Modality, RelationAttributes, RelationType } from '@kg/schema';
import type { StoreGraph } from '../../merge.js';
import { createStoreGraph } from '../../query/graph.js';
import type { EntityRow } from '../rows.js';
import { toEntityAttributes, toRelationAttributes } from '../rows.js';
import type { Queryable } from './context.js';
import { SQL } from './context.js';
import type { Reads } from './reads.js';
import type { Touched } from '../rows.js';

/** Rows read per page while loading the projection. */
const LOAD_PAGE = 20_000;

/** Reads every entity and relation into a new graph. */
export async function readProjection(db: Queryable): Promise<StoreGraph> {
  const graph = createStoreGraph();
  const keys = new Map<number, string>();
  const strings = new Map<string, string>();
  const intern = (value: string): string => {
    const known = strings.get(value);
    if (known !== undefined) return known;
    if (strings.size < 1_000_000) strings.set(value, value);
    return value;
  };
  for (let last = 0; ;) {
    const page = await db.query<
      [number, string, string, string, string, number, number, string | null, string | null]
    >({
      text: `SELECT id, key, label, type, aliases, mention_count, document_count, first_seen,
               last_seen FROM entities WHERE id > $1 ORDER BY id LIMIT $2`,
      values: [last, LOAD_PAGE],
      rowMode: 'array',
    });
    for (const [id, key, label, type, aliases, mentions, docs, first, lastSeen] of page.rows) {
      keys.set(Number(id), key);
      graph.addNode(key, {
        label,
        type: intern(type) as EntityType,
        aliases: aliases === '[]' ? [] : (JSON.parse(aliases) as string[]),
        mentionCount: mentions,
        documentCount: docs,
        firstSeen: intern(first ?? ''),
        lastSeen: intern(lastSeen ?? ''),
      });
      last = Number(id);
    }
    if (page.rows.length < LOAD_PAGE) break;
  }
  for (let last = 0; ;) {
    const page = await db.query<
      [
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
      ]
    >({
      text: `SELECT id, subject, predicate, object, label, weight, modality, asserted, reported,
               considered, alleged, negated, first_seen, last_seen
             FROM relations WHERE id > $1 ORDER BY id LIMIT $2`,
      values: [last, LOAD_PAGE],
      rowMode: 'array',
    });
    for (const [
      id,
      s,
      p,
      o,
      label,
      weight,
      modality,
      a,
      r,
      c,
      al,
      n,
      first,
      lastSeen,
    ] of page.rows) {
      const source = keys.get(Number(s)) as string;
      const target = keys.get(Number(o)) as string;
      const predicate = intern(p) as RelationType;
      const attributes: RelationAttributes = {
        predicate,
        weight,
        modality: intern(modality) as Modality,
        firstSeen: intern(first ?? ''),
        lastSeen: intern(lastSeen ?? ''),
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
      graph.addEdgeWithKey(`${source}|${predicate}|${target}`, source, target, attributes);
      last = Number(id);
    }
    if (page.rows.length < LOAD_PAGE) break;
  }
  return graph;
}

/** Re-reads the given entities and relations into the projection. */
export async function refreshProjection(
  graph: StoreGraph,
  touched: Touched,
  db: Queryable,
  reads: Reads,
): Promise<void> {
  const entityRows = new Map<string, EntityRow>();
  for (const r of (await db.query<EntityRow>(SQL.entitiesByKeys, [[...touched.entities]])).rows) {
    entityRows.set(r.key, r);
  }
  const relationRows = new Map<string, Awaited<ReturnType<Reads['relationRow']>>>();
  for (const key of touched.relations) relationRows.set(key, await reads.relationRow(key, db));
  const gone: string[] = [];
  for (const key of touched.entities) {
    const found = entityRows.get(key);
    if (!found) {
      gone.push(key);
      continue;
    }
    const attributes = toEntityAttributes(found);
    if (graph.hasNode(key)) graph.replaceNodeAttributes(key, attributes);
    else graph.addNode(key, attributes);
  }
  for (const key of touched.relations) {
    const found = relationRows.get(key);
    if (!found) {
      if (graph.hasEdge(key)) graph.dropEdge(key);
      continue;
    }
    const attributes = toRelationAttributes(found.row);
    if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, attributes);
    else graph.addEdgeWithKey(key, found.subject, found.object, attributes);
  }
  for (const key of gone) if (graph.hasNode(key)) graph.dropNode(key);
}
