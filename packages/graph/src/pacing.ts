/**
 * Long pure work cut into pieces: a generator that yields (nothing) between pieces and returns
 * its answer. Run to its end at once (`finish`), or inside a store's write, where each yield is
 * a point at which the write may let the event loop turn (`paced` in `store/sql.ts`), so a
 * server keeps answering while a very large document is resolved.
 */

/** Work that yields between pieces and returns a T. */
export type Paced<T> = Generator<void, T, void>;

/** Items between two pause points in a loop over a document's entities or relations. */
export const PACE = 256;

/** Runs paced work to its end, without pausing. */
export function finish<T>(work: Paced<T>): T {
  for (let next = work.next(); ; next = work.next()) {
    if (next.done) return next.value;
  }
}
