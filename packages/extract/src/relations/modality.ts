/**
 * Modality and attribution as scopes over the tree. A predicate (verb or event noun) takes the
 * markers on itself (not, never, may, allegedly, "no plans") and, walking up through the edges
 * that embed a claim — complement clauses (ccomp, xcomp), adverbial clauses (advcl: purpose,
 * condition), noun complements ("accusations that …", "plans to …") and coordination —
 * whatever its governors say: speech verbs report it and name their subject as the source,
 * "deny" negates it, "plan" and "threaten" make it considered, "accuse" alleged. Relative
 * clauses, subjects and objects stop the walk: "X, which did not comment, attacked Y" is
 * asserted. "according to X" reports every claim of its sentence. When several apply, the more
 * guarded wins (negated > considered > alleged > reported).
 */
import type { Modality } from '@kg/schema';
import { weakerModality } from '@kg/schema/core';
import { denote } from './arguments.js';
import type { Context } from './arguments.js';
import { knownVerb, verbLemma } from './frames.js';
import type { SentenceTree } from './tree.js';

export interface Stance {
  modality: Modality;
  /** Who the claim is attributed to: an entity's name when the source is one. */
  attribution?: string;
}

/** Which of two modalities a claim keeps when both apply (the more guarded one). */
export function combine(a: Modality, b: Modality | undefined): Modality {
  return b ? weakerModality(a, b) : a;
}

const CONDITIONS = new Set(['if', 'unless', 'whether', 'lest']);
/** "did not arrive until Monday": the negation dates the event, which happened. */
const UNTIL = new Set(['until', 'till', 'til']);
const EMBEDDING = ['ccomp', 'xcomp', 'csubj', 'advcl', 'acl', 'parataxis', 'conj'];

/** The source a speech verb names: its subject (or a passive's by-agent). */
export function sourceOf(tree: SentenceTree, verb: number, ctx: Context): string | undefined {
  const subject =
    tree.childrenBy(verb, 'obl:agent')[0] ??
    tree.children(verb).find((c) => tree.is(c, 'nsubj') && !tree.is(c, 'nsubj:pass'));
  if (subject === undefined) return undefined;
  return sourceName(tree, subject, ctx);
}

function sourceName(tree: SentenceTree, n: number, ctx: Context): string | undefined {
  const refs = denote(tree, n, ctx);
  if (refs.length > 0) {
    return refs
      .map((r) => tree.analysis.entities.get(r.mention.entityId)?.name ?? r.mention.text)
      .join(', ');
  }
  if (tree.upos(n) === 'PRON') return undefined;
  const text = tree.phrase(n).trim();
  return text.length > 0 && text.length <= 80 ? text : undefined;
}

/** Markers on the predicate itself: negation, modal auxiliaries, hedging adverbs, "no", "possible". */
function ownMarkers(tree: SentenceTree, n: number, ctx: Context): Modality {
  const lex = ctx.lex;
  let m: Modality = 'asserted';
  const until = notUntil(tree, n);
  for (const c of tree.children(n)) {
    const w = tree.lower(c);
    if (tree.is(c, 'advmod')) {
      const said = lex.adverbs.get(w) ?? lex.adverbs.get(tree.lemma(c));
      if (!(until && said === 'negated')) m = combine(m, said);
      if (w === 'longer' && tree.childrenBy(c, 'advmod').some((d) => tree.lower(d) === 'no')) {
        m = combine(m, 'negated');
      }
    } else if (tree.is(c, 'aux')) {
      m = combine(m, lex.auxiliaries.get(w));
    } else if (tree.is(c, 'mark') && w !== 'to') {
      // "Arnor is about to restore ties" parsed with "about" on the verb.
      m = combine(m, lex.semiModals.get(w));
    } else if (tree.is(c, 'det')) {
      if (w === 'no') m = combine(m, 'negated');
    } else if (tree.is(c, 'amod')) {
      m = combine(m, lex.modifiers.get(w));
    }
  }
  return m;
}

/**
 * "did not arrive until Monday", "never visited Lemuria until 2005": a phrase or clause of the
 * predicate opened by "until" makes its "not" a matter of time; the event did happen.
 */
function notUntil(tree: SentenceTree, n: number): boolean {
  return tree
    .children(n)
    .some(
      (c) =>
        (tree.is(c, 'mark', 'case') && UNTIL.has(tree.lower(c))) ||
        (!tree.is(c, 'conj', 'parataxis', 'ccomp') &&
          tree.childrenBy(c, 'case', 'mark').some((k) => UNTIL.has(tree.lower(k)))),
    );
}

/** What governor `p` says about a claim embedded under it by `edge`. */
function governorSays(
  tree: SentenceTree,
  p: number,
  child: number,
  ctx: Context,
): { modality?: Modality; source?: boolean } {
  const lex = ctx.lex;
  const edge = tree.label(child);
  if (tree.is(child, 'advcl')) {
    if (tree.marks(child).some((w) => CONDITIONS.has(w))) return { modality: 'considered' };
  }
  if (tree.isVerbal(p) || tree.upos(p) === 'AUX') {
    const prt = tree.childBy(p, 'compound:prt');
    const lemma = verbLemma(tree, p, knownVerb(lex));
    const key = prt !== undefined ? `${lemma} ${tree.lower(prt)}` : lemma;
    const passive = tree.childrenBy(p, 'aux:pass', 'nsubj:pass').length > 0;
    // "Russia shelled Kharkiv, Reuters reported" may come out with the claim an unmarked
    // adverbial clause before the speech verb.
    const fronted =
      edge === 'advcl' &&
      child < p &&
      tree.marks(child).length === 0 &&
      tree.childBy(child, 'nsubj') !== undefined;
    const speech =
      /^(ccomp|parataxis|csubj)/.test(edge) || (edge === 'xcomp' && passive) || fronted;
    if (speech && lex.allegingVerbs.has(lemma)) return { modality: 'alleged', source: true };
    if (speech && lex.reportingVerbs.has(lemma)) return { modality: 'reported', source: true };
    const complement = lex.complementVerbs.get(key) ?? lex.complementVerbs.get(lemma);
    if (complement && edge !== 'conj') return { modality: complement };
    const semi = lex.semiModals.get(tree.lower(p));
    if (semi && edge === 'xcomp') return { modality: semi };
    return {};
  }
  // Adjectives and nouns that embed: "likely to", "unable to", "plans to", "accusations that".
  const semi = lex.semiModals.get(tree.lower(p));
  if (semi && edge === 'xcomp') return { modality: semi };
  if (tree.is(child, 'acl', 'ccomp')) {
    // (acl:relcl only reaches here for content nouns.)
    if (lex.allegingNouns.has(tree.lemma(p))) return { modality: 'alleged' };
    if (lex.considerNouns.has(tree.lemma(p))) return { modality: 'considered' };
    if (lex.reportingNouns.has(tree.lemma(p))) return { modality: 'reported' };
  }
  return {};
}

/** A noun whose clause is its content: "accusations that …", "reports that …", "plans to …". */
function contentNoun(tree: SentenceTree, n: number, ctx: Context): boolean {
  const lemma = tree.lemma(n);
  return (
    ctx.lex.allegingNouns.has(lemma) ||
    ctx.lex.reportingNouns.has(lemma) ||
    ctx.lex.considerNouns.has(lemma)
  );
}

/**
 * The stance of predicate `n` (a verb or an event noun): its modality and, when reported, the
 * source. `lightVerb`: an event noun inherits the markers of the verb it is the object of
 * ("did not impose sanctions").
 */
export function stanceOf(tree: SentenceTree, n: number, ctx: Context): Stance {
  let modality: Modality = 'asserted';
  let attribution: string | undefined;
  let cur = n;
  let skipOwn = false;
  let climbedNoun = false;
  for (let guard = 0; guard < 40; guard++) {
    if (!skipOwn) modality = combine(modality, ownMarkers(tree, cur, ctx));
    skipOwn = false;
    // "Russia shelled Kharkiv, Reuters reported": the speech verb hangs off the claim (as
    // parataxis, or read as a conjunct or an adverbial clause with no conjunction or marker).
    const speech = [
      ...tree.childrenBy(cur, 'parataxis'),
      ...tree
        .childrenBy(cur, 'conj', 'advcl')
        .filter(
          (c) =>
            c > cur && tree.childBy(c, 'cc') === undefined && tree.childBy(c, 'mark') === undefined,
        ),
    ];
    for (const c of speech) {
      const lemma = verbLemma(tree, c, knownVerb(ctx.lex));
      if (!ctx.lex.reportingVerbs.has(lemma) && !ctx.lex.allegingVerbs.has(lemma)) continue;
      const source = sourceOf(tree, c, ctx);
      if (source === undefined) continue;
      modality = combine(modality, ctx.lex.allegingVerbs.has(lemma) ? 'alleged' : 'reported');
      attribution ??= source;
    }
    const p = tree.parent(cur);
    if (p < 0) break;
    // A relative clause is its own claim, but "accusations that he threatened them" parsed as
    // one is the content of the noun.
    const content = tree.is(cur, 'acl:relcl') && contentNoun(tree, p, ctx);
    if (tree.is(cur, 'acl:relcl') && !content) break;
    const embedded = content || tree.is(cur, ...EMBEDDING);
    // An event noun, or a noun a clause hangs on, takes the stance of the verb governing it
    // ("did not impose sanctions", "accused Iran of selling" parsed with the clause on "Iran").
    const nounStep =
      !embedded &&
      (cur === n || climbedNoun) &&
      !tree.isVerbal(cur) &&
      tree.is(cur, 'obj', 'obl', 'iobj') &&
      !tree.is(cur, 'obl:agent');
    if (!embedded && !nounStep) break;
    const says = governorSays(tree, p, cur, ctx);
    modality = combine(modality, says.modality);
    if (says.source) attribution ??= sourceOf(tree, p, ctx);
    skipOwn = tree.is(cur, 'conj');
    climbedNoun = embedded && !tree.isVerbal(p) && tree.is(cur, 'acl', 'ccomp', 'advcl');
    cur = p;
  }
  const according = accordingTo(tree, ctx);
  if (according && !tree.dominates(according.node, n)) {
    modality = combine(modality, 'reported');
    attribution ??= according.source;
  }
  return { modality, ...(attribution ? { attribution } : {}) };
}

/** "according to X", "as per X" anywhere in the sentence: the node of X and its name. */
function accordingTo(
  tree: SentenceTree,
  ctx: Context,
): { node: number; source: string | undefined } | undefined {
  for (const i of tree.indices()) {
    if (!tree.is(i, 'case')) continue;
    const w = tree.lower(i);
    if (!ctx.lex.reportingPhraseHeads.has(w)) continue;
    const fixed = tree.childrenBy(i, 'fixed').map((f) => tree.lower(f));
    const next = tree.contains(i + 1) ? tree.lower(i + 1) : '';
    const phrase = [w, ...(fixed.length > 0 ? fixed : [next])].join(' ');
    const single = ctx.lex.reportingPhrases.some((p) => p.length === 1 && p[0] === w);
    if (!single && !ctx.lex.reportingPhrases.some((p) => p.join(' ') === phrase)) continue;
    let node = tree.parent(i);
    if (node < 0) continue;
    // The phrase hung on the verb: its nominal is the one that follows it.
    if (!tree.isNominal(node)) {
      let k = i + phrase.split(' ').length;
      while (tree.contains(k) && tree.is(k, 'det')) k++;
      const m = tree.contains(k) ? tree.mentionAt(k) : undefined;
      node = m ? tree.headOfSpan(m) : tree.contains(k) && tree.isNominal(k) ? k : -1;
      if (node < 0) continue;
    }
    return { node, source: sourceName(tree, node, ctx) };
  }
  return undefined;
}
