/**
 * Demands whose target is the subject of a clause rather than an object: "The opposition
 * demanded that Tom Reed resign", "Lemuria insisted that Atlantis withdraw its troops",
 * "Ann Holt called for Tom Reed to resign" → the demander PRESSURES Tom Reed / Atlantis
 * (verbs in nominal-frames.json `demandVerbs`).
 *
 * - a that-clause (`that` verbs) demands only in the mandative: a bare verb ("that Reed
 *   resign") or one with "should / must" ("that Globex should pay"); a clause that states
 *   something ("insisted that Reed was innocent", "insisted that Globex pays well") and a
 *   passive one ("demanded that Reed be sacked": whoever sacks him is pressed, not Reed)
 *   demand nothing of its subject. A bare verb after a coordinated subject in the present
 *   ("insists that Globex and Acme remain committed") may state a fact: only a past demanding
 *   verb, or "should / must", makes it a demand there.
 * - a "for" phrase followed by an infinitive (`forTo` verbs): "called for Reed to resign",
 *   "pressed for Atlantis to release them"; "called for talks" names no one pressed.
 */
import type { RelationCandidate } from '../../analysis.js';
import { denoteAll } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import { clauseArgs } from './clause.js';

/** Auxiliaries that make a that-clause a demand ("that Globex should pay the fine"). */
const MANDATIVE_AUX = new Set(['should', 'must']);
const ENDS_S = /s$/;

/** Whether verb `v` is written in its bare form ("resign", not "resigned" or "resigns"). */
function bare(tree: SentenceTree, v: number): boolean {
  return tree.lower(v) === tree.lemma(v).toLowerCase();
}

/** Whether the demanding verb is a past form ("demanded", "insisted"). */
function past(tree: SentenceTree, v: number): boolean {
  return !bare(tree, v) && !ENDS_S.test(tree.lower(v)) && !tree.isGerund(v);
}

/** The subject a mandative that-clause `c` under demanding verb `v` demands something of. */
function mandativeSubjects(tree: SentenceTree, v: number, c: number): number[] {
  if (!tree.isVerbal(c) || tree.lemma(c) === 'be') return [];
  if (tree.childBy(c, 'nsubj:pass', 'aux:pass') !== undefined) return [];
  const marks = tree.marks(c);
  if (marks.length > 0 && !marks.includes('that')) return [];
  const subject = tree.childBy(c, 'nsubj');
  if (subject === undefined) return [];
  const aux = tree.childrenBy(c, 'aux').map((a) => tree.lower(a));
  const modal = aux.some((a) => MANDATIVE_AUX.has(a));
  if (!modal && (aux.length > 0 || !bare(tree, c))) return [];
  // "insists that Globex and Acme remain committed": a plural present may state a fact.
  const plural = tree.conjuncts(subject).length > 1;
  if (!modal && plural && !past(tree, v)) return [];
  return [subject];
}

/** The people or bodies a "for" phrase with an infinitive after it names ("called for X to V"). */
function forToSubjects(tree: SentenceTree, v: number): number[] {
  const out: number[] = [];
  for (const p of tree.childrenBy(v, 'obl', 'nmod')) {
    if (tree.caseOf(p) !== 'for' || p < v) continue;
    // The infinitive hangs on the verb or on the "for" phrase, right after it.
    const infinitives = [...tree.children(v), ...tree.children(p)].filter(
      (x) => x > p && tree.isVerbal(x) && tree.marks(x).includes('to'),
    );
    if (infinitives.length > 0) out.push(p);
  }
  return out;
}

/** PRESSURES from a demanding verb's actor to whom its clause or "for … to" phrase presses. */
export function demandClauseRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const verbs = ctx.lex.demandVerbs;
  for (const v of tree.indices()) {
    if (!tree.isVerbal(v)) continue;
    const lemma = tree.lemma(v);
    const pressed: number[] = [];
    if (verbs.that.has(lemma)) {
      for (const c of tree.childrenBy(v, 'ccomp')) pressed.push(...mandativeSubjects(tree, v, c));
    }
    if (verbs.forTo.has(lemma)) pressed.push(...forToSubjects(tree, v));
    if (pressed.length === 0) continue;
    const args = clauseArgs(tree, v);
    if (args.passive) continue;
    const objects: Ref[] = pressed.flatMap((n) => denoteAll(tree, n, ctx));
    emit(out, tree, ctx, {
      type: 'PRESSURES',
      subjects: args.agents.flatMap((a) => denoteAll(tree, a, ctx)),
      objects,
      confidence: 0.7,
      stance: stanceOf(tree, v, ctx),
      trigger: v,
      key: lemma,
    });
  }
  return out;
}
