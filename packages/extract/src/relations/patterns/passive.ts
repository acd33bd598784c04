/**
 * Voice. A verb is passive with a passive subject or auxiliary ("Kherson was shelled by
 * Russia"), as a participle modifying a noun ("a firm based in Lyon", "Russian-backed
 * rebels"), or as a participle coordinated with a passive verb ("was arrested and charged"),
 * unless it takes a direct object of its own ("was arrested and later shot Ivo Renn"), or as a
 * past participle after a form of "be" however the parse labelled them ("was slain by").
 * The agent of a passive is its "by" phrase.
 */
import type { SentenceTree } from '../tree.js';

/** Verbs whose passive keeps a direct object ("was given a medal", "was shown the door"). */
const DOUBLE_OBJECT_VERBS = new Set(
  (
    'give award grant offer hand send show tell ask promise deny pay lend sell teach allow ' +
    'refuse charge fine owe serve bring leave cost issue assign feed spare name call elect ' +
    'appoint make consider declare crown dub label vote'
  ).split(' '),
);

/** Forms of "be" as an auxiliary ("'s" is left out: it may be "has"). */
const BE_FORMS = /^(be|is|are|am|was|were|been|being|'re)$/;

export function isPassive(tree: SentenceTree, v: number): boolean {
  if (tree.childrenBy(v, 'nsubj:pass', 'aux:pass', 'csubj:pass').length > 0) return true;
  if (!tree.isParticiple(v)) return false;
  // "Ola Vik was slain by Tom Reed" parsed with a plain subject and auxiliary: a form of "be"
  // right before a past participle makes it passive all the same ("has slain" stays active).
  if (
    tree.upos(v) === 'VERB' &&
    tree.childrenBy(v, 'aux').some((a) => BE_FORMS.test(tree.lower(a)))
  ) {
    return true;
  }
  const ownSubject = tree.childrenBy(v, 'nsubj', 'aux').length > 0;
  if (ownSubject) return false;
  if (tree.is(v, 'acl', 'amod') && !tree.is(v, 'acl:relcl')) return true;
  const p = tree.parent(v);
  // "was arrested in 1990 and later shot Ivo Renn": a conjunct with a direct object of its own
  // is active, unless a verb that keeps one in the passive ("was arrested and given a fine").
  if (tree.is(v, 'conj') && p >= 0 && tree.isVerbal(p)) {
    const ownObject = tree.childBy(v, 'obj') !== undefined;
    if (ownObject && !DOUBLE_OBJECT_VERBS.has(tree.lemma(v))) return false;
    return isPassive(tree, p);
  }
  // "Backed by Moscow, the rebels …", "Acme, based in Lyon, …": a past participle clause.
  return tree.is(v, 'advcl') && !tree.isGerund(v) && tree.childBy(v, 'mark') === undefined;
}

/** The "by" phrase of a passive verb (its nodes; coordination is widened by the caller). */
export function agentsOf(tree: SentenceTree, v: number): number[] {
  const agents = tree.childrenBy(v, 'obl:agent');
  if (agents.length > 0) return agents;
  const by = tree.childrenBy(v, 'obl').filter((c) => tree.caseOf(c) === 'by');
  if (by.length > 0) return by;
  // "was taken into custody by Europol" parsed with "by Europol" on "custody": a "by" phrase
  // right after a bare noun phrase of the verb's (no name, no determiner) is the verb's.
  return tree
    .childrenBy(v, 'obl')
    .filter((c) => c > v && tree.upos(c) === 'NOUN' && !tree.mentionAt(c))
    .filter((c) => tree.childBy(c, 'det', 'nmod:poss', 'amod') === undefined)
    .flatMap((c) => tree.childrenBy(c, 'nmod').filter((k) => k > c && tree.caseOf(k) === 'by'));
}

/**
 * "UK helps raped Rwandan women": a past form with an object right after it, hung as a bare
 * complement (no "to", no subject or auxiliary of its own) on the verb before, is a participle
 * modifying that object which the tagger read as a verb ("helps [raped women]"); a bare
 * complement is an infinitive ("helps build schools"), never a past form.
 */
export function isParticipleModifier(tree: SentenceTree, v: number): boolean {
  if (!tree.is(v, 'xcomp') || tree.marks(v).length > 0) return false;
  if (tree.childBy(v, 'aux', 'aux:pass', 'nsubj', 'nsubj:pass') !== undefined) return false;
  const t = tree.token(v);
  if (!/ed$/.test(t.lower) || t.lower === t.lemma.toLowerCase()) return false;
  const p = tree.parent(v);
  if (p < 0 || p !== v - 1 || tree.childBy(p, 'obj', 'iobj') !== undefined) return false;
  const object = tree.childBy(v, 'obj');
  return object !== undefined && object > v;
}
