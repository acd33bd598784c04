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
 * - **A particle or a preposition after the noun** (in a sentence with no verb): the first rule
 *   also takes a noun followed by a particle and the start of an object ("Rebels shot down a
 *   helicopter"), and, after a name or personal pronoun, a noun with a verb's ending ("-s",
 *   "-ed") followed by a preposition ("Ann Holt lives in Oslo"; "the Lake restaurant in
 *   Oslo?" keeps its noun). No candidate of the first rule may stand in a phrase a
 *   preposition opens ("Value of Acme contracts in Oslo.").
 * - **The clause of a verb of saying** ("The firm said profits rose."): after "said",
 *   "thinks", "warned" … (`CLAUSE_VERBS`) and an optional "that", a noun phrase ending in a
 *   name, a personal pronoun or a plural noun, then a lower-case noun with VERB its second
 *   choice, followed by the clause's end, an adverb, a preposition, a number or a conjunction
 *   (after "he"/"they" … also an object: "said he shot the guard"; after a name one that opens
 *   with a determiner, a number or an object pronoun, since a name or adjective there makes the
 *   noun a title: "says Acme chief executive Tom Reed"; a name subject is names only, since
 *   "two Lemurian brothers who" is a noun phrase): the noun is the clause's verb. A singular noun before it makes a compound and stays ("felt the body heat").
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
/** Particles of phrasal verbs, between a verb and its object ("shot down a helicopter"). */
const PARTICLES = new Set(['down', 'up', 'off', 'out', 'away', 'back', 'over']);
const ADP = tagId('ADP');
const ADV = tagId('ADV');
const PART = tagId('PART');
/** What a noun phrase before its head is made of. */
const NOMINAL = new Set([DET, ADJ, NUM, NOUN, PROPN]);
/**
 * Verbs of saying and thinking, which take a clause without "that" ("said profits rose"): the
 * subject of that clause is a noun phrase right after them.
 */
const CLAUSE_VERBS = new Set(
  [
    'say says said saying',
    'think thinks thought',
    'believe believes believed',
    'claim claims claimed',
    'argue argues argued',
    'insist insists insisted',
    'warn warns warned',
    'admit admits admitted',
    'fear fears feared',
    'hope hopes hoped',
    'expect expects expected',
    'suggest suggests suggested',
    'estimate estimates estimated',
    'predict predicts predicted',
    'confirm confirms confirmed',
  ].flatMap((x) => x.split(' ')),
);
/** Pronouns that open an object ("who", "which" open a relative clause instead). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'his', 'their', 'its']);
/** What may follow the verb of such a clause: its end, an adverb, a phrase, a number. */
const CLAUSE_ENDS = new Set([PUNCT, ADV, ADP, NUM, CCONJ, SCONJ]);

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

/**
 * Word i ends a noun phrase that a preposition opens ("Value of Acme Corp contracts in
 * Oslo."): no subject.
 */
function inPhrase(w: TaggedWords, i: number): boolean {
  let j = i;
  while (j >= 0 && NOMINAL.has(w.tags[j]!)) j--;
  return j >= 0 && w.tags[j] === ADP;
}

/** Words from..to are all names. */
function allNames(w: TaggedWords, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (w.tags[i] !== PROPN) return false;
  return true;
}

/** Word i is a particle of a phrasal verb ("down" in "shot down"). */
function particle(w: TaggedWords, i: number): boolean {
  const t = w.tags[i]!;
  return (t === ADP || t === ADV || t === PART) && PARTICLES.has(w.forms[i]!.toLowerCase());
}

/**
 * In a sentence with no verb, word i (a noun) could be it: after a subject-like word, before
 * the start of an object, a particle and an object ("shot down a helicopter"), or, after a
 * name or personal pronoun, a preposition, if the noun has a verb's ending ("Ann Holt lives in
 * Oslo"; not "the Hibachi restaurant in Oslo?").
 */
function verblessCandidate(w: TaggedWords, i: number): boolean {
  if (!couldBeVerb(w, i) || w.verbRank[i]! > VERBLESS_RANK) return false;
  if (!subjectLike(w, i - 1, true) || inPhrase(w, i - 1)) return false;
  const next = w.tags[i + 1]!;
  if (OBJECT_STARTS.has(next)) return true;
  if (particle(w, i + 1) && i + 2 < w.n - 1 && OBJECT_STARTS.has(w.tags[i + 2]!)) return true;
  return next === ADP && subjectLike(w, i - 1, false) && /[^s]s$|ed$/.test(w.forms[i]!);
}

/**
 * The clause after a verb of saying or thinking ("said profits rose"): its subject, a noun
 * phrase right after the verb (or after "that"), then a noun with VERB its second choice. The
 * subject must end in a name, a personal pronoun or a plural noun (a singular noun before
 * another is more often a compound: "felt the body heat"); after it comes the end of the
 * clause, an adverb, a preposition, a number or a conjunction, or — after a name or a
 * nominative pronoun, which no noun can follow in one phrase — an object ("said he shot the
 * guard"). Returns the noun, or -1.
 */
function clauseVerb(w: TaggedWords, v: number): number {
  const { n, tags, forms } = w;
  let j = v + 1;
  if (j < n && forms[j]!.toLowerCase() === 'that') j++;
  const start = j;
  while (j < n && (tags[j] === DET || tags[j] === ADJ || tags[j] === NUM)) j++;
  while (j < n && (tags[j] === NOUN || tags[j] === PROPN || tags[j] === PRON)) {
    if (couldBeVerb(w, j) && w.verbRank[j]! <= VERBLESS_RANK && j > start) {
      const last = j - 1;
      const lt = tags[last]!;
      const lower = forms[last]!.toLowerCase();
      // A name after a determiner, a number or an adjective modifies the noun after it
      // ("expects the Acme deal", "two Lemurian brothers"): the subject must be the name alone.
      const name = lt === PROPN && allNames(w, start, last);
      const pronoun = lt === PRON && NOMINATIVE.has(lower);
      const plural = lt === NOUN && /[^s]s$/.test(lower);
      const next = j + 1 < n ? tags[j + 1]! : PUNCT;
      // After a name, a name or an adjective makes the noun a title ("says Acme chief
      // executive Tom Reed"): an object only when it opens with a determiner, pronoun or number.
      const object = pronoun
        ? OBJECT_STARTS.has(next)
        : name &&
          (next === DET ||
            next === NUM ||
            (next === PRON && OBJECT_PRONOUNS.has(forms[j + 1]!.toLowerCase())));
      if ((name || pronoun || plural) && (CLAUSE_ENDS.has(next) || object)) return j;
    }
    if (tags[j] === PRON && !SUBJECT_PRONOUNS.has(forms[j]!.toLowerCase())) return -1;
    j++;
    if (j - start > 5) return -1;
  }
  return -1;
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
      if (!verblessCandidate(w, i)) continue;
      if (best < 0 || w.verbGap[i]! < w.verbGap[best]!) best = i;
    }
    if (best >= 0) tags[best] = VERB;
    return;
  }
  // The clause of a verb of saying with its verb read as a noun.
  for (let v = 0; v + 2 < n; v++) {
    if (tags[v] !== VERB || !CLAUSE_VERBS.has(forms[v]!.toLowerCase())) continue;
    const c = clauseVerb(w, v);
    if (c >= 0) tags[c] = VERB;
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
