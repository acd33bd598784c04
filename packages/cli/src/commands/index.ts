/** The registry of `kg` sub-commands, in the order `kg --help` lists them. */
import type { Command } from '../command.js';
import { extractCommand } from './extract.js';

export const commands: readonly Command[] = [extractCommand];
