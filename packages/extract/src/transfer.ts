/**
 * A large extraction's trip from a worker thread back to the pool, in pieces: a document of
 * tens of thousands of entities and relations is one message that takes the receiving thread a
 * third of a second to read, in one piece; cut up (`extractionPieces` from `@kg/schema`, by
 * weight), and each piece asked for on a later turn of the receiver's event loop, it never
 * holds that thread for more than a few milliseconds.
 */
import type { ExtractionPiece } from '@kg/schema';

/** The pool asks for the next piece of document `take`'s extraction. */
export interface WorkerTake {
  take: number;
}

/** One piece of a large extraction, and how many pieces are still to come. */
export interface WorkerPiece {
  id: number;
  piece: ExtractionPiece;
  more: number;
}
