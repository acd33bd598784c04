/**
 * Agentless passives of violence and justice ("Tom Reed was killed", "Ola Vik was later
 * arrested"), and attacks done by an event or a weapon ("The attack killed Tom Reed", "A car
 * bomb killed Tom Reed"), whose doer the text has just named: news reports an event, then its
 * victims or detainees. The doer comes, in this order, from
 *
 * 0. the acting event noun's own doer ("The Red Hand's attack killed Tom Reed");
 * 1. an attack event noun the passive verb is said to happen in, with a doer of its own ("was
 *    killed in an attack by the Red Hand", "was wounded in the Red Hand's bombing of the base");
 * 2. the one actor that did an event of the same type (ATTACKS, ARRESTS, SUES) earlier in the same
 *    sentence or in the sentence before, as the other passes found it or as the agent of a verb
 *    or event noun of that type ("The Red Hand attacked Tarnby on Friday. Mayor Ola Vik was
 *    killed."; "The Red Hand attacked a checkpoint. Its commander, Ola Vik, was killed.").
 *
 * Guarded: the passive states the event (main, coordinated or reported clause; not a clause on a
 * noun: "the day Tom Reed was shot"), has a named patient and no "by" phrase; exactly one
 * distinct earlier doer (two are ambiguous); never further back than one sentence; an earlier
 * event denied or only considered, or an attack told in full with a named person as its victim
 * ("Ola Vik, convicted of killing Tom Reed, …"), hands on nothing; arrests name several
 * detainees in turn ("Police arrested A. B was detained on Monday."). The relation is less sure than a stated one (0.5).
 */
import type { RelationType } from '@kg/schema';
import type { RelationCandidate } from '../../analysis.js';
import { denoteAll, entityType, isActor } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import { verbPredicate } from '../frames.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import { clauseArgs } from './clause.js';
import { claimants, eventDoers } from './event-noun.js';
import { agentsOf } from './passive.js';

const CONFIDENCE = 0.5;

/** Relation types whose doer a later agentless passive of the same type may take. */
const HANDED_ON = new Set<RelationType>(['ATTACKS', 'ARRESTS', 'SUES']);

/**
 * `earlier`: what the other passes found in this sentence and the one before it; `previous`: the
 * sentence before, when it was read. Returns the candidates for this sentence's agentless
 * passives.
 */
export function implicitAgentRelations(
  tree: SentenceTree,
  ctx: Context,
  earlier: readonly RelationCandidate[],
  previous?: SentenceTree,
): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  if (headline(tree)) return out;
  if (previous && headline(previous)) previous = undefined;
  for (const v of tree.indices()) {
    if (!tree.isVerbal(v) || !statesEvent(tree, v)) continue;
    const pred = verbPredicate(tree, v, ctx.lex);
    const frame = pred?.frames.find((f) => !f.prep && HANDED_ON.has(f.type));
    if (!frame) continue;
    const args = clauseArgs(tree, v);
    let event: number | undefined;
    if (!args.passive) {
      // "The attack killed Ola Vik", "A car bomb killed Ola Vik": an event or a weapon acts.
      event = args.subject.find((s) => standsForAttack(tree, s, ctx, frame.type));
      if (event === undefined) continue;
    } else if (agentsOf(tree, v).length > 0) continue;
    const patients = victims(tree, ctx, args.patients);
    if (patients.length === 0) continue;
    const own = event === undefined ? [] : eventDoers(tree, event, ctx).filter(isActor);
    const doers =
      (own.length > 0 ? own : undefined) ??
      inEvent(tree, v, ctx, frame.type) ??
      before(tree, v, ctx, frame.type, earlier, previous);
    if (!doers || doers.length === 0) continue;
    emit(out, tree, ctx, {
      type: frame.type,
      subjects: doers,
      objects: patients,
      confidence: CONFIDENCE,
      stance: stanceOf(tree, v, ctx),
      trigger: v,
    });
  }
  return out;
}

/**
 * A clause that states the event: the main clause, a conjunct of it, or a reported one ("Police
 * said Ola Vik was killed"). A clause modifying a noun or another clause refers to an event known
 * already, likely another one ("the day Tom Reed was shot", "after he was arrested").
 */
function statesEvent(tree: SentenceTree, v: number): boolean {
  let n = v;
  while (tree.is(n, 'conj') && tree.parent(n) >= 0) n = tree.parent(n);
  return tree.parent(n) < 0 || tree.is(n, 'ccomp', 'parataxis');
}

/**
 * A subject that is an event of the type with no actor named in it ("the attack", "the
 * bombing"), or a weapon no actor owns ("a car bomb").
 */
function standsForAttack(tree: SentenceTree, s: number, ctx: Context, type: RelationType): boolean {
  if (denoteAll(tree, s, ctx).some(isActor)) return false;
  const m = tree.mentionAt(s);
  if (m) return type === 'ATTACKS' && entityType(tree, m) === 'WEAPON';
  return tree.nounKeys(s).some((k) => ctx.lex.nouns.get(k)?.type === type);
}

/** "was killed in an attack by X": the doers of an event noun in an "in" phrase of the verb. */
function inEvent(
  tree: SentenceTree,
  v: number,
  ctx: Context,
  type: RelationType,
): Ref[] | undefined {
  for (const c of tree.childrenBy(v, 'obl')) {
    if (tree.caseOf(c) !== 'in') continue;
    const frame = tree
      .nounKeys(c)
      .map((k) => ctx.lex.nouns.get(k))
      .find((f) => f !== undefined);
    if (frame?.type !== type) continue;
    const refs = eventDoers(tree, c, ctx);
    if (refs.length > 0) return refs;
  }
  return undefined;
}

/**
 * The one doer of an event of this type earlier in this sentence or in the one before: as the
 * other passes related it, or as the agent of a verb or event noun of the type whose patient is
 * no name ("The Red Hand attacked a checkpoint.").
 */
function before(
  tree: SentenceTree,
  v: number,
  ctx: Context,
  type: RelationType,
  earlier: readonly RelationCandidate[],
  previous?: SentenceTree,
): Ref[] | undefined {
  const here = tree.sentence.i;
  const at = tree.token(v).start;
  const doers = new Map<string, Ref>();
  const add = (r: Ref) => {
    if (!doers.has(r.mention.entityId)) doers.set(r.mention.entityId, r);
  };
  for (const c of earlier) {
    if (c.predicate !== type || !STATED.has(c.modality)) continue;
    // An attack with a named victim of its own is told in full.
    if (type === 'ATTACKS' && tree.analysis.entities.get(c.object)?.type === 'PERSON') continue;
    const inPlace =
      (previous !== undefined && c.sentence === previous.sentence.i && c.sentence === here - 1) ||
      (c.sentence === here && c.trigger !== undefined && c.trigger.end <= at);
    const m = c.subjectMention === undefined ? undefined : tree.analysis.mentions[c.subjectMention];
    if (!inPlace || !m || m.entityId !== c.subject) continue;
    add({ node: -1, mention: m, type: entityType(tree, m), via: 'coref' });
  }
  if (previous !== undefined && previous.sentence.i === here - 1) {
    for (const r of agentsOfType(previous, ctx, type, Infinity)) add(r);
  }
  for (const r of agentsOfType(tree, ctx, type, v)) add(r);
  return doers.size === 1 ? [...doers.values()] : undefined;
}

/** Modalities of an event that happened (as stated, reported or alleged). */
const STATED = new Set(['asserted', 'reported', 'alleged']);

/** The actors doing a verb or event noun of `type` before token `until` of a sentence. */
function agentsOfType(tree: SentenceTree, ctx: Context, type: RelationType, until: number): Ref[] {
  const out: Ref[] = [];
  for (const n of tree.indices()) {
    if (n >= until) break;
    let refs: Ref[] = [];
    if (tree.isVerbal(n) && !tree.is(n, 'amod')) {
      const frames = verbPredicate(tree, n, ctx.lex)?.frames ?? [];
      if (!frames.some((f) => f.type === type && !f.prep)) continue;
      const args = clauseArgs(tree, n);
      if (type === 'ATTACKS' && names(tree, ctx, args.patients)) continue;
      refs = args.agents.flatMap((a) => denoteAll(tree, a, ctx));
    } else if (/^(NOUN|PROPN)$/.test(tree.upos(n)) && !tree.mentionAt(n)) {
      const frame = tree
        .nounKeys(n)
        .map((k) => ctx.lex.nouns.get(k))
        .find((f) => f !== undefined);
      if (frame?.type !== type) continue;
      if (type === 'ATTACKS' && names(tree, ctx, tree.childrenBy(n, 'nmod'))) continue;
      refs = eventDoers(tree, n, ctx);
    } else continue;
    refs = refs.filter(isActor);
    if (refs.length === 0 || !STATED.has(stanceOf(tree, n, ctx).modality)) continue;
    out.push(...refs);
  }
  return out;
}

/** Whether the nodes name a person (the victim of an attack told in full). */
function names(tree: SentenceTree, ctx: Context, nodes: readonly number[]): boolean {
  return nodes.some((p) => denoteAll(tree, p, ctx).some((r) => r.type === 'PERSON'));
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * "Mayor Ola Vik was killed in Tarnby. The Red Hand claimed responsibility for the attack.": the
 * one actor that claims a definite attack with no named target of its own did the attacks the
 * sentence before states without a doer (agentless passives, an event or a weapon acting).
 * Returns candidates of the sentence before.
 */
export function claimedAfter(
  tree: SentenceTree,
  ctx: Context,
  previous?: SentenceTree,
): RelationCandidate[] {
  if (!previous || previous.sentence.i !== tree.sentence.i - 1) return [];
  if (headline(tree) || headline(previous)) return [];
  const claimed = new Map<string, Ref>();
  for (const e of tree.indices()) {
    if (!/^(NOUN|PROPN)$/.test(tree.upos(e)) || tree.mentionAt(e)) continue;
    if (!tree.nounKeys(e).some((k) => ctx.lex.nouns.get(k)?.type === 'ATTACKS')) continue;
    const det = tree.childBy(e, 'det');
    if (det === undefined || !DEFINITE.has(tree.lower(det))) continue;
    if (tree.childrenBy(e, 'nmod').some((c) => denoteAll(tree, c, ctx).length > 0)) continue;
    if (!STATED.has(stanceOf(tree, e, ctx).modality)) continue;
    for (const r of claimants(tree, e, ctx).filter(isActor)) claimed.set(r.mention.entityId, r);
  }
  if (claimed.size !== 1) return [];
  const out: RelationCandidate[] = [];
  for (const v of previous.indices()) {
    if (!previous.isVerbal(v) || !statesEvent(previous, v)) continue;
    const frame = verbPredicate(previous, v, ctx.lex)?.frames.find(
      (f) => !f.prep && f.type === 'ATTACKS',
    );
    if (!frame) continue;
    const args = clauseArgs(previous, v);
    if (
      args.passive
        ? agentsOf(previous, v).length > 0
        : !args.subject.some((x) => standsForAttack(previous, x, ctx, 'ATTACKS'))
    )
      continue;
    const patients = victims(previous, ctx, args.patients);
    if (patients.length === 0) continue;
    emit(out, previous, ctx, {
      type: 'ATTACKS',
      subjects: [...claimed.values()],
      objects: patients,
      confidence: CONFIDENCE,
      stance: stanceOf(previous, v, ctx),
      trigger: v,
    });
  }
  return out;
}

/**
 * The actors the patient nodes name, not through a partitive ("the leader of the party was
 * arrested" arrests the leader, not the party).
 */
function victims(tree: SentenceTree, ctx: Context, nodes: readonly number[]): Ref[] {
  return nodes
    .flatMap((p) => denoteAll(tree, p, ctx))
    .filter((r) => isActor(r) && r.via !== 'partitive');
}

/**
 * A headline or caption (no closing full stop, question or exclamation mark): it drops its
 * auxiliaries ("BNP leader Nick Griffin arrested"), so who acts in it is not to be trusted.
 */
function headline(tree: SentenceTree): boolean {
  const { firstToken, lastToken } = tree.sentence;
  for (let k = lastToken - 1; k >= firstToken; k--) {
    const w = tree.analysis.tokens[k]?.text ?? '';
    if (/^[.!?]+$/.test(w)) return false;
    if (!/^["'”’)\]]+$/.test(w)) return true;
  }
  return true;
}
