/**
 * Parenthetical affiliations: a person's name followed by a bracket that holds nothing but
 * another name (and at most a role word) — squad lists, line-ups, shortlists and panels:
 * "Rory Lamont (Glasgow Rugby)", "Gordon Bulloch (captain, Glasgow Rugby)", "G Gregan (Aus,
 * capt)", "Doris Lessing (UK)". A country or people in the bracket is the person's
 * (AFFILIATED_WITH); an organisation is the club the person plays for (MEMBER_OF), read only in
 * a sports report, where the bracket after a player names the club (elsewhere it may name a
 * film or a show: "Phil Davis (Vera Drake)"), and so does a town there ("Gabbidon (Cardiff)",
 * the club named after it, whatever type mention detection gave the name). Read from the words, whatever the parse made of
 * the brackets; a bracket with anything else ("Reyes (Clichy 82)", a substitution) is skipped.
 */
import type { RelationType } from '@kg/schema';
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { denote, entityType, nameAt } from '../arguments.js';
import type { Context } from '../arguments.js';
import { namesCountry } from '../countries.js';
import { emit } from '../emit.js';
import type { SentenceTree } from '../tree.js';

const COUNTRY_TYPES = new Set(['GPE', 'NORP']);
/** Role words a line-up adds in the bracket ("captain", "capt"): lower-case words only. */
const ROLE_WORD = /^\p{Ll}[\p{Ll}.-]*$/u;

export function parentheticalRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const i of tree.indices()) {
    const person = nameAt(tree, i);
    if (!person || person.firstToken !== i || entityType(tree, person) !== 'PERSON') continue;
    const inner = bracketed(tree, person.lastToken);
    if (!inner) continue;
    const type = affiliation(tree, ctx, inner);
    if (!type) continue;
    emit(out, tree, ctx, {
      type,
      subjects: denote(tree, tree.headOfSpan(person), ctx),
      objects: denote(tree, tree.headOfSpan(inner), ctx),
      confidence: 0.6,
      stance: { modality: 'asserted' },
      trigger: inner.firstToken,
    });
  }
  return out;
}

function affiliation(tree: SentenceTree, ctx: Context, m: MentionSpan): RelationType | undefined {
  const type = entityType(tree, m);
  // "Gabbidon (Cardiff)", "Partridge (Motherwell)": in a sports report a town in the bracket
  // is the club named after it; a country ("Paul Honiss (New Zealand)") stays the person's.
  if (ctx.sport && type === 'GPE' && m.type === 'GPE' && !namesCountry(tree.analysis.tokens, m))
    return 'MEMBER_OF';
  if (COUNTRY_TYPES.has(type) || COUNTRY_TYPES.has(m.type)) return 'AFFILIATED_WITH';
  if (type === 'ORG' && ctx.sport) return 'MEMBER_OF';
  return undefined;
}

/**
 * The one name inside the bracket opening at token `open`, with nothing else there but role
 * words before or after it, each set off by a comma; undefined otherwise.
 */
function bracketed(tree: SentenceTree, open: number): MentionSpan | undefined {
  if (!tree.contains(open) || tree.lower(open) !== '(') return undefined;
  let k = open + 1;
  let name: MentionSpan | undefined;
  while (tree.contains(k) && tree.lower(k) !== ')') {
    const m = nameAt(tree, k);
    if (m && m.firstToken === k && !name) {
      name = m;
      k = m.lastToken;
      continue;
    }
    const w = tree.token(k).text;
    if (w !== ',' && !ROLE_WORD.test(w)) return undefined;
    k++;
  }
  if (!tree.contains(k) || !name) return undefined;
  // Role words are set off from the name by a comma ("captain, Glasgow Rugby").
  const before = name.firstToken - open - 1;
  const after = k - name.lastToken;
  if (before > 0 && tree.lower(name.firstToken - 1) !== ',') return undefined;
  if (after > 0 && tree.lower(name.lastToken) !== ',') return undefined;
  return name;
}
