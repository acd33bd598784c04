/**
 * A capitalised everyday word that names a body (issue 14): clubs, firms and bands are often
 * named by a word wink's vocabulary knows ("Arsenal", "Forest", "Orange", "Wolves", "Oasis"), and
 * such a word alone is read as common and dropped. Right before the lower-case role of someone
 * working in a body (`cues.json` *bodyRoles*: "striker", "manager", "chief executive",
 * "guitarist"), written with a capital inside running text and standing alone there, it is that
 * body's name: "signed by Wolves manager Dave Jones", "the Forest chief executive", "Arsenal
 * striker Tom Reed" (at a sentence's start only where the document writes the word with a
 * capital elsewhere too: the mention rules keep it only then).
 *
 * Not a word the cut of a longer name left alone ("Home Affairs spokesman", "England Test
 * captain": a capitalised word before it), a qualifier of a name's role ("England's Test
 * captain": a possessive before it), a word that makes a role with the role after it ("Team
 * captain", `titles.json`), a generic kind of body (a cue word: "Government spokesman", "Police
 * chief", "Party chairman"), a qualifier or an adjective of a party or a creed
 * ("Democratic chairman", "Conservative spokesman", "Republican", "Socialist"), or a given name.
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import { longestPhrase } from './lexicon.js';

/** A word written with one capital: "Arsenal", "Wolves". */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A possessive, or a plural's bare apostrophe. */
const POSSESSIVE = /^['’]s?$/;
/** Adjective endings of parties, creeds and qualifiers: "Conservative", "Republican", "Liberal". */
const ADJECTIVE_SHAPE = /(?:ern|ian|ish|ese|ous|ive|ist|ed|ful|less)$/u;
/**
 * Qualifiers of another shape ("-al" names clubs too: "Arsenal").
 */
const QUALIFIERS = new Set([
  'democratic',
  'communist',
  'catholic',
  'islamic',
  'opposition',
  'national',
  'international',
  'federal',
  'liberal',
  'royal',
  'central',
  'general',
  'regional',
  'local',
  'provincial',
  'municipal',
  'global',
  'official',
  'senior',
  'junior',
  // A format or a genre the role is in: "the Test captain", "a Soul singer".
  'test',
  'youth',
  'reserve',
  'soul',
  'pop',
  'rock',
  'jazz',
  'folk',
  'punk',
  'opera',
  'gospel',
]);

/**
 * Is the one-word run at `first` an everyday word naming the body a role after it works in
 * ("Arsenal striker", "Wolves manager")? The caller has checked the role follows.
 */
export function everydayBodyName(tokens: readonly Token[], first: number, lex: Lexicon): boolean {
  const word = tokens[first];
  if (!word || !TITLE_WORD.test(word.text)) return false;
  const lower = word.lower;
  const prev = tokens[first - 1];
  if (prev && prev.sentence === word.sentence) {
    // "Home Affairs spokesman", "England's Test captain".
    // "The Wolves manager": an article opening the sentence is no name before it.
    if (/^\p{Lu}/u.test(prev.text) && prev.pos !== 'DET') return false;
    if (POSSESSIVE.test(prev.text)) return false;
  }
  if (lex.givenNames.has(lower) || lex.stopCapitals.has(lower)) return false;
  if (QUALIFIERS.has(lower) || ADJECTIVE_SHAPE.test(lower)) return false;
  // A generic body or event ("Government", "Party", "Cup"); a place word may name a club
  // ("Forest", "Palace").
  const cues = [lex.orgSuffix, lex.eventSuffix, lex.orgNouns, lex.groupNouns];
  if (cues.some((s) => s.has(lower))) return false;
  // "Team captain", "Police chief": the word opens a role.
  const role = longestPhrase(lex.roles, tokens, first, first + 4);
  return !role || role.length < 2;
}

/** Days and times that own what follows them ("Today's Tom Reed show"). */
const TIME_OWNERS = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'this', 'last', 'next']);

/**
 * Is the one-word run at `first` a capitalised word owning a person named in full right after
 * it ("Celtic's Chris Sutton", "Arsenal's Thierry Henry", "Orange's Sanjiv Ahuja")? News writes a
 * player or an officer as their club's or their firm's, so the owner is a name (a body, or a
 * place), everyday word or not. A given name and one more capitalised word must follow the
 * possessive.
 */
export function ownerOfPerson(tokens: readonly Token[], first: number, lex: Lexicon): boolean {
  const word = tokens[first];
  if (!word || !TITLE_WORD.test(word.text) || TIME_OWNERS.has(word.lower)) return false;
  const at = (k: number) => {
    const t = tokens[k];
    return t && t.sentence === word.sentence ? t : undefined;
  };
  if (!/^['’]s$/.test(at(first + 1)?.text ?? '')) return false;
  const given = at(first + 2);
  const surname = at(first + 3);
  if (!given || !surname || !TITLE_WORD.test(given.text) || !lex.givenNames.has(given.lower)) {
    return false;
  }
  return /^\p{Lu}/u.test(surname.text);
}
