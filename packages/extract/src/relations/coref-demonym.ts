/**
 * "Tom Reed reached the final. The Briton beat …": a demonym used as a noun after "the" ("the
 * Briton", "the Spaniard", "the Briton's career") stands for a person named before it, not for
 * the country. The person is the one named in the three sentences before (or earlier in its own
 * sentence) that the document does not tie to another country; when several are named, the one
 * it ties to this country ("Spaniard Ana Vidal", "Spain's Ana Vidal"), if exactly one. A person
 * the demonym's own clause has as subject is no candidate ("Vidal beat the American"). Forms
 * that are also plurals or adjectives ("the Swiss", "the Welsh", "the Chinese"), a region's
 * ("the Baltic", "the Caribbean"), a demonym modifying a noun ("the Russian government", "the
 * Romanian and Bulgarian visas") and one in apposition to a name are left alone.
 */
import type { MentionSpan } from '../analysis.js';
import { denote, entityType } from './arguments.js';
import type { Context } from './arguments.js';
import type { SentenceTree } from './tree.js';

const WINDOW = 3;
/** Demonyms that are also a plural or an adjective: "the Swiss", "the Irish", "the Japanese". */
const AMBIGUOUS = /(?:ese|sh|ch|ss|s)$/;

/** Whether the demonym mention at `i` is a noun heading its own phrase after "the". */
function personDemonym(tree: SentenceTree, i: number): MentionSpan | undefined {
  const m = tree.mentionAt(i);
  if (!m || m.kind !== 'demonym' || m.firstToken !== i || m.lastToken !== i + 1) return undefined;
  if (AMBIGUOUS.test(tree.lower(i)) || !/^(NOUN|PROPN)$/.test(tree.upos(i))) return undefined;
  // A people's country, not a region's ("the Baltic", "the Caribbean" are seas and islands).
  if (entityType(tree, m) !== 'GPE') return undefined;
  if (tree.is(i, 'amod', 'compound', 'flat', 'appos')) return undefined;
  const det = tree.childBy(i, 'det');
  if (det === undefined || det !== i - 1 || tree.lower(det) !== 'the') return undefined;
  // "the Argentine third seed", "the Romanian and Bulgarian visas": a word the parse left
  // hanging, or a demonym coordinated after it, still makes it a modifier.
  const next = tree.contains(i + 1) ? tree.upos(i + 1) : 'PUNCT';
  if (/^(NOUN|PROPN|ADJ|NUM|CCONJ)$/.test(next)) return undefined;
  return m;
}

/** Entity id → the countries the document names right before one of its names. */
function countriesOf(tree: SentenceTree): Map<string, Set<string>> {
  const { mentions, tokens } = tree.analysis;
  const at = new Map<number, MentionSpan>();
  for (const m of mentions) if (m.kind !== 'pronoun') at.set(m.lastToken - 1, m);
  const out = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind === 'pronoun' || entityType(tree, m) !== 'PERSON') continue;
    // "Spaniard Ana Vidal", "American Tom Reed"; "Spain's Ana Vidal".
    const possessive = tokens[m.firstToken - 1]?.lower === "'s";
    const before = at.get(m.firstToken - (possessive ? 2 : 1));
    if (!before || before.sentence !== m.sentence) continue;
    if (before.type !== 'NORP' && entityType(tree, before) !== 'GPE') continue;
    const set = out.get(m.entityId) ?? new Set<string>();
    set.add(before.entityId);
    out.set(m.entityId, set);
  }
  return out;
}

/** The persons the subject of the demonym's own clause names ("Vidal beat the American"). */
function clauseSubjects(tree: SentenceTree, i: number, ctx: Context): Set<string> {
  const out = new Set<string>();
  let v = tree.parent(i);
  // (Past a preposition's noun: "exchanged passes with the Briton".)
  for (let n = 0; v >= 0 && n < 3 && !tree.isVerbal(v); n++) v = tree.parent(v);
  if (v < 0) return out;
  for (const s of tree.childrenBy(v, 'nsubj')) {
    if (s === i) continue;
    for (const r of denote(tree, s, ctx)) out.add(r.mention.entityId);
  }
  return out;
}

/**
 * The person a demonym noun at `i` stands for, or undefined.
 *
 * @example
 * // "Tom Reed reached the final. The Briton beat Ola Berg." -> <the Briton>: Tom Reed
 */
export function demonymPerson(
  trees: readonly SentenceTree[],
  k: number,
  i: number,
  ctx: Context,
): MentionSpan | undefined {
  const tree = trees[k] as SentenceTree;
  const demonym = personDemonym(tree, i);
  if (!demonym) return undefined;
  const countries = countriesOf(tree);
  const subjects = clauseSubjects(tree, i, ctx);
  const open = new Map<string, MentionSpan>();
  const matched = new Map<string, MentionSpan>();
  for (const m of tree.analysis.mentions) {
    if (m.sentence > k || (m.sentence === k && m.firstToken >= i)) break;
    if (m.sentence < k - WINDOW || m.kind === 'pronoun') continue;
    if (entityType(tree, m) !== 'PERSON' || subjects.has(m.entityId)) continue;
    const own = countries.get(m.entityId);
    if (own?.has(demonym.entityId)) matched.set(m.entityId, m);
    else if (own === undefined) open.set(m.entityId, m);
    // (A person tied to another country only is no candidate.)
  }
  if (matched.size === 1) return [...matched.values()][0];
  if (matched.size === 0 && open.size === 1) return [...open.values()][0];
  return undefined;
}
