/**
 * The out-of-vocabulary name score (issue 14): how likely a word no gazetteer or vocabulary knows
 * is a name ("Zentrix", "Talvek") rather than a common word written with a capital ("Reorganising",
 * "Unaffordable"), read from its letters alone. A logistic regression over the 2- to 5-grams of
 * the word in lower case, trained by `pnpm train:name-score` (scripts/train-name-score.mjs) on the
 * proper nouns and other words of UD EWT and GUM train and the name lists in `data/`; the model is
 * `data/name-score.json` (its held-out scores are in the file and in docs/extraction.md).
 */
import { readFileSync } from 'node:fs';

interface NameScoreModel {
  bias: number;
  weights: Record<string, number>;
}

const MIN_N = 2;
const MAX_N = 5;

let model: { bias: number; weights: Map<string, number> } | undefined;

function load() {
  if (model) return model;
  const file = JSON.parse(
    readFileSync(new URL('../data/name-score.json', import.meta.url), 'utf8'),
  ) as NameScoreModel;
  model = { bias: file.bias, weights: new Map(Object.entries(file.weights)) };
  return model;
}

/**
 * The probability, from its letters, that a word is a name (0 … 1; 0.5 is even odds).
 *
 * @example
 * nameScore('Zentrix'); // ≈ 0.87
 * nameScore('Meanwhile'); // ≈ 0.01
 */
export function nameScore(word: string): number {
  const { bias, weights } = load();
  const s = `^${word.toLowerCase()}$`;
  const seen = new Set<string>();
  let z = bias;
  for (let n = MIN_N; n <= MAX_N; n++) {
    for (let i = 0; i + n <= s.length; i++) {
      const gram = s.slice(i, i + n);
      if (seen.has(gram)) continue;
      seen.add(gram);
      z += weights.get(gram) ?? 0;
    }
  }
  return 1 / (1 + Math.exp(-z));
}
