/**
 * Doer nouns whose victim an earlier clause names: a report tells of a killing ("the assassination
 * of Tom Reed", "Reed was shot in Ashby") and then says who did it with a noun of the doer ("Jon
 * Berg was the lone gunman", "whether Berg was the sole attacker in the stabbing", "police
 * identified Berg as the killer"). The doer noun (nominal-frames.json `attackDoerNouns`:
 * *assassin, killer, gunman, shooter* …) is definite, names no victim of its own (no possessor,
 * "of" phrase or name before it: role.ts reads "Reed's assassin"), and is equated with a person
 * (copula, apposition or "as", as perpetrators.ts reads them). The victim is that of the attack
 * event noun its "in" phrase names, else of the nearest attack told before it in the sentence or
 * in the sentence before: an attack event noun with its victim ("the assassination of X", "X's
 * murder") or an agentless passive attack verb ("X was shot"). The doer ATTACKS the victim.
 */
import type { RelationCandidate } from '../../analysis.js';
import { denoteAll } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import { verbPredicate } from '../frames.js';
import { stanceOf } from '../modality.js';
import { equatedPerson } from '../perpetrators.js';
import type { SentenceTree } from '../tree.js';
import { clauseArgs } from './clause.js';

const VICTIM_TYPES = new Set(['PERSON', 'ORG', 'GPE']);

/** A definite doer noun with no victim of its own ("the lone gunman", not "Reed's killer"). */
function isDoerNoun(tree: SentenceTree, n: number, ctx: Context): boolean {
  if (tree.upos(n) !== 'NOUN' || tree.mentionAt(n)) return false;
  if (!ctx.lex.attackDoerNouns.has(tree.lemma(n)) || tree.lower(n) !== tree.lemma(n)) return false;
  const det = tree.childBy(n, 'det');
  if (det === undefined || tree.lower(det) !== 'the') return false;
  if (tree.childBy(n, 'nmod:poss') !== undefined) return false;
  if (tree.childrenBy(n, 'nmod').some((c) => tree.caseOf(c) === 'of')) return false;
  return !tree.childrenBy(n, 'compound', 'amod').some((c) => tree.mentionAt(c));
}

/** The victims of an attack event noun: its "of"/"on" phrase, or a patient possessor. */
function nounVictims(tree: SentenceTree, e: number, ctx: Context): Ref[] | undefined {
  if (tree.mentionAt(e)) return undefined;
  const frame = tree
    .nounKeys(e)
    .map((k) => ctx.lex.nouns.get(k))
    .find((f) => f !== undefined);
  if (frame?.type !== 'ATTACKS') return undefined;
  const phrases = tree.childrenBy(e, 'nmod').filter((c) => frame.preps.includes(tree.caseOf(c)));
  const owners =
    frame.possessor === 'patient' && !phrases.some((c) => tree.caseOf(c) === 'of')
      ? tree.childrenBy(e, 'nmod:poss')
      : [];
  return [...phrases, ...owners]
    .flatMap((c) => denoteAll(tree, c, ctx))
    .filter((r) => VICTIM_TYPES.has(r.type));
}

/** The patients of an agentless passive attack verb ("Reed was shot"). */
function verbVictims(tree: SentenceTree, v: number, ctx: Context): Ref[] | undefined {
  if (!tree.isVerbal(v) || tree.is(v, 'amod')) return undefined;
  const frames = verbPredicate(tree, v, ctx.lex)?.frames ?? [];
  if (!frames.some((f) => f.type === 'ATTACKS' && !f.prep)) return undefined;
  const args = clauseArgs(tree, v);
  if (!args.passive || args.agents.length > 0) return undefined;
  return args.patients.flatMap((p) => denoteAll(tree, p, ctx)).filter((r) => r.type === 'PERSON');
}

/** The victims of the last attack told in `tree` before token `until`. */
function lastVictims(tree: SentenceTree, ctx: Context, until: number): Ref[] {
  let found: Ref[] = [];
  for (const i of tree.indices()) {
    if (i >= until) break;
    const refs = nounVictims(tree, i, ctx) ?? verbVictims(tree, i, ctx);
    if (refs && refs.length > 0) found = refs;
  }
  return found;
}

/** ATTACKS from the person a doer noun is equated with to the victim told before. */
export function doerNounRelations(
  tree: SentenceTree,
  ctx: Context,
  previous?: SentenceTree,
): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const n of tree.indices()) {
    if (!isDoerNoun(tree, n, ctx)) continue;
    const person = equatedPerson(tree, n);
    if (!person) continue;
    // "the sole attacker in the stabbing": the event its "in" phrase names.
    let victims = tree
      .childrenBy(n, 'nmod')
      .filter((c) => tree.caseOf(c) === 'in')
      .flatMap((c) => nounVictims(tree, c, ctx) ?? []);
    if (victims.length === 0) victims = lastVictims(tree, ctx, n);
    if (victims.length === 0 && previous && previous.sentence.i === tree.sentence.i - 1) {
      // Another sentence's nodes mean nothing in this tree.
      victims = lastVictims(previous, ctx, Infinity).map((r) => ({ ...r, node: -1, via: 'coref' }));
    }
    if (victims.length === 0) continue;
    const node = tree.headOfSpan(person);
    emit(out, tree, ctx, {
      type: 'ATTACKS',
      subjects: [{ node, mention: person, type: 'PERSON', via: 'name' }],
      objects: victims,
      confidence: 0.55,
      stance: stanceOf(tree, n, ctx),
      trigger: n,
      key: tree.lemma(n),
    });
  }
  return out;
}
