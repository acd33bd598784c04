/**
 * Repairs around function words: a function word or punctuation heads no argument, a preposition
 * parsed as its object's head or as a clause marker is a case word, a subordinator read as a
 * preposition marks its clause, a goal or source belongs to the verb.
 */
import type { RepairContext } from './context.js';
import { attach, children, dominates, hasFunctionWord, head, label } from './context.js';
import {
  IS_NOUN_PROPN_PRON,
  IS_VERB_AUX,
  STARTS_NMOD_OBL,
  STARTS_NSUBJ,
  STARTS_NSUBJ_CSUBJ_EXPL,
  STARTS_NSUBJ_OBJ_IOBJ_OBL_NMOD,
} from './labels.js';

const BARE_NOMINAL_SUBTYPE = /:(unmarked|tmod|npmod)$/;

const IS_NOUN_PROPN_PRON_NUM = /^(NOUN|PROPN|PRON|NUM)$/;

const IS_MARK_COMPOUND_PRT = /^(mark|compound:prt)$/;

const IS_NOUN_PROPN_VERB = /^(NOUN|PROPN|VERB)$/;

const IS_MODIFIER = /^(amod|compound)$/;

const IS_NOUN = /^NOUN$/;

/** The function-word relations of UD: such a word heads nothing but fixed phrases and punctuation. */
const FUNCTION_LABELS = /^(aux|cop|mark|case|det|cc)(:|$)/;

/** What a function word's parse may hang on it that belongs to its head instead. */
const CONTENT_LABELS =
  /^(nsubj|csubj|obj|iobj|obl|nmod|xcomp|ccomp|advcl|acl|appos|parataxis)(:|$)/;

/**
 * "Russia has increasingly turned to …" parsed with "has" an auxiliary of "turned" and "Russia"
 * the auxiliary's subject: an auxiliary, copula, marker, preposition, determiner or conjunction
 * heads no arguments or modifiers, so what the parse hung on it hangs on its head.
 */
export function functionWordsAsHeads(c: RepairContext): void {
  for (let f = c.first; f < c.end; f++) {
    const h = head(c, f);
    if (h < 0) continue;
    // Punctuation heads nothing at all ("In 1899, Tom Hale" with the name on the comma).
    const punct = c.tokens[f]?.upos === 'PUNCT' || label(c, f) === 'punct';
    if (!punct && !FUNCTION_LABELS.test(label(c, f))) continue;
    for (const k of children(c, f))
      if (punct || CONTENT_LABELS.test(label(c, k))) attach(c, k, h, label(c, k));
  }
}

/** The prepositions of a goal or source: a verb's, never a bare time or measure phrase's. */
const DIRECTION_CASES = new Set(['to', 'from', 'into', 'onto']);

/**
 * "offered to ship 40,000 tonnes of grain a month to Lemuria" parsed with "to Lemuria" on "a
 * month": a bare noun phrase of time or measure ("a month", "each year", labelled unmarked,
 * tmod or npmod) takes no goal or source; the phrase belongs to the nearest verb above it.
 */
export function directionsOnBareNominals(c: RepairContext): void {
  for (let x = c.first; x < c.end; x++) {
    if (!BARE_NOMINAL_SUBTYPE.test(label(c, x))) continue;
    let v = head(c, x);
    for (let k = 0; v >= 0 && k < 8 && c.tokens[v]?.upos !== 'VERB'; k++) v = head(c, v);
    if (v < 0 || c.tokens[v]?.upos !== 'VERB') continue;
    for (const n of children(c, x)) {
      if (n < x || !STARTS_NMOD_OBL.test(label(c, n))) continue;
      const prep = children(c, n).find((k) => label(c, k) === 'case' && k < n);
      if (prep !== undefined && DIRECTION_CASES.has(c.tokens[prep]?.lower ?? ''))
        attach(c, n, v, 'obl');
    }
  }
}

const SUBORDINATORS = new Set([
  'as',
  'while',
  'because',
  'since',
  'after',
  'before',
  'when',
  'although',
  'though',
  'if',
  'until',
  'whereas',
]);

/**
 * "… as President Biden's administration continues to mount pressure" parsed with "as" as the
 * case of the noun: the noun is the subject of the verb right after it, "as" its mark.
 */
export function subordinatorsAsCase(c: RepairContext): void {
  for (let k = c.first; k < c.end; k++) {
    if (label(c, k) !== 'case' || !SUBORDINATORS.has(c.tokens[k]?.lower ?? '')) continue;
    const n = head(c, k);
    if (n < 0 || !STARTS_NMOD_OBL.test(label(c, n))) continue;
    // The first token after the noun phrase.
    let last = n;
    for (let i = n + 1; i < c.end && dominates(c, n, i); i++) last = i;
    const v = last + 1;
    if (v >= c.end || c.tokens[v]?.upos !== 'VERB') continue;
    if (children(c, v).some((ch) => STARTS_NSUBJ_CSUBJ_EXPL.test(label(c, ch)))) continue;
    attach(c, n, v, 'nsubj');
    attach(c, k, v, 'mark');
  }
}

/**
 * "an EU demand for Turkey to recognise Cyprus" parsed with "for" as a modifier and "Turkey" hung
 * on it: a preposition heads nothing; its nominal child takes its place and it becomes the case.
 */
export function prepositionsAsHeads(c: RepairContext): void {
  for (let k = c.first; k < c.end; k++) {
    if (c.tokens[k]?.upos !== 'ADP' || !STARTS_NMOD_OBL.test(label(c, k))) continue;
    const n = children(c, k).find(
      (x) => x > k && IS_NOUN_PROPN_PRON_NUM.test(c.tokens[x]?.upos ?? ''),
    );
    if (n === undefined) continue;
    attach(c, n, head(c, k), label(c, k));
    for (const x of children(c, k)) if (x !== n) attach(c, x, n, label(c, x));
    attach(c, k, n, 'case');
  }
}

/**
 * "signed an agreement with Lemurian rival Globex Motors to supply …" or "called on President
 * Ruth Brand to secure …" parsed with the preposition as the marker of the verb after it
 * (or as a particle) and the name hung on the preposition: the preposition and the name are a
 * phrase of the word before the preposition (a noun's modifier, a verb's oblique); a particle's
 * name is its verb's object.
 */
export function prepositionsAsMarkers(c: RepairContext): void {
  for (let k = c.first + 1; k < c.end; k++) {
    if (c.tokens[k]?.upos !== 'ADP' || !IS_MARK_COMPOUND_PRT.test(label(c, k))) continue;
    // "an agreement with rival Initech to supply" read as "for X to V": with "with", the name
    // is the noun's party, not the infinitive's subject (nor its bare oblique).
    const v = head(c, k);
    const subject =
      c.tokens[k]?.lower === 'with' && label(c, k) === 'mark' && v > k
        ? children(c, v).find(
            (x) =>
              x > k &&
              x < v &&
              (STARTS_NSUBJ.test(label(c, x)) || (label(c, x) === 'obl' && !hasFunctionWord(c, x))),
          )
        : undefined;
    const n =
      subject ??
      children(c, k).find((x) => x > k && IS_NOUN_PROPN_PRON.test(c.tokens[x]?.upos ?? ''));
    if (n === undefined) continue;
    // A particle's name is its verb's object: "called on President Khatami".
    if (label(c, k) === 'compound:prt') {
      if (head(c, k) >= 0) attach(c, n, head(c, k), 'obj');
      continue;
    }
    const before = k - 1;
    const upos = c.tokens[before]?.upos ?? '';
    if (!IS_NOUN_PROPN_VERB.test(upos)) continue;
    attach(c, n, before, upos === 'VERB' ? 'obl' : 'nmod');
    if (head(c, n) !== before) continue;
    attach(c, k, n, 'case');
  }
}

/**
 * "Ms Brand was in Norland touring the cathedral" parsed with "in" a marker of "touring" and
 * "Norland" its subject: a preposition right before a noun hung on the same word is that noun's
 * case ("for Iran to sell", where "for" marks the clause of its subject, stays).
 */
export function prepositionsBeforeSiblings(c: RepairContext): void {
  for (let k = c.first; k < c.end - 1; k++) {
    if (c.tokens[k]?.upos !== 'ADP' || label(c, k) !== 'mark' || c.tokens[k]?.lower === 'for')
      continue;
    const n = k + 1;
    if (!IS_NOUN_PROPN_PRON_NUM.test(c.tokens[n]?.upos ?? '') || head(c, n) !== head(c, k))
      continue;
    if (!STARTS_NSUBJ_OBJ_IOBJ_OBL_NMOD.test(label(c, n))) continue;
    attach(c, k, n, 'case');
  }
}

/** "Mr Vik, 31, from east Bergen," parsed with "Bergen" a conjunct: a conjunct has no
 * preposition, so it is a modifier of what it hangs on. */
export function markedConjuncts(c: RepairContext): void {
  for (let i = c.first; i < c.end; i++) {
    if (label(c, i) !== 'conj') continue;
    const kids = children(c, i);
    if (kids.some((k) => label(c, k) === 'cc')) continue;
    const prep = kids.find((k) => label(c, k) === 'case' && k < i && c.tokens[k]?.upos === 'ADP');
    if (prep === undefined) continue;
    const h = head(c, i);
    const verbal = IS_VERB_AUX.test(c.tokens[h]?.upos ?? '');
    attach(c, i, h, verbal ? 'obl' : 'nmod');
  }
}

/**
 * "will take over as chief executive of Globex" parsed with "as" the adverb of "chief" (as in
 * "as big as") and the role the object of "take over": an "as" opening a noun phrase that hangs
 * as an adverb on a modifier of the phrase's noun is the noun's case word, and the noun an
 * oblique of its verb, not its object.
 */
export function asOnModifiers(c: RepairContext): void {
  for (let a = c.first; a < c.end - 2; a++) {
    if (c.tokens[a]?.lower !== 'as' || label(c, a) !== 'advmod') continue;
    const m = head(c, a);
    const n = head(c, m);
    if (m !== a + 1 || n <= m || !IS_MODIFIER.test(label(c, m))) continue;
    if (!IS_NOUN.test(c.tokens[n]?.upos ?? '')) continue;
    // "as" opens the phrase: nothing of the noun's before it.
    if (children(c, n).some((k) => k < a)) continue;
    attach(c, a, n, 'case');
    const v = head(c, n);
    if (v >= 0 && label(c, n) === 'obj' && IS_VERB_AUX.test(c.tokens[v]?.upos ?? '')) {
      attach(c, n, v, 'obl');
    }
  }
}
