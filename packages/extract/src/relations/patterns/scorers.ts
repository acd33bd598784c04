/**
 * Scorers and their side in a sports report (MEMBER_OF, issue 10): a scoring noun
 * (`scoringNouns` in data/scoring.json: goal, try, penalty, header …) says whose points they
 * were ("goals from Ann Holt and Ola Vik", "a drop goal by Tom Reed", "Tom Reed's header"), and
 * the clause says which side they counted for:
 *
 * - the scoring noun is the subject of a verb of giving (`givingVerbs`) whose object, or "for"
 *   phrase, is the side: "Goals from Holt and Vik gave Dunmore a scrappy victory", "Reed's
 *   header earned Kelby a point", "a penalty by Holt sealed victory for Dunmore";
 * - the scoring noun is a "with" phrase (`withCases`) of a clause whose subject is the side:
 *   "Kelby had led 20-6 with tries from Holt and Vik"; not a clause of losing (`losingVerbs`:
 *   "Kelby lost with tries from Holt" names the winners' scorers as often).
 *
 * An own goal (`ownWords`) counts for the other side and is skipped. Scorers are persons; sides
 * are organisations or places (a national side). Sports reports only; confidence 0.55.
 */
import type { RelationCandidate } from '../../analysis.js';
import { denoteAll, nameAt } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import { clauseArgs } from './clause.js';
import { readData } from '../../lexicon.js';

interface ScoringData {
  scoringNouns: string[];
  givingVerbs: string[];
  withCases: string[];
  losingVerbs: string[];
  ownWords: string[];
}

interface Scoring {
  nouns: ReadonlySet<string>;
  giving: ReadonlySet<string>;
  withCases: ReadonlySet<string>;
  losing: ReadonlySet<string>;
  own: ReadonlySet<string>;
}

let loaded: Scoring | undefined;

function scoring(): Scoring {
  if (!loaded) {
    const d = readData<ScoringData>('scoring.json');
    loaded = {
      nouns: new Set(d.scoringNouns),
      giving: new Set(d.givingVerbs),
      withCases: new Set(d.withCases),
      losing: new Set(d.losingVerbs),
      own: new Set(d.ownWords),
    };
  }
  return loaded;
}

const SIDE_TYPES = new Set(['ORG', 'GPE']);
/** Cases of the names a scoring noun credits ("a try from Holt", "a drop goal by Reed"). */
const SCORER_CASES = new Set(['from', 'by']);
/** Labels under which a giving verb names the side it hands something to. */
const SIDE_OBJECTS = ['iobj', 'obj'];
const CONFIDENCE = 0.55;

export function scorerRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  if (!ctx.sport) return [];
  const lex = scoring();
  const out: RelationCandidate[] = [];
  for (const n of tree.indices()) {
    if (!tree.isNominal(n) || tree.mentionAt(n)) continue;
    if (!tree.nounKeys(n).some((k) => lex.nouns.has(k))) continue;
    if (tree.childrenBy(n, 'amod', 'compound').some((c) => lex.own.has(tree.lower(c)))) continue;
    const scorers = scorersOf(tree, n, ctx);
    if (scorers.length === 0) continue;
    const found = sideOf(tree, n, ctx, lex);
    if (!found) continue;
    const players = new Set(scorers.map((r) => r.mention.entityId));
    const sides = found.sides.filter((r) => !players.has(r.mention.entityId));
    if (sides.length === 0) continue;
    emit(out, tree, ctx, {
      type: 'MEMBER_OF',
      subjects: scorers,
      objects: sides,
      confidence: CONFIDENCE,
      stance: stanceOf(tree, found.verb, ctx),
      trigger: n,
    });
  }
  return out;
}

/** The persons the scoring noun at `n` credits: its "from / by" names and its possessor. */
function scorersOf(tree: SentenceTree, n: number, ctx: Context): Ref[] {
  const named = [
    ...tree.childrenBy(n, 'nmod').filter((c) => SCORER_CASES.has(tree.caseOf(c))),
    ...tree.childrenBy(n, 'nmod:poss'),
  ];
  // "A penalty from Ola Brandt gave …" may come out with "from" and the name hung from the verb:
  // the name right after the noun and its case word is still the noun's.
  const right = tree.contains(n + 2) ? nameAt(tree, n + 2) : undefined;
  if (named.length === 0 && SCORER_CASES.has(tree.lower(n + 1)) && right?.firstToken === n + 2) {
    named.push(tree.headOfSpan(right));
  }
  return named.flatMap((c) => denoteAll(tree, c, ctx)).filter((r) => r.type === 'PERSON');
}

/** The side the points of the scoring noun at `n` counted for, with the verb that says so. */
function sideOf(
  tree: SentenceTree,
  n: number,
  ctx: Context,
  lex: Scoring,
): { sides: Ref[]; verb: number } | undefined {
  const sides = (nodes: readonly number[]) =>
    nodes.flatMap((x) => denoteAll(tree, x, ctx)).filter((r) => SIDE_TYPES.has(r.type));
  // "Goals from Holt and a penalty from Vik gave …": a conjunct shares the first noun's clause.
  const noun = tree.is(n, 'conj') && tree.isNominal(tree.parent(n)) ? tree.parent(n) : n;
  const v = tree.parent(noun);
  if (v < 0) return undefined;
  // "Goals from Holt gave Dunmore victory", "a penalty by Vik sealed victory for Kelby".
  if (tree.is(noun, 'nsubj') && tree.isVerbal(v) && lex.giving.has(tree.lemma(v))) {
    const objects = [
      ...tree.childrenBy(v, ...SIDE_OBJECTS),
      ...tree.childrenBy(v, 'obl').filter((c) => tree.caseOf(c) === 'for'),
    ];
    const found = sides(objects);
    return found.length > 0 ? { sides: found, verb: v } : undefined;
  }
  // "Kelby led 20-6 with tries from Holt", "took charge with scores from …" (the phrase may hang
  // from the verb's object).
  if (!lex.withCases.has(tree.caseOf(noun))) return undefined;
  const verb = tree.isVerbal(v) ? v : tree.is(v, 'obj', 'obl') ? tree.parent(v) : -1;
  if (verb < 0 || !tree.isVerbal(verb) || lex.losing.has(tree.lemma(verb))) return undefined;
  const args = clauseArgs(tree, verb);
  if (args.passive) return undefined;
  const found = sides(args.subject);
  return found.length > 0 ? { sides: found, verb } : undefined;
}
