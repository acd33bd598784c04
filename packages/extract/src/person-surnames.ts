/**
 * One name, one type across a document (issue 14): a bare word that is the surname of a person
 * the document names in full, surely ("Manuel Noriega", a title or a person-name list typed it),
 * is that person, and a weak cue that reads it otherwise ("Noriega shares power with the army"
 * looks like "Zentrix shares fell") does not retype it — unless an organisation the rules are
 * sure of also holds the word ("Ford Motor Co." beside "Henry Ford").
 */
import type { Token } from './analysis.js';
import { hasLetter } from './casing.js';
import type { RawMention } from './raw-mention.js';

/** Is the one-word mention m the last word of a sure full-name person, and of no sure body? */
export function surnameOfNamedPerson(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  m: RawMention,
): boolean {
  if (m.lastToken - m.firstToken !== 1) return false;
  const word = tokens[m.firstToken]?.lower ?? '';
  let person = false;
  for (const other of mentions) {
    if (other === m || (!other.confident && !other.canonical)) continue;
    const words = tokens.slice(other.firstToken, other.lastToken).filter((t) => hasLetter(t.text));
    if (other.entityType === 'ORG' && words.some((t) => t.lower === word)) return false;
    if (other.entityType === 'PERSON' && words.length >= 2 && words.at(-1)?.lower === word) {
      person = true;
    }
  }
  return person;
}
