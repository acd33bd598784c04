/** What a token is, as the repairs ask it: a person or descriptor noun, a bare title, an age, a time word. */
import type { Token } from '../../analysis.js';
import { loadLexicon } from '../../lexicon.js';
import type { RepairContext } from './context.js';
import { label } from './context.js';
import { STARTS_NSUBJ_OBJ } from './labels.js';

const IS_NOUN_ADJ_PROPN = /^(NOUN|ADJ|PROPN)$/;

const IS_UP_TO_THREE_DIGITS = /^\d{1,3}$/;

export function isPersonNoun(c: RepairContext, i: number): boolean {
  const t = c.tokens[i] as Token;
  const lemma = t.lemma.toLowerCase();
  const lex = c.lex;
  return (
    lex.roles.has(lemma) ||
    lex.roles.has(t.lower) ||
    lex.personNouns.has(lemma) ||
    lex.personNouns.has(t.lower) ||
    lex.descriptorTypes.get(lemma) === 'PERSON'
  );
}

/** A noun that describes what a name is ("unit", "firm", "town") or a person noun. */
export function isDescriptorNoun(c: RepairContext, i: number): boolean {
  const lemma = (c.tokens[i] as Token).lemma.toLowerCase();
  return c.lex.descriptorTypes.has(lemma) || c.lex.partRelations.has(lemma) || isPersonNoun(c, i);
}

export function isPersonName(c: RepairContext, i: number): boolean {
  return c.mentions.some((m) => m.type === 'PERSON' && m.firstToken <= i && i < m.lastToken);
}

export function isCommonNoun(c: RepairContext, i: number): boolean {
  const t = c.tokens[i] as Token;
  return t.upos === 'NOUN' && t.text === t.lower;
}

/** An honorific or role word outside any mention: "Lord", "Sir", "President" before a name. */
export function isBareTitle(c: RepairContext, i: number): boolean {
  if (c.mentions.some((k) => i >= k.firstToken && i < k.lastToken)) return false;
  const w = c.tokens[i]?.lower ?? '';
  return loadLexicon().honorifics.has(w) || c.lex.roles.has(w);
}

/**
 * A lower-case noun (or adjective-tagged role word) that describes or titles a name; a lower-case
 * word tagged as a proper noun between names is a noun ("Ruth Brand assassin Tom Hale").
 */
export function isDescriptorWord(c: RepairContext, i: number): boolean {
  const t = c.tokens[i];
  if (!t || t.text !== t.lower || !IS_NOUN_ADJ_PROPN.test(t.upos)) return false;
  const { lex } = c;
  return (
    lex.roles.has(t.lower) ||
    lex.personNouns.has(t.lemma) ||
    lex.descriptorTypes.has(t.lemma) ||
    lex.partRelations.has(t.lemma)
  );
}

/** A bare number that can be a person's age after a name ("Ola Vik, 68,"). */
export function isAge(c: RepairContext, i: number): boolean {
  const t = c.tokens[i];
  return t !== undefined && t.upos === 'NUM' && IS_UP_TO_THREE_DIGITS.test(t.text);
}

export function isRelative(c: RepairContext, i: number): boolean {
  const w = c.tokens[i]?.lower ?? '';
  return w === 'who' || w === 'which';
}

const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|january|february|march|april|may|june|july|august|september|october|november|december)$/;

export function isTimeWord(c: RepairContext, i: number): boolean {
  return TIME_WORDS.test(c.tokens[i]?.lower ?? '');
}

/** Verbs that make their object something: "named Ann Holt chief executive". */
const NAMING_VERBS = /^(name|appoint|elect|make|nominate|install|designate|crown)$/;

export function isNamingVerb(c: RepairContext, i: number): boolean {
  return NAMING_VERBS.test(c.tokens[i]?.lemma.toLowerCase() ?? '');
}

export function isThat(c: RepairContext, i: number): boolean {
  return c.tokens[i]?.lower === 'that' && STARTS_NSUBJ_OBJ.test(label(c, i));
}
