/**
 * A company and its town set off by commas, business-wire style: "Initech Inc., Dallas, said
 * profit fell", "Globex Corp., Tulsa, Okla., reported a loss" → LOCATED_IN the town (and the
 * state after it). Read from the words, whatever the parse made of them (it takes the town for a
 * conjunct of the name). apposition.ts relates two places so; an organisation's town is this
 * pass.
 *
 * Not inside a list ("Globex, Dallas, and Initech", "Acme, Globex, Paris"): the name must open
 * its phrase (no comma or conjunction before it), and the closing comma must lead on to the
 * clause (a verb, an adverb or a lower-case word other than a conjunction), not to another name.
 */
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { denote, entityType } from '../arguments.js';
import type { Context } from '../arguments.js';
import { emit } from '../emit.js';
import type { SentenceTree } from '../tree.js';

const PLACES = new Set(['GPE', 'LOC']);
const LIST_WORDS = new Set([',', 'and', 'or', '&', ';']);

export function orgPlaceAppositionRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const { tokens } = tree.analysis;
  const names = tree.mentions.filter((m) => m.kind !== 'pronoun');
  const startingAt = (i: number) => names.find((m) => m.firstToken === i);
  for (const x of names) {
    if (entityType(tree, x) !== 'ORG' || tokens[x.lastToken]?.text !== ',') continue;
    const before = tokens[x.firstToken - 1];
    if (tree.contains(x.firstToken - 1) && before && LIST_WORDS.has(before.lower)) continue;
    const places: MentionSpan[] = [];
    let at = x.lastToken + 1;
    // The town, and a state or country after it, each closed by a comma.
    while (places.length < 2) {
      const y = startingAt(at);
      if (!y || !PLACES.has(entityType(tree, y)) || y.type === 'NORP') break;
      if (tokens[y.lastToken]?.text !== ',') break;
      places.push(y);
      at = y.lastToken + 1;
    }
    const next = tokens[at];
    if (places.length === 0 || !next || !tree.contains(at) || startingAt(at)) continue;
    const lowerWord = next.text === next.lower && /\p{L}/u.test(next.text);
    const clause = /^(VERB|AUX|ADV)$/.test(tree.upos(at)) || lowerWord;
    if (!clause || LIST_WORDS.has(next.lower)) continue;
    const h = tree.headOfSpan(x);
    for (const y of places) {
      emit(out, tree, ctx, {
        type: 'LOCATED_IN',
        subjects: denote(tree, h, ctx),
        objects: denote(tree, tree.headOfSpan(y), ctx),
        confidence: 0.65,
        stance: { modality: 'asserted' },
        trigger: y.firstToken,
        argumentClasses: ['any', 'any'],
      });
    }
  }
  return out;
}
