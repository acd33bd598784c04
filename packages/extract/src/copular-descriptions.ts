/**
 * A name its own sentence describes with "is" or "was" (issue 14): "Bellwood is a small town in
 * Kent", "Zentrix is a software company based in Leeds", "Quenlo was a retired cleaner". The
 * comma apposition ("Kolm, a small town near the coast,") already said what a name is; the same
 * description after the subject and a copula does too: a place noun → GPE, an organisation noun
 * → ORG, a person noun, role or job → PERSON (`describedFrom` in context.ts reads the
 * description). The tagger often reads a coined name opening its sentence as no name and dropped
 * it; the description types it surely, and one name, one reading carries the type to its other
 * guesses in the document.
 *
 * Only the sentence's subject: the name opens the sentence (after "The" at most) and the copula
 * follows it right away, perhaps with "now", "still" or "also"; not "is one of", not a
 * possessive description ("Reed is the firm's founder": a noun owning what follows is no head).
 */
import type { Token } from './analysis.js';
import type { RawMention } from './raw-mention.js';
import { inSentence } from './sentence-tokens.js';

const COPULAS = new Set(['is', 'was']);
const BETWEEN = new Set(['now', 'still', 'also']);

/**
 * Where a copular description of the sentence's subject opens (the token after "is" / "was"),
 * or undefined; `describedFrom` in context.ts reads it.
 */
export function copulaDescriptionStart(
  tokens: readonly Token[],
  m: RawMention,
): number | undefined {
  const at = inSentence(tokens, tokens[m.firstToken]?.sentence);
  const prev = at(m.firstToken - 1);
  if (prev && !(prev.lower === 'the' && !at(m.firstToken - 2))) return undefined;
  if (!COPULAS.has(at(m.lastToken)?.lower ?? '')) return undefined;
  let k = m.lastToken + 1;
  if (BETWEEN.has(at(k)?.lower ?? '')) k++;
  return k;
}
