/**
 * A country or its people before a company's descriptor and the company's name, read along the
 * words where the parse lost the phrase ("its purchase of US firm Kaltex next month", parsed with
 * Kaltex a compound of "month"; "Shares in UK drinks and food firm Alvern rose"): a country's name
 * or a demonym, up to four lower-case words (with *and*: "drinks and food"), an organisation noun
 * (`descriptorTypes` ORG: *firm, company, carmaker, group, bank* …) and right after it an
 * organisation's name. Related as the premodifier pass relates them (`modifierRelations`
 * premodifier: an organisation LOCATED_IN its country), confidence 0.65, a little under the
 * tree's reading, which the merge keeps where both find the pair (issue 10).
 */
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { entityType, nameAt } from '../arguments.js';
import type { Context } from '../arguments.js';
import type { SentenceTree } from '../tree.js';
import { modifierRelation } from './noun-phrase.js';

const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const MAX_WORDS = 4;

export function premodifierRunRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const y of tree.mentions) {
    if (y.kind === 'pronoun' || entityType(tree, y) !== 'GPE') continue;
    // "UK's firm" is a possessive, not a modifier.
    if (tree.contains(y.lastToken) && /^['\u2019]/.test(tree.token(y.lastToken).text)) continue;
    const x = companyAfter(tree, ctx, y.lastToken);
    if (!x || x.entityId === y.entityId) continue;
    const c = tree.headOfSpan(y);
    modifierRelation(out, tree, ctx, 'premodifier', tree.headOfSpan(x), c, c, 0.65);
  }
  return out;
}

/**
 * The organisation named right after an organisation noun that ends the lower-case words from
 * token `k` on ("firm Kaltex", "drinks and food firm Alvern").
 */
function companyAfter(tree: SentenceTree, ctx: Context, k: number): MentionSpan | undefined {
  for (let n = k; n < k + MAX_WORDS && tree.contains(n); n++) {
    if (tree.mentionAt(n) || !LOWER_WORD.test(tree.token(n).text)) return undefined;
    if (tree.upos(n) === 'VERB' || tree.upos(n) === 'AUX' || tree.upos(n) === 'ADP')
      return undefined;
    if (tree.upos(n) !== 'NOUN' || ctx.lex.descriptorTypes.get(tree.lemma(n)) !== 'ORG') continue;
    const x = tree.contains(n + 1) ? nameAt(tree, n + 1) : undefined;
    if (!x || x.firstToken !== n + 1 || x.kind !== 'name' || entityType(tree, x) !== 'ORG') {
      return undefined;
    }
    return x;
  }
  return undefined;
}
