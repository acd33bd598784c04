/**
 * The BBC News corpus (2,225 articles in five topic folders), read in place from
 * `../shared/corpus/bbc`; never copied. `--quick` takes an even sample across the folders.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BBC_DIR } from './workspace.mjs';

const TOPICS = ['business', 'entertainment', 'politics', 'sport', 'tech'];

/** True when the corpus folder is there. */
export function hasCorpus() {
  return existsSync(path.join(BBC_DIR, TOPICS[0]));
}

/** Article paths in a stable order; `limit` keeps every k-th file so each topic stays in. */
export function corpusFiles(limit = 0) {
  const files = TOPICS.flatMap((topic) =>
    readdirSync(path.join(BBC_DIR, topic))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => path.join(BBC_DIR, topic, name)),
  );
  if (!limit || limit >= files.length) return files;
  const step = files.length / limit;
  return Array.from({ length: limit }, (_, i) => files[Math.floor(i * step)]);
}

/** `{ id, text }` for each path. */
export function readCorpus(files) {
  return files.map((file) => ({
    id: path.relative(BBC_DIR, file),
    text: readFileSync(file, 'utf8'),
  }));
}
