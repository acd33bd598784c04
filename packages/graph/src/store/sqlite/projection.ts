/**
 * The in-memory projection of the SQLite store: read from the columns ingest keeps (entities,
 * then relations, in pages with the event loop running between them, so a server answers while
 * it loads), and the rows a write touched read back into it.
 */
import type { EntityType, Modality, RelationAttributes, RelationType } from '@kg/schema';
import type { StoreGraph } from '../../merge.js';
import { createStoreGraph } from '../../query/graph.js';
import type { EntityRow } from '../rows.js';
import { toEntityAttributes, toRelationAttributes } from '../rows.js';
import type { Reads } from './reads.js';
import type { SqliteContext } from './statements.js';
import { yieldToLoop } from './statements.js';
import type { Touched } from '../rows.js';

/**
 * Rows read per page while loading the projection (a few milliseconds of work): the event loop
 * runs between pages, so a server answers while it loads.
 */
const LOAD_PAGE = 500;

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

/** Reads every entity and relation into a new graph. */
export async function readProjection(ctx: SqliteContext): Promise<StoreGraph> {
  const graph = createStoreGraph();
  const keys: string[] = [];
  const interner = new Interner();
  const entityPage = ctx.db
    .prepare(
      `SELECT id, key, label, type, aliases, mention_count, document_count, first_seen,
           last_seen FROM entities WHERE id > ? ORDER BY id LIMIT ?`,
    )
    .raw();
  for (let last = 0; ;) {
    const rows = entityPage.all(last, LOAD_PAGE) as [
      number,
      string,
      string,
      string,
      string,
      number,
      number,
      string | null,
      string | null,
    ][];
    for (const [id, key, label, type, aliases, mentions, docs, first, lastSeen] of rows) {
      keys[id] = key;
      graph.addNode(key, {
        label,
        type: interner.get(type) as EntityType,
        aliases: aliases === '[]' ? [] : (JSON.parse(aliases) as string[]),
        mentionCount: mentions,
        documentCount: docs,
        firstSeen: interner.get(first ?? ''),
        lastSeen: interner.get(lastSeen ?? ''),
      });
      last = id;
    }
    if (rows.length < LOAD_PAGE) break;
    await yieldToLoop();
  }
  const relationPage = ctx.db
    .prepare(
      `SELECT id, subject, predicate, object, label, weight, modality, asserted, reported,
           considered, alleged, negated, first_seen, last_seen
         FROM relations WHERE id > ? ORDER BY id LIMIT ?`,
    )
    .raw();
  for (let last = 0; ;) {
    const rows = relationPage.all(last, LOAD_PAGE) as [
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
    ][];
    for (const row of rows) {
      const [id, s, p, o, label, weight, modality, a, r, c, al, n, first, lastSeen] = row;
      const source = keys[s] as string;
      const target = keys[o] as string;
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
      graph.addEdgeWithKey(`${source}|${predicate}|${target}`, source, target, attributes);
      last = id;
    }
    if (rows.length < LOAD_PAGE) break;
    await yieldToLoop();
  }
  return graph;
}

/** Re-reads the given entities and relations into the projection (when loaded). */
export function refreshProjection(
  graph: StoreGraph,
  touched: Touched,
  ctx: SqliteContext,
  reads: Reads,
): void {
  const gone: string[] = [];
  for (const key of touched.entities) {
    const row = ctx.sql.entityByKey.get(key) as EntityRow | undefined;
    if (!row) {
      gone.push(key);
      continue;
    }
    const attributes = toEntityAttributes(row);
    if (graph.hasNode(key)) graph.replaceNodeAttributes(key, attributes);
    else graph.addNode(key, attributes);
  }
  for (const key of touched.relations) {
    const found = reads.relationRow(key);
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
