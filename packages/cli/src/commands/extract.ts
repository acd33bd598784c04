/**
 * `kg extract FILE|DIR...`: prints the extraction contract (../shared/eval/README.md) for the
 * given files. Minimal single-process version; worker threads, formats and progress follow.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createExtractor } from '@kg/extract';
import type { Command } from '../command.js';

function listFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => listFiles(join(path, name)));
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'extract entities and relations from text or HTML files',
  usage: 'Usage: kg extract FILE|DIR... [--format json]',
  async run(argv, io) {
    const { positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'json' } },
    });
    const extractor = createExtractor();
    const results = positionals
      .flatMap(listFiles)
      .map((file) => extractor.extract({ id: file, text: readFileSync(file, 'utf8') }));
    const merged = {
      extractorVersion: extractor.version,
      documents: results.flatMap((r) => r.documents),
      entities: results.flatMap((r) => r.entities),
      relations: results.flatMap((r) => r.relations),
    };
    io.stdout.write(`${JSON.stringify(merged, null, 2)}\n`);
    return 0;
  },
};
