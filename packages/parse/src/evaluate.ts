/**
 * Attachment scores as in the CoNLL 2018 shared task with given tokens: every word counts,
 * punctuation included; LAS compares universal relations (subtypes stripped: 'nsubj:pass' is
 * 'nsubj'), and `lasFull` the full labels.
 */

export interface ParseScores {
  words: number;
  /** Share of words with the right head. */
  uas: number;
  /** Right head and universal relation. */
  las: number;
  /** Right head and full relation, subtype included. */
  lasFull: number;
}

interface Tree {
  heads: readonly number[];
  deprels: readonly string[];
}

const universal = (deprel: string) => deprel.split(':')[0] ?? deprel;

/** Scores predicted trees against gold trees of the same words. */
export function scoreParses(gold: readonly Tree[], predicted: readonly Tree[]): ParseScores {
  let words = 0;
  let heads = 0;
  let las = 0;
  let full = 0;
  gold.forEach((g, s) => {
    const p = predicted[s];
    for (let i = 0; i < g.heads.length; i++) {
      words++;
      if (!p || p.heads[i] !== g.heads[i]) continue;
      heads++;
      const gl = g.deprels[i] ?? '';
      const pl = p.deprels[i] ?? '';
      if (universal(gl) === universal(pl)) las++;
      if (gl === pl) full++;
    }
  });
  const share = (k: number) => (words > 0 ? k / words : 0);
  return { words, uas: share(heads), las: share(las), lasFull: share(full) };
}
