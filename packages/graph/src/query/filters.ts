/**
 * Relation and entity filters shared by neighbours, paths, subgraphs and `filterGraph`:
 * relation types, entity types, modalities and a date range over evidence dates.
 * Traversals exclude negated relations unless asked: a denial is not a connection.
 */
import type {
  EntityAttributes,
  EntityType,
  EvidenceRecord,
  Modality,
  RelationAttributes,
  RelationType,
} from '@kg/schema';
import { KgError, MODALITIES } from '@kg/schema';
import { countsOf } from '../modalities.js';

export interface GraphFilter {
  /** Relation types to keep (all when omitted). */
  predicates?: readonly RelationType[];
  /** Entity types to keep (all when omitted). Path and neighbour queries always keep their endpoints. */
  types?: readonly EntityType[];
  /** Modalities to keep; a relation passes when some evidence has one of them. */
  modalities?: readonly Modality[];
  /** Keep only evidence dated on or after this ISO date (inclusive). */
  from?: string;
  /** Keep only evidence dated on or before this ISO date (a bare day includes the whole day). */
  to?: string;
}

/** A filter resolved into sets and numbers, built once per query. */
export interface ResolvedFilter {
  predicates: ReadonlySet<string> | null;
  types: ReadonlySet<string> | null;
  modalities: ReadonlySet<string> | null;
  fromMs: number;
  toMs: number;
  /** Whether from/to are set (precomputed: traversals ask for every edge). */
  dated: boolean;
}

/** Every modality but `negated`: the default for traversals. */
export const CLAIMED_MODALITIES: readonly Modality[] = MODALITIES.filter((m) => m !== 'negated');

function parseDate(value: string, where: string, endOfDay: boolean): number {
  const day = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);
  let text = value;
  if (day && endOfDay) {
    // "2024" → end of 2024, "2024-03" → end of March, "2024-03-05" → end of that day.
    const [year, month, dayOfMonth] = value.split('-').map(Number) as [number, number?, number?];
    const end =
      month === undefined
        ? Date.UTC(year + 1, 0, 1)
        : dayOfMonth === undefined
          ? Date.UTC(year, month, 1)
          : Date.UTC(year, month - 1, dayOfMonth + 1);
    return end - 1;
  }
  if (/^\d{4}$/.test(value)) text = `${value}-01-01`;
  else if (/^\d{4}-\d{2}$/.test(value)) text = `${value}-01`;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) {
    throw new KgError('INVALID_ARGUMENT', `${where}: "${value}" is not an ISO date (YYYY-MM-DD).`);
  }
  return ms;
}

/**
 * Resolves a filter. `defaultModalities` applies when the filter names none: traversals pass
 * `CLAIMED_MODALITIES`, whole-graph views pass `null` (everything).
 */
export function resolveFilter(
  filter: GraphFilter,
  where: string,
  defaultModalities: readonly Modality[] | null,
): ResolvedFilter {
  const modalities = filter.modalities ?? defaultModalities;
  const fromMs = filter.from ? parseDate(filter.from, where, false) : -Infinity;
  const toMs = filter.to ? parseDate(filter.to, where, true) : Infinity;
  if (fromMs > toMs) {
    throw new KgError(
      'INVALID_ARGUMENT',
      `${where}: "from" (${filter.from}) is after "to" (${filter.to}).`,
    );
  }
  return {
    predicates: filter.predicates?.length ? new Set(filter.predicates) : null,
    types: filter.types?.length ? new Set(filter.types) : null,
    modalities: modalities && modalities.length < MODALITIES.length ? new Set(modalities) : null,
    fromMs,
    toMs,
    dated: fromMs !== -Infinity || toMs !== Infinity,
  };
}

export function nodePasses(filter: ResolvedFilter, attributes: EntityAttributes): boolean {
  return filter.types === null || filter.types.has(attributes.type);
}

function evidencePasses(filter: ResolvedFilter, evidence: EvidenceRecord): boolean {
  if (filter.modalities !== null && !filter.modalities.has(evidence.modality)) return false;
  if (filter.fromMs === -Infinity && filter.toMs === Infinity) return true;
  // Undated evidence is never inside a date range.
  if (evidence.date === undefined) return false;
  const ms = Date.parse(evidence.date);
  return !Number.isNaN(ms) && ms >= filter.fromMs && ms <= filter.toMs;
}

function datesFiltered(filter: ResolvedFilter): boolean {
  return filter.dated;
}

/** Whether a relation passes: its type, and at least one evidence item of a kept modality and date. */
export function edgePasses(filter: ResolvedFilter, attributes: RelationAttributes): boolean {
  if (filter.predicates !== null && !filter.predicates.has(attributes.predicate)) return false;
  if (!filter.dated) {
    if (filter.modalities === null) return true;
    // The edge modality is the strongest among its evidence, so it alone settles the common case.
    if (filter.modalities.has(attributes.modality)) return true;
  }
  const evidence = attributes.evidence ?? [];
  if (evidence.length === 0) {
    // Evidence not in memory (a store's projection) or none at all (some imports): judge the
    // relation by its modality counts and its date range.
    if (filter.modalities !== null) {
      const counts = countsOf(attributes);
      let kept = false;
      for (const modality of filter.modalities)
        if ((counts[modality as Modality] ?? 0) > 0) kept = true;
      if (!kept) return false;
    }
    if (!datesFiltered(filter)) return true;
    const first = Date.parse(attributes.firstSeen);
    const last = Date.parse(attributes.lastSeen);
    return !(last < filter.fromMs || first > filter.toMs);
  }
  return evidence.some((item) => evidencePasses(filter, item));
}

/**
 * `edgePasses` specialised for a filter, for traversals that test every relation they meet:
 * no test at all when the filter keeps everything, one comparison for the traversals' default
 * (every modality but negated).
 */
export function edgeTest(filter: ResolvedFilter): (attributes: RelationAttributes) => boolean {
  if (filter.predicates === null && !filter.dated) {
    if (filter.modalities === null) return () => true;
    const claimed =
      filter.modalities.size === CLAIMED_MODALITIES.length &&
      CLAIMED_MODALITIES.every((m) => filter.modalities?.has(m));
    // The strongest modality is negated only when every item is: a relation passes "claimed"
    // exactly when its modality is not negated.
    if (claimed) return (attributes) => attributes.modality !== 'negated';
  }
  return (attributes) => edgePasses(filter, attributes);
}

/** The evidence items of a relation that the filter keeps (all of them when it filters none). */
export function keptEvidence(
  filter: ResolvedFilter,
  attributes: RelationAttributes,
): EvidenceRecord[] {
  const evidence = attributes.evidence ?? [];
  if (filter.modalities === null && !datesFiltered(filter)) return evidence;
  return evidence.filter((item) => evidencePasses(filter, item));
}

/** Whether an evidence item passes the filter's modalities and dates. */
export function evidenceItemPasses(filter: ResolvedFilter, evidence: EvidenceRecord): boolean {
  return evidencePasses(filter, evidence);
}

/** Whether the filter selects evidence (so weights and modalities must be recomputed). */
export function filtersEvidence(filter: ResolvedFilter): boolean {
  return filter.modalities !== null || datesFiltered(filter);
}
