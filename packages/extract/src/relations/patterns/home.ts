/**
 * A person's home named as a place: a home noun (nominal-frames.json homeNouns: home, hometown,
 * home state, birthplace …) owned by a person ("his", "Jackson's") and tied to a place puts the
 * person there, the way "lives in" does:
 *
 * - the noun's own "in" or "of" phrase: "died at his home in Dunmore", "near their hometown
 *   of Ashby, Norland" (also "in" hung on the verb right after the noun: "at his home in X"),
 *   or a place name before it: "was arrested at her Omaha home";
 * - apposition either way: "Bergen, Norland, Vik's hometown", "her hometown, Ashby,";
 * - a copula: "Dunmore is his hometown", "with Lemuria being Hale's home state".
 *
 * The owner may also follow in an "of" phrase ("the home of Silvio Berlusconi in Sardinia").
 * A birthplace gives AFFILIATED_WITH, as "was born in" does; the others LOCATED_IN. A house
 * someone owns elsewhere ("his holiday home in Spain") is a home too: the modifier does not
 * matter to where the person is found.
 */
import type { RelationCandidate } from '../../analysis.js';
import { denote, placeRefs } from '../arguments.js';
import type { Context } from '../arguments.js';
import { emit } from '../emit.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';

const IS_NOUN_PROPN = /^(NOUN|PROPN)$/;

/** Per home-noun set: every ending of an entry after one of its spaces ("state" of "home state"). */
const KEY_ENDINGS = new WeakMap<ReadonlySet<string>, Set<string>>();

function keyEndings(homes: ReadonlySet<string>): Set<string> {
  let endings = KEY_ENDINGS.get(homes);
  if (!endings) {
    endings = new Set();
    for (const key of homes) {
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
        endings.add(key.slice(at + 1));
      }
    }
    KEY_ENDINGS.set(homes, endings);
  }
  return endings;
}

/** The home key of a noun: its lemma, or "home X" / "native X" with such a modifier. */
function homeKey(tree: SentenceTree, n: number, ctx: Context): string | undefined {
  if (!IS_NOUN_PROPN.test(tree.upos(n)) || tree.mentionAt(n)) return undefined;
  const homes = ctx.lex.homeNouns;
  const lemma = tree.lemma(n);
  // Neither a key nor the end of one: no modifier can make it one (no strings built per noun).
  if (!homes.has(lemma) && !keyEndings(homes).has(lemma)) return undefined;
  const mod = tree
    .childrenBy(n, 'compound', 'amod')
    .filter((c) => c < n)
    .map((c) => `${tree.lower(c)} ${lemma}`)
    .find((k) => homes.has(k));
  if (mod) return mod;
  return homes.has(lemma) ? lemma : undefined;
}

/** The place nodes a home noun is tied to. */
function placeNodes(tree: SentenceTree, n: number): number[] {
  const own = tree
    .childrenBy(n, 'nmod', 'nmod:unmarked')
    .filter((c) => c > n && /^(in|of|)$/.test(tree.caseOf(c)));
  // "the home of Silvio Berlusconi in Sardinia" with "in Sardinia" on the owner's name.
  for (const o of tree.childrenBy(n, 'nmod').filter((c) => tree.caseOf(c) === 'of')) {
    own.push(...tree.childrenBy(o, 'nmod').filter((c) => tree.caseOf(c) === 'in'));
  }
  // "at her Omaha home", "his Beverly Hills ranch": a place name before the noun.
  own.push(...tree.childrenBy(n, 'compound').filter((c) => c < n && tree.mentionAt(c)));
  if (own.length > 0) return own;
  const out: number[] = [];
  const p = tree.parent(n);
  // "at his home in Dunmore" with "in Dunmore" hung on the verb, right after the noun.
  if (p >= 0 && tree.isVerbal(p)) {
    const end = tree.subtreeSpan(n)[1];
    out.push(
      ...tree.childrenBy(p, 'obl').filter((c) => tree.caseOf(c) === 'in' && c > n && c <= end + 3),
    );
  }
  // "Bergen, Vik's hometown" / "her hometown, Ashby,".
  if (p >= 0 && tree.is(n, 'appos')) out.push(p);
  out.push(...tree.childrenBy(n, 'appos'));
  // "Dunmore is his hometown", "Lemuria being Hale's home state".
  if (tree.childBy(n, 'cop') !== undefined) out.push(...tree.childrenBy(n, 'nsubj'));
  return out;
}

export function homeRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const n of tree.indices()) {
    const key = homeKey(tree, n, ctx);
    if (!key) continue;
    // "his home", "Jackson's home state", "the home of Silvio Berlusconi".
    const owners = [
      ...tree.childrenBy(n, 'nmod:poss'),
      ...tree.childrenBy(n, 'nmod').filter((c) => tree.caseOf(c) === 'of'),
    ];
    const residents = owners
      .flatMap((o) => denote(tree, o, ctx))
      .filter((r) => r.type === 'PERSON');
    if (residents.length === 0) continue;
    const where = placeRefs(tree, placeNodes(tree, n), ctx);
    if (where.length === 0) continue;
    emit(out, tree, ctx, {
      type: ctx.lex.birthplaceNouns.has(key) ? 'AFFILIATED_WITH' : 'LOCATED_IN',
      subjects: residents,
      objects: where,
      confidence: 0.7,
      stance: stanceOf(tree, n, ctx),
      trigger: n,
      key,
    });
  }
  return out;
}
