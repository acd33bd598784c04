/**
 * Character and casing tests shared by mention detection and the tagger, and the sentence mode:
 * a sentence mostly in capitals (CoNLL headlines, datelines) or in title case (headlines) says
 * little through its capitals. ASCII takes a fast path before the Unicode regexes: these run on
 * every token.
 */
import type { Sentence, Token } from './analysis.js';
import { HEADLINE_MINOR_WORDS } from './tokens.js';

export type Mode = 'normal' | 'caps' | 'title';

const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;

/** Does the string contain a letter? */
export function hasLetter(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return LETTER.test(text);
  }
  return false;
}

/** Does the token start with a capital letter? */
export function isCap(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER_START.test(t.text) && LETTER.test(t.text);
}

/** Is the token a word written in capitals ("LONDON", "NATO")? */
export function isAllCaps(t: Token): boolean {
  const text = t.text;
  if (text.length < 2) return false;
  let letter = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letter = true;
    else if (c >= 128) return text === text.toUpperCase() && LETTER.test(text);
  }
  return letter;
}

/** Parts of speech that a title-case headline capitalises but running text does not. */
const CLOSED_OR_VERB = new Set([
  'VERB',
  'AUX',
  'ADV',
  'ADP',
  'DET',
  'PRON',
  'CCONJ',
  'SCONJ',
  'PART',
]);

export function sentenceMode(tokens: Token[], s: Sentence): Mode {
  let words = 0;
  let caps = 0;
  let lowerContent = 0;
  let capitalisedVerbs = 0;
  let digits = false;
  for (let i = s.firstToken; i < s.lastToken; i++) {
    const t = tokens[i];
    // "v" between two sides ("Walsall v Wrexham") is a lower-case word of running text.
    if (t?.text === 'v') lowerContent++;
    if (!t || !hasLetter(t.text) || t.text.length < 2) continue;
    words++;
    if (isAllCaps(t)) caps++;
    if (!isCap(t) && !HEADLINE_MINOR_WORDS.has(t.lower)) lowerContent++;
    if (isCap(t) && i > s.firstToken && CLOSED_OR_VERB.has(t.pos)) capitalisedVerbs++;
  }
  if (words >= 2 && caps / words >= 0.6) return 'caps';
  const lastText = tokens[s.lastToken - 1]?.text ?? '';
  if (words >= 4 && lowerContent === 0 && capitalisedVerbs === 0) {
    for (let i = s.firstToken; i < s.lastToken && !digits; i++) {
      const c = tokens[i]?.text.charCodeAt(0) ?? 0;
      digits = c >= 48 && c <= 57;
    }
  }
  if (
    words >= 4 &&
    lowerContent === 0 &&
    (capitalisedVerbs >= 1 || (!digits && lastText !== '.')) &&
    !(capitalisedVerbs === 0 && isNameList(tokens, s))
  ) {
    return 'title';
  }
  return 'normal';
}

/** Words in one item of a list of names: "Loren Roberts", "Jose Maria Olazabal". */
const LIST_ITEM_WORDS = 4;

/**
 * Is the line a list of names, not a headline: three or more items between commas, each of at
 * most four words ("Wood , Loren Roberts , Steve Stricker , Brian Claar"; a bracketed country
 * after a name does not count)? Its capitals are the names' own.
 */
function isNameList(tokens: Token[], s: Sentence): boolean {
  let items = 1;
  let inItem = 0;
  let depth = 0;
  for (let i = s.firstToken; i < s.lastToken; i++) {
    const text = tokens[i]?.text ?? '';
    if (text === '(') depth++;
    else if (text === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (text === ',') {
      if (inItem === 0) return false;
      items++;
      inItem = 0;
    } else if (hasLetter(text) && ++inItem > LIST_ITEM_WORDS) return false;
  }
  return items >= 3;
}
