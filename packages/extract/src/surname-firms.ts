/**
 * A firm named after its founders (issue 14): "Smith Barney", "Dean Witter", "Kidder Peabody"
 * read as a person's name from the person-name lists, and only the clause says otherwise: the
 * name is the subject of a verb whose clause refers back to it as "its" ("Smith Barney raised
 * its rating on the stock", "Kidder Peabody said on Monday its profit fell") → ORG. Not a name
 * led by a given name ("Ann Holt said its sales rose": a chief executive speaking of her
 * company), nor one word (`uncued-names.ts` reads those).
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import type { RawMention } from './mentions.js';
import { referredType } from './uncued-names.js';

/** Is the person-list name m a firm its own clause calls "its"? */
export function firmOfSurnames(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  if (m.entityType !== 'PERSON' || !m.yieldable || m.kind !== 'name') return false;
  const words = tokens.slice(m.firstToken, m.lastToken);
  if (words.length < 2 || lex.givenNames.has(words[0]?.lower ?? '')) return false;
  return referredType(tokens, m, lex)?.type === 'ORG';
}
