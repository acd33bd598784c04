/**
 * A large extraction's trip from a worker thread back to the pool, in pieces: a document of
 * tens of thousands of entities and relations is one message that takes the receiving thread a
 * third of a second to read, in one piece; cut up, and each piece asked for on a later turn of
 * the receiver's event loop, it never holds that thread for more than a few milliseconds.
 */
import type { Extraction } from '@kg/schema';

/** The pool asks for the next piece of document `take`'s extraction. */
export interface WorkerTake {
  take: number;
}

/** One piece of a large extraction, and how many pieces are still to come. */
export interface WorkerPiece {
  id: number;
  piece: Pick<Extraction, 'entities' | 'relations'>;
  more: number;
}

/** Entities or relations per piece of a large extraction (see `WorkerResponse`). */
export const PIECE_ITEMS = 1000;

/**
 * An extraction cut for the trip back: the document without entities and relations, then
 * pieces of at most `PIECE_ITEMS` of them; a small one stays whole.
 */
export function inPieces(extraction: Extraction): {
  head: Extraction;
  pieces: WorkerPiece['piece'][];
} {
  const { entities, relations } = extraction;
  if (entities.length + relations.length <= PIECE_ITEMS) return { head: extraction, pieces: [] };
  const pieces: WorkerPiece['piece'][] = [];
  for (let at = 0; at < entities.length; at += PIECE_ITEMS) {
    pieces.push({ entities: entities.slice(at, at + PIECE_ITEMS), relations: [] });
  }
  for (let at = 0; at < relations.length; at += PIECE_ITEMS) {
    pieces.push({ entities: [], relations: relations.slice(at, at + PIECE_ITEMS) });
  }
  return { head: { ...extraction, entities: [], relations: [] }, pieces };
}
