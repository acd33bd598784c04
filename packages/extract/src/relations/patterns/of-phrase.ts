/**
 * "of" phrases: "X, a province of Y" / "X is a region of Y" (part nouns: PART_OF, a suburb or
 * city: LOCATED_IN), "X, a native of Ohio" (origin nouns), "X, a student from Y" (a person's
 * descriptor "from" a place or an organisation), and a name's own "of" phrase by
 * entity types ("Ann Fry, 50, of Ashby": a person of a place lives there; "John Smith of
 * Microsoft" works there). Roles with "of" ("the mayor of Fresno") are role.ts.
 */
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { denote, denoteAll, entityType, nameAt, namedDescriptor } from '../arguments.js';
import type { Context } from '../arguments.js';
import { emit } from '../emit.js';
import type { SentenceTree } from '../tree.js';
import { descriptorsOf } from './apposition.js';
import { modifierRelation } from './noun-phrase.js';

const OF_CASES = new Set(['of', 'from']);
const PEERAGES = new Set([
  'lord',
  'lady',
  'baron',
  'baroness',
  'earl',
  'viscount',
  'duke',
  'duchess',
  'countess',
  'marquess',
]);

function peerage(tree: SentenceTree, m: MentionSpan): boolean {
  const before = m.firstToken - 1;
  return tree.contains(before) && PEERAGES.has(tree.lower(before).replace(/\.$/, ''));
}

export function ofPhraseRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const lex = ctx.lex;
  for (const h of tree.indices()) {
    const x = nameAt(tree, h);
    // A demonym modifies a noun; it is not a name the noun phrase describes.
    if (!x || tree.headOfSpan(x) !== h || x.type === 'NORP') continue;
    for (const d of descriptorsOf(tree, h, ctx.lex)) {
      for (const c of tree.prepChildren(d, OF_CASES)) {
        // "the cities of Leeds, York and Bristol": the descriptor's own names, listed.
        if (d !== h && tree.conjuncts(c).includes(h)) continue;
        const prep = tree.caseOf(c);
        if (d === h) {
          // "Lord Kinnock of Bedwellty" is a title, not where he lives; "Junya Tanase of
          // JPMorgan Chase bank" names the bank.
          const named =
            nameAt(tree, c) ?? namedDescriptor(tree, c, lex) ?? descriptorBeforeName(tree, c, ctx);
          if (named && !peerage(tree, x)) modifierRelation(out, tree, ctx, prep, h, c, c, 0.6);
          continue;
        }
        const lemma = tree.lemma(d);
        const type =
          prep === 'of' ? (lex.partRelations.get(lemma) ?? lex.originNouns.get(lemma)) : undefined;
        const origin = /^(from|in)$/.test(prep) ? lex.originNouns.get(lemma) : undefined;
        const relation = type ?? origin;
        const person = entityType(tree, x) === 'PERSON';
        // "Wong, a graduate student from Hong Kong", "an analyst from Globex": a person described
        // as from a place comes from it, from an organisation belongs to it.
        if (!relation && person && prep === 'from' && nameAt(tree, c)) {
          modifierRelation(out, tree, ctx, prep, h, c, c, 0.6);
          continue;
        }
        if (!relation) continue;
        // A person is no part of a division, and only a person is a native.
        if (person !== lex.originNouns.has(lemma)) continue;
        emit(out, tree, ctx, {
          type: relation,
          subjects: denote(tree, h, ctx),
          objects: denoteAll(tree, c, ctx),
          confidence: 0.7,
          stance: { modality: 'asserted' },
          trigger: d,
          argumentClasses: ['any', 'any'],
        });
      }
    }
  }
  return out;
}

/**
 * "Ann Holt from security firm Globex": a descriptor noun whose name follows it in apposition,
 * of the kind the noun says (not "from the firm, Ola Dahl said").
 */
function descriptorBeforeName(
  tree: SentenceTree,
  n: number,
  ctx: Context,
): MentionSpan | undefined {
  const kind = ctx.lex.descriptorTypes.get(tree.lemma(n));
  if (tree.upos(n) !== 'NOUN' || !kind || kind === 'PERSON' || tree.mentionAt(n)) return undefined;
  for (const c of tree.childrenBy(n, 'appos', 'flat', 'nmod:desc')) {
    const m = nameAt(tree, c);
    // Right after the noun, with no comma between ("firm Globex").
    if (!m || c < n || m.firstToken !== n + 1 || tree.headOfSpan(m) !== c) continue;
    const type = entityType(tree, m);
    if (type === kind || (kind === 'GPE' && type === 'LOC')) return m;
  }
  return undefined;
}
