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
  type: EntityType;
  names: IndexedName[];
  /** Tie-breaker: how much the corpus talks about the entity. */
  weight: number;
}

interface SearchIndex {
  entities: IndexedEntity[];
  /** Normalised name → entity ids, for exact lookups. */
  exact: Map<string, string[]>;
  /** Every distinct word of every name, for typo matching word by word. */
  vocabulary: Set<string>;
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
  const vocabulary = new Set<string>();
  graph.forEachNode((id, attributes) => {
    const names: IndexedName[] = [];
    const seen = new Set<string>();
    const add = (text: string, field: MatchField): void => {
      const norm = normalizeName(text);
      if (norm.length === 0 || seen.has(norm)) return;
      seen.add(norm);
      const tokens = tokenize(norm);
      for (const token of tokens) vocabulary.add(token);
      names.push({ text, field, norm, tokens, acronyms: acronymsOf(tokens) });
      const ids = exact.get(norm);
      if (ids) ids.push(id);
      else exact.set(norm, [id]);
    };
    add(attributes.label ?? id, 'label');
    for (const alias of attributes.aliases ?? []) add(alias, 'alias');
    entities.push({
      id,
      type: attributes.type,
      names,
      weight: (attributes.mentionCount ?? 0) + graph.degree(id),
    });
  });
  return { entities, exact, vocabulary };
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

type Match = { score: number; kind: MatchKind };

/** Whether every query word is a prefix of a distinct word of the name. */
function everyWordPrefixes(tokens: readonly string[], queryTokens: readonly string[]): boolean {
  if (queryTokens.length > tokens.length) return false;
  let used = 0;
  for (const query of queryTokens) {
    let found = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (i < 31 && used & (1 << i)) continue;
      if ((tokens[i] as string).startsWith(query)) {
        found = i;
        break;
      }
    }
    if (found < 0) return false;
    if (found < 31) used |= 1 << found;
  }
  return true;
}

/** Exact, prefix, word-prefix, acronym or substring match of one indexed name, or null. */
function directMatch(name: IndexedName, query: string, queryTokens: string[]): Match | null {
  const { norm, tokens } = name;
  if (norm === query) return { score: 1, kind: 'exact' };
  const coverage = query.length / norm.length;
  if (norm.startsWith(query)) return { score: 0.8 + 0.1 * coverage, kind: 'prefix' };
  if (everyWordPrefixes(tokens, queryTokens)) {
    return { score: 0.6 + 0.1 * coverage, kind: 'token-prefix' };
  }
  if (queryTokens.length === 1 && name.acronyms.includes(query)) {
    return { score: 0.7, kind: 'acronym' };
  }
  if (query.length >= 3 && norm.includes(query)) {
    return { score: 0.5 + 0.1 * coverage, kind: 'substring' };
  }
  return null;
}

/**
 * For each query word, the vocabulary words within its typo budget (a prefix counts as 0),
 * computed once per query so names only look distances up.
 */
function wordDistances(vocabulary: Set<string>, queryTokens: string[]): Map<string, number>[] {
  return queryTokens.map((token) => {
    const max = allowedTypos(token.length);
    const near = new Map<string, number>();
    for (const word of vocabulary) {
      if (word.startsWith(token)) near.set(word, 0);
      else if (max > 0 && Math.abs(word.length - token.length) <= max) {
        const distance = editDistance(token, word, max);
        if (distance <= max) near.set(word, distance);
      }
    }
    return near;
  });
}

/** Typo-tolerant match of one name: the whole name, else word by word. */
function fuzzyMatch(
  name: IndexedName,
  query: string,
  distances: Map<string, number>[],
): Match | null {
  const whole = allowedTypos(query.length);
  if (whole > 0 && Math.abs(name.norm.length - query.length) <= whole) {
    const distance = editDistance(query, name.norm, whole);
    if (distance <= whole) return { score: 0.5 - 0.1 * distance, kind: 'fuzzy' };
  }
  let total = 0;
  const taken: number[] = [];
  for (const near of distances) {
    let best = -1;
    let bestDistance = Infinity;
    name.tokens.forEach((t, i) => {
      const distance = near.get(t);
      if (distance !== undefined && distance < bestDistance && !taken.includes(i)) {
        best = i;
        bestDistance = distance;
      }
    });
    if (best < 0) return null;
    taken.push(best);
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
  interface Found {
    entity: IndexedEntity;
    score: number;
    matched: SearchHit['matched'];
  }
  const found: Found[] = [];
  const unmatched: IndexedEntity[] = [];
  const trimmed = query.trim().toLowerCase();
  const best = (entity: IndexedEntity, fuzzy: Map<string, number>[] | null): Found | null => {
    let result: Found | null = null;
    for (const name of entity.names) {
      const match = fuzzy
        ? fuzzyMatch(name, normalized, fuzzy)
        : directMatch(name, normalized, queryTokens);
      if (!match) continue;
      const score = match.score * FIELD_FACTOR[name.field];
      if (!result || score > result.score) {
        result = {
          entity,
          score,
          matched: { text: name.text, field: name.field, kind: match.kind },
        };
        if (score >= 1) break;
      }
    }
    return result;
  };
  for (const entity of index.entities) {
    if (types !== null && !types.has(entity.type)) continue;
    if (entity.id.toLowerCase() === trimmed) {
      found.push({ entity, score: 1, matched: { text: entity.id, field: 'id', kind: 'exact' } });
      continue;
    }
    const match = best(entity, null);
    if (match) found.push(match);
    else unmatched.push(entity);
  }
  // Typos only score below every direct match: look for them only when hits are short.
  if (found.length < limit && unmatched.length > 0) {
    const distances = wordDistances(index.vocabulary, queryTokens);
    for (const entity of unmatched) {
      const match = best(entity, distances);
      if (match) found.push(match);
    }
  }
  found.sort(
    (x, y) =>
      y.score - x.score ||
      y.entity.weight - x.entity.weight ||
      (x.entity.names[0]?.text.length ?? 0) - (y.entity.names[0]?.text.length ?? 0) ||
      (x.entity.id < y.entity.id ? -1 : x.entity.id > y.entity.id ? 1 : 0),
  );
  return found.slice(0, limit).map(({ entity, score, matched }) => {
    const attributes = graph.getNodeAttributes(entity.id);
    return {
      id: entity.id,
      label: attributes.label,
      type: attributes.type,
      aliases: attributes.aliases ?? [],
      score: Math.round(score * 1000) / 1000,
      matched,
    };
  });
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
