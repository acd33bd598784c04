/**
 * A clause needs a predicate: after the tagger's greedy left-to-right pass, two shapes in which
 * it left a clause without a verb get one, from the tagger's own second choices. wink-nlp tags
 * "shot" a noun nearly everywhere and the treebanks rarely show it as a verb, so "Mark Dunn shot
 * Ellen Price." came out with no verb at all and "John Harlan shot and killed Peter Coyle"
 * with a noun coordinated with a verb; the parser then builds a tree around a noun.
 *
 * - **A sentence with no verb**: a sentence of four words or more closed by ".", "!" or "?"
 *   with no VERB or AUX: of the lower-case nouns right after a subject-like word (a name, a
 *   personal pronoun, a noun in a phrase with no determiner) and before the start of an object or a resultative adjective (a
 *   determiner, name, pronoun, number or adjective; "Peace talks in Geneva." and "a campaign
 *   speech" keep their nouns), the one whose VERB score comes nearest its best becomes a VERB,
 *   provided VERB is its tagger's second choice. Captions and headlines without a full stop
 *   keep their tags.
 * - **A noun coordinated with a verb**: a lower-case noun between a name or personal pronoun
 *   and "and"/"or"/"but" + a VERB ("Harlan shot and killed"), with no verb earlier in its
 *   clause (since the sentence's start or the last punctuation) unless what comes before it can
 *   only be a subject (a nominative pronoun, or a full name right after a verb: "said Mark
 *   Dunn shot and wounded"), and VERB among its top `VERB_RANK` choices: a noun cannot share a
 *   subject with a verb, so it is a verb too. After an earlier verb the noun is otherwise
 *   likely that verb's object ("sold Apple shares and bought bonds"), and it stays.
 *
 * Works on tag ids (UPOS class + 2) in place.
 */
import { tagId } from './features.js';

const VERB = tagId('VERB');
const AUX = tagId('AUX');
const NOUN = tagId('NOUN');
const PROPN = tagId('PROPN');
const PRON = tagId('PRON');
const PUNCT = tagId('PUNCT');
const CCONJ = tagId('CCONJ');
const SCONJ = tagId('SCONJ');
const DET = tagId('DET');
const NUM = tagId('NUM');
const ADJ = tagId('ADJ');
/**
 * What may follow a verb the first rule gives a sentence: the start of its object or a
 * resultative adjective ("shot dead"); not a noun, which more often makes the candidate a
 * compound modifier ("a campaign speech").
 */
const OBJECT_STARTS = new Set([DET, PROPN, PRON, NUM, ADJ]);
/** In a sentence with no verb, VERB must be the tagger's second choice. */
const VERBLESS_RANK = 2;

/** VERB must rank among the tagger's first this many choices for the word. */
export const VERB_RANK = 4;

/** Pronouns that can be a subject ("his", "its" cannot: they own the noun after them). */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who']);
/** Pronouns that can only be a subject. */
const NOMINATIVE = new Set(['i', 'he', 'she', 'we', 'they', 'who']);
const CONJUNCTIONS = new Set(['and', 'or', 'but']);
const FULL_STOPS = new Set(['.', '!', '?']);

/** What the pass reads of one tagged sentence. */
export interface TaggedWords {
  n: number;
  /** The words as written. */
  forms: readonly string[];
  /** Tag ids chosen, changed in place. */
  tags: Int32Array;
  /** VERB's rank among the tagger's scores for each word (1 = chosen). */
  verbRank: Int32Array;
  /** The best score less VERB's, for each word. */
  verbGap: Float64Array;
}

/**
 * Word i could end a subject: a name, a personal pronoun, or (with `nouns`) a noun in a phrase
 * with no determiner ("Rebel gunmen", "Soldiers"; not "The suit").
 */
function subjectLike(w: TaggedWords, i: number, nouns: boolean): boolean {
  if (i < 0) return false;
  const t = w.tags[i]!;
  if (t === PROPN) return true;
  if (nouns && t === NOUN) {
    let j = i - 1;
    while (j >= 0 && (w.tags[j] === NOUN || w.tags[j] === PROPN || w.tags[j] === ADJ)) j--;
    return j < 0 || w.tags[j] !== DET;
  }
  return t === PRON && SUBJECT_PRONOUNS.has(w.forms[i]!.toLowerCase());
}

/** A lower-case noun for which the tagger's choices include VERB. */
function couldBeVerb(w: TaggedWords, i: number): boolean {
  return w.tags[i] === NOUN && w.verbRank[i]! <= VERB_RANK && /^\p{Ll}+$/u.test(w.forms[i]!);
}

/**
 * Word i has a subject of its own even after a verb: a nominative pronoun ("said he shot and
 * killed") or a full name of two words or more right after a verb ("said Mark Dunn shot and
 * wounded"), not one name ("sold Apple shares and bought").
 */
function ownSubject(w: TaggedWords, i: number): boolean {
  if (i > 0 && w.tags[i - 1] === PRON) return NOMINATIVE.has(w.forms[i - 1]!.toLowerCase());
  let j = i - 1;
  while (j >= 0 && w.tags[j] === PROPN) j--;
  return i - 1 - j >= 2 && j >= 0 && w.tags[j] === VERB;
}

/** Gives a predicate to clauses the tagger left without one (see the module's comment). */
export function restorePredicates(w: TaggedWords): void {
  const { n, tags, forms } = w;
  if (n === 0) return;
  let verbs = 0;
  for (let i = 0; i < n; i++) if (tags[i] === VERB || tags[i] === AUX) verbs++;
  if (verbs === 0) {
    if (n < 4 || tags[n - 1] !== PUNCT || !FULL_STOPS.has(forms[n - 1]!)) return;
    let best = -1;
    for (let i = 1; i < n - 2; i++) {
      if (!couldBeVerb(w, i) || w.verbRank[i]! > VERBLESS_RANK || !subjectLike(w, i - 1, true))
        continue;
      if (!OBJECT_STARTS.has(tags[i + 1]!)) continue;
      if (best < 0 || w.verbGap[i]! < w.verbGap[best]!) best = i;
    }
    if (best >= 0) tags[best] = VERB;
    return;
  }
  // Nouns coordinated with a verb, with no verb before them in their clause.
  let verbInClause = false;
  for (let i = 0; i + 2 < n; i++) {
    const t = tags[i]!;
    if (t === PUNCT || t === SCONJ) verbInClause = false;
    if (
      (!verbInClause || ownSubject(w, i)) &&
      couldBeVerb(w, i) &&
      subjectLike(w, i - 1, false) &&
      tags[i + 1] === CCONJ &&
      CONJUNCTIONS.has(forms[i + 1]!.toLowerCase()) &&
      tags[i + 2] === VERB
    ) {
      tags[i] = VERB;
    }
    if (tags[i] === VERB || tags[i] === AUX) verbInClause = true;
  }
}
