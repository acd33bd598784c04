/**
 * Flags shared by `kg query` and `kg export`: the store to open and the relation/entity
 * filters, validated here (the CLI edge) into the typed `GraphFilter` the library takes.
 */
import { existsSync } from 'node:fs';
import { isPostgresUrl, openStore } from '@kg/graph';
import type { GraphFilter, Store } from '@kg/graph';
import { ENTITY_TYPES, KgError, MODALITIES, RELATION_TYPES } from '@kg/schema';
import { UsageError } from '../command.js';
import type { EntityType, Modality, RelationType } from '@kg/schema';

export const FILTER_OPTIONS = {
  predicates: { type: 'string' },
  types: { type: 'string' },
  modalities: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

export const FILTER_HELP = `Filters:
  --predicates A,B     relation types to follow (${RELATION_TYPES.slice(0, 4).join(', ')}, …)
  --types T,U          entity types to keep (${ENTITY_TYPES.join(', ')})
  --modalities M,N     ${MODALITIES.join(', ')} (queries leave negated out unless named here)
  --from DATE          evidence dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE            evidence dated on or before DATE`;

function list<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const byUpper = new Map(allowed.map((a) => [a.toUpperCase(), a]));
  return items.map((item) => {
    const match = byUpper.get(item.toUpperCase().replace(/[\s-]+/g, '_'));
    if (!match) {
      throw new UsageError(`--${flag}: unknown value "${item}" (expected ${allowed.join(', ')})`);
    }
    return match;
  });
}

/** The filter flags as a `GraphFilter`; unknown names throw INVALID_ARGUMENT. */
export function parseFilter(values: {
  predicates?: string | undefined;
  types?: string | undefined;
  modalities?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}): GraphFilter {
  const filter: GraphFilter = {};
  const predicates = list<RelationType>(values.predicates, RELATION_TYPES, 'predicates');
  const types = list<EntityType>(values.types, ENTITY_TYPES, 'types');
  const modalities = list<Modality>(values.modalities, MODALITIES, 'modalities');
  if (predicates) filter.predicates = predicates;
  if (types) filter.types = types;
  if (modalities) filter.modalities = modalities;
  if (values.from) filter.from = values.from;
  if (values.to) filter.to = values.to;
  return filter;
}

export { intFlag } from '../options.js';

/** Opens an existing store without writing to it. */
export function openExistingStore(path: string): Promise<Store> {
  // A PostgreSQL URL is checked by opening it (NOT_FOUND when it holds no store).
  if (path !== ':memory:' && !isPostgresUrl(path) && !existsSync(path)) {
    throw new KgError(
      'NOT_FOUND',
      `no graph store at ${path} (run "kg ingest FILE" first, or pass --db).`,
    );
  }
  return openStore({ path, readonly: true });
}
