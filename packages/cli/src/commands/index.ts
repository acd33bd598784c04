/** The registry of `kg` sub-commands, in the order `kg --help` lists them. */
import type { Command } from '../command.js';
import { docsCommand } from './docs.js';
import { entitiesCommand } from './entities.js';
import { exportCommand } from './export.js';
import { extractCommand } from './extract.js';
import { importCommand } from './import.js';
import { ingestCommand } from './ingest.js';
import { queryCommand } from './query.js';
import { parseCommand } from './parse.js';
import { serveCommand } from './serve.js';

export const commands: readonly Command[] = [
  extractCommand,
  parseCommand,
  ingestCommand,
  docsCommand,
  entitiesCommand,
  queryCommand,
  exportCommand,
  importCommand,
  serveCommand,
];
