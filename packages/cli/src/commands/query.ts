/**
 * `kg query search|entity|neighbors|path|paths|common|stats`: the graph library's queries over
 * the store, as readable tables or `--json`. Entity arguments are ids or names, resolved the
 * same way the API resolves them (`resolveEntity`: id, exact name or alias, best search hit).
 */
import {
  attachEvidence,
  commonNeighborsInStore,
  computeMetrics,
  kShortestPaths,
  METRIC_NAMES,
  neighborsInStore,
  shortestPathInStore,
} from '@kg/graph';
import type { EntityResolution, Store } from '@kg/graph';
import { parseFlags, UsageError, type Command, type CommandIo } from '../command.js';
import {
  FILTER_HELP,
  FILTER_OPTIONS,
  intFlag,
  openExistingStore,
  parseFilter,
} from './graph-options.js';
import { arrow, evidenceLine, formatNumber, name, pathText, table } from './query-output.js';
import { DB_HELP, storePath } from './store-path.js';

const USAGE = `Usage: kg query search TEXT [--limit N] [--types T,U]
       kg query entity NAME [--evidence N]
       kg query neighbors NAME [--depth N] [--limit N] [--direction both|out|in]
       kg query path A B [--directed] [--max-hops N]
       kg query paths A B [--k N] [--directed] [--max-hops N]
       kg query common A B
       kg query stats [--metrics] [--top N]
       (every form takes [--db FILE|URL] [--json] and the filters below)

Queries the knowledge graph in the store. NAME, A and B are entity ids (gpe:iran) or names
and aliases ("IRGC", "Tehran"); a name that matches nothing exactly goes to the best search hit.

  search     ranked search over names and aliases: exact, prefix, word prefix, typo-tolerant
  entity     one entity, its relations grouped by type, and a sentence for each
  neighbors  entities within N hops (default 1), strongest relations first
  path       the path with the fewest hops from A to B, with the sentence behind every hop
  paths      the k shortest paths (default 3, Yen's algorithm)
  common     entities related to both A and B
  stats      counts, types, relation types, components, best-connected entities;
             --metrics adds PageRank, betweenness (up to 50,000 relations) and Louvain
             communities

Relations are followed in both directions unless --directed (subject → object).
search, entity, path, neighbors, common and stats read only what they need from the store
(a large store answers in about a second); paths and stats --metrics load the whole graph.

${FILTER_HELP}

Options:
  --db FILE|URL  ${DB_HELP}
  --json        print JSON (the same shapes the API returns)
  --limit N     search hits (default 10) or neighbours (default 50)
  --depth N     neighbour hops (default 1)
  --k N         number of paths (default 3)
  --evidence N  sentences shown per relation in "entity" (default 1; all with --json)
  --top N       rows of the metrics table (default 15)
  -h, --help    this text

Examples:
  kg query search tehran
  kg query path "IRGC" "Ukraine"
  kg query neighbors Iran --depth 2 --predicates SUPPLIES,ATTACKS
  kg query stats --metrics --json
`;

const BETWEENNESS_MAX_RELATIONS = 50_000;

const ARITY: Record<string, number> = {
  search: 1,
  entity: 1,
  neighbors: 1,
  path: 2,
  paths: 2,
  common: 2,
  stats: 0,
};

async function resolved(
  store: Store,
  text: string,
  io: CommandIo,
  json: boolean,
): Promise<EntityResolution> {
  const entity = await store.resolveEntity(text);
  if (entity.via === 'search' && !json) {
    io.stderr.write(
      `kg query: "${text}" taken as ${entity.label} (${entity.id}), the best match.\n`,
    );
  }
  return entity;
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    db: { type: 'string' },
    json: { type: 'boolean', default: false },
    limit: { type: 'string' },
    depth: { type: 'string' },
    direction: { type: 'string' },
    k: { type: 'string' },
    'max-hops': { type: 'string' },
    directed: { type: 'boolean', default: false },
    evidence: { type: 'string' },
    metrics: { type: 'boolean', default: false },
    top: { type: 'string' },
    ...FILTER_OPTIONS,
  });
  const [action = '', ...args] = positionals;
  if (ARITY[action] === undefined || args.length !== ARITY[action]) {
    throw new UsageError(action ? `wrong use of "${action}"` : 'no query given');
  }
  const filter = parseFilter(values);
  const json = values.json;
  const out = (text: string): void => {
    io.stdout.write(text);
  };
  const printJson = (value: unknown): void => out(`${JSON.stringify(value, null, 2)}\n`);
  const maxHops = intFlag(values['max-hops'], 8, 'max-hops');
  const store = await openExistingStore(storePath(values.db));
  try {
    const [first = '', second = ''] = args;
    // Evidence filters, as the store reads them for what a query shows.
    const evidenceFilter = {
      ...(filter.modalities ? { modalities: filter.modalities } : {}),
      ...(filter.from ? { from: filter.from } : {}),
      ...(filter.to ? { to: filter.to } : {}),
    };
    switch (action) {
      case 'search': {
        const hits = await store.search(first, {
          limit: intFlag(values.limit, 10, 'limit') || 10,
          ...(filter.types ? { types: filter.types } : {}),
        });
        if (json) {
          printJson(hits);
          return 0;
        }
        if (hits.length === 0) {
          out(`No entity matches "${first}".\n`);
          return 1;
        }
        out(
          table(
            ['score', 'id', 'name', 'type', 'matched', 'how'],
            hits.map((h) => [
              h.score,
              h.id,
              h.label,
              h.type,
              h.matched.text,
              `${h.matched.kind} ${h.matched.field}`,
            ]),
          ),
        );
        return 0;
      }
      case 'entity': {
        const entity = await resolved(store, first, io, json);
        const evidenceLimit = intFlag(values.evidence, 1, 'evidence');
        const details = await store.entityDetails(entity.id, {
          ...filter,
          ...(json ? {} : { evidenceLimit }),
        });
        if (json) {
          printJson(details);
          return 0;
        }
        out(`${name(details)}  ${details.id}\n`);
        if (details.aliases.length > 0) out(`also: ${details.aliases.join(', ')}\n`);
        out(
          `${details.mentionCount} mentions in ${details.documentCount} documents; ${details.degree} relations (weighted ${formatNumber(details.weightedDegree)}); seen ${details.firstSeen.slice(0, 10)} to ${details.lastSeen.slice(0, 10)}\n`,
        );
        for (const group of details.groups) {
          out(
            `\n${group.predicate} (${group.direction === 'out' ? 'as subject' : 'as object'}, weight ${formatNumber(group.weight)})\n`,
          );
          for (const relation of group.relations) {
            const hop = {
              ...relation,
              predicate: group.predicate,
              direction:
                relation.direction === 'out' ? ('forward' as const) : ('backward' as const),
            };
            out(
              `  ${arrow(details, hop, relation.other)}  [${relation.modality}, weight ${formatNumber(relation.weight)}]\n`,
            );
            const lines = evidenceLine(hop, '    ');
            out(`${lines.join('\n')}\n`);
            if (relation.moreEvidence > 0)
              out(`    (${relation.moreEvidence} more sentences: --evidence N or --json)\n`);
          }
        }
        return 0;
      }
      case 'neighbors': {
        const entity = await resolved(store, first, io, json);
        const direction = values.direction ?? 'both';
        if (direction !== 'both' && direction !== 'out' && direction !== 'in') {
          throw new UsageError(`--direction must be both, out or in, not "${direction}"`);
        }
        const result = await neighborsInStore(store, entity.id, {
          ...filter,
          depth: intFlag(values.depth, 1, 'depth'),
          limit: intFlag(values.limit, 50, 'limit'),
          direction,
        });
        if (json) {
          printJson(result);
          return 0;
        }
        const rows = result.nodes
          .filter((n) => n.key !== entity.id)
          .map((n) => {
            const links = result.edges.filter((e) => e.source === n.key || e.target === n.key);
            const weight = links.reduce((sum, e) => sum + e.attributes.weight, 0);
            const predicates = [...new Set(links.map((e) => e.attributes.predicate))].join(', ');
            return [n.depth, n.key, n.attributes.label, n.attributes.type, weight, predicates] as (
              string | number
            )[];
          });
        out(
          `Neighbours of ${name(result.center)}: ${rows.length} entities, ${result.edges.length} relations${result.truncated ? ' (cut at --limit)' : ''}\n`,
        );
        if (rows.length > 0)
          out(table(['hops', 'id', 'name', 'type', 'weight', 'relations'], rows));
        return 0;
      }
      case 'path':
      case 'paths': {
        const a = await resolved(store, first, io, json);
        const b = await resolved(store, second, io, json);
        const options = { ...filter, directed: values.directed, maxHops };
        // One path reads only the part of the graph its search reaches; k paths need it all.
        const paths =
          action === 'path'
            ? [await shortestPathInStore(store, a.id, b.id, options)].filter((p) => p !== null)
            : kShortestPaths(
                await store.loadGraph(),
                a.id,
                b.id,
                intFlag(values.k, 3, 'k'),
                options,
              );
        // Evidence for the hops, read once the paths are known.
        await attachEvidence(
          store,
          paths.flatMap((p) => p.hops.flatMap((hop) => [hop, ...hop.others])),
          evidenceFilter,
        );
        if (json) {
          printJson(action === 'path' ? (paths[0] ?? null) : paths);
          return 0;
        }
        if (paths.length === 0) {
          out(`No path from ${name(a)} to ${name(b)} within ${maxHops} hops and the filters.\n`);
          return 1;
        }
        out(paths.map((p, i) => pathText(p, action === 'paths' ? i + 1 : undefined)).join('\n'));
        return 0;
      }
      case 'common': {
        const a = await resolved(store, first, io, json);
        const b = await resolved(store, second, io, json);
        const result = await commonNeighborsInStore(store, a.id, b.id, filter);
        await attachEvidence(
          store,
          result.neighbors.flatMap((n) => [...n.viaA, ...n.viaB]),
          evidenceFilter,
        );
        if (json) {
          printJson(result);
          return 0;
        }
        out(
          `Entities related to both ${name(result.a)} and ${name(result.b)}: ${result.neighbors.length}\n`,
        );
        if (result.neighbors.length === 0) return 1;
        out(
          table(
            ['weight', 'id', 'name', 'type', `with ${result.a.label}`, `with ${result.b.label}`],
            result.neighbors.map((n) => [
              n.weight,
              n.entity.id,
              n.entity.label,
              n.entity.type,
              n.viaA.map((l) => l.predicate).join(', '),
              n.viaB.map((l) => l.predicate).join(', '),
            ]),
          ),
        );
        return 0;
      }
      case 'stats': {
        const summary = await store.graphStats();
        const top = intFlag(values.top, 15, 'top');
        // Betweenness is O(V·E): past this many relations it would run for minutes.
        const withBetweenness = summary.edges <= BETWEENNESS_MAX_RELATIONS;
        if (values.metrics && !withBetweenness) {
          io.stderr.write(
            `kg query: betweenness left out (${summary.edges} relations > ${BETWEENNESS_MAX_RELATIONS}).\n`,
          );
        }
        const metrics = values.metrics
          ? computeMetrics(await store.loadGraph(), {
              limit: top,
              metrics: METRIC_NAMES.filter((m) => withBetweenness || m !== 'betweenness'),
            })
          : undefined;
        if (json) {
          printJson(metrics ? { ...summary, metrics } : summary);
          return 0;
        }
        out(
          `${summary.nodes} entities, ${summary.edges} relations, ${summary.evidence} evidence sentences from ${summary.documents} document${summary.documents === 1 ? '' : 's'}\n` +
            `${summary.components} connected components (largest ${summary.largestComponent}), ${summary.isolated} isolated entities, density ${formatNumber(summary.density)}\n\n`,
        );
        const counts = (record: Partial<Record<string, number>>): (string | number)[][] =>
          Object.entries(record)
            .sort((x, y) => (y[1] ?? 0) - (x[1] ?? 0))
            .map(([key, value]) => [key, value ?? 0]);
        out(table(['entity type', 'count'], counts(summary.entityTypes)));
        out('\n');
        out(table(['relation type', 'count'], counts(summary.predicates)));
        out('\n');
        out(table(['modality', 'count'], counts(summary.modalities)));
        out('\n');
        if (metrics) {
          out(
            table(
              ['id', 'name', 'type', 'degree', 'weighted', 'pagerank', 'betweenness', 'community'],
              metrics.nodes.map((n) => [
                n.id,
                n.label,
                n.type,
                n.degree,
                n.weightedDegree,
                n.pagerank ?? 0,
                n.betweenness ?? 0,
                n.community ?? -1,
              ]),
            ),
          );
          if (metrics.communities) {
            out(
              `${metrics.communities.count} Louvain communities, modularity ${formatNumber(metrics.communities.modularity)}; sizes ${metrics.communities.sizes.slice(0, 10).join(', ')}\n`,
            );
          }
        } else {
          out(
            table(
              ['id', 'name', 'type', 'degree', 'weighted'],
              summary.top.map((n) => [n.id, n.label, n.type, n.degree, n.weightedDegree]),
            ),
          );
        }
        return 0;
      }
      default:
        return 2;
    }
  } finally {
    await store.close();
  }
}

export const queryCommand: Command = {
  name: 'query',
  summary: 'search, inspect entities, neighbours, paths, common neighbours, statistics',
  usage: USAGE,
  run,
};
