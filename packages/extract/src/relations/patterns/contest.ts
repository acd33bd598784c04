/**
 * Contests between two named sides: "Chelsea beat Arsenal", "Wales lost to France", "Lemuria's
 * win over Atlantis", "the cup tie against Ashby Town" with its owner, "Arsenal v Chelsea",
 * "Blair defeated Howard in the election". Winning a match or an election is no attack and the
 * schema has no contest type: the pair becomes an open RELATED_TO relation labelled with the
 * contest word, the "other" family (issue 10).
 *
 * The sides are two teams (organisations, places or demonyms) or two persons, never one of each
 * ("Henry scored against Fulham" relates no player to the opponent). In a sports report every
 * contest word in data/noun-phrases.json (contests) counts; elsewhere only the winning verbs and
 * nouns ("defeat", "victory over") between two persons or two organisations do: "Britain
 * defeated Germany" is a war, which the verb frames read.
 */
import type { Analysis, RelationCandidate } from '../../analysis.js';
import { denoteAll, entityType, nameAt } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import { clauseArgs, obliques } from './clause.js';

const TEAM_TYPES = new Set(['ORG', 'GPE', 'NORP']);
/** Outside a sports report: an election or a party's win, not a war between states. */
const CONTESTANTS_ANYWHERE = new Set(['PERSON', 'ORG']);
/** Verbs whose object a contest noun is, whose subject is then the noun's side ("claimed a win"). */
const SIDE_FROM_VERB = ['obj'];
/** How a side may be named: by name, or by a word coreference resolved ("the club"). */
const SIDE_VIA = new Set<Ref['via']>(['name', 'coref', 'descriptor']);
/** A result: "19-12", "2-1". */
const SCORE = /^\d{1,3}-\d{1,3}$/;

export function contestRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  // A sports report of contests: more sports words than the other passes ask, one of them a word
  // only sport uses; "played for the title" by "players" of video games is no match.
  if (ctx.sport && !sportsReport(tree.analysis, ctx)) ctx = { ...ctx, sport: false };
  for (const k of tree.indices()) {
    if (tree.isVerbal(k)) contestVerb(tree, ctx, k, out);
    if ((tree.isNominal(k) || nounAsVerb(tree, k)) && !tree.mentionAt(k)) {
      contestNoun(tree, ctx, k, out);
    }
    if (ctx.sport && ctx.lex.contests.versus.has(tree.lower(k))) versus(tree, ctx, k, out);
  }
  return out;
}

/** A contest noun the parse took for a verb: "their second ever win over South Africa". */
function nounAsVerb(tree: SentenceTree, k: number): boolean {
  return tree.isVerbal(k) && tree.is(k, 'acl') && tree.childBy(k, 'nsubj', 'aux') === undefined;
}

/**
 * The nodes naming who a contest was against: a score the parse made the object takes the name
 * before it ("beat Ireland 19-12").
 */
function opponentNodes(tree: SentenceTree, nodes: readonly number[]): number[] {
  return nodes.flatMap((n) =>
    SCORE.test(tree.lower(n)) ? tree.childrenBy(n, 'compound', 'nmod', 'appos') : [n],
  );
}

const reports = new WeakMap<Analysis, boolean>();

/** Enough distinct sports cues (`contests.minCues`), one of them at least no weak cue. */
function sportsReport(analysis: Analysis, ctx: Context): boolean {
  let known = reports.get(analysis);
  if (known === undefined) {
    const sports = ctx.lex.sports;
    const seen = new Set<string>();
    let strong = false;
    for (const t of analysis.tokens) {
      const lemma = t.lemma.toLowerCase();
      const w = sports.cues.has(lemma) ? lemma : sports.cues.has(t.lower) ? t.lower : '';
      if (!w) continue;
      seen.add(w);
      if (!sports.weakCues.has(w)) strong = true;
    }
    known = strong && seen.size >= ctx.lex.contests.minCues;
    reports.set(analysis, known);
  }
  return known;
}

/** The verb's contest key: its lemma, with its particle when the table lists that ("see off"). */
function verbKey(tree: SentenceTree, v: number, ctx: Context): string | undefined {
  const verbs = ctx.lex.contests.verbs;
  const prt = tree.childBy(v, 'compound:prt');
  if (prt !== undefined) {
    const phrasal = `${tree.lemma(v)} ${tree.lower(prt)}`;
    if (verbs.has(phrasal)) return phrasal;
  }
  const lemma = tree.lemma(v);
  if (!verbs.has(lemma)) return undefined;
  return ctx.sport || ctx.lex.contests.anywhere.has(lemma) ? lemma : undefined;
}

/** "Chelsea beat Arsenal", "Wales lost to France", "played for Ireland against Samoa". */
function contestVerb(tree: SentenceTree, ctx: Context, v: number, out: RelationCandidate[]): void {
  const key = verbKey(tree, v, ctx);
  if (!key) return;
  const args = clauseArgs(tree, v);
  const preps = ctx.lex.contests.verbs.get(key) ?? [];
  const refs = (nodes: readonly number[]) => nodes.flatMap((n) => denoteAll(tree, n, ctx));
  // A passive's agent is the winner ("Arsenal were beaten by Chelsea").
  let sides = refs(args.agents);
  const opponents = refs(
    opponentNodes(tree, [...args.patients, ...preps.flatMap((p) => obliques(tree, args, p))]),
  );
  // "Brennan played for Ireland against Samoa": the side a person played for.
  if (ctx.sport && preps.length > 0) {
    const fors = refs(obliques(tree, args, 'for')).filter((r) => TEAM_TYPES.has(r.type));
    if (fors.length > 0) sides = fors;
  }
  relate(tree, ctx, sides, opponents, v, key, out);
}

/** "Ireland's win over South Africa", "Ireland claimed a win over South Africa". */
function contestNoun(tree: SentenceTree, ctx: Context, n: number, out: RelationCandidate[]): void {
  const contests = ctx.lex.contests;
  const lemma = tree.lemma(n);
  const preps = contests.nouns.get(lemma) ?? contests.nouns.get(tree.lower(n));
  if (!preps || (!ctx.sport && !contests.anywhereNouns.has(lemma))) return;
  const against = (x: number) =>
    tree.childrenBy(x, 'nmod', 'obl').filter((c) => preps.includes(tree.caseOf(c)));
  const opponents = against(n);
  // "Britain's win came against Slovenia": the phrase hung on the noun's verb.
  const governor = tree.parent(n);
  if (opponents.length === 0 && governor >= 0 && tree.is(n, 'nsubj')) {
    opponents.push(...against(governor).filter((c) => tree.is(c, 'obl')));
  }
  if (opponents.length === 0) return;
  const refs = (nodes: readonly number[]) => nodes.flatMap((x) => denoteAll(tree, x, ctx));
  // The side owns the noun, or the noun it modifies ("their second win"), or is the subject of
  // the verb whose object that noun is ("Ireland claimed a win over …").
  const noun = nounAsVerb(tree, n) ? governor : n;
  let sides = noun >= 0 ? refs(tree.childrenBy(noun, 'nmod:poss')) : [];
  const verb = noun >= 0 ? tree.parent(noun) : -1;
  // The stance is the verb's: "claimed a win" is no allegation.
  let stanceAt = n;
  if (verb >= 0 && tree.is(noun, ...SIDE_FROM_VERB) && tree.isVerbal(verb)) {
    const args = clauseArgs(tree, verb);
    if (sides.length === 0 && !args.passive) sides = refs(args.subject);
    stanceAt = verb;
  }
  const label = `${lemma} ${tree.caseOf(opponents[0] as number)}`;
  relate(tree, ctx, sides, refs(opponentNodes(tree, opponents)), n, label, out, stanceAt);
}

/** "Arsenal v Chelsea": a name, the word, a name. */
function versus(tree: SentenceTree, ctx: Context, k: number, out: RelationCandidate[]): void {
  if (!tree.contains(k - 1) || !tree.contains(k + 1)) return;
  const a = nameAt(tree, k - 1);
  const b = nameAt(tree, k + 1);
  if (!a || !b || a.lastToken !== k || b.firstToken !== k + 1) return;
  const ref = (m: typeof a): Ref => ({
    node: tree.headOfSpan(m),
    mention: m,
    type: entityType(tree, m),
    via: 'name',
  });
  relate(tree, ctx, [ref(a)], [ref(b)], k, 'v', out);
}

/** Two sides of one kind: teams with teams, persons with persons. */
function relate(
  tree: SentenceTree,
  ctx: Context,
  sides: readonly Ref[],
  opponents: readonly Ref[],
  trigger: number,
  label: string,
  out: RelationCandidate[],
  stanceAt = trigger,
): void {
  const kind = (r: Ref) => {
    // "the Portuguese side saw off Feyenoord": a club, not the country its demonym names.
    if (!SIDE_VIA.has(r.via)) return undefined;
    if (!ctx.sport && !CONTESTANTS_ANYWHERE.has(r.type)) return undefined;
    if (r.type === 'PERSON') return 'person';
    return TEAM_TYPES.has(r.type) ? 'team' : undefined;
  };
  for (const s of sides) {
    const side = kind(s);
    const match = opponents.filter((o) => side !== undefined && kind(o) === side);
    if (match.length === 0) continue;
    emit(out, tree, ctx, {
      type: 'RELATED_TO',
      subjects: [s],
      objects: match,
      confidence: 0.5,
      stance: stanceOf(tree, stanceAt, ctx),
      trigger,
      label,
      argumentClasses: ['any', 'any'],
    });
  }
}
