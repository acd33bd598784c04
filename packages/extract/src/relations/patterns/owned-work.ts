/**
 * A person's film or show: "Wes Rand's latest movie Dead Lake", "his film Hide Away", "the Ida
 * Moss comedy The Guard". A person owns an album or a book by writing it (work.ts), but a film, a
 * show or a series is as often the star's as the director's, so the report's own words about the
 * person decide (issue 10):
 *
 * - a maker's noun right before one of the person's names anywhere in the report ("director Wes
 *   Rand", "film-maker Wes Rand": `makerRoles` in works.json, and *maker*) → PRODUCES;
 * - a performer's noun there ("actor Sam Hale", "film star Sam Hale", "comedian …") → RELATED_TO
 *   "stars in", as the cast pass;
 * - neither → RELATED_TO labelled with the possessive ("'s film"): the text ties the two and says
 *   no more.
 *
 * Both kinds of noun, or none: the open relation. Confidence 0.5; not in a sports report, where
 * a player's "show" is a performance in a match.
 */
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { denote } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import type { SentenceTree } from '../tree.js';
import { works } from './works-data.js';

/** Nouns before a person's name that make them a performer ("actor Sam Hale"). */
const PERFORMER_NOUNS = new Set([
  'actor',
  'actress',
  'star',
  'co-star',
  'comedian',
  'comic',
  'presenter',
  'host',
  'entertainer',
]);
/** "film-maker", "programme-maker": the tokeniser leaves "maker" before the name. */
const MAKER_WORDS = new Set(['maker', 'film-maker', 'filmmaker', 'director', 'producer']);

type Calling = 'maker' | 'performer' | 'none';

/** The relations of persons `owners` to the work `work` their possessive owns at token `n`. */
export function personWorkRelations(
  tree: SentenceTree,
  ctx: Context,
  owners: readonly Ref[],
  work: MentionSpan,
  n: number,
): RelationCandidate[] {
  if (ctx.sport) return [];
  const out: RelationCandidate[] = [];
  const objects = denote(tree, tree.headOfSpan(work), ctx);
  for (const owner of owners) {
    const calling = callingOf(tree, owner.mention.entityId);
    emit(out, tree, ctx, {
      type: calling === 'maker' ? 'PRODUCES' : 'RELATED_TO',
      subjects: [owner],
      objects,
      confidence: 0.5,
      stance: { modality: 'asserted' },
      trigger: n,
      ...(calling === 'maker'
        ? {}
        : { label: calling === 'performer' ? 'stars in' : `'s ${tree.lower(n)}` }),
      // The words say it is a work; titles are often typed as people or companies.
      argumentClasses: ['actor', 'any'],
    });
  }
  return out;
}

/** How the report calls the person `entity`: by the nouns right before its names. */
function callingOf(tree: SentenceTree, entity: string): Calling {
  const a = tree.analysis;
  const makers = works().makers;
  let maker = false;
  let performer = false;
  for (const m of a.mentions) {
    if (m.entityId !== entity || m.kind !== 'name') continue;
    const before = a.tokens[m.firstToken - 1];
    if (!before || before.sentence !== m.sentence) continue;
    const word = before.lower;
    if (makers.has(word) || MAKER_WORDS.has(word)) maker = true;
    if (PERFORMER_NOUNS.has(word)) performer = true;
  }
  if (maker === performer) return 'none';
  return maker ? 'maker' : 'performer';
}
