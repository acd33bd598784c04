/**
 * A coined one-word name with no cue and no gazetteer entry (issue 14): "Zentrix said on Monday
 * its profit rose", "analysts expect Tarnex to raise its dividend", "Talvek said he would run".
 * The rules guess such a word and the tagger, which has seen few of them, often reads it as no
 * name. It stays a name when its letters read as a name (`nameScore`, trained on open treebanks
 * and name lists), no vocabulary knows it, and the sentence treats it as an actor: it is the
 * subject of a verb whose clause then refers back to it, "its" (a body: ORG) or "he, his, she"
 * (a PERSON; not "her", most often someone else), with only verbs, adverbs, *to*, *that*, time
 * words ("on Monday") and a saying verb's audience ("told reporters") between.
 * A sentence-initial common word ("Yesterday", "Officials") or a headline word is in the
 * vocabulary, and a rare common word ("Reorganising") reads as no name from its letters.
 */
import type { EntityType } from '@kg/schema';
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import type { RawMention } from './mentions.js';
import { nameScore } from './name-score.js';

/** The score at or above which an uncued word's letters read as a name. */
export const NAME_SCORE_FLOOR = 0.7;

/** A word in title case: a capital, then letters (inner apostrophes and hyphens allowed). */
const TITLE_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;

/** Pronouns that refer back to the subject, and the type they give it. */
const PRONOUNS: ReadonlyMap<string, EntityType> = new Map([
  ['its', 'ORG'],
  ['he', 'PERSON'],
  ['his', 'PERSON'],
  ['she', 'PERSON'],
]);

/** Time words an adjunct between the verb and the pronoun may hold ("said on Monday its"). */
const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'yesterday',
  'today',
  'tonight',
  'week',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  'last',
  'this',
  'late',
  'early',
  'on',
  'earlier',
  'later',
]);

/** Words between a subject and its pronoun that name no other actor. */
const LINKS = new Set(['to', 'that', 'had', 'has', 'have', 'would', 'will', 'was', 'is', ',']);

/** Who is told, between a saying verb and the pronoun ("told reporters on Friday that he"). */
const AUDIENCE = new Set(['reporters', 'journalists', 'a', 'news', 'conference', 'briefing']);

/** Parts of speech of the verbs and adverbs that may stand between. */
const VERBAL = new Set(['VERB', 'AUX', 'ADV', 'PART']);

/**
 * Is the one-word mention a capitalised word that no vocabulary knows and whose letters read
 * as a name?
 */
export function readsAsName(
  tokens: readonly Token[],
  m: RawMention,
  isCommon: (lower: string) => boolean,
): boolean {
  if (m.lastToken - m.firstToken !== 1 || m.kind !== 'name') return false;
  const word = tokens[m.firstToken];
  if (!word || word.text.length < 3 || !TITLE_WORD.test(word.text)) return false;
  if (isCommon(word.lower)) return false;
  return nameScore(word.text) >= NAME_SCORE_FLOOR;
}

/** What an uncued name's clause says of it. */
export interface Referred {
  type: EntityType;
  /** "its" before a company's possession ("its profit", "its shares"): a company, surely. */
  company: boolean;
  /**
   * A copula or a verb of leading or joining right before "its" (adverbs between): "Halvex is
   * its biggest shareholder", "Reed became its chairman"; "its" is then another's.
   */
  copula?: boolean;
}

/** Verbs that say what a name is or becomes to a body, not what it does itself. */
const COPULAS = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'becomes',
  'became',
  'become',
  'remains',
  'remained',
  'joins',
  'joined',
  'leads',
  'led',
  'heads',
  'headed',
  'runs',
  'ran',
  'founded',
  'chairs',
  'chaired',
]);

/** Is the word before k (adverbs skipped) a copula or a verb of leading or joining? */
function copulaAt(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (tokens[j]?.pos === 'ADV') j--;
  return COPULAS.has(tokens[j]?.lower ?? '');
}

/**
 * The type an uncued name's own clause gives it: the first pronoun after its verb, with
 * nothing but verbs, adverbs, links and time words between ("Zentrix said on Monday its
 * profit …" → ORG; "Talvek said he …" → PERSON); undefined when another noun or name comes
 * first or there is no verb.
 */
export function referredType(
  tokens: readonly Token[],
  m: RawMention,
  lex: Lexicon,
): Referred | undefined {
  const sentence = tokens[m.firstToken]?.sentence;
  let verb = false;
  for (let k = m.lastToken; k < m.lastToken + 10; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return undefined;
    const pronoun = PRONOUNS.get(t.lower);
    if (pronoun) {
      if (!verb) return undefined;
      const next = tokens[k + 1]?.lower ?? '';
      const two = `${next} ${tokens[k + 2]?.lower ?? ''}`;
      const company =
        t.lower === 'its' && (lex.companyPossessions.has(next) || lex.companyPossessions.has(two));
      if (t.lower === 'its' && copulaAt(tokens, k)) return { type: pronoun, company, copula: true };
      return { type: pronoun, company };
    }
    // "Zentrix, which makes chips, said its …": the relative clause is passed over; "who"
    // says a person ("Orsinek, who founded the party, said …").
    if (t.text === ',' && (tokens[k + 1]?.lower === 'which' || tokens[k + 1]?.lower === 'who')) {
      if (tokens[k + 1]?.lower === 'who') return { type: 'PERSON', company: false };
      const close = relativeEnd(tokens, k + 2, sentence);
      if (close < 0) return undefined;
      k = close;
      continue;
    }
    if (t.text !== t.lower && !TIME_WORDS.has(t.lower)) return undefined;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && t.text === t.lower) verb = true;
    else if (
      !VERBAL.has(t.pos) &&
      !LINKS.has(t.lower) &&
      !TIME_WORDS.has(t.lower) &&
      !(verb && AUDIENCE.has(t.lower))
    ) {
      return undefined;
    }
  }
  return undefined;
}

/** The comma closing a relative clause that opens at k (within eight tokens), or -1. */
function relativeEnd(tokens: readonly Token[], k: number, sentence: number | undefined): number {
  for (let j = k; j < k + 8; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence) return -1;
    if (t.text === ',') return j;
  }
  return -1;
}

/**
 * What the clause of an uncued one-word guess that reads as a name says of it, or undefined.
 */
export function uncuedNameType(
  tokens: readonly Token[],
  m: RawMention,
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): Referred | undefined {
  if (!readsAsName(tokens, m, isCommon)) return undefined;
  const referred = referredType(tokens, m, lex);
  // "Kessler is its biggest shareholder": no word of what Kessler is.
  if (referred?.copula) return undefined;
  return referred ?? speakerType(tokens, m, lex);
}

/**
 * A name that opens its sentence right before a saying verb ("Gadhafi said Libya would not
 * yield") is a speaker: the type the rules guessed, a person unless they guessed a body.
 */
function speakerType(tokens: readonly Token[], m: RawMention, lex: Lexicon): Referred | undefined {
  const first = tokens[m.firstToken] as Token;
  const prev = tokens[m.firstToken - 1];
  if (prev && prev.sentence === first.sentence) return undefined;
  const next = tokens[m.lastToken];
  if (!next || next.sentence !== first.sentence || !lex.personVerbs.has(next.lower)) {
    return undefined;
  }
  return { type: m.entityType === 'ORG' ? 'ORG' : 'PERSON', company: false };
}
