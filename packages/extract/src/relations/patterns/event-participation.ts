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
/**
 * Nouns right after an event's name that say one took part in it ("her Lemurian Open win", "won
 * the Fjord Open title", "five Velmora Award nominations"), read along the words: the parse often
 * takes "win" after a name for a verb.
 */
const NAMED_PART_NOUNS = new Set([
  'win',
  'wins',
  'victory',
  'triumph',
  'triumphs',
  'title',
  'titles',
  'crown',
  'trophy',
  'medal',
  'medals',
  'gold',
  'nomination',
  'nominations',
  'debut',
  'appearance',
]);
/**
 * Nouns for one who won or was nominated in an event, after its name ("Lemurian Open champion Tom
 * Reed", "Fjord Cup winners Dunmore") or before "of" and its name ("the winner of the Halvard
 * Prize").
 */
const HOLDER_NOUNS = new Set([
  'champion',
  'champions',
  'winner',
  'winners',
  'nominee',
  'nominees',
  'medallist',
  'medallists',
  'finalist',
  'finalists',
]);
/** Verbs whose object noun of taking part their subject holds: "won the Fjord Open title". */
const HOLDING_VERBS = new Set([
  'win',
  'claim',
  'take',
  'add',
  'retain',
  'defend',
  'lift',
  'clinch',
  'secure',
  'earn',
  'pick',
  'collect',
  'receive',
  'land',
  'scoop',
  'lose',
]);
/** Words between a possessive and the event's name: "Dunmore's 2-1 Norland Cup win". */
const SCORE_OR_MODIFIER = /^(?:[\d-]+|[\p{Ll}-]+)$/u;
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
  const named = namedPartNoun(tree, ctx, m);
  if (named) return named;
  const h = tree.headOfSpan(m);
  const p = tree.parent(h);
  if (p < 0) return undefined;
  // "The Halvard Prize was won by Ola Dahl".
  if (tree.is(h, 'nsubj:pass') && tree.isVerbal(p) && lemmaOf(tree, p) === 'win') {
    const agents = tree.childrenBy(p, 'obl:agent', 'obl').filter((c) => tree.caseOf(c) === 'by');
    return agents.length > 0
      ? { refs: refsOf(tree, ctx, agents), verb: p, label: 'won' }
      : undefined;
  }
  // "Dunmore won the Norland Cup", "Ashby hosts the Fjord Open".
  if (tree.is(h, 'obj') && tree.isVerbal(p)) {
    const lemma = lemmaOf(tree, p);
    if (!OBJECT_VERBS.has(lemma)) return undefined;
    return clauseDoers(tree, ctx, p, lemma === 'win' ? 'won' : lemma);
  }
  const prep = tree.caseOf(h);
  // "the winner of the Halvard Prize".
  if (prep === 'of' && tree.is(h, 'nmod') && HOLDER_NOUNS.has(tree.token(p).text)) {
    return holders(tree, ctx, p);
  }
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

/**
 * Who holds the noun of taking part right after the event's name: the owner before the name
 * ("her Lemurian Open win", "Dunmore's 2-1 Norland Cup win", over a score and lower-case words),
 * or the subject of a verb of winning or holding whose object the noun is ("won the Fjord Open
 * title", "added the Norland Championship trophy"), labelled with the noun.
 */
function namedPartNoun(tree: SentenceTree, ctx: Context, m: MentionSpan): Participants | undefined {
  const n = m.lastToken;
  if (tree.contains(n) && HOLDER_NOUNS.has(tree.token(n).text)) return holders(tree, ctx, n);
  if (!tree.contains(n) || !NAMED_PART_NOUNS.has(tree.token(n).text)) return undefined;
  const label = tree.token(n).text;
  let k = m.firstToken - 1;
  while (tree.contains(k) && k > m.firstToken - 4 && SCORE_OR_MODIFIER.test(tree.token(k).text)) {
    if (
      POSSESSIVE_OWNERS.has(tree.lower(k)) ||
      /^(?:a|an|the|and|or|of|to|for)$/.test(tree.lower(k))
    )
      break;
    k--;
  }
  if (tree.contains(k)) {
    const text = tree.token(k).text;
    if (POSSESSIVE_OWNERS.has(tree.lower(k))) return { refs: denote(tree, k, ctx), verb: n, label };
    if (/^['\u2019]s?$/.test(text) && tree.contains(k - 1)) {
      const owner = tree.mentionAt(k - 1);
      if (owner && owner.lastToken === k && owner.kind !== 'pronoun') {
        return { refs: denote(tree, tree.headOfSpan(owner), ctx), verb: n, label };
      }
    }
  }
  const v = tree.parent(n);
  if (v < 0 || !tree.is(n, 'obj') || !tree.isVerbal(v)) return undefined;
  if (!HOLDING_VERBS.has(lemmaOf(tree, v))) return undefined;
  // "Tom Reed beat Ola Dahl to win the Fjord Open title": the infinitive of purpose is done by
  // the subject of the verb it hangs on, not by that verb's object.
  const g = tree.parent(v);
  const ownSubject = tree.children(v).some((c) => tree.is(c, 'nsubj', 'nsubj:pass'));
  if (!ownSubject && g >= 0 && tree.is(v, 'xcomp', 'advcl') && tree.isVerbal(g)) {
    const to = tree.childrenBy(v, 'mark').some((c) => tree.lower(c) === 'to');
    if (to) return clauseDoers(tree, ctx, g, label);
  }
  return clauseDoers(tree, ctx, v, label);
}

const POSSESSIVE_OWNERS = new Set(['his', 'her', 'their', 'its']);

/**
 * Who the holder noun at `n` names: the name right after it ("Lemurian Open champion Tom Reed"),
 * the name it is in apposition with ("Eva Moss, the Lemurian Open champion,"), or the subject it
 * is said of ("Eva Moss is the Lemurian Open champion", "A and B were named the winners of …").
 */
function holders(tree: SentenceTree, ctx: Context, n: number): Participants | undefined {
  const label = tree.token(n).text;
  const after = tree.contains(n + 1) ? tree.mentionAt(n + 1) : undefined;
  if (after && after.firstToken === n + 1 && after.kind === 'name') {
    return { refs: refsOf(tree, ctx, [tree.headOfSpan(after)]), verb: n, label };
  }
  // The noun phrase's head: the holder noun itself, or the noun it modifies.
  const head = tree.is(n, 'compound') ? tree.parent(n) : n;
  if (head < 0 || (head !== n && !HOLDER_NOUNS.has(tree.token(head).text))) return undefined;
  const p = tree.parent(head);
  if (tree.is(head, 'appos') && p >= 0 && tree.mentionAt(p)) {
    return { refs: refsOf(tree, ctx, [p]), verb: head, label };
  }
  const subjects = tree.childrenBy(head, 'nsubj', 'nsubj:pass');
  if (subjects.length > 0 && tree.childBy(head, 'cop') !== undefined) {
    return { refs: refsOf(tree, ctx, subjects), verb: head, label };
  }
  // "A and B were named the winners of …": the passive subject of a verb of naming.
  if (p >= 0 && tree.is(head, 'xcomp', 'obj') && tree.isVerbal(p)) {
    const named = tree.childrenBy(p, 'nsubj:pass');
    if (named.length > 0 && NAMING_VERBS.has(lemmaOf(tree, p))) {
      return { refs: refsOf(tree, ctx, named), verb: p, label };
    }
  }
  return undefined;
}

const NAMING_VERBS = new Set(['name', 'crown', 'declare', 'announce', 'confirm']);

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
