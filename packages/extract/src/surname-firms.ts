/**
 * A firm named after its founders (issue 14): "Smith Barney", "Dean Witter", "Kidder Peabody"
 * read as a person's name from the person-name lists, and only the clause says otherwise: the
 * name is the subject of a verb whose clause refers back to it as "its" ("Smith Barney raised
 * its rating on the stock", "Kidder Peabody said on Monday its profit fell") → ORG. Not a name
 * led by a given name ("Ann Holt said its sales rose": a chief executive speaking of her
 * company), nor one word (`uncued-names.ts` reads those), nor a name that is no subject, inside
 * a phrase ("the navy under Ulrich Kessler lost its flagship"). Three surnames or more and no
 * given name, the subject of a verb, are a firm whatever the clause says after ("Drexel Burnham
 * Lambert hired three bankers"), unless it calls the name "he".
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
  const referred = referredType(tokens, m, lex)?.type;
  return referred === 'ORG' || (!referred && chainOfSurnames(words, tokens[m.lastToken], lex));
}

/** A surname of five letters or more: "Burnham", "Lehman" (not "Kuan", "Jong", "Chi"). */
const LONG_SURNAME = /^\p{Lu}\p{Ll}{4,}$/u;

/**
 * "Drexel Burnham Lambert hired …", "Shearson Lehman Hutton said …": three surnames or more and
 * no given name, the subject of a verb, are partners' names, a firm. A person is named by a given
 * name first; a name in the East Asian order has a short syllable in it ("Lee Kuan Yew").
 */
function chainOfSurnames(words: readonly Token[], next: Token | undefined, lex: Lexicon): boolean {
  if (words.length < 3 || !next || next.sentence !== words[0]?.sentence) return false;
  // A given name opens a person's name, or stands as a middle name ("Norton Winfred Simon");
  // one closing the chain is a surname ("Drexel Burnham Lambert").
  if (words.slice(0, -1).some((w) => lex.givenNames.has(w.lower))) return false;
  if (!words.every((w) => LONG_SURNAME.test(w.text))) return false;
  return next.text === next.lower && (next.pos === 'VERB' || next.pos === 'AUX');
}
