/**
 * The one word normalisation the parser, the tagger and the clusters share, in a module of its
 * own so that `features.ts` and `clusters.ts` both read it without importing each other.
 */

/** Lower case with digits folded to 0: "1,200" and "3,400" are one word to the model. */
export function normaliseWord(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, '0');
}
