/** The registry of `kg` sub-commands, in the order `kg --help` lists them. */
import type { Command } from '../command.js';
import { docsCommand } from './docs.js';
import { entitiesCommand } from './entities.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { serveCommand } from './serve.js';

export const commands: readonly Command[] = [
  extractCommand,
  ingestCommand,
  docsCommand,
  entitiesCommand,
  serveCommand,
];
