/**
 * The registry of `kg` sub-commands, in the order `kg --help` lists them. Each command's module
 * (and what it imports: the extractor, the store, the server) loads only when it runs, so
 * `kg --help` and a mistyped command answer at once.
 */
import type { Command } from '../command.js';

export interface CommandEntry {
  name: string;
  /** One line for `kg --help`; the same as the command's own `summary`. */
  summary: string;
  load(): Promise<Command>;
}

export const commands: readonly CommandEntry[] = [
  {
    name: 'extract',
    summary: 'extract entities and relations from text or HTML files',
    load: async () => (await import('./extract.js')).extractCommand,
  },
  {
    name: 'parse',
    summary: 'print the dependency trees of a text or file, or parse a CoNLL-U file',
    load: async () => (await import('./parse.js')).parseCommand,
  },
  {
    name: 'ingest',
    summary: 'extract files and merge them into the graph store',
    load: async () => (await import('./ingest.js')).ingestCommand,
  },
  {
    name: 'worker',
    summary: 'extract and merge documents queued in a PostgreSQL store (kg ingest --queue)',
    load: async () => (await import('./worker.js')).workerCommand,
  },
  {
    name: 'queue',
    summary: 'show the queue of a PostgreSQL store: queued, active, done, failed with errors',
    load: async () => (await import('./queue.js')).queueCommand,
  },
  {
    name: 'docs',
    summary: 'list, show or remove stored documents',
    load: async () => (await import('./docs.js')).docsCommand,
  },
  {
    name: 'entities',
    summary: 'curate entities and relations: merge, split, rename, retype, reject, accept',
    load: async () => (await import('./entities.js')).entitiesCommand,
  },
  {
    name: 'query',
    summary: 'search, inspect entities, neighbours, paths, common neighbours, statistics',
    load: async () => (await import('./query.js')).queryCommand,
  },
  {
    name: 'export',
    summary: 'write the graph as JSON (Gephi Lite), GEXF, GraphML, CSV or for Neo4j',
    load: async () => (await import('./export.js')).exportCommand,
  },
  {
    name: 'import',
    summary: 'merge a graph file (JSON, GEXF, GraphML, CSV) into the store',
    load: async () => (await import('./import.js')).importCommand,
  },
  {
    name: 'serve',
    summary: 'serve the JSON API and the graph viewer over a store',
    load: async () => (await import('./serve.js')).serveCommand,
  },
];
