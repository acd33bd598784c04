/**
 * Where an organisation sits: a seat noun (nominal-frames.json seatNouns: headquarters, head
 * office, office, bureau, branch) owned by an organisation and tied to a place puts the
 * organisation there (LOCATED_IN):
 *
 * - the owner as possessor, "of" phrase or compound: "Globex's headquarters in Tarnby", "the
 *   Tarnby office of Globex", "at Globex headquarters in Tarnby"; or, with no owner in the
 *   phrase, the subject of a verb that has, opens or moves it ("Globex has offices in Tarnby");
 * - the place as the noun's "in" or "at" phrase (with a wider place listed after it: "in
 *   Ashby, Norland"), a compound before it ("the Tarnby office"), or the "to" phrase of a verb of
 *   moving ("Globex moved its headquarters to Tarnby").
 *
 * Only an organisation: a country's or a person's office abroad ("the Norland office in
 * Tarnby", "the senator's office in Ashby") is not where the country or the person is. A seat
 * left ("moved its headquarters from Tarnby") is read from "in", "at" and "to" only.
 */
import type { RelationCandidate } from '../../analysis.js';
import { denote, placeRefs } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';

const IS_NOUN_PROPN = /^(NOUN|PROPN)$/;
const PLACE_CASES = /^(in|at)$/;
/** Verbs whose subject holds the seat they take as object ("Globex opened an office in X"). */
const HOLDING_VERBS = new Set([
  'have',
  'open',
  'maintain',
  'keep',
  'establish',
  'move',
  'relocate',
]);
/** Verbs whose "to" phrase is where the seat goes ("moved its headquarters to X"). */
const MOVING_VERBS = new Set(['move', 'relocate', 'shift', 'transfer']);

/** The seat key of a noun: its lemma or word, or "head office" with such a modifier. */
function seatKey(tree: SentenceTree, n: number, ctx: Context): string | undefined {
  if (!IS_NOUN_PROPN.test(tree.upos(n)) || tree.mentionAt(n)) return undefined;
  const seats = ctx.lex.seatNouns;
  const word = seats.has(tree.lemma(n)) ? tree.lemma(n) : tree.lower(n);
  if (!seats.has(word)) return undefined;
  const mod = tree
    .childrenBy(n, 'compound', 'amod')
    .filter((c) => c < n)
    .map((c) => `${tree.lower(c)} ${word}`)
    .find((k) => seats.has(k));
  return mod ?? word;
}

/** The organisations that own seat noun `n`. */
function owners(tree: SentenceTree, n: number, ctx: Context): Ref[] {
  const nodes = [
    ...tree.childrenBy(n, 'nmod:poss'),
    ...tree.childrenBy(n, 'nmod').filter((c) => tree.caseOf(c) === 'of'),
    ...tree.childrenBy(n, 'compound').filter((c) => c < n),
  ];
  const p = tree.parent(n);
  if (nodes.length === 0 && p >= 0 && tree.is(n, 'obj') && HOLDING_VERBS.has(tree.lemma(p))) {
    nodes.push(...tree.childrenBy(p, 'nsubj'));
  }
  return nodes.flatMap((o) => denote(tree, o, ctx)).filter((r) => r.type === 'ORG');
}

/** The places seat noun `n` is tied to, with a wider place listed after each. */
function places(tree: SentenceTree, n: number, ctx: Context): Ref[] {
  const nodes = [
    ...tree.childrenBy(n, 'nmod').filter((c) => c > n && PLACE_CASES.test(tree.caseOf(c))),
    ...tree.childrenBy(n, 'compound').filter((c) => c < n),
  ];
  const p = tree.parent(n);
  if (p >= 0 && tree.is(n, 'obj') && MOVING_VERBS.has(tree.lemma(p))) {
    const to = (c: number) => c > n && tree.caseOf(c) === 'to';
    nodes.push(...tree.childrenBy(n, 'nmod').filter(to), ...tree.childrenBy(p, 'obl').filter(to));
  }
  return placeRefs(tree, nodes, ctx);
}

export function seatRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const n of tree.indices()) {
    const key = seatKey(tree, n, ctx);
    if (!key) continue;
    const orgs = owners(tree, n, ctx);
    if (orgs.length === 0) continue;
    const where = places(tree, n, ctx);
    if (where.length === 0) continue;
    emit(out, tree, ctx, {
      type: 'LOCATED_IN',
      subjects: orgs,
      objects: where,
      confidence: 0.7,
      stance: stanceOf(tree, n, ctx),
      trigger: n,
      key,
    });
  }
  return out;
}
