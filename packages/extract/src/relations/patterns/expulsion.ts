/**
 * Expulsions: a government that orders the people of another country out — its diplomats, staff,
 * nationals or their families — pressures that country (PRESSURES, the convention of the
 * annotated news sets: a state ordering another's people out is a demand made of that state).
 * Three shapes, with the data in nominal-frames.json `expulsion`:
 *
 * - an order verb with a noun of leaving: "Lemuria ordered the departure of Norland diplomats",
 *   "demanded the expulsion of the relatives of Norland envoys" (kin nouns pass the "of"
 *   phrase on);
 * - a verb of expelling: "Lemuria expelled 20 Norland diplomats", "deported Norland's envoy";
 * - an order verb with a verb of leaving: "ordered Norland's envoys to leave the country".
 *
 * The country is the one qualifying the people (a demonym, a name before the noun or a
 * possessive); people of the orderer's own country ("its staff") give nothing (emit drops a
 * self-relation), and a leaving noun not ordered ("the departure of Norland staff was delayed")
 * states no demand.
 */
import type { RelationCandidate } from '../../analysis.js';
import { denote } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import { clauseArgs } from './clause.js';

const STATE_TYPES = new Set(['GPE']);

/** A noun naming people: staff, diplomats, nationals, migrants … (the lexicon's person lists). */
function isPeople(tree: SentenceTree, n: number, ctx: Context): boolean {
  const lex = ctx.lex;
  const keys = [tree.lemma(n), tree.lower(n), tree.lower(n).replace(/s$/, '')];
  return keys.some(
    (k) => lex.personnelNouns.has(k) || lex.personNouns.has(k) || lex.movedPeople.has(k),
  );
}

/** The country qualifying a people noun: "Norland diplomats", "Norland's envoys". */
function peoplesCountry(tree: SentenceTree, n: number, ctx: Context): Ref[] {
  const own = tree
    .childrenBy(n, 'amod', 'compound', 'nmod:poss')
    .filter((c) => c < n)
    .flatMap((c) => denote(tree, c, ctx));
  const named = tree.mentionAt(n) ? denote(tree, n, ctx) : [];
  return [...own, ...named].filter((r) => STATE_TYPES.has(r.type));
}

/**
 * The countries of the people a node names, through kin nouns and "of" phrases ("relatives
 * of Norland staff") and a bare number ("20 Norland diplomats" is headed by the noun anyway).
 */
function countriesOf(tree: SentenceTree, n: number, ctx: Context, depth = 0): Ref[] {
  if (depth > 3) return [];
  const people = isPeople(tree, n, ctx);
  const own = people ? peoplesCountry(tree, n, ctx) : [];
  if (own.length > 0) return own;
  // "members of Norland's delegation", "the families of Norland staff": on to whose they are.
  if (!people && !ctx.lex.expulsion.kinNouns.has(tree.lower(n)) && depth > 0) return [];
  return tree
    .childrenBy(n, 'nmod')
    .filter((c) => tree.caseOf(c) === 'of')
    .flatMap((c) => tree.conjuncts(c))
    .flatMap((c) => countriesOf(tree, c, ctx, depth + 1));
}

/** PRESSURES from the ordering clause's actor to each country whose people are sent out. */
export function expulsionRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const ex = ctx.lex.expulsion;
  for (const v of tree.indices()) {
    if (!tree.isVerbal(v)) continue;
    const lemma = tree.lemma(v);
    const orders = ex.orderVerbs.has(lemma);
    if (!orders && !ex.verbs.has(lemma)) continue;
    const args = clauseArgs(tree, v);
    const countries: Ref[] = [];
    for (const p of args.patients) {
      if (ex.verbs.has(lemma)) countries.push(...countriesOf(tree, p, ctx, 1));
      // "ordered the departure of …": the noun of leaving's "of" phrase.
      if (orders && ex.nouns.has(tree.lemma(p))) countries.push(...countriesOf(tree, p, ctx));
    }
    // "ordered Norland's envoys to leave": the object of the order does the leaving.
    const leaves = tree
      .childrenBy(v, 'xcomp')
      .some((x) => ex.leaveVerbs.has(tree.lemma(x)) && tree.marks(x).includes('to'));
    if (orders && leaves) {
      for (const p of [...args.patients, ...args.recipients]) {
        countries.push(...countriesOf(tree, p, ctx, 1));
      }
    }
    if (countries.length === 0) continue;
    const subjects = args.agents.flatMap((a) => denote(tree, a, ctx));
    emit(out, tree, ctx, {
      type: 'PRESSURES',
      subjects,
      objects: countries,
      confidence: 0.65,
      stance: stanceOf(tree, v, ctx),
      trigger: v,
      key: lemma,
    });
  }
  return out;
}
