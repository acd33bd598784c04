/**
 * "its" in a clause whose subject is a person: "Mr Ghosn cut Nissan's costs and trimmed its
 * workforce", "Ann Holt, who rescued Globex, praised its staff". A person is never "it", so the
 * subject does not block the pronoun as a subject naming something else would ("The deal … its
 * terms"); but the person's clause is no sign of which body is meant either, so only the one
 * organisation the sentence names before the pronoun, outside the subject's own phrase, is
 * taken, and none when it names two ("Ann Holt left Globex for Initech and praised its staff");
 * never a place, which is more often only where something is ("an office in Houston … its").
 */
import type { MentionSpan } from '../analysis.js';
import { denote, entityType } from './arguments.js';
import type { Context } from './arguments.js';
import type { SentenceTree } from './tree.js';

/** (Not "itself": a reflexive is its own clause's subject's, here a person's: no body.) */
const SINGULAR = new Set(['its']);

/** The nearest subject of a clause governing `p` (before it), as a token, if any. */
function nearestSubject(tree: SentenceTree, p: number): number | undefined {
  for (let a = tree.parent(p), n = 0; a >= 0 && n < 12; a = tree.parent(a), n++) {
    const s = tree.children(a).find((c) => tree.is(c, 'nsubj') && c < p && !tree.dominates(c, p));
    if (s !== undefined) return s;
  }
  return undefined;
}

/**
 * A name standing as a phrase of its own outside quotation marks: not a modifier of a noun
 * ("the Oscar hopefuls") nor words quoted ('branding the campaign "two-bit Tories"').
 */
function standing(tree: SentenceTree, m: MentionSpan, text: string): boolean {
  if (tree.is(tree.headOfSpan(m), 'compound', 'amod', 'nmod:desc')) return false;
  const before = text.slice(tree.sentence.start, m.start);
  return ((before.match(/["\u201c\u201d]/g) ?? []).length & 1) === 0;
}

/**
 * The one organisation named before `its` at `p` in its sentence (outside the subject's phrase),
 * when the nearest clause subject governing the pronoun names a person.
 *
 * @example
 * // "Mr Ghosn cut Nissan's costs and trimmed its workforce." -> Nissan
 */
export function ownerPastPerson(
  tree: SentenceTree,
  p: number,
  ctx: Context,
): MentionSpan | undefined {
  if (!SINGULAR.has(tree.lower(p))) return undefined;
  const s = nearestSubject(tree, p);
  if (s === undefined) return undefined;
  const refs = denote(tree, s, ctx);
  if (refs.length === 0 || !refs.every((r) => r.type === 'PERSON')) return undefined;
  const text = tree.analysis.text;
  // (Not the person's own title: "World Bank president X said … its economic impact".)
  const [lo, hi] = tree.subtreeSpan(s);
  const bodies = new Map<string, MentionSpan>();
  for (const m of tree.analysis.mentions) {
    if (m.sentence !== tree.sentence.i || m.firstToken >= p || m.kind === 'pronoun') continue;
    if (m.firstToken >= lo && m.firstToken <= hi) continue;
    if (entityType(tree, m) !== 'ORG' || !standing(tree, m, text)) continue;
    bodies.set(m.entityId, m);
  }
  return bodies.size === 1 ? [...bodies.values()][0] : undefined;
}
