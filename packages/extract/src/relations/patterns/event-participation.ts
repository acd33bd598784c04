/**
 * Who takes part in a named event: a person or a body that does something *at* or *in* an event
 * the entities stage named ("Kari Lund won the 1,500m at the Lemurian Games", "Tom Reed will
 * compete in the Bergen Marathon", "the film won top honours at the Tarnby Film Festival"), that
 * wins, attends, enters or hosts it ("Dunmore won the Norland Cup", "Ashby hosts the Fjord Open"),
 * or owns a noun of taking part there ("her gold at the Lemurian Games", "his appearance at the
 * Tarnby Festival"). The schema has no type for taking part, so the pair is RELATED_TO labelled
 * with what the words say: *at* / *in* for a phrase, the verb for an object ("won", "hosts").
 *
 * The participant is the subject of the clause (the antecedent of a relative clause, coordinated
 * subjects), or the possessor of the noun of taking part, or the subject of the verb whose object
 * that noun is ("won gold at …"); a person, an organisation, or in a sports report a country or
 * town (a side). Not a passive's subject ("was arrested at the Bergen Festival" takes part in
 * nothing the clause says), nor a verb of saying's ("said at the Tarnby Summit" is taking part,
 * but the quote may be about it: left alone). Stance from the verb; confidence 0.5.
 */
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { denote, entityType } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import { grammaticalSubject } from './clause.js';

/** Verbs whose object event their subject takes part in (or hosts), by lemma. */
const OBJECT_VERBS = new Set([
  'win',
  'attend',
  'enter',
  'host',
  'contest',
  'boycott',
  'skip',
  'miss',
  'join',
  'headline',
  'open',
  'close',
]);
/** wink lemmas that keep the inflected form. */
const VERB_FORMS = new Map([
  ['won', 'win'],
  ['winning', 'win'],
  ['hosted', 'host'],
  ['hosting', 'host'],
  ['headlined', 'headline'],
]);
/** Verbs whose subject takes part in nothing the "at" phrase names. */
const NOT_TAKING_PART = new Set([
  'say',
  'tell',
  'announce',
  'report',
  'arrest',
  'detain',
  'ban',
  'bar',
  'die',
  'kill',
]);
/** Nouns of taking part whose owner, or whose verb's subject, was at the event. */
const PART_NOUNS = new Set([
  'gold',
  'silver',
  'bronze',
  'medal',
  'title',
  'win',
  'victory',
  'appearance',
  'debut',
  'performance',
  'prize',
  'award',
  'honours',
  'crown',
  'place',
  'record',
]);
const PREPOSITIONS = new Set(['at', 'in']);
/** A work or a product takes part too: "Sea Fog won top honours at the Tarnby Film Festival". */
const SIDE_TYPES = new Set(['PERSON', 'ORG', 'PRODUCT']);
const SPORT_SIDE_TYPES = new Set(['PERSON', 'ORG', 'GPE']);

export function eventParticipationRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const m of tree.mentions) {
    if (m.kind !== 'name' || entityType(tree, m) !== 'EVENT') continue;
    const found = participants(tree, ctx, m);
    if (!found) continue;
    const types = ctx.sport ? SPORT_SIDE_TYPES : SIDE_TYPES;
    emit(out, tree, ctx, {
      type: 'RELATED_TO',
      subjects: found.refs.filter((r) => types.has(r.type)),
      objects: denote(tree, tree.headOfSpan(m), ctx),
      confidence: 0.5,
      stance: stanceOf(tree, found.verb, ctx),
      trigger: found.verb,
      label: found.label,
      // The participant's types are checked above (a work takes part in a festival too).
      argumentClasses: ['any', 'any'],
    });
  }
  return out;
}

interface Participants {
  refs: Ref[];
  /** The verb whose markers give the stance. */
  verb: number;
  label: string;
}

function lemmaOf(tree: SentenceTree, v: number): string {
  return VERB_FORMS.get(tree.lower(v)) ?? tree.lemma(v);
}

/** Who takes part in the event named by `m`, from the clause it stands in. */
function participants(tree: SentenceTree, ctx: Context, m: MentionSpan): Participants | undefined {
  const h = tree.headOfSpan(m);
  const p = tree.parent(h);
  if (p < 0) return undefined;
  // "Dunmore won the Norland Cup", "Ashby hosts the Fjord Open".
  if (tree.is(h, 'obj') && tree.isVerbal(p)) {
    const lemma = lemmaOf(tree, p);
    if (!OBJECT_VERBS.has(lemma)) return undefined;
    return clauseDoers(tree, ctx, p, lemma === 'win' ? 'won' : lemma);
  }
  const prep = tree.caseOf(h);
  if (!PREPOSITIONS.has(prep) || !tree.is(h, 'obl', 'nmod')) return undefined;
  if (tree.isVerbal(p)) return clauseDoers(tree, ctx, p, prep);
  // "her gold at the Lemurian Games", "won gold at …", "his appearance at the Tarnby Festival".
  if (tree.upos(p) !== 'NOUN' || !PART_NOUNS.has(tree.lemma(p))) return undefined;
  const owners = tree.childrenBy(p, 'nmod:poss');
  if (owners.length > 0) {
    const v = tree.parent(p);
    return { refs: refsOf(tree, ctx, owners), verb: v >= 0 ? v : p, label: prep };
  }
  const v = tree.parent(p);
  if (v >= 0 && tree.is(p, 'obj') && tree.isVerbal(v)) return clauseDoers(tree, ctx, v, prep);
  return undefined;
}

/** The subjects of the active verb `v` (relative antecedents, conjuncts), labelled `label`. */
function clauseDoers(
  tree: SentenceTree,
  ctx: Context,
  v: number,
  label: string,
): Participants | undefined {
  if (tree.childBy(v, 'nsubj:pass', 'aux:pass') !== undefined) return undefined;
  if (NOT_TAKING_PART.has(lemmaOf(tree, v))) return undefined;
  let subjects = grammaticalSubject(tree, v);
  if (subjects.length === 0 && tree.is(v, 'acl:relcl')) subjects = [tree.parent(v)];
  if (subjects.length === 0) return undefined;
  return { refs: refsOf(tree, ctx, subjects), verb: v, label };
}

function refsOf(tree: SentenceTree, ctx: Context, nodes: number[]): Ref[] {
  return nodes.flatMap((s) => [s, ...tree.conjuncts(s)]).flatMap((s) => denote(tree, s, ctx));
}
