/**
 * A person named as one of a people or a party by a demonym or party-member noun standing alone:
 * "Tom Reed, a Briton, was held", "Ann Holt, a Democrat, won", "Reed is a Norlander". The noun
 * is the person's apposition or predicate nominal; its entity is a country (AFFILIATED_WITH, as
 * "British lawyer Tom Reed" gives) or a party or other organisation (MEMBER_OF, as "Labour MP
 * Tom Reed" gives). A demonym that only modifies a noun ("a British lawyer") is read by the
 * premodifier and role passes, not here.
 */
import type { RelationCandidate } from '../../analysis.js';
import { denote, entityType, nameAt } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';

const MEMBERSHIP: Readonly<Record<string, 'AFFILIATED_WITH' | 'MEMBER_OF'>> = {
  GPE: 'AFFILIATED_WITH',
  ORG: 'MEMBER_OF',
};

function nominal(tree: SentenceTree, n: number): boolean {
  if (/^(NOUN|PROPN)$/.test(tree.upos(n))) return true;
  return tree.upos(n) === 'ADJ' && !tree.is(n, 'amod') && tree.childBy(n, 'det') !== undefined;
}

/** The persons a member noun at `n` describes: the name it is in apposition with, or its subject. */
function members(tree: SentenceTree, n: number, ctx: Context): Ref[] {
  const p = tree.parent(n);
  const nodes: number[] = [];
  if (p >= 0 && p < n && tree.is(n, 'appos')) nodes.push(p);
  if (tree.childBy(n, 'cop') !== undefined) nodes.push(...tree.childrenBy(n, 'nsubj'));
  return nodes.flatMap((x) => denote(tree, x, ctx)).filter((r) => r.type === 'PERSON');
}

export function memberNounRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const m of tree.mentions) {
    // One word standing for the group: "a Briton", "the Democrat"; not "British" before a noun.
    if (m.kind !== 'demonym' || m.lastToken - m.firstToken !== 1) continue;
    const n = m.firstToken;
    // wink-nlp tags "a Republican" ADJ: with a determiner and no noun after it, it is a noun.
    if (!tree.contains(n) || !nominal(tree, n)) continue;
    if (tree.childrenBy(n, 'amod', 'compound').some((c) => c < n && !nameAt(tree, c))) continue;
    const type = MEMBERSHIP[entityType(tree, m)];
    if (!type) continue;
    const persons = members(tree, n, ctx);
    if (persons.length === 0) continue;
    emit(out, tree, ctx, {
      type,
      subjects: persons,
      objects: denote(tree, n, ctx),
      confidence: 0.7,
      stance: stanceOf(tree, n, ctx),
      trigger: n,
    });
  }
  return out;
}
