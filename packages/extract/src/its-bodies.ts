/**
 * A name guessed to be a person whose own clause refers back to it with "its" before what a
 * company has is a company (issue 14): "The broker Pell Hartley cut its forecast", "Gorvin
 * Mercer raised its dividend", "Halden Brothers has doubled its profits". A role word read
 * before the name ("broker", "agent") or a word of the name-lists in it made it a person, and
 * the tagger, which reads the words of the name, agrees; what the clause says of it outweighs
 * both. The clause is read as for an uncued name (`referredType`): only verbs, adverbs, links
 * and time words between the name and "its", and a company's possession after it ("profit",
 * "shares", "chief executive"), or any word after "its" where the name opens with no given name
 * and no saying verb comes between ("The broker Pell Hartley cut its forecast").
 *
 * Not a name said to be something of the body's, or to lead or join it ("Halvex is its biggest
 * shareholder", "Reed became its chairman", "Reed joined its board"): "its" is then another's.
 * Not a person named in full who speaks of the body they lead ("Ann Holt said its sales rose":
 * a given name opening the name, and a saying verb before "its"), nor a name the rules are sure
 * of (a gazetteer person, a title: "Mr Reed cut its costs").
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import { givenName } from './person-leads.js';
import type { RawMention } from './raw-mention.js';
import { referredType } from './uncued-names.js';

/** Is the person guess `m` a company its clause refers back to with "its"? */
export function itsBody(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  if (m.entityType !== 'PERSON' || m.canonical || m.kind !== 'name') return false;
  if (m.confident && !m.yieldable) return false;
  const referred = referredType(tokens, m, lex);
  if (!referred || referred.type !== 'ORG') return false;
  // "Halvex is its biggest shareholder", "Reed became its chairman": "its" is another's.
  if (referred.copula) return false;
  const first = tokens[m.firstToken] as Token;
  const named = m.lastToken - m.firstToken > 1 && givenName(first.lower, lex);
  const says = saysBefore(tokens, m, lex);
  if (referred.company) return !(named && says);
  // "its forecast", "its costs": what follows need not be a company's, so neither a person
  // named in full nor a speaker ("Tarvel said its …" may speak of another body).
  return !named && !says;
}

/** Is there a saying verb between the mention and the "its" after it? */
function saysBefore(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  for (let k = m.lastToken; k < m.lastToken + 10; k++) {
    const t = tokens[k];
    if (!t || t.lower === 'its') return false;
    if (lex.personVerbs.has(t.lower)) return true;
  }
  return false;
}
