/**
 * Coordination. Arguments are widened to all their conjuncts where they are read (see
 * `denoteAll`); this pass adds what coordination itself says: coordinated subjects of a
 * symmetric predicate with no other party relate to each other ("China and Brazil held talks",
 * "Peru, Chile and Bolivia agreed to boost cooperation"), and a noun-phrase relation of one name
 * of a list holds for every name of it ("Spain's Rafael Nadal and Carlos Moya").
 */
import type { RelationType } from '@kg/schema';
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { entityType, nameAt } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import type { Stance } from '../modality.js';
import type { SentenceTree } from '../tree.js';

/** Every pair of `parties` (in order) as a symmetric relation; returns how many were added. */
export function pairwise(
  out: RelationCandidate[],
  tree: SentenceTree,
  ctx: Context,
  type: RelationType,
  parties: readonly Ref[],
  stance: Stance,
  trigger: number,
  confidence: number,
): number {
  let added = 0;
  parties.forEach((first, n) => {
    added += emit(out, tree, ctx, {
      type,
      subjects: [first],
      objects: parties.slice(n + 1),
      confidence,
      stance,
      trigger,
    });
  });
  return added;
}

const CONJUNCTIONS = new Set(['and', 'or', '&']);
/** "Microsoft's Xbox and PlayStation": a possessor of one product is not the maker of the next. */
const THINGS = new Set(['PRODUCT', 'WEAPON']);

/**
 * A noun-phrase relation found for one name of a bare list is shared by the other names of the
 * list ("Spain's Rafael Nadal and Carlos Moya", "Greek sprinters A and B", "A and B of Acme"):
 * the modifier that relates the first name stands outside the list, so it scopes over all of
 * it. Only lists of names of one type joined by nothing but commas and "and"/"or" qualify; a
 * member with words of its own ("Foreign Secretary A, Aid minister B") has its own modifier.
 */
export function conjunctRelations(
  tree: SentenceTree,
  found: readonly RelationCandidate[],
): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const mentions = tree.analysis.mentions;
  // A member with a relation of its own has its own modifier ("American A and B of Portugal").
  const own = new Set<number>();
  for (const c of found) {
    if (c.subjectMention !== undefined) own.add(c.subjectMention);
    if (c.objectMention !== undefined) own.add(c.objectMention);
  }
  for (const c of found) {
    const s = c.subjectMention === undefined ? undefined : mentions[c.subjectMention];
    const o = c.objectMention === undefined ? undefined : mentions[c.objectMention];
    if (!s || !o || !c.trigger) continue;
    for (const k of listedWith(tree, s, o, c.trigger)) {
      if (own.has(k.i)) continue;
      out.push({ ...c, subject: k.entityId, subjectMention: k.i, confidence: lower(c) });
    }
    for (const k of listedWith(tree, o, s, c.trigger)) {
      if (own.has(k.i)) continue;
      out.push({ ...c, object: k.entityId, objectMention: k.i, confidence: lower(c) });
    }
  }
  return out;
}

/**
 * Words between the shared modifier and the list's first name other than plural nouns and a
 * possessive 's: a singular role or descriptor belongs to the one name it stands before
 * ("Acme's chief executive Jon Voss and Eva Holm": Holm is not Acme's chief), a plural one
 * ("Acme directors A and B") or a name alone ("Norway's A and B") scopes over the list.
 */
function wordsOfOne(tree: SentenceTree, other: MentionSpan, from: number, to: number): boolean {
  for (const i of tree.indices()) {
    const t = tree.token(i);
    if (t.start < from || t.start >= to) continue;
    if (i >= other.firstToken && i < other.lastToken) continue;
    if (/^['’]s?$/.test(t.lower)) continue;
    const plural = t.lower !== t.lemma.toLowerCase() && /s$/.test(t.lower);
    if (!plural) return true;
  }
  return false;
}

function lower(c: RelationCandidate): number {
  return Math.round((c.confidence - 0.05) * 100) / 100;
}

/**
 * The other names of the bare list `m` belongs to, when neither the other argument nor the
 * trigger lies inside the list; [] otherwise.
 */
function listedWith(
  tree: SentenceTree,
  m: MentionSpan,
  other: MentionSpan,
  trigger: { start: number; end: number },
): MentionSpan[] {
  if (m.kind !== 'name' || m.sentence !== tree.sentence.i) return [];
  const h = tree.headOfSpan(m);
  if (tree.mentionHeadedBy(h) !== m) return [];
  const heads = tree.coordinationOf(h);
  if (heads.length < 2) return [];
  const members: MentionSpan[] = [];
  for (const k of heads) {
    const km = nameAt(tree, k);
    if (!km || tree.headOfSpan(km) !== k || km.entityId === other.entityId) return [];
    if (entityType(tree, km) !== entityType(tree, m) || THINGS.has(entityType(tree, km))) return [];
    members.push(km);
  }
  members.sort((a, b) => a.firstToken - b.firstToken);
  if (!listShaped(tree, members)) return [];
  const first = members[0] as MentionSpan;
  const last = members[members.length - 1] as MentionSpan;
  const outside = (start: number, end: number) => end <= first.start || start >= last.end;
  if (!outside(other.start, other.end) || !outside(trigger.start, trigger.end)) return [];
  if (wordsOfOne(tree, other, Math.min(trigger.start, other.start), first.start)) return [];
  return members.filter((x) => x !== m && x.entityId !== m.entityId);
}

/**
 * "A and B", "A, B and C", "A, B, and C": commas between the members and one conjunction before
 * the last. Anything else is a list of lists or a name after a clause ("Hale, who shot
 * Brand, and Ann and Ola Vik", where "Brand, and Ann" is no list of its own).
 */
function listShaped(tree: SentenceTree, members: readonly MentionSpan[]): boolean {
  const tokens = tree.analysis.tokens;
  for (let n = 1; n < members.length; n++) {
    const gap = tokens
      .slice((members[n - 1] as MentionSpan).lastToken, (members[n] as MentionSpan).firstToken)
      .map((t) => t.lower);
    const last = n === members.length - 1;
    const ok = !last
      ? gap.length === 1 && gap[0] === ','
      : (gap.length === 1 && CONJUNCTIONS.has(gap[0] as string)) ||
        (members.length > 2 &&
          gap.length === 2 &&
          gap[0] === ',' &&
          CONJUNCTIONS.has(gap[1] as string));
    if (!ok) return false;
  }
  return true;
}
