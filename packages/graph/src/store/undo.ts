/**
 * What an undo does to the documents a curation rule touched, for both backends: their stored
 * versions removed — all of them before any comes back, so a document extracted again cannot
 * resolve onto rows the rule moved that another document still holds — and the new extractions
 * to write in their place (with the stored text when none was given). Inside the transaction
 * that takes the rule out: the rule and the documents change together or not at all.
 */
import { KgError } from '@kg/schema';
import type { Tallies } from './aggregates.js';
import type { Touched } from './rows.js';
import type { Sql } from './sql.js';
import { get, sql } from './sql.js';
import type { IngestResult, Reextraction } from './store.js';
import type { DocumentInput, DocumentWrite } from './write-document.js';
import type { WriteContext } from './writes.js';
import { deleteDocumentRows } from './writes.js';

/** What removing the old versions did, and what to write in their place. */
export interface Removed {
  inputs: DocumentInput[];
  entities: number;
  relations: number;
}

export function* removeReplaced(
  ctx: WriteContext,
  documents: readonly Reextraction[],
  touched: Touched,
  tallies: Tallies,
): Sql<Removed> {
  const removed: Removed = { inputs: [], entities: 0, relations: 0 };
  for (const { extraction, meta } of documents) {
    const found = yield* get<{ num: number }>(sql`SELECT num FROM documents WHERE id = ${meta.id}`);
    if (!found) {
      throw new KgError('NOT_FOUND', `graph.undoCuration: document ${meta.id} is not stored.`);
    }
    const num = Number(found.num);
    let text = meta.text;
    if (text === undefined) {
      text = (yield* get<{ text: string }>(sql`SELECT text FROM document_text WHERE doc = ${num}`))
        ?.text;
    }
    const gone = yield* deleteDocumentRows(ctx, num, touched, tallies);
    removed.entities += gone.entities;
    removed.relations += gone.relations;
    removed.inputs.push({
      extraction,
      meta: text === undefined ? meta : { ...meta, text },
    });
  }
  return removed;
}

/** A document written back by an undo, reported as re-extracted. */
export function putBack(written: DocumentWrite): IngestResult {
  return { ...written.result, status: 'reextracted' };
}

/** Adds what one write touched to what the whole undo touched. */
export function addTouched(into: Touched, from: Touched): void {
  for (const key of from.entities) into.entities.add(key);
  for (const key of from.relations) into.relations.add(key);
}
