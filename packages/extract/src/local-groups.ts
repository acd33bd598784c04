/**
 * People of a place, then *in* and a name: "officials in **Kelbrook** said", "police in
 * **Dunmore** arrested two men", "Residents in **Fairbanks** were told to stay home" (issue 14:
 * AP-style towns with no gazetteer entry read as people because a saying verb follows). The
 * nouns are `cues.json` *localNounsBefore*; not *at*, which takes companies ("officials at
 * Zentrix"), nor a name owning or modifying what follows ("police in Kelbrook 's north",
 * "workers in Zentrix plants").
 *
 * And the other way round, a name right before a lower-case noun of its people or its police
 * (`cues.json` *localNounsAfter*): "a **Bergen** man was arrested", "**Tarnby** police said",
 * "two **Kelby** teenagers" → GPE. Not an acronym ("an IBM man") nor a word with a capital inside
 * ("a LaK man": a group's short form), a name led by a given name,
 * nor a noun that is a compound's first part ("a Bergen police officer" is still Bergen's: only
 * people nouns other than *police* must end the phrase).
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import type { RawMention } from './raw-mention.js';
import { inSentence } from './sentence-tokens.js';

/** Is the mention a place named after "in" and a plural noun of people of a place? */
export function placeAfterLocals(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  const sentence = tokens[m.firstToken]?.sentence;
  const at = inSentence(tokens, sentence);
  const prev = at(m.firstToken - 1);
  const before = at(m.firstToken - 2);
  if (prev?.text !== 'in' || !before || !lex.localNounsBefore.has(before.lower)) return false;
  // A capitalised noun only where it opens the sentence ("Police in Dunmore").
  if (before.text !== before.lower && at(m.firstToken - 3)) return false;
  const next = at(m.lastToken);
  if (!next) return true;
  if (/^['’]s?$/.test(next.text)) return false;
  return !(next.text === next.lower && next.pos === 'NOUN');
}

/** Is the mention a place named right before its people or police ("a Bergen man")? */
export function placeBeforeLocals(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  const sentence = tokens[m.firstToken]?.sentence;
  const at = inSentence(tokens, sentence);
  const next = at(m.lastToken);
  if (!next || next.text !== next.lower || !lex.localNounsAfter.has(next.lower)) return false;
  if (m.kind === 'acronym') return false;
  const words = tokens.slice(m.firstToken, m.lastToken);
  // Nor a word with a capital inside, a group's short form or a brand: "a LeT man".
  if (words.some((t) => /\p{Ll}\p{Lu}/u.test(t.text))) return false;
  if (words.length > 1 && lex.givenNames.has(words[0]?.lower ?? '')) return false;
  // "a Kelby man hunt" reads oddly; a people noun ends its phrase ("a Bergen man said").
  const after = at(m.lastToken + 1);
  return next.lower === 'police' || !after || after.text !== after.lower || after.pos !== 'NOUN';
}
