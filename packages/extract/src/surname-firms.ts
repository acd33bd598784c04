/**
 * A firm named after its founders (issue 14): "Smith Barney", "Dean Witter", "Kidder Peabody"
 * read as a person's name from the person-name lists, and only the clause says otherwise: the
 * name is the subject of a verb whose clause refers back to it as "its" ("Smith Barney raised
 * its rating on the stock", "Kidder Peabody said on Monday its profit fell") → ORG. Not a name
 * led by a given name ("Ann Holt said its sales rose": a chief executive speaking of her
 * company), nor one word (`uncued-names.ts` reads those), nor a name that is no subject, inside
 * a phrase ("the navy under Ulrich Kessler lost its flagship").
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import type { RawMention } from './mentions.js';
import { referredType } from './uncued-names.js';

/** Words after which a clause, and so its subject, starts. */
const CLAUSE_OPENERS = new Set([',', 'that', 'and', 'but', 'while', '"', '“', '(']);

/** Is the person-list name m a firm its own clause calls "its"? */
export function firmOfSurnames(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  if (m.entityType !== 'PERSON' || !m.yieldable || m.kind !== 'name') return false;
  const words = tokens.slice(m.firstToken, m.lastToken);
  if (words.length < 2 || lex.givenNames.has(words[0]?.lower ?? '')) return false;
  // The subject: the name opens its sentence or a clause ("the navy under Ulrich Kessler lost its
  // flagship": the object of a preposition is no subject, and "its" is the navy's).
  const prev = tokens[m.firstToken - 1];
  if (prev && prev.sentence === words[0]?.sentence && !CLAUSE_OPENERS.has(prev.lower)) {
    return false;
  }
  return referredType(tokens, m, lex)?.type === 'ORG';
}
