/**
 * Event nouns (nominal-frames.json nouns and pairNouns: attack, sanctions, embargo, support,
 * sale, visit, assassination, alliance, talks, deal …) with their arguments from the noun
 * phrase: the doer from a possessor ("Iran's support"), a name or demonym modifier ("US
 * sanctions", "the EU embargo", "Russian attacks"), a "by" phrase, or the subject of a light verb
 * governing the noun ("imposed sanctions on", "held talks with", "cut ties with" — negated);
 * the other party from the noun's own preposition ("on Tehran", "of Brand", "to China"), or
 * the light verb's ("imposed sanctions on Iran" parsed with "on Iran" on the verb), or one level
 * down through a second event noun ("an embargo on arms exports to China"). Pair nouns relate
 * every two parties: "ties between India and Japan", "an alliance of the US, India, Australia
 * and Japan", "X and Y signed a deal".
 */
import type { RelationType } from '@kg/schema';
import type { RelationCandidate } from '../../analysis.js';
import { denote, denoteAll, isActor, nameAt } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import { knownVerb, verbLemma, verbPredicate } from '../frames.js';
import type { NounFrame } from '../lexicon.js';
import { combine, stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import { clauseArgs, grammaticalSubject, obliques, threatOf } from './clause.js';
import { pairwise } from './coordination.js';

const DESCENT_CASES = new Set(['to', 'on', 'against', 'for', 'with']);
const PLACE_TYPES = new Set(['GPE', 'LOC', 'NORP']);

interface Governor {
  verb: number;
  key: string;
  negating: boolean;
}

/**
 * The light or complement verb whose object the event noun is ("imposed sanctions"), or a verb
 * the noun's own frame names ("bought a stake").
 */
function governorOf(
  tree: SentenceTree,
  e: number,
  ctx: Context,
  frame?: NounFrame,
): Governor | undefined {
  const v = tree.parent(e);
  if (v < 0 || !tree.isVerbal(v) || !tree.is(e, 'obj', 'nsubj:pass')) return undefined;
  const lemma = verbLemma(tree, v, knownVerb(ctx.lex));
  const prt = tree.childBy(v, 'compound:prt');
  const key = prt !== undefined ? `${lemma} ${tree.lower(prt)}` : lemma;
  const lex = ctx.lex;
  const own = (k: string) => frame?.verbs?.includes(k) ?? false;
  const undoing = (k: string) => frame?.undoneBy?.includes(k) ?? false;
  const light = (k: string) =>
    lex.lightVerbs.has(k) || lex.complementVerbs.has(k) || own(k) || undoing(k);
  if (!light(key) && !light(lemma)) return undefined;
  const negating = (k: string) => lex.negatingLightVerbs.has(k) || undoing(k);
  return { verb: v, key, negating: negating(key) || negating(lemma) };
}

/**
 * "The takeover of Initech by Globex collapsed", "the deal was blocked by regulators", "Globex's
 * failed bid for Initech": a deal, sale or takeover said to have failed did not happen (negated;
 * nominal-frames.json failedDeals). Not talks or attacks: talks that broke down were held.
 */
function failed(
  tree: SentenceTree,
  e: number,
  ctx: Context,
  types: readonly (RelationType | undefined)[],
): boolean {
  const lex = ctx.lex.failedDeals;
  if (!types.some((t) => t !== undefined && lex.types.has(t))) return false;
  if (tree.childrenBy(e, 'amod').some((a) => lex.adjectives.has(tree.lower(a)))) return true;
  const v = tree.parent(e);
  if (v < 0 || !tree.isVerbal(v)) return false;
  const lemma = verbLemma(tree, v, knownVerb(ctx.lex));
  const prt = tree.childBy(v, 'compound:prt');
  const keys = prt !== undefined ? [`${lemma} ${tree.lower(prt)}`, lemma] : [lemma];
  if (tree.is(e, 'nsubj:pass')) return keys.some((k) => lex.passiveVerbs.has(k));
  if (tree.is(e, 'nsubj')) return keys.some((k) => lex.subjectVerbs.has(k));
  return false;
}

/**
 * "Hale was convicted of Brand's killing", "Carl Moss, suspected of the assassination
 * of Vik": the one a verb of accusing or convicting is about did the event.
 */
function accused(tree: SentenceTree, e: number, ctx: Context): Ref[] {
  const v = tree.parent(e);
  if (v < 0 || !tree.isVerbal(v) || !tree.is(e, 'obl', 'nmod', 'advcl')) return [];
  if (!ctx.lex.accusationVerbs.has(verbLemma(tree, v, knownVerb(ctx.lex)))) return [];
  const args = clauseArgs(tree, v);
  return args.patients.flatMap((p) => denoteAll(tree, p, ctx));
}

/**
 * "conspired with Hale in the assassination of Brand", "was involved in the attack on X",
 * "Lemuria's role in the attack", "denied any role in the killing" (the phrase hung on the verb):
 * who takes part in an event (participationVerbs, participationNouns) did it.
 */
function participants(tree: SentenceTree, e: number, ctx: Context): Ref[] {
  const p = tree.parent(e);
  if (p < 0 || tree.caseOf(e) !== 'in') return [];
  const lex = ctx.lex;
  const partNoun = (n: number) => tree.nounKeys(n).some((k) => lex.participationNouns.has(k));
  let v = p;
  // "was involved in" may be read as an adjective.
  const predicate = tree.isVerbal(p) || (tree.upos(p) === 'ADJ' && tree.is(e, 'obl'));
  if (!predicate) {
    if (!partNoun(p)) return [];
    const owners = tree.childrenBy(p, 'nmod:poss').flatMap((o) => denoteAll(tree, o, ctx));
    if (owners.length > 0) return owners;
    v = tree.parent(p);
    if (v < 0 || !tree.isVerbal(v) || !tree.is(p, 'obj')) return [];
  } else {
    const takesPart = lex.participationVerbs.has(verbLemma(tree, p, knownVerb(lex)));
    if (!takesPart && !tree.childrenBy(p, 'obj').some(partNoun)) return [];
  }
  const args = clauseArgs(tree, v);
  const withs = lex.participationVerbs.has(verbLemma(tree, v, knownVerb(lex)))
    ? obliques(tree, args, 'with')
    : [];
  return [...args.subject, ...withs].flatMap((n) => denoteAll(tree, n, ctx));
}

/**
 * "Ola Vik is serving a life sentence for the murder of Tom Reed": who serves a term for an
 * event (punishmentVerbs) did it; the "for" phrase may hang on the term.
 */
function punished(tree: SentenceTree, e: number, ctx: Context): Ref[] {
  if (tree.caseOf(e) !== 'for') return [];
  let v = tree.parent(e);
  if (v >= 0 && !tree.isVerbal(v) && tree.is(v, 'obj', 'obl')) v = tree.parent(v);
  if (v < 0 || !tree.isVerbal(v)) return [];
  if (!ctx.lex.punishmentVerbs.has(verbLemma(tree, v, knownVerb(ctx.lex)))) return [];
  return clauseArgs(tree, v).subject.flatMap((n) => denoteAll(tree, n, ctx));
}

/**
 * "Ola Vik went on trial for the murder of Tom Reed", "is on trial for", "faces / stood trial for
 * the killing of X", "Vik's trial for the murder of X": who is tried for an event did it (as one
 * accused of it; `trialNouns`); the "for" phrase may hang on the trial or on the verb.
 */
function tried(tree: SentenceTree, e: number, ctx: Context): Ref[] {
  if (tree.caseOf(e) !== 'for') return [];
  const trial = (n: number) => tree.nounKeys(n).some((k) => ctx.lex.trialNouns.has(k));
  const p = tree.parent(e);
  if (p < 0) return [];
  let t = -1;
  if (trial(p)) t = p;
  else if (tree.isVerbal(p)) t = tree.childrenBy(p, 'obj', 'obl').find(trial) ?? -1;
  if (t < 0) return [];
  const owners = tree.childrenBy(t, 'nmod:poss').flatMap((o) => denoteAll(tree, o, ctx));
  if (owners.length > 0) return owners;
  if (tree.childBy(t, 'cop') !== undefined) {
    return tree.childrenBy(t, 'nsubj').flatMap((n) => denoteAll(tree, n, ctx));
  }
  const v = tree.parent(t);
  if (v < 0 || !tree.isVerbal(v) || !tree.is(t, 'obj', 'obl')) return [];
  return grammaticalSubject(tree, v).flatMap((n) => denoteAll(tree, n, ctx));
}

/**
 * "Ola Vik pleaded guilty to the murder of Tom Reed", "confessed to the killing of X": who owns
 * up to an event (confessionVerbs) did it; "pleaded not guilty" is negated by its own "not".
 */
function confessed(tree: SentenceTree, e: number, ctx: Context): Ref[] {
  if (tree.caseOf(e) !== 'to') return [];
  let v = tree.parent(e);
  // "pleaded guilty to": the phrase may hang on the adjective.
  if (v >= 0 && tree.upos(v) === 'ADJ') v = tree.parent(v);
  if (v < 0 || !tree.isVerbal(v)) return [];
  if (!ctx.lex.confessionVerbs.has(verbLemma(tree, v, knownVerb(ctx.lex)))) return [];
  return clauseArgs(tree, v).subject.flatMap((n) => denoteAll(tree, n, ctx));
}

/** Whether the event noun's possessor is who it was done to ("Brand's assassination"). */
function possessorIsPatient(tree: SentenceTree, e: number, frame?: NounFrame): boolean {
  if (frame?.possessor !== 'patient') return false;
  return !tree.childrenBy(e, 'nmod').some((c) => tree.caseOf(c) === 'of');
}

interface Doers {
  refs: Ref[];
  /**
   * The doers were found as who is accused of, takes part in, serves a term for, confesses to
   * or claims the event: it is an act, never words ("took part in the attack on X" is no
   * criticism).
   */
  act: boolean;
}

function doers(
  tree: SentenceTree,
  e: number,
  ctx: Context,
  governor?: Governor,
  frame?: NounFrame,
): Doers {
  const out: Ref[] = [];
  if (!possessorIsPatient(tree, e, frame)) {
    for (const c of tree.childrenBy(e, 'nmod:poss')) out.push(...denoteAll(tree, c, ctx));
  }
  for (const c of tree.childrenBy(e, 'amod', 'compound')) {
    if (c > e || (!nameAt(tree, c) && !ctx.refs.get(c))) continue;
    // "US and EU sanctions on Iran": every name of a coordinated modifier.
    for (const k of tree.conjuncts(c)) {
      if (k > e || (!nameAt(tree, k) && !ctx.refs.get(k))) continue;
      // "a US lawsuit against Globex", "a Texas court case": a place before legal action is
      // where it is brought, not who brings it.
      const refs = denote(tree, k, ctx).filter(isActor);
      out.push(...(frame?.type === 'SUES' ? refs.filter((r) => !PLACE_TYPES.has(r.type)) : refs));
    }
  }
  for (const c of tree.childrenBy(e, 'nmod')) {
    const prep = tree.caseOf(c);
    if (prep === 'by' || frame?.doerPreps?.includes(prep)) out.push(...denoteAll(tree, c, ctx));
  }
  const stray = strayAgent(tree, e);
  if (stray >= 0) out.push(...denoteAll(tree, stray, ctx));
  if (out.length === 0 && governor) {
    const args = clauseArgs(tree, governor.verb);
    for (const a of args.agents) out.push(...denoteAll(tree, a, ctx));
  }
  if (out.length > 0) return { refs: out.filter(isActor), act: false };
  const owners = [
    accused,
    participants,
    punished,
    tried,
    confessed,
    claimants,
    travellers,
    occasionHolders,
  ];
  for (const find of owners) {
    const refs = find(tree, e, ctx).filter(isActor);
    if (refs.length > 0) return { refs, act: true };
  }
  return { refs: [], act: false };
}

/**
 * "The attack on Ola Vik by Tom Hale was condemned" parsed with "by Tom Hale" the agent of
 * "condemned": a verb's agent comes after it, so a "by" phrase hung on the verb between its
 * subject event noun and the verb belongs to the noun. The phrase, or -1.
 */
function strayAgent(tree: SentenceTree, e: number): number {
  const v = tree.parent(e);
  if (v < 0 || v < e || !tree.is(e, 'nsubj', 'nsubj:pass')) return -1;
  for (const a of tree.childrenBy(v, 'obl:agent', 'obl')) {
    if (a > e && a < v && tree.caseOf(a) === 'by') return a;
  }
  return -1;
}

/** Who did event noun `e` by its own phrase ("an attack by X", "X's bombing of the base"). */
export function eventDoers(tree: SentenceTree, e: number, ctx: Context): Ref[] {
  const frame = tree
    .nounKeys(e)
    .map((k) => ctx.lex.nouns.get(k))
    .find((f) => f !== undefined);
  return doers(tree, e, ctx, governorOf(tree, e, ctx, frame), frame).refs;
}

/**
 * "The Taliban claimed responsibility for the attack on the base", "took credit for the
 * bombing" (responsibilityNouns): the subject of the verb whose object is the responsibility
 * did the event; one who denies it did nothing.
 */
export function claimants(tree: SentenceTree, e: number, ctx: Context): Ref[] {
  const r = tree.parent(e);
  if (r < 0 || !tree.is(e, 'nmod', 'obl') || tree.caseOf(e) !== 'for') return [];
  if (!ctx.lex.responsibilityNouns.has(tree.lemma(r)) || !tree.is(r, 'obj')) return [];
  const v = tree.parent(r);
  if (v < 0 || !tree.isVerbal(v)) return [];
  // "denied responsibility for the attack" owns nothing.
  if (ctx.lex.complementVerbs.get(tree.lemma(v)) === 'negated') return [];
  return clauseArgs(tree, v).agents.flatMap((a) => denoteAll(tree, a, ctx));
}

/**
 * "Ann Holt flew to Paris for talks with Tom Reed", "visited Oslo for a meeting with Globex":
 * a meeting noun (a MEETS pair noun) that is the purpose ("for") of a verb of going somewhere
 * is held by whoever goes (the verb's actor; a verb with a VISITS frame). Not other nouns:
 * "arrived in Hollywood for a contract with X" says why, not that a deal was made.
 */
function travellers(tree: SentenceTree, e: number, ctx: Context): Ref[] {
  const v = tree.parent(e);
  if (v < 0 || !tree.is(e, 'obl') || tree.caseOf(e) !== 'for' || !tree.isVerbal(v)) return [];
  if (!tree.nounKeys(e).some((k) => ctx.lex.pairNouns.get(k) === 'MEETS')) return [];
  const frames = verbPredicate(tree, v, ctx.lex)?.frames ?? [];
  if (!frames.some((f) => f.type === 'VISITS')) return [];
  return clauseArgs(tree, v).agents.flatMap((a) => denoteAll(tree, a, ctx));
}

/** Case words of a phrase that sets a meeting or visit beside the clause as its occasion. */
const OCCASION_CASES = new Set(['after', 'following', 'during', 'before', 'ahead of', 'since']);

/**
 * "Iran agreed to suspend enrichment after talks with France", "Ann Holt spoke after a meeting
 * with Tom Reed", "During a visit to Beijing, Gordon Brown praised China": a meeting noun (a
 * MEETS pair noun) or a visit noun (a VISITS frame) with no doer of its own, set beside a clause
 * by a time word, is held by the clause's subject (its controller too: "agreed to suspend").
 */
function occasionHolders(tree: SentenceTree, e: number, ctx: Context): Ref[] {
  const v = tree.parent(e);
  if (v < 0 || !tree.is(e, 'obl') || !tree.isVerbal(v)) return [];
  if (!OCCASION_CASES.has(tree.caseOf(e))) return [];
  const keys = tree.nounKeys(e);
  const meeting = keys.some((k) => ctx.lex.pairNouns.get(k) === 'MEETS');
  const visit = keys.some((k) => ctx.lex.nouns.get(k)?.type === 'VISITS');
  if (!meeting && !visit) return [];
  return grammaticalSubject(tree, v).flatMap((a) => denoteAll(tree, a, ctx));
}

/** Distinct actors named by the names that modify noun `e` from before it. */
function namedModifiers(tree: SentenceTree, e: number, ctx: Context): Ref[] {
  const out: Ref[] = [];
  const direct = tree.childrenBy(e, 'compound', 'amod').filter((c) => c < e);
  // "Lemuria-Atlantis" is one compound headed by its last name.
  const hyphened = direct.flatMap((c) =>
    tree.childrenBy(c, 'compound').filter((k) => k < c && tree.lower(k + 1) === '-'),
  );
  for (const c of [...hyphened, ...direct]) {
    if (!nameAt(tree, c)) continue;
    for (const r of denote(tree, c, ctx).filter(isActor)) {
      if (!out.some((o) => o.mention.entityId === r.mention.entityId)) out.push(r);
    }
  }
  return out;
}

/** The other party: the noun's preposition, the light verb's, or one event noun down. */
function parties(
  tree: SentenceTree,
  e: number,
  ctx: Context,
  preps: readonly string[],
  governor?: Governor,
  frame?: NounFrame,
): Ref[] {
  const out: Ref[] = [];
  if (possessorIsPatient(tree, e, frame)) {
    for (const c of tree.childrenBy(e, 'nmod:poss')) out.push(...denoteAll(tree, c, ctx));
  }
  for (const c of tree.childrenBy(e, 'nmod', 'acl')) {
    if (!preps.includes(tree.caseOf(c))) continue;
    const refs = denoteAll(tree, c, ctx);
    if (refs.length > 0) {
      out.push(...refs);
      continue;
    }
    // "an embargo on arms exports to China"; a noun of the same relation passes up its own
    // object too: "the purchase of a stake in Initech" buys into Initech.
    const inner = tree
      .nounKeys(c)
      .map((k) => ctx.lex.nouns.get(k))
      .find((f) => f !== undefined);
    if (inner) {
      const same = frame !== undefined && inner.type === frame.type;
      for (const d of tree.childrenBy(c, 'nmod')) {
        const prep = tree.caseOf(d);
        if (DESCENT_CASES.has(prep) || (same && inner.preps.includes(prep))) {
          out.push(...denoteAll(tree, d, ctx));
        }
      }
    }
  }
  // "imposed sanctions on Iran", "denounced the Lemurian war on Atlantis": the phrase hung on
  // the verb governing the noun, when that verb has no use for it itself.
  const v = tree.parent(e);
  if (out.length === 0 && v >= 0 && tree.isVerbal(v) && tree.is(e, 'obj', 'nsubj:pass')) {
    const own = new Set((verbPredicate(tree, v, ctx.lex)?.frames ?? []).map((f) => f.prep));
    const args = clauseArgs(tree, v);
    for (const prep of preps) {
      if (own.has(prep) && !governor) continue;
      for (const n of obliques(tree, { ...args, patients: [] }, prep)) {
        out.push(...denoteAll(tree, n, ctx));
      }
    }
  }
  return out;
}

/**
 * "the decision by Lemuria and Atlantis to open a ferry route", "the efforts of both Lemuria and
 * Atlantis", "Norway and Sweden's joint plan": parties named together as who takes a course of
 * action (jointNouns) take it together.
 */
function jointAction(out: RelationCandidate[], tree: SentenceTree, ctx: Context, e: number): void {
  const nodes = [
    ...tree.childrenBy(e, 'nmod').filter((c) => /^(by|of)$/.test(tree.caseOf(c))),
    ...tree.childrenBy(e, 'nmod:poss'),
  ];
  for (const n of nodes) {
    const parties = denoteAll(tree, n, ctx).filter(isActor);
    if (parties.length >= 2) {
      pairwise(out, tree, ctx, 'COOPERATES_WITH', parties, stanceOf(tree, e, ctx), e, 0.6);
    }
  }
}

/** "a rail link between X and Y", "a bus link": a pair noun naming a physical connection. */
function physicalLink(tree: SentenceTree, e: number, ctx: Context): boolean {
  return [...tree.childrenBy(e, 'compound'), ...tree.childrenBy(e, 'amod')].some((c) =>
    ctx.lex.connectionWords.has(tree.lower(c)),
  );
}

export function eventNounRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const lex = ctx.lex;
  for (const e of tree.indices()) {
    if (!/^(NOUN|PROPN)$/.test(tree.upos(e)) || nameAt(tree, e)) continue;
    const lemma = tree.lemma(e);
    const keys = tree.nounKeys(e);
    const key = keys.find((k) => lex.nouns.has(k) || lex.pairNouns.has(k)) ?? lemma;
    const frame: NounFrame | undefined = lex.nouns.get(key);
    const pairType = physicalLink(tree, e, ctx) ? undefined : lex.pairNouns.get(key);
    if (keys.some((k) => lex.jointNouns.has(k))) {
      jointAction(out, tree, ctx, e);
      continue;
    }
    if (!frame && !pairType) continue;
    const governor = governorOf(tree, e, ctx, frame);
    const stance = stanceOf(tree, e, ctx);
    if (governor?.negating || failed(tree, e, ctx, [frame?.type, pairType])) {
      stance.modality = combine(stance.modality, 'negated');
    }
    const { refs: subjects, act } = doers(tree, e, ctx, governor, frame);

    if (pairType) {
      const between = tree
        .childrenBy(e, 'nmod')
        .filter((c) => /^(between|among|of)$/.test(tree.caseOf(c)))
        .flatMap((c) => denoteAll(tree, c, ctx))
        .filter(isActor);
      if (between.length >= 2) {
        pairwise(out, tree, ctx, pairType, between, stance, e, 0.75);
        continue;
      }
      // "the Lemuria-Atlantis talks", "the US-Japan alliance": two names modifying the noun.
      const modifiers = namedModifiers(tree, e, ctx);
      if (modifiers.length >= 2) {
        pairwise(out, tree, ctx, pairType, modifiers, stance, e, 0.7);
        continue;
      }
      const withs = parties(tree, e, ctx, ['with'], governor).filter(isActor);
      if (withs.length > 0 && subjects.length > 0) {
        emit(out, tree, ctx, {
          type: pairType,
          subjects,
          objects: withs,
          confidence: 0.7,
          stance,
          trigger: e,
          key: lemma,
        });
        continue;
      }
      // "Rohan and Gondor have renewed ties", "X, Y and Z signed a deal".
      if (withs.length === 0 && subjects.length >= 2 && governor) {
        pairwise(out, tree, ctx, pairType, subjects, stance, e, 0.65);
        continue;
      }
    }
    if (!frame || subjects.length === 0) continue;
    const objects = parties(tree, e, ctx, frame.preps, governor, frame);
    if (objects.length === 0) continue;
    const n = emit(out, tree, ctx, {
      type: frame.type,
      subjects,
      objects,
      confidence: governor ? 0.65 : 0.7,
      stance,
      trigger: e,
      // An act's sense does not turn on the word: no criticism reading of "attack".
      ...(act ? {} : { key: lemma }),
    });
    if (n > 0 && governor) threatOf(out, tree, ctx, governor.verb, frame.type, objects);
  }
  return out;
}
