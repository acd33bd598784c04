/**
 * A company's parent or owning organisation, named with it in one noun phrase: "Initech's parent
 * company, Halvex", "Halvex, the parent of Initech", "Initech's parent Halvex" → Initech PART_OF
 * Halvex; "Halvex, the owner of Initech", "Initech's owner, Halvex" → Halvex ACQUIRES Initech
 * (owning is acquiring, as "is owned by" reads; nouns in nominal-frames.json `parentNouns`).
 *
 * - the parent or owner is the name the noun describes (apposition, a title before the name);
 * - the company is the noun's possessor or "of" phrase;
 * - both are organisations (a person who owns a club leads it: role.ts); the possessive pass
 *   leaves such a noun alone, so "Initech's parent company, Halvex" makes no Halvex a part of
 *   Initech (`parentNoun`).
 */
import type { RelationCandidate } from '../../analysis.js';
import { denote, nameAt } from '../arguments.js';
import type { Context } from '../arguments.js';
import { emit } from '../emit.js';
import type { SentenceTree } from '../tree.js';
import { descriptorsOf } from './apposition.js';

const BODY_TYPES = new Set(['ORG']);

/**
 * The relation noun `d` gives its company (PART_OF of a parent, ACQUIRES of an owner): its
 * lemma, or a modifier before it ("parent company", "parent group").
 */
export function parentNoun(tree: SentenceTree, d: number, ctx: Context): string | undefined {
  const nouns = ctx.lex.parentNouns;
  const own = nouns.get(tree.lemma(d));
  if (own) return own;
  const mods = tree.childrenBy(d, 'compound', 'amod').filter((c) => c < d);
  for (const m of mods) {
    const type = nouns.get(tree.lemma(m));
    if (type) return type;
  }
  return undefined;
}

/** PART_OF / ACQUIRES between a company and the parent or owner named with it. */
export function parentCompanyRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const h of tree.indices()) {
    const x = nameAt(tree, h);
    if (!x || tree.headOfSpan(x) !== h) continue;
    const holders = denote(tree, h, ctx).filter((r) => BODY_TYPES.has(r.type));
    if (holders.length === 0) continue;
    // "Halvex, the parent of Initech": "parent" is no descriptor noun of its own.
    const nouns = tree
      .childrenBy(h, 'appos')
      .filter((c) => c > h && tree.upos(c) === 'NOUN' && ctx.lex.parentNouns.has(tree.lemma(c)));
    for (const d of new Set([...descriptorsOf(tree, h, ctx.lex), ...nouns])) {
      if (d === h) continue;
      const type = parentNoun(tree, d, ctx);
      if (!type) continue;
      const companies = [
        ...tree.childrenBy(d, 'nmod:poss'),
        ...tree.childrenBy(d, 'nmod').filter((c) => tree.caseOf(c) === 'of'),
      ]
        .flatMap((c) => denote(tree, c, ctx))
        .filter((r) => BODY_TYPES.has(r.type));
      const held = new Set(holders.map((r) => r.mention.entityId));
      const owned = companies.filter((r) => !held.has(r.mention.entityId));
      if (owned.length === 0) continue;
      const partOf = type === 'PART_OF';
      emit(out, tree, ctx, {
        type: partOf ? 'PART_OF' : 'ACQUIRES',
        subjects: partOf ? owned : holders,
        objects: partOf ? holders : owned,
        confidence: 0.7,
        stance: { modality: 'asserted' },
        trigger: d,
        argumentClasses: ['any', 'any'],
      });
    }
  }
  return out;
}
