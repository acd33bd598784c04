/**
 * Ranked entity search over labels and aliases (exact, prefix, token prefix, acronym, substring,
 * fuzzy)
 * and `resolveEntity`, which turns what a user typed (an id or a name) into one entity.
 * The name index is built once per graph and rebuilt lazily after node changes, which it
 * learns about from graphology's events.
 */
import type { EntityType } from '@kg/schema';
import { KgError } from '@kg/schema';
import type { EntityRef, KgGraph } from './graph.js';
import { allowedTypos, editDistance, normalizeName, tokenize } from './text.js';

export type MatchKind = 'exact' | 'prefix' | 'token-prefix' | 'acronym' | 'substring' | 'fuzzy';
export type MatchField = 'id' | 'label' | 'alias';

export interface SearchOptions {
  /** Maximum number of hits (default 10). */
  limit?: number;
  /** Entity types to keep (all when omitted). */
  types?: readonly EntityType[];
}

export interface SearchHit extends EntityRef {
  aliases: string[];
  /** 0..1: exact 1, prefix ~0.85, acronym 0.7, token prefix ~0.65, substring ~0.55, fuzzy ≤ 0.5; aliases a little lower than labels. */
  score: number;
  /** The name that matched, where it came from and how. */
  matched: { text: string; field: MatchField; kind: MatchKind };
}

interface IndexedName {
  text: string;
  field: MatchField;
  norm: string;
  tokens: string[];
  /** Initials of a name of two words or more, with and without its small words. */
  acronyms: string[];
}

interface IndexedEntity {
  id: string;
  names: IndexedName[];
  /** Tie-breaker: how much the corpus talks about the entity. */
  weight: number;
}

interface SearchIndex {
  entities: IndexedEntity[];
  /** Normalised name → entity ids, for exact lookups. */
  exact: Map<string, string[]>;
}

interface IndexCache {
  index: SearchIndex | null;
}

const caches = new WeakMap<KgGraph, IndexCache>();

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'al']);

function acronymsOf(tokens: readonly string[]): string[] {
  if (tokens.length < 2) return [];
  const all = tokens.map((t) => t[0]).join('');
  const main = tokens
    .filter((t) => !SMALL_WORDS.has(t))
    .map((t) => t[0])
    .join('');
  return [...new Set([all, main])].filter((a) => a.length >= 2);
}

const FIELD_FACTOR: Record<MatchField, number> = { id: 1, label: 1, alias: 0.95 };

function buildIndex(graph: KgGraph): SearchIndex {
  const entities: IndexedEntity[] = [];
  const exact = new Map<string, string[]>();
  graph.forEachNode((id, attributes) => {
    const names: IndexedName[] = [];
    const seen = new Set<string>();
    const add = (text: string, field: MatchField): void => {
      const norm = normalizeName(text);
      if (norm.length === 0 || seen.has(norm)) return;
      seen.add(norm);
      const tokens = tokenize(norm);
      names.push({ text, field, norm, tokens, acronyms: acronymsOf(tokens) });
      const ids = exact.get(norm);
      if (ids) ids.push(id);
      else exact.set(norm, [id]);
    };
    add(attributes.label ?? id, 'label');
    for (const alias of attributes.aliases ?? []) add(alias, 'alias');
    entities.push({
      id,
      names,
      weight: (attributes.mentionCount ?? 0) + graph.degree(id),
    });
  });
  return { entities, exact };
}

function indexFor(graph: KgGraph): SearchIndex {
  let cache = caches.get(graph);
  if (!cache) {
    const created: IndexCache = { index: null };
    const invalidate = (): void => {
      created.index = null;
    };
    for (const event of [
      'nodeAdded',
      'nodeDropped',
      'nodeAttributesUpdated',
      'eachNodeAttributesUpdated',
      'cleared',
    ] as const) {
      graph.on(event, invalidate);
    }
    caches.set(graph, created);
    cache = created;
  }
  cache.index ??= buildIndex(graph);
  return cache.index;
}

/** How well one indexed name matches the query, or null. */
function scoreName(
  name: IndexedName,
  query: string,
  queryTokens: string[],
): { score: number; kind: MatchKind } | null {
  const { norm, tokens } = name;
  if (norm === query) return { score: 1, kind: 'exact' };
  const coverage = query.length / norm.length;
  if (norm.startsWith(query)) return { score: 0.8 + 0.1 * coverage, kind: 'prefix' };
  const used = new Set<number>();
  const tokenPrefix = queryTokens.every((token) => {
    const at = tokens.findIndex((t, i) => !used.has(i) && t.startsWith(token));
    if (at < 0) return false;
    used.add(at);
    return true;
  });
  if (tokenPrefix) return { score: 0.6 + 0.1 * coverage, kind: 'token-prefix' };
  if (queryTokens.length === 1 && name.acronyms.includes(query)) {
    return { score: 0.7, kind: 'acronym' };
  }
  if (query.length >= 3 && norm.includes(query)) {
    return { score: 0.5 + 0.1 * coverage, kind: 'substring' };
  }
  const whole = allowedTypos(query.length);
  if (whole > 0) {
    const distance = editDistance(query, norm, whole);
    if (distance <= whole) return { score: 0.5 - 0.1 * distance, kind: 'fuzzy' };
  }
  // Token-wise fuzzy: every query token is a typo (or a prefix) of a distinct name token.
  let total = 0;
  const taken = new Set<number>();
  for (const token of queryTokens) {
    const max = allowedTypos(token.length);
    let best = -1;
    let bestDistance = Infinity;
    tokens.forEach((t, i) => {
      if (taken.has(i)) return;
      const distance = t.startsWith(token) ? 0 : max > 0 ? editDistance(token, t, max) : max + 1;
      if (distance <= max && distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    });
    if (best < 0) return null;
    taken.add(best);
    total += bestDistance;
  }
  if (total === 0) return null;
  return { score: Math.max(0.05, 0.4 - 0.05 * total), kind: 'fuzzy' };
}

/**
 * Ranked search over entity labels and aliases: exact, prefix, word prefix, acronym
 * ("IRGC" finds Islamic Revolutionary Guard Corps), substring, then typo-tolerant.
 *
 * @example
 * search(graph, 'tehran'); // → [{ id: 'gpe:iran', label: 'Iran', matched: { text: 'Tehran', field: 'alias', kind: 'exact' }, … }]
 */
export function search(graph: KgGraph, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new KgError(
      'INVALID_ARGUMENT',
      `graph.search: limit must be a positive integer, got ${limit}.`,
    );
  }
  const normalized = normalizeName(query);
  if (normalized.length === 0) return [];
  const queryTokens = tokenize(normalized);
  const types = options.types?.length ? new Set<string>(options.types) : null;
  const index = indexFor(graph);
  const scored: { entity: IndexedEntity; hit: SearchHit }[] = [];
  for (const entity of index.entities) {
    if (!graph.hasNode(entity.id)) continue;
    const attributes = graph.getNodeAttributes(entity.id);
    if (types && !types.has(attributes.type)) continue;
    let best: SearchHit['matched'] | null = null;
    let bestScore = 0;
    if (entity.id.toLowerCase() === query.trim().toLowerCase()) {
      best = { text: entity.id, field: 'id', kind: 'exact' };
      bestScore = 1;
    }
    for (const name of entity.names) {
      if (bestScore >= 1) break;
      const match = scoreName(name, normalized, queryTokens);
      if (!match) continue;
      const score = match.score * FIELD_FACTOR[name.field];
      if (score > bestScore) {
        bestScore = score;
        best = { text: name.text, field: name.field, kind: match.kind };
      }
    }
    if (!best) continue;
    scored.push({
      entity,
      hit: {
        id: entity.id,
        label: attributes.label,
        type: attributes.type,
        aliases: attributes.aliases ?? [],
        score: Math.round(bestScore * 1000) / 1000,
        matched: best,
      },
    });
  }
  scored.sort(
    (x, y) =>
      y.hit.score - x.hit.score ||
      y.entity.weight - x.entity.weight ||
      x.hit.label.length - y.hit.label.length ||
      (x.hit.id < y.hit.id ? -1 : x.hit.id > y.hit.id ? 1 : 0),
  );
  return scored.slice(0, limit).map((s) => s.hit);
}

export type ResolvedVia = 'id' | 'label' | 'alias' | 'search';

export interface EntityResolution extends EntityRef {
  /** How the name was resolved: an id, an exact label or alias, or the best search hit. */
  via: ResolvedVia;
}

/**
 * Turns an entity id or a name into one entity: the id itself, else an exact (normalised)
 * label, else an exact alias (the better-connected entity wins a tie), else the best search hit.
 * Throws `NOT_FOUND` when nothing matches.
 */
export function resolveEntity(graph: KgGraph, nameOrId: string): EntityResolution {
  const ref = (id: string, via: ResolvedVia): EntityResolution => {
    const attributes = graph.getNodeAttributes(id);
    return { id, label: attributes.label, type: attributes.type, via };
  };
  if (graph.hasNode(nameOrId)) return ref(nameOrId, 'id');
  const normalized = normalizeName(nameOrId);
  if (normalized.length === 0) {
    throw new KgError('INVALID_ARGUMENT', 'graph.resolveEntity: empty entity name.');
  }
  const index = indexFor(graph);
  const candidates = (index.exact.get(normalized) ?? []).filter((id) => graph.hasNode(id));
  const byLabel = candidates.filter(
    (id) => normalizeName(graph.getNodeAttribute(id, 'label') ?? '') === normalized,
  );
  const pick = (ids: string[]): string =>
    ids.reduce((best, id) => (graph.degree(id) > graph.degree(best) ? id : best));
  if (byLabel.length > 0) return ref(pick(byLabel), 'label');
  if (candidates.length > 0) return ref(pick(candidates), 'alias');
  const [hit] = search(graph, nameOrId, { limit: 1 });
  if (hit) return ref(hit.id, 'search');
  throw new KgError('NOT_FOUND', `graph.resolveEntity: no entity matches "${nameOrId}".`);
}
