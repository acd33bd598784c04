/**
 * A one-word name opening its sentence that is an everyday word too (issue 14): "Madonna's new
 * album sold a million copies", "Madonna said the tour …", "Bush said on Monday …". The
 * mention pass drops a capitalised everyday word opening a sentence ("Findings", "Several");
 * a word of the person-name lists or of the public figures' names (`personWords`,
 * `figureWords`) that wink reads as a proper noun, before a saying verb (`personVerbs`) or a
 * possessive, is kept: a name speaking or owning something. Not a word wink reads as a noun or
 * a verb ("Brown rice is …", "Rose said to be …" is left), not a gazetteer entry (the caller
 * looks those up first).
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const POSSESSIVE = /^['’]s?$/;

/** Does the sentence's first token `i` name someone who speaks or owns what follows? */
export function celebrityLeads(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || next.sentence !== t.sentence) return false;
  if (!TITLE_CASE.test(t.text) || t.pos !== 'PROPN') return false;
  if (!lex.personWords.has(t.lower) && !lex.figureWords.has(t.lower)) return false;
  if (POSSESSIVE.test(next.text)) return next.start === t.end;
  return lex.personVerbs.has(next.lower);
}
