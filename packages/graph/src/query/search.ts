/**
 * Ranked entity search over labels and aliases (exact, prefix, token prefix, acronym, substring,
 * fuzzy), scaled by how central and often mentioned an entity is, and `resolveEntity`, which
 * turns what a user typed (an id or a name) into one entity. Over a graph, the name index is
 * built once and rebuilt lazily after changes, which it learns about from graphology's events;
 * a store ranks the candidates its full-text index finds (`rankCandidates`) the same way.
 */
import type { EntityType } from '@kg/schema';
import { KgError } from '@kg/schema';
import type { EntityRef, KgGraph } from './graph.js';
import { Vocabulary, allowedTypos, editDistance, normalizeName, tokenize } from './text.js';

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
  vocabulary: Vocabulary;
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

/** One entity with its names prepared for matching. */
function indexEntity(
  id: string,
  label: string,
  type: EntityType,
  aliases: readonly string[],
  weight: number,
  onName?: (name: IndexedName) => void,
): IndexedEntity {
  const names: IndexedName[] = [];
  const seen = new Set<string>();
  const add = (text: string, field: MatchField): void => {
    const norm = normalizeName(text);
    if (norm.length === 0 || seen.has(norm)) return;
    seen.add(norm);
    const tokens = tokenize(norm);
    const name: IndexedName = { text, field, norm, tokens, acronyms: acronymsOf(tokens) };
    names.push(name);
    onName?.(name);
  };
  add(label || id, 'label');
  for (const alias of aliases) add(alias, 'alias');
  return { id, type, names, weight };
}

/**
 * The words a full-text index should hold for an entity: its names and the initials of each
 * name of two words or more, so a prefix search finds "IRGC" as well as "Guard".
 */
export function searchText(label: string, aliases: readonly string[]): string {
  const parts = [label, ...aliases];
  for (const name of [label, ...aliases]) {
    for (const acronym of acronymsOf(tokenize(normalizeName(name)))) parts.push(acronym);
  }
  return parts.join(' ; ');
}

function buildIndex(graph: KgGraph): SearchIndex {
  const entities: IndexedEntity[] = [];
  const exact = new Map<string, string[]>();
  const words = new Set<string>();
  const weighted = new Map<string, number>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    weighted.set(source, (weighted.get(source) ?? 0) + attributes.weight);
    weighted.set(target, (weighted.get(target) ?? 0) + attributes.weight);
  });
  graph.forEachNode((id, attributes) => {
    const weight = (attributes.mentionCount ?? 0) + (weighted.get(id) ?? 0);
    entities.push(
      indexEntity(id, attributes.label, attributes.type, attributes.aliases ?? [], weight, (n) => {
        for (const token of n.tokens) words.add(token);
        const ids = exact.get(n.norm);
        if (ids) ids.push(id);
        else exact.set(n.norm, [id]);
      }),
    );
  });
  return { entities, exact, vocabulary: new Vocabulary(words) };
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
      // Weights rank hits: relations count too.
      'edgeAdded',
      'edgeDropped',
      'edgeAttributesUpdated',
      'eachEdgeAttributesUpdated',
      'edgesCleared',
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
function wordDistances(
  vocabulary: Vocabulary,
  queryTokens: string[],
  onlyUnknown: boolean,
): Map<string, number>[] {
  return queryTokens.map((token) => vocabulary.near(token, onlyUnknown));
}

/** For a store: each query word as a prefix, with the words it may be a typo of. */
export interface TypoGroup {
  prefix: string;
  words: string[];
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

/** How prominent an entity is, 0..1, from its mentions and relation weights (log scale). */
function prominence(weight: number): number {
  return Math.min(1, Math.log1p(Math.max(0, weight)) / Math.log1p(1000));
}

/** A candidate for ranking: an entity with its names and how much the corpus talks about it. */
export interface SearchCandidate {
  id: string;
  label: string;
  type: EntityType;
  aliases: readonly string[];
  /** Mentions plus the weights of its relations. */
  weight: number;
}

interface Found {
  entity: IndexedEntity;
  score: number;
  matched: SearchHit['matched'];
}

/**
 * Ranks entities for a query: how well a name matches (exact, prefix, word prefix, acronym,
 * substring, then typo-tolerant), scaled by how central and often mentioned the entity is,
 * so "blair" finds Tony Blair before a village of that name.
 */
function rank(
  entities: Iterable<IndexedEntity>,
  query: string,
  limit: number,
  types: ReadonlySet<string> | null,
  vocabulary: () => Vocabulary,
  moreForTypos: (groups: readonly TypoGroup[]) => Iterable<IndexedEntity>,
  options: { largeVocabulary?: boolean } = {},
): Found[] {
  const normalized = normalizeName(query);
  if (normalized.length === 0) return [];
  const queryTokens = tokenize(normalized);
  const found: Found[] = [];
  const unmatched: IndexedEntity[] = [];
  const trimmed = query.trim().toLowerCase();
  const seen = new Set<string>();
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
  for (const entity of entities) {
    if (types !== null && !types.has(entity.type)) continue;
    if (seen.has(entity.id)) continue;
    seen.add(entity.id);
    if (entity.id.toLowerCase() === trimmed) {
      found.push({ entity, score: 1, matched: { text: entity.id, field: 'id', kind: 'exact' } });
      continue;
    }
    const match = best(entity, null);
    if (match) found.push(match);
    else unmatched.push(entity);
  }
  // Typos only score below every direct match: look for them only when hits are short (and,
  // over a store's large vocabulary, only when no name matched exactly, and only for query
  // words that start no word at all).
  const exact = found.some((hit) => hit.score >= FIELD_FACTOR.alias);
  const large = options.largeVocabulary ?? false;
  if (found.length < limit && !(large && exact)) {
    const distances = wordDistances(vocabulary(), queryTokens, large);
    const groups = queryTokens.map((prefix, i) => ({
      prefix,
      words: [...(distances[i] ?? new Map<string, number>())]
        .filter(([, distance]) => distance > 0)
        .map(([word]) => word),
    }));
    for (const entity of moreForTypos(groups)) {
      if (seen.has(entity.id) || (types !== null && !types.has(entity.type))) continue;
      seen.add(entity.id);
      unmatched.push(entity);
    }
    for (const entity of unmatched) {
      const match = best(entity, distances);
      if (match) found.push(match);
    }
  }
  for (const hit of found) hit.score *= 0.8 + 0.2 * prominence(hit.entity.weight);
  found.sort(
    (x, y) =>
      y.score - x.score ||
      y.entity.weight - x.entity.weight ||
      (x.entity.names[0]?.text.length ?? 0) - (y.entity.names[0]?.text.length ?? 0) ||
      (x.entity.id < y.entity.id ? -1 : x.entity.id > y.entity.id ? 1 : 0),
  );
  return found.slice(0, limit);
}

function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new KgError(
      'INVALID_ARGUMENT',
      `graph.search: limit must be a positive integer, got ${limit}.`,
    );
  }
}

/**
 * Ranks a store's candidates (what its full-text index found) for a query; `vocabulary` and
 * `byWords` let it look for typos: the words of its index, and the entities whose names hold,
 * for every query word, a word it prefixes or may be a typo of.
 */
export function rankCandidates(
  candidates: readonly SearchCandidate[],
  query: string,
  limit: number,
  vocabulary: () => Vocabulary,
  byWords: (groups: readonly TypoGroup[]) => readonly SearchCandidate[],
): SearchHit[] {
  checkLimit(limit);
  const prepare = (c: SearchCandidate) => indexEntity(c.id, c.label, c.type, c.aliases, c.weight);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const found = rank(
    candidates.map(prepare),
    query,
    limit,
    null,
    vocabulary,
    (near) => {
      const more = byWords(near);
      for (const c of more) if (!byId.has(c.id)) byId.set(c.id, c);
      return more.map(prepare);
    },
    { largeVocabulary: true },
  );
  return found.map(({ entity, score, matched }) => {
    const c = byId.get(entity.id) as SearchCandidate;
    return {
      id: c.id,
      label: c.label,
      type: c.type,
      aliases: [...c.aliases],
      score: Math.round(score * 1000) / 1000,
      matched,
    };
  });
}

/**
 * Ranked search over entity labels and aliases: exact, prefix, word prefix, acronym
 * ("IRGC" finds Islamic Revolutionary Guard Corps), substring, then typo-tolerant; more central
 * and more mentioned entities first among matches of the same quality.
 *
 * @example
 * search(graph, 'tehran'); // → [{ id: 'gpe:iran', label: 'Iran', matched: { text: 'Tehran', field: 'alias', kind: 'exact' }, … }]
 */
export function search(graph: KgGraph, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 10;
  checkLimit(limit);
  const types = options.types?.length ? new Set<string>(options.types) : null;
  const index = indexFor(graph);
  const found = rank(
    index.entities,
    query,
    limit,
    types,
    () => index.vocabulary,
    () => [],
  );
  return found.map(({ entity, score, matched }) => {
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

/** A stored entity a name may mean, as the stores' name look-ups return it. */
export interface NamedEntityRow {
  key: string;
  label: string;
  type: EntityType;
  /** JSON array of aliases. */
  aliases: string;
  degree: number;
}

/**
 * The entity an exact (normalised) name means among `rows`: an exact label first, else an exact
 * alias; the better-connected entity wins a tie. Undefined when neither matches.
 */
export function pickNamedEntity(
  rows: readonly NamedEntityRow[],
  normalized: string,
): EntityResolution | undefined {
  const best = (list: NamedEntityRow[]): NamedEntityRow =>
    list.reduce((top, r) => (r.degree > top.degree ? r : top));
  const byLabel = rows.filter((r) => normalizeName(r.label) === normalized);
  if (byLabel.length > 0) {
    const found = best(byLabel);
    return { id: found.key, label: found.label, type: found.type, via: 'label' };
  }
  const byAlias = rows.filter((r) =>
    (JSON.parse(r.aliases) as string[]).some((alias) => normalizeName(alias) === normalized),
  );
  if (byAlias.length > 0) {
    const found = best(byAlias);
    return { id: found.key, label: found.label, type: found.type, via: 'alias' };
  }
  return undefined;
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
