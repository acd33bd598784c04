/**
 * Repairs of subjects, objects and agents: a compound on a verb is its subject, a passive without
 * a passive auxiliary is active, a "by" phrase or an order's giver is a passive's agent, a bare
 * name oblique after an active verb is its object, a comma-closed name before a verb its subject.
 */
import type { Token } from '../../analysis.js';
import type { RepairContext } from './context.js';
import {
  attach,
  children,
  commaBefore,
  dominates,
  hasFunctionWord,
  head,
  headOf,
  label,
  mentionEndingAt,
  nameFilling,
  segmentHead,
  span,
} from './context.js';
import {
  IS_NOUN_PROPN,
  IS_VERB_AUX,
  LOOSE_LABELS,
  STARTS_AUX,
  STARTS_NSUBJ,
  STARTS_NSUBJ_CSUBJ_EXPL,
} from './labels.js';
import { isNamingVerb, isPersonNoun, isTimeWord } from './words.js';

const IS_PERSON_ORG_GPE = /^(PERSON|ORG|GPE)$/;

const IS_ADP_SCONJ_VERB = /^(ADP|SCONJ|VERB)$/;

const IS_AUX_ADV = /^(AUX|ADV)$/;

/** Words between a name and the role it is given: "its", "the", "new", "chief". */
const IS_ROLE_MODIFIER = /^(DET|PRON|ADJ)$/;

const STARTS_NMOD = /^nmod/;

const IS_AUX_PASS = /^aux:pass$/;

const PAST_PARTICIPLE_ENDING = /(ed|en|wn|ne|ld|lt|ght|ung|id|ade)$/;

const IS_FOR_OR_POSSESSIVE = /^(for|'s|’s|')$/;

const IS_NOUN_NUM_ADJ = /^(NOUN|NUM|ADJ)$/;

const IS_ON_AT_UNDER_BY = /^(on|at|under|by)$/;

const IS_OBJ_CCOMP = /^(obj|ccomp)$/;

const STARTS_ACL_AMOD = /^(acl|amod)/;

const STARTS_NSUBJ_CSUBJ = /^(nsubj|csubj)/;

const STARTS_COP_AUX = /^(cop|aux)/;

/**
 * "Reed was shot … in the lobby of his office by Carl Moss": in a passive clause
 * with no agent, "by" and an actor's name hung on a noun of the clause is its agent.
 */
export function agentsOnNouns(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || !IS_PERSON_ORG_GPE.test(m.type)) continue;
    if (m.firstToken <= c.first || m.lastToken > c.end) continue;
    if (c.tokens[m.firstToken - 1]?.lower !== 'by') continue;
    const x = headOf(c, m);
    if (!STARTS_NMOD.test(label(c, x))) continue;
    // The verb above the noun the phrase hangs on.
    let v = head(c, x);
    for (let k = 0; v >= 0 && k < 6 && !IS_VERB_AUX.test(c.tokens[v]?.upos ?? ''); k++)
      v = head(c, v);
    if (v < 0 || c.tokens[v]?.upos !== 'VERB') continue;
    const kids = children(c, v);
    if (!kids.some((k) => label(c, k) === 'aux:pass')) continue;
    if (kids.some((k) => label(c, k) === 'obl:agent')) continue;
    attach(c, x, v, 'obl:agent');
  }
}

/** "Arnor is about to restore ties": no passive auxiliary and no participle, so no passive. */
export function passivesWithoutAuxiliary(c: RepairContext): void {
  for (let i = c.first; i < c.end; i++) {
    if (label(c, i) !== 'nsubj:pass') continue;
    const v = head(c, i);
    if (v < 0) continue;
    const aux = children(c, v).some((ch) => IS_AUX_PASS.test(label(c, ch)));
    const t = c.tokens[v] as Token;
    const participle = PAST_PARTICIPLE_ENDING.test(t.lower) || t.lower !== t.lemma.toLowerCase();
    // A participle with an object of its own and no passive auxiliary is active ("Ann Holt
    // assassinated Governor Tom Reed" with "Ann" parsed as a passive subject).
    const object = children(c, v).some((ch) => label(c, ch) === 'obj');
    if (!aux && (!participle || object || activeRoot(c, v))) attach(c, i, v, 'nsubj');
  }
}

/**
 * "Ann Holt lost to Kari Lund in the final.": a sentence's main verb of a contest with its
 * opponent's preposition (`contests.verbs`: lose to, draw with, play against), no auxiliary and a
 * closing full stop is active. Its past participle reads as a headline's passive otherwise;
 * "Tom Reed sentenced to death." keeps that reading (no contest verb).
 */
function activeRoot(c: RepairContext, v: number): boolean {
  if (head(c, v) !== -1) return false;
  if (!/^[.!?]$/.test(c.tokens[c.end - 1]?.text ?? '')) return false;
  const preps = c.lex.contests.verbs.get((c.tokens[v] as Token).lemma);
  if (!preps || preps.length === 0) return false;
  return children(c, v).some(
    (ch) =>
      label(c, ch) === 'obl' &&
      children(c, ch).some(
        (k) => label(c, k) === 'case' && preps.includes(c.tokens[k]?.lower ?? ''),
      ),
  );
}

/**
 * "Tom Reed was appointed chairman of Globex" parsed with "Reed" an active subject beside the
 * passive auxiliary: a participle with a passive auxiliary (a form of *be* or *get*) and no
 * passive subject has its subject as the passive's.
 */
export function subjectsOfPassives(c: RepairContext): void {
  for (let i = c.first; i < c.end; i++) {
    if (label(c, i) !== 'nsubj') continue;
    const v = head(c, i);
    if (v < 0 || (c.tokens[v] as Token).upos !== 'VERB') continue;
    const kids = children(c, v);
    const aux = kids.some(
      (k) => label(c, k) === 'aux:pass' && PASSIVE_AUXILIARIES.has((c.tokens[k] as Token).lemma),
    );
    if (!aux || kids.some((k) => label(c, k) === 'nsubj:pass')) continue;
    const t = c.tokens[v] as Token;
    if (!PAST_PARTICIPLE_ENDING.test(t.lower) && t.lower === t.lemma.toLowerCase()) continue;
    attach(c, i, v, 'nsubj:pass');
  }
}

const PASSIVE_AUXILIARIES = new Set(['be', 'get']);

/** "Arnor cut ties" tagged so that "Arnor" is a compound of the verb: a noun before a verb with
 * no subject is its subject (UD never hangs a compound on a verb). */
export function compoundsOnVerbs(c: RepairContext): void {
  for (let i = c.first; i < c.end; i++) {
    if (label(c, i) !== 'compound') continue;
    const v = head(c, i);
    if (v <= i || c.tokens[v]?.upos !== 'VERB') continue;
    if (children(c, v).some((ch) => STARTS_NSUBJ.test(label(c, ch)))) continue;
    if (!IS_NOUN_PROPN.test(c.tokens[i]?.upos ?? '')) continue;
    attach(c, i, v, 'nsubj');
  }
}

/** "Ms Brand was in Norland touring …" parsed with "in Norland" as a subject: a subject has no
 * preposition (bar "for Iran to sell"), so it is an oblique. */
export function markedSubjects(c: RepairContext): void {
  for (let i = c.first; i < c.end; i++) {
    if (!STARTS_NSUBJ.test(label(c, i))) continue;
    const marked = children(c, i).some(
      (ch) => label(c, ch) === 'case' && !IS_FOR_OR_POSSESSIVE.test(c.tokens[ch]?.lower ?? ''),
    );
    if (marked) attach(c, i, head(c, i), 'obl');
  }
}

/**
 * "In 1901, the 12th President of Lemuria, Ruth Brand, was born in Ashby" with
 * no subject, or "Tom Hale, the 9th President of Lemuria, was born" with
 * the apposition as the subject and the name an oblique: a comma-closed name right before a
 * verb that lacks a subject is its subject (a person noun phrase before it its apposition), and
 * a common noun subject closed by a comma right after a name is the name's apposition; with no
 * subject, a person's name and a person noun phrase after it, each closed by a comma, are the
 * subject and its apposition.
 */
export function subjectsBeforeCommas(c: RepairContext): void {
  for (let v = c.first + 2; v < c.end; v++) {
    if (c.tokens[v]?.upos !== 'VERB') continue;
    const kids = children(c, v);
    const auxes = kids.filter((k) => STARTS_AUX.test(label(c, k)) && k < v);
    const f = Math.min(v, ...auxes);
    if (c.tokens[f - 1]?.text !== ',') continue;
    const passive = auxes.some((k) => label(c, k) === 'aux:pass');
    const subject = kids.find((k) => STARTS_NSUBJ_CSUBJ_EXPL.test(label(c, k)));
    const q = commaBefore(c, f - 1);
    if (subject === undefined) {
      // The segment between the last two commas is a name: the subject.
      const m = nameFilling(c, q + 1, f - 1);
      if (!m) {
        // "In 1899, Tom Hale, the 9th President of Lemuria, was born": a
        // person's name, then a person noun phrase, each closed by a comma.
        const named = nameFilling(c, commaBefore(c, q) + 1, q);
        const r = segmentHead(c, q + 1, f - 1);
        if (!named || named.type !== 'PERSON' || r === undefined || !isPersonNoun(c, r)) continue;
        const n = headOf(c, named);
        attach(c, n, v, passive ? 'nsubj:pass' : 'nsubj');
        attach(c, r, n, 'appos');
        continue;
      }
      const n = headOf(c, m);
      attach(c, n, v, passive ? 'nsubj:pass' : 'nsubj');
      const r = segmentHead(c, commaBefore(c, q) + 1, q);
      if (r !== undefined && isPersonNoun(c, r)) attach(c, r, n, 'appos');
      continue;
    }
    // The subject is a common noun closed by the comma; the segment before it is a name.
    if (
      subject <= q ||
      subject >= f - 1 ||
      c.mentions.some((x) => x.firstToken <= subject && subject < x.lastToken)
    )
      continue;
    if (!IS_NOUN_NUM_ADJ.test(c.tokens[subject]?.upos ?? '')) continue;
    const m = nameFilling(c, commaBefore(c, q) + 1, q);
    if (!m || m.type !== 'PERSON') continue;
    const n = headOf(c, m);
    if (!LOOSE_LABELS.has(label(c, n)) || head(c, n) !== v) continue;
    attach(c, n, v, label(c, subject));
    attach(c, subject, n, 'appos');
  }
}

const ORDER_NOUNS = new Set([
  'order',
  'orders',
  'instruction',
  'instructions',
  'behest',
  'command',
]);

/**
 * "The envoy was poisoned on the orders of Tom Hale": in a passive clause with no
 * agent, the one whose orders it was done on (an "of" phrase of "orders", "instructions",
 * "behest" under "on / at / under") is its agent.
 */
export function agentsOfOrders(c: RepairContext): void {
  for (let o = c.first; o < c.end; o++) {
    if (!ORDER_NOUNS.has(c.tokens[o]?.lower ?? '') || label(c, o) !== 'obl') continue;
    const prep = children(c, o).find((k) => label(c, k) === 'case' && k < o);
    if (!IS_ON_AT_UNDER_BY.test(c.tokens[prep ?? -1]?.lower ?? '')) continue;
    const v = head(c, o);
    const kids = children(c, v);
    if (
      !kids.some((k) => label(c, k) === 'aux:pass') ||
      kids.some((k) => label(c, k) === 'obl:agent')
    )
      continue;
    const of = children(c, o).find(
      (k) =>
        k > o &&
        STARTS_NMOD.test(label(c, k)) &&
        c.tokens[children(c, k).find((x) => label(c, x) === 'case') ?? -1]?.lower === 'of',
    );
    if (of === undefined) continue;
    attach(c, of, v, 'obl:agent');
  }
}

/**
 * "agreed to supply Norland truck maker Initech with 9,000 trucks" parsed with the name an
 * `obl` of the verb without a preposition: a bare nominal oblique (no preposition, not a time
 * word) headed by a name and starting right after an active verb is its object, or its indirect
 * object when the verb has an object after it ("sold Acme the plant").
 */
export function bareObliquesAsObjects(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.firstToken <= c.first || m.lastToken > c.end) continue;
    const h = headOf(c, m);
    const v = head(c, h);
    if (label(c, h) !== 'obl' || v < 0 || v >= m.firstToken) continue;
    if (c.tokens[v]?.upos !== 'VERB' || hasFunctionWord(c, h) || isTimeWord(c, h)) continue;
    const kids = children(c, v);
    if (kids.some((k) => label(c, k) === 'aux:pass')) continue;
    if (span(c, h)[0] !== v + 1) continue;
    const objects = kids.filter((k) => IS_OBJ_CCOMP.test(label(c, k)));
    if (objects.length === 0) attach(c, h, v, 'obj');
    else if (objects.every((k) => k > h) && label(c, objects[0]!) === 'obj')
      attach(c, h, v, 'iobj');
  }
}

/**
 * "Norland welcomed the decision by Lemuria and Atlantis" parsed with the "by" phrase an agent of
 * the active verb: only a passive verb has an agent, so a `by` phrase right after the object of
 * a verb without a passive auxiliary belongs to that object.
 */
export function agentsOfActiveVerbs(c: RepairContext): void {
  for (let a = c.first; a < c.end; a++) {
    if (label(c, a) !== 'obl:agent') continue;
    const v = head(c, a);
    if (v < 0 || c.tokens[v]?.upos !== 'VERB' || STARTS_ACL_AMOD.test(label(c, v))) continue;
    const kids = children(c, v);
    if (kids.some((k) => label(c, k) === 'aux:pass')) continue;
    const o = kids.find((k) => label(c, k) === 'obj' && k < a);
    if (o === undefined || span(c, o)[1] !== span(c, a)[0] - 1) continue;
    attach(c, a, o, 'nmod');
  }
}

/**
 * "On the first of May, 1901, Lemurian King Ola Vik was assassinated" parsed with the
 * name an apposition of the date and the verb without a subject: a verb with an auxiliary and
 * no subject, right after a phrase that ends in a name and follows a comma or opens the sentence,
 * takes that phrase as its subject.
 */
export function subjectsBeforeAuxiliaries(c: RepairContext): void {
  for (let v = c.first + 2; v < c.end; v++) {
    if (c.tokens[v]?.upos !== 'VERB') continue;
    const kids = children(c, v);
    if (kids.some((k) => STARTS_NSUBJ_CSUBJ_EXPL.test(label(c, k)))) continue;
    const auxes = kids.filter((k) => STARTS_AUX.test(label(c, k)) && k < v);
    if (auxes.length === 0) continue;
    const f = Math.min(...auxes);
    const named = mentionEndingAt(c, f - 1);
    if (!named || named.type === 'NORP') continue;
    const q = commaBefore(c, f);
    if (q >= named.firstToken) continue;
    const r = segmentHead(c, q + 1, f);
    if (r === undefined || !IS_NOUN_PROPN.test(c.tokens[r]?.upos ?? '')) continue;
    if (STARTS_NSUBJ_CSUBJ.test(label(c, r)) || hasFunctionWord(c, r) || dominates(c, r, v))
      continue;
    const passive = auxes.some((k) => label(c, k) === 'aux:pass');
    attach(c, r, v, passive ? 'nsubj:pass' : 'nsubj');
  }
}

/**
 * "much of Ashby, Norland's third-largest town 20 miles north of the Lemurian border" parsed
 * with "town" the subject of "north": an adverb with a subject but no copula or auxiliary is no
 * clause. A subject opened by a comma right after a name is the name's apposition, and the
 * adverb modifies it.
 */
export function subjectsOfAdverbs(c: RepairContext): void {
  for (let a = c.first + 3; a < c.end; a++) {
    if (c.tokens[a]?.upos !== 'ADV') continue;
    const kids = children(c, a);
    if (kids.some((k) => STARTS_COP_AUX.test(label(c, k)))) continue;
    const s = kids.find((k) => k < a && STARTS_NSUBJ.test(label(c, k)));
    if (s === undefined || !IS_NOUN_PROPN.test(c.tokens[s]?.upos ?? '')) continue;
    // The comma opens the subject's phrase or stands right before it.
    const lo = span(c, s)[0];
    const comma = c.tokens[lo]?.text === ',' ? lo : lo - 1;
    if (c.tokens[comma]?.text !== ',') continue;
    const named = mentionEndingAt(c, comma - 1);
    if (!named) continue;
    const x = headOf(c, named);
    if (dominates(c, s, x)) continue;
    attach(c, s, x, 'appos');
    if (head(c, s) !== x) continue;
    attach(c, a, s, 'advmod');
    attach(c, comma, s, 'punct');
  }
}

/**
 * "Serbia denied supplying weapons" parsed with "Serbia" an adverb (`advmod`) of the verb: a
 * name is no adverb, so a name right before a verb with no subject, hung on it as `advmod`, is
 * its subject (a time word stays: "Monday").
 */
export function nominalAdverbs(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.firstToken < c.first || m.lastToken > c.end) continue;
    const n = headOf(c, m);
    const v = head(c, n);
    if (label(c, n) !== 'advmod' || v <= n || isTimeWord(c, n)) continue;
    if (!IS_NOUN_PROPN.test(c.tokens[n]?.upos ?? '')) continue;
    if (!IS_VERB_AUX.test(c.tokens[v]?.upos ?? '')) continue;
    const kids = children(c, v);
    if (kids.some((k) => STARTS_NSUBJ_CSUBJ_EXPL.test(label(c, k)))) continue;
    const passive = kids.some((k) => label(c, k) === 'aux:pass');
    attach(c, n, v, passive ? 'nsubj:pass' : 'nsubj');
  }
}

/**
 * "Born in Lagos, Tom Reed moved to London" and "After meeting Ann Holt, Tom Reed flew to Oslo"
 * parsed with the name an apposition or conjunct of a noun in the opening phrase: a name right
 * after the comma that closes a sentence's opening phrase (one that starts with a preposition, a
 * subordinator or a participle), right before a verb with no subject, is that verb's subject.
 */
export function subjectsAfterOpeningPhrases(c: RepairContext): void {
  const opener = c.tokens[c.first];
  if (!opener || !IS_ADP_SCONJ_VERB.test(opener.upos)) return;
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.firstToken < c.first + 2) continue;
    const comma = m.firstToken - 1;
    if (c.tokens[comma]?.text !== ',') continue;
    // Only the first comma of the sentence closes the opening phrase.
    let first = c.first;
    while (first < comma && c.tokens[first]?.text !== ',') first++;
    if (first !== comma) continue;
    let v = m.lastToken;
    while (v < c.end && IS_AUX_ADV.test(c.tokens[v]?.upos ?? '')) v++;
    if (v >= c.end || c.tokens[v]?.upos !== 'VERB') continue;
    const kids = children(c, v);
    if (kids.some((k) => STARTS_NSUBJ_CSUBJ_EXPL.test(label(c, k)))) continue;
    const h = headOf(c, m);
    if (head(c, h) >= comma || head(c, h) < c.first) continue;
    const passive = kids.some((k) => label(c, k) === 'aux:pass');
    attach(c, h, v, passive ? 'nsubj:pass' : 'nsubj');
  }
}

/**
 * "Globex named Ann Holt its new chief executive" parsed with the name a compound or second
 * complement of the role noun: a person's name right after a verb that makes its object
 * something (name, appoint, elect …), before a role noun (with a possessive, determiner or
 * modifiers between), is the verb's object and the role its complement.
 */
export function objectsBeforePredicativeRoles(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.type !== 'PERSON' || m.firstToken <= c.first) continue;
    const v = m.firstToken - 1;
    if (c.tokens[v]?.upos !== 'VERB' || !isNamingVerb(c, v)) continue;
    let r = m.lastToken;
    while (r < c.end && r < m.lastToken + 4 && IS_ROLE_MODIFIER.test(c.tokens[r]?.upos ?? '')) {
      r++;
    }
    if (r >= c.end || c.tokens[r]?.upos !== 'NOUN' || !isPersonNoun(c, r)) continue;
    const h = headOf(c, m);
    if (head(c, h) === v && label(c, h) === 'obj') continue;
    if (head(c, r) !== v && head(c, r) !== h) continue;
    attach(c, r, v, 'xcomp');
    attach(c, h, v, 'obj');
  }
}
