/**
 * "Ola Dahl scored twice. The Wigan star is set to join Leeds": an epithet noun that is no role
 * ("star", "singer", "tycoon": `subjectEpithets` in description-kinds.json) qualified by an
 * organisation's name, once coreference (coref.ts) has resolved it to a person, makes the person
 * a member of that organisation — as "the Wigan striker" does by the role pass (titles.json
 * roles; role nouns are left to that pass). Only a name right before the noun ("the Wigan star",
 * not "the star of Wigan's win") and only an organisation (not "the England star", a country, nor
 * "the Hollywood star", a place).
 *
 * Coreference may guess: the person must be the only one the window before names (not "Tom Reed
 * praised Ola Dahl. Reports say the Wigan star …"), and a sentence there that names both the
 * person and the organisation has already said how they stand ("Dahl scored against Kelby. The
 * Kelby star replied": an opponent, not a member).
 */
import type { RelationCandidate } from '../../analysis.js';
import { isEpithetNoun } from '../coref-epithet.js';
import { denote, entityType, nameAt } from '../arguments.js';
import type { Context } from '../arguments.js';
import { emit } from '../emit.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import type { MentionSpan } from '../../analysis.js';

/** Sentences before the epithet's that the check looks through (as coref.ts's descriptions). */
const WINDOW = 3;

/** Whether `self` is the only person named (not by a pronoun) in the window before `i`. */
function onlyPerson(tree: SentenceTree, i: number, self: MentionSpan): boolean {
  const k = tree.sentence.i;
  return tree.analysis.mentions.every(
    (m) =>
      m.sentence < k - WINDOW ||
      m.sentence > k ||
      (m.sentence === k && m.firstToken >= i) ||
      m.kind === 'pronoun' ||
      entityType(tree, m) !== 'PERSON' ||
      m.entityId === self.entityId,
  );
}

/** Whether a sentence of the window before `i` names both `person` and `org`. */
function namedTogether(tree: SentenceTree, i: number, person: string, org: string): boolean {
  const k = tree.sentence.i;
  const at = (id: string) =>
    new Set(
      tree.analysis.mentions
        .filter((m) => m.entityId === id && m.sentence >= k - WINDOW && m.sentence < k)
        .map((m) => m.sentence),
    );
  const orgAt = at(org);
  return [...at(person)].some((s) => orgAt.has(s));
}
import { roleAt } from './role.js';

export function epithetMemberRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (let i = tree.first; i < tree.end; i++) {
    const lemma = tree.lemma(i);
    if (tree.upos(i) !== 'NOUN' || tree.lower(i) !== lemma || !isEpithetNoun(lemma)) continue;
    if (tree.mentionAt(i) || roleAt(tree, i, ctx.lex)) continue;
    const det = tree.childBy(i, 'det');
    if (det === undefined || tree.lower(det) !== 'the') continue;
    const self = ctx.refs.get(i);
    if (!self || entityType(tree, self) !== 'PERSON' || !onlyPerson(tree, i, self)) continue;
    // The name right before the noun, after the article: "the Wigan star".
    const names = tree.childrenBy(i, 'compound').filter((c) => c > det && nameAt(tree, c));
    const orgs = names.flatMap((c) => denote(tree, c, ctx)).filter((r) => r.type === 'ORG');
    const [org] = orgs;
    if (!org || orgs.length !== 1) continue;
    if (namedTogether(tree, i, self.entityId, org.mention.entityId)) continue;
    emit(out, tree, ctx, {
      type: 'MEMBER_OF',
      subjects: [{ node: i, mention: self, type: 'PERSON', via: 'coref' }],
      objects: orgs,
      confidence: 0.7,
      stance: stanceOf(tree, i, ctx),
      trigger: i,
    });
  }
  return out;
}
