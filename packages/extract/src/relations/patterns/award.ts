/**
 * Awards and their nominees: an award says nothing the schema can type about who gives or wins
 * it, but its category says how the nominee and the work it is "for" are related, and that the
 * relation holds is stated whether or not the award is won. An acting category ("best actress",
 * "best supporting actor": `actingCategories` in data/works.json) makes its nominee star in the
 * work (RELATED_TO "stars in", as the cast pass); a making category ("best director", "best
 * album": `makingCategories`) makes the nominee its maker (PRODUCES, as the works pass).
 *
 * Read along the words: a category opened by "best" and, after it in the sentence, either a
 * person named right before "for" and a work right after ("nominees for best actress include
 * Kari Lund for Night Harbour, Ann Holt for Cold Sea"), or the category itself right before
 * "for" and the work ("Kari Lund won best actress for Night Harbour", "Tom Reed took the best
 * director prize for Cold Sea") with the person named before "best" in the same clause, across
 * nothing but lower-case words. A person after "for" ("Night Harbour won best actress for Kari
 * Lund") is left alone: who the work is, the words before do not say surely.
 */
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { denote, entityType } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import type { SentenceTree } from '../tree.js';
import { wholeTitle } from './work.js';
import { works } from './works-data.js';

/** Words that may close a category phrase before "for" ("best director award for"). */
const AWARD_NOUNS = new Set([
  'award',
  'awards',
  'prize',
  'prizes',
  'nomination',
  'nominations',
  'category',
  'categories',
  'gong',
  'trophy',
  'honour',
  'honor',
  'statuette',
]);
/** Words inside a category between "best" and its last word ("best supporting TV comedy actress"). */
const CATEGORY_WORD = /^[\p{L}-]+$/u;
const MAX_CATEGORY = 5;
/** Lower-case words between a nominee and "best" ("is tipped to win", "took the"). */
const CLAUSE_WORD = /^\p{Ll}[\p{Ll}'-]*$/u;
const MAX_CLAUSE = 6;
const COORDINATORS = new Set(['and', 'or', 'but', 'while']);
const OPENING_QUOTE = /^["'\u2018\u201c]$/;

type Kind = 'acting' | 'making';

export function awardRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  if (ctx.sport) return out;
  let category: { kind: Kind; best: number; end: number } | undefined;
  for (const i of tree.indices()) {
    if (tree.lower(i) === 'best') {
      const found = categoryAt(tree, i);
      if (found) category = found;
      continue;
    }
    if (!category || tree.lower(i) !== 'for' || tree.upos(i) !== 'ADP') continue;
    const work = workAfter(tree, i + 1);
    if (!work) continue;
    let nominees: Ref[] = [];
    const before = tree.contains(i - 1) ? tree.mentionAt(i - 1) : undefined;
    if (before && before.lastToken === i && before.kind === 'name') {
      // "… Kari Lund for Night Harbour".
      if (entityType(tree, before) === 'PERSON') nominees = refs(tree, ctx, before);
    } else if (category.end === i) {
      // "Kari Lund won best actress for Night Harbour".
      const p = nomineeBefore(tree, category.best);
      // "Tom Reed and Ola Dahl shared the best screenplay award for A and B respectively".
      if (p && tree.coordinationOf(tree.headOfSpan(p)).length <= 1) nominees = refs(tree, ctx, p);
    }
    nominees = nominees.filter((n) => n.type === 'PERSON' && n.mention.entityId !== work.entityId);
    if (nominees.length === 0) continue;
    const objects = denote(tree, tree.headOfSpan(work), ctx);
    emit(out, tree, ctx, {
      type: category.kind === 'acting' ? 'RELATED_TO' : 'PRODUCES',
      subjects: nominees,
      objects,
      confidence: 0.5,
      stance: { modality: 'asserted' },
      trigger: i,
      ...(category.kind === 'acting' ? { label: 'stars in' } : {}),
      argumentClasses: ['actor', 'any'],
    });
  }
  return out;
}

/**
 * The category opened by "best" at `b`: its kind from its last word, and the token after the
 * phrase (past an award noun: "best director award", "best actress Oscar").
 */
function categoryAt(
  tree: SentenceTree,
  b: number,
): { kind: Kind; best: number; end: number } | undefined {
  const w = works();
  let kind: Kind | undefined;
  let k = b + 1;
  for (let n = 0; n < MAX_CATEGORY && tree.contains(k); n++, k++) {
    const word = tree.lower(k);
    if (tree.mentionAt(k) || !CATEGORY_WORD.test(tree.token(k).text)) break;
    if (w.acting.has(word)) kind = 'acting';
    else if (w.making.has(word)) kind = 'making';
    else if (kind) break;
  }
  if (!kind) return undefined;
  // An award noun or an award's name after the category ("best actor Oscar").
  if (tree.contains(k) && AWARD_NOUNS.has(tree.lower(k))) k++;
  else if (tree.contains(k + 1) && tree.mentionAt(k) && tree.lower(k + 1) === 'for') k++;
  return { kind, best: b, end: k };
}

/** The work named right after "for" (past a quote mark): a name that can be a whole title. */
function workAfter(tree: SentenceTree, at: number): MentionSpan | undefined {
  let k = at;
  if (tree.contains(k) && OPENING_QUOTE.test(tree.token(k).text)) k++;
  const m = tree.contains(k) ? tree.mentionAt(k) : undefined;
  if (!m || m.firstToken !== k || m.kind !== 'name' || !wholeTitle(tree, m)) return undefined;
  return m;
}

/**
 * The person named before "best" at `b` across lower-case words of one clause only ("Kari Lund
 * is tipped to win best actress", "named actress Kari Lund best actress").
 */
function nomineeBefore(tree: SentenceTree, b: number): MentionSpan | undefined {
  let k = b - 1;
  for (let n = 0; n <= MAX_CLAUSE && tree.contains(k); n++, k--) {
    const m = tree.mentionAt(k);
    if (m) return m.kind === 'name' && entityType(tree, m) === 'PERSON' ? m : undefined;
    // "best actor for Lund and best director for Reed": the other category's name is no nominee.
    if (!CLAUSE_WORD.test(tree.token(k).text) || COORDINATORS.has(tree.lower(k))) return undefined;
  }
  return undefined;
}

function refs(tree: SentenceTree, ctx: Context, m: MentionSpan): Ref[] {
  return denote(tree, tree.headOfSpan(m), ctx);
}
