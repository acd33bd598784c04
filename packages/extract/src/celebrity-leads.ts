/**
 * A one-word name opening its sentence that is an everyday word too (issue 14): "Madonna's new
 * album sold a million copies", "Madonna said the tour …", "Bush said on Monday …". The
 * mention pass drops a capitalised everyday word opening a sentence ("Findings", "Several");
 * a word of the person-name lists or of the public figures' names (`personWords`,
 * `figureWords`) that wink reads as a proper noun, before a saying verb (`personVerbs`) or a
 * possessive, is kept: a name speaking or owning something. Not a word wink reads as a noun or
 * a verb ("Brown rice is …", "Rose said to be …" is left), not a gazetteer entry (the caller
 * looks those up first).
 *
 * A word of a public figure's name (`figureWords`, from `leaders.json`) in that place, before a
 * saying verb or a verb of meeting someone ("Straw told reporters …", "Bush met the Lemurian
 * prime minister …", "Rice urged Congress …"), is that figure even where the tagger reads no
 * name (`figureLeads`): a bare singular noun cannot open a sentence as the one who speaks or
 * meets, so the word is a name. Not a word only of the person-name lists ("Sterling said the plan
 * was sound": a currency as often as a surname).
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const POSSESSIVE = /^['’]s?$/;
/** Marks that may open a sentence before its first word. */
const OPENERS = /^["'(‘“]$/;
/**
 * Past-tense verbs whose subject is someone meeting or addressing someone else: with the
 * saying verbs (`personVerbs`), what a public figure opening a sentence does.
 */
const MEETING_VERBS = new Set([
  'met',
  'meets',
  'visited',
  'visits',
  'urged',
  'urges',
  'thanked',
  'praised',
  'criticised',
  'criticized',
  'telephoned',
  'phoned',
  'vowed',
  'pledged',
  'promised',
  'accused',
  'welcomed',
  'congratulated',
  'appointed',
  'nominated',
]);

/** Does the sentence's first token `i` name someone who speaks or owns what follows? */
export function celebrityLeads(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || next.sentence !== t.sentence) return false;
  if (!TITLE_CASE.test(t.text) || t.pos !== 'PROPN') return false;
  if (!lex.personWords.has(t.lower) && !lex.figureWords.has(t.lower)) return false;
  if (POSSESSIVE.test(next.text)) return next.start === t.end;
  return lex.personVerbs.has(next.lower) || figureLeads(tokens, i, lex);
}

/**
 * Does the sentence's first token `i`, a word of a public figure's name, speak or meet someone
 * (a saying verb or a meeting verb right after it), so that the tagger's "no name" yields?
 */
export function figureLeads(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || next.sentence !== t.sentence) return false;
  const prev = tokens[i - 1];
  if (prev && prev.sentence === t.sentence && !OPENERS.test(prev.text)) return false;
  if (!TITLE_CASE.test(t.text) || t.pos !== 'PROPN' || !lex.figureWords.has(t.lower)) return false;
  return lex.personVerbs.has(next.lower) || MEETING_VERBS.has(next.lower);
}
