/**
 * A quoted source's organisation, read from the words right after the source's name, whatever
 * the parse made of them: business and political news quotes analysts, economists and officials
 * as '"…," said Kari Lund of Globex Securities', "said Ola Dahl at Initech", "Tom Reed, from the
 * Farmers Union, told reporters", "said Ann Holt, an analyst at brokers Hooli", "said Per Aune,
 * Globex's chief executive", "said Eva Berg, Initech senior vice president". The parse often
 * takes the inverted source for a compound of the organisation ("said Kari Lund of Globex Bank":
 * Bank the subject), so the role and of-phrase passes miss them.
 *
 * Only a source: the name right after a verb of saying ("said", "says", "added", "according to")
 * or the phrase followed by one ("Tom Reed of Globex said"). Only a whole phrase: after the
 * organisation's name the phrase ends (a stop, comma, bracket, dash, quote, "in", "on", "who",
 * "which" or the verb of saying), so "said Kari Lund of Globex's rival Initech" and "of the
 * decision by Globex" give nothing. The relation is the role's (`roles` of the lexicon: "chief
 * executive" LEADER_OF, "spokesman" SPOKESPERSON_OF), else MEMBER_OF ("an analyst at", "of",
 * "at", "from"). Read after the other passes of the sentence: a person they already relate to an
 * organisation there is left to them (`found`). Confidence 0.6.
 */
import type { RelationType } from '@kg/schema';
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { denote, entityType, nameAt } from '../arguments.js';
import type { Context } from '../arguments.js';
import { gazetteerClass } from '../countries.js';
import { emit } from '../emit.js';
import type { SentenceTree } from '../tree.js';

/** Forms of the verbs of saying that introduce or follow a quoted source. */
const SPEECH = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'explained',
  'explains',
  'warned',
  'warns',
  'argued',
  'argues',
  'noted',
  'notes',
  'wrote',
  'writes',
  'commented',
  'predicted',
  'predicts',
  'insisted',
  'stressed',
  'believes',
  'reckons',
  'suggested',
  'suggests',
  'cautioned',
]);
/** Prepositions that tie a source to the body they speak from. */
const TIES = new Set(['of', 'at', 'from', 'with', 'for']);
/** Prepositions a source's name takes right after it, with no role between ("Kari Lund of"). */
const BARE_TIES = new Set(['of', 'at', 'from']);
/** Words that end the phrase after the organisation's name. */
const ENDS = new Set([
  '.',
  ',',
  ')',
  '(',
  '-',
  '\u2013',
  '\u2014',
  ':',
  ';',
  '"',
  '\u201d',
  "'",
  'in',
  'on',
  'who',
  'which',
  'and',
]);
const ROLE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** A descriptor before the organisation's name: "brokers", "IT firm", "fund manager". */
const DESCRIPTOR = /^(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,4})$/u;
const MAX_ROLE_WORDS = 5;
const MAX_DESCRIPTOR_WORDS = 3;
const ROLE_TYPES = new Set<RelationType>(['LEADER_OF', 'MEMBER_OF', 'SPOKESPERSON_OF']);
const ORG_TYPES = new Set(['ORG']);

interface Tie {
  org: MentionSpan;
  type: RelationType;
  trigger: number;
  /** First token after the phrase. */
  end: number;
}

export function sourceAffiliationRelations(
  tree: SentenceTree,
  ctx: Context,
  found: readonly RelationCandidate[],
): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const i of tree.indices()) {
    const person = nameAt(tree, i);
    if (!person || person.firstToken !== i || entityType(tree, person) !== 'PERSON') continue;
    if (relatedToBody(tree, found, person)) continue;
    const tie = tieAfter(tree, ctx, person.lastToken);
    if (!tie || !(speechBefore(tree, i) || speechAt(tree, tie.end))) continue;
    emit(out, tree, ctx, {
      type: tie.type,
      subjects: denote(tree, tree.headOfSpan(person), ctx),
      objects: denote(tree, tree.headOfSpan(tie.org), ctx),
      confidence: 0.6,
      stance: { modality: 'asserted' },
      trigger: tie.trigger,
      // The words say the name after "at" is a body, whatever type a guess gave it.
      ...(ORG_TYPES.has(entityType(tree, tie.org)) ? {} : { argumentClasses: ['actor', 'any'] }),
    });
  }
  return out;
}

/** Whether the other passes relate the person to an organisation in this sentence. */
function relatedToBody(
  tree: SentenceTree,
  found: readonly RelationCandidate[],
  person: MentionSpan,
): boolean {
  const entities = tree.analysis.entities;
  return found.some(
    (c) =>
      c.sentence === tree.sentence.i &&
      c.subject === person.entityId &&
      ORG_TYPES.has(entities.get(c.object)?.type ?? ''),
  );
}

/** "said Kari Lund", "says Kari Lund", "according to Kari Lund". */
function speechBefore(tree: SentenceTree, i: number): boolean {
  const k = i - 1;
  if (!tree.contains(k)) return false;
  if (SPEECH.has(tree.lower(k))) return true;
  return tree.lower(k) === 'to' && tree.contains(k - 1) && tree.lower(k - 1) === 'according';
}

/** "…, said", "… told", ", …, says": a verb of saying right after the phrase (past a comma). */
function speechAt(tree: SentenceTree, k: number): boolean {
  const at = tree.contains(k) && tree.lower(k) === ',' ? k + 1 : k;
  return tree.contains(at) && SPEECH.has(tree.lower(at));
}

/**
 * The organisation tied to the name ending before token `k`: "of / at / from ORG", ", a ROLE
 * at / of / with / for ORG", ", ORG's ROLE", ", ORG ROLE" (a role the lexicon knows).
 */
function tieAfter(tree: SentenceTree, ctx: Context, k: number): Tie | undefined {
  if (!tree.contains(k)) return undefined;
  if (BARE_TIES.has(tree.lower(k))) return bodyAfter(tree, k + 1, 'MEMBER_OF', k);
  if (tree.lower(k) !== ',') return undefined;
  let j = k + 1;
  if (tree.contains(j) && /^(a|an|the)$/.test(tree.lower(j))) j++;
  if (!tree.contains(j)) return undefined;
  // ", Globex's chief executive", ", Globex senior vice president".
  const owner = nameAt(tree, j);
  if (owner && owner.firstToken === j) {
    if (!ORG_TYPES.has(entityType(tree, owner))) return undefined;
    let r = owner.lastToken;
    const possessive = tree.contains(r) && /^['\u2019]s?$/.test(tree.token(r).text);
    if (possessive) r++;
    const role = roleWords(tree, ctx, r);
    if (role.end === r || !phraseEnds(tree, role.end)) return undefined;
    const type = roleType(ctx, tree, r, role.end);
    // Without a possessive only a role the lexicon knows: ", Globex shares fell" is no role.
    if (!type || (!possessive && !role.known)) return undefined;
    return { org: owner, type, trigger: r, end: role.end };
  }
  // ", an analyst at brokers Hooli", ", president of the Merchants Chamber".
  const role = roleWords(tree, ctx, j);
  if (role.end === j || !tree.contains(role.end) || !TIES.has(tree.lower(role.end))) {
    // ", from the Farmers Union,", ", at Lembank Treasury Services."
    return BARE_TIES.has(tree.lower(j)) && j === k + 1
      ? bodyAfter(tree, j + 1, 'MEMBER_OF', j)
      : undefined;
  }
  const type = roleType(ctx, tree, j, role.end) ?? 'MEMBER_OF';
  return bodyAfter(tree, role.end + 1, type, j);
}

/**
 * The organisation named from token `j` on, past an article and a few descriptor words
 * ("brokers", "IT firm"), when the phrase ends right after it.
 */
function bodyAfter(
  tree: SentenceTree,
  j: number,
  type: RelationType,
  trigger: number,
): Tie | undefined {
  let at = j;
  if (tree.contains(at) && tree.lower(at) === 'the') at++;
  for (let d = 0; d <= MAX_DESCRIPTOR_WORDS && tree.contains(at); d++) {
    const m = nameAt(tree, at);
    if (m && m.firstToken === at) {
      if (!bodyNamed(tree, m, tree.lower(j - 1)) || !phraseEnds(tree, m.lastToken))
        return undefined;
      return { org: m, type, trigger, end: m.lastToken };
    }
    const word = tree.token(at).text;
    if (!DESCRIPTOR.test(word) || TIES.has(word) || tree.upos(at) === 'ADP') return undefined;
    if (tree.upos(at) === 'VERB' || tree.upos(at) === 'AUX') return undefined;
    at++;
  }
  return undefined;
}

/** Types a body after "at" may have been given by mistake ("at Nordbank" read as a place). */
const MISTYPED_AT = new Set(['PERSON', 'GPE']);

/**
 * Whether the name `m` after the tie word `tie` is the source's body: an organisation, or after
 * "at" any name that is no place the gazetteer knows ("said Ingrid Voss at Nordbank", "an analyst
 * at Merrill Lynch", typed a place or a person by a guess): a source speaks at a place as "in" it,
 * and no one works "at" a person.
 */
function bodyNamed(tree: SentenceTree, m: MentionSpan, tie: string): boolean {
  const type = entityType(tree, m);
  if (ORG_TYPES.has(type)) return true;
  if (tie !== 'at' || m.kind !== 'name' || !MISTYPED_AT.has(type)) return false;
  return gazetteerClass(tree.analysis.tokens, m) === undefined;
}

/** Lower-case role words from token `j`: where they end, and whether the lexicon knows them. */
function roleWords(tree: SentenceTree, ctx: Context, j: number): { end: number; known: boolean } {
  let end = j;
  while (
    end - j < MAX_ROLE_WORDS &&
    tree.contains(end) &&
    ROLE_WORD.test(tree.token(end).text) &&
    !TIES.has(tree.lower(end)) &&
    !ENDS.has(tree.lower(end)) &&
    tree.upos(end) !== 'VERB' &&
    tree.upos(end) !== 'AUX'
  ) {
    end++;
  }
  return { end, known: end > j && knownRole(ctx, tree, j, end) !== undefined };
}

/** The longest known role ending the words [from, to): "senior vice president" → "vice president". */
function knownRole(
  ctx: Context,
  tree: SentenceTree,
  from: number,
  to: number,
): RelationType | undefined {
  const roles = ctx.lex.roles;
  for (let s = from; s < to; s++) {
    const key = [];
    for (let k = s; k < to; k++) key.push(tree.lower(k));
    const type = roles.get(key.join(' ')) ?? roles.get(key.join(' ').replace(/ - /g, '-'));
    if (type) return type;
  }
  return undefined;
}

/** The relation of the role words [from, to): the lexicon's, else MEMBER_OF for a job noun. */
function roleType(
  ctx: Context,
  tree: SentenceTree,
  from: number,
  to: number,
): RelationType | undefined {
  if (to <= from) return undefined;
  const known = knownRole(ctx, tree, from, to);
  if (known) return ROLE_TYPES.has(known) ? known : undefined;
  return tree.upos(to - 1) === 'NOUN' ? 'MEMBER_OF' : undefined;
}

/** Whether the phrase ends at token `k`: a stop, comma, bracket, quote, "in", "on", "who" …. */
function phraseEnds(tree: SentenceTree, k: number): boolean {
  if (!tree.contains(k)) return true;
  return ENDS.has(tree.lower(k)) || SPEECH.has(tree.lower(k)) || tree.lower(k) === 'told';
}
