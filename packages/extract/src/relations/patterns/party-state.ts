/**
 * A lawmaker's party and state after the name, AP style: "Sen. Ann Holt, D-Ohio, said",
 * "Rep. Tom Reed (R-Texas) voted no", "Sen. Kari Lund, I-Vt.," → the person AFFILIATED_WITH the
 * state they represent. Read from the words (the parse makes the letter an apposition, a
 * conjunct or a name part): a person's name, a comma or an opening bracket, one party letter
 * (D, R or I: Democrat, Republican, independent), a hyphen, a place name, and punctuation.
 *
 * Not a letter that opens a longer word or a name ("Holt, D-Day veteran"): the place must be a
 * named place right after the hyphen and close the designation.
 */
import type { RelationCandidate } from '../../analysis.js';
import { entityType, nameAt } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import type { SentenceTree } from '../tree.js';

/** The party letters of the designation (AP Stylebook, "party affiliation"). */
const PARTY_LETTERS = new Set(['D', 'R', 'I']);
const OPENERS = new Set([',', '(']);
const CLOSERS = new Set([',', ')', '.', ';', ':']);
const PLACES = new Set(['GPE', 'LOC']);

/** Person AFFILIATED_WITH the state of a "D-Ohio" designation after the name. */
export function partyStateRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const h of tree.indices()) {
    const x = nameAt(tree, h);
    if (!x || tree.headOfSpan(x) !== h || entityType(tree, x) !== 'PERSON') continue;
    const open = x.lastToken;
    const letter = open + 1;
    const hyphen = open + 2;
    if (!tree.contains(hyphen + 1) || !OPENERS.has(tree.token(open).text)) continue;
    if (!PARTY_LETTERS.has(tree.token(letter).text) || tree.token(hyphen).text !== '-') continue;
    const y = nameAt(tree, hyphen + 1);
    if (!y || y.firstToken !== hyphen + 1 || !PLACES.has(entityType(tree, y))) continue;
    const after = tree.contains(y.lastToken) ? tree.token(y.lastToken).text : '.';
    // "Calif." keeps its full stop inside the name: what follows it closes the designation.
    if (!CLOSERS.has(after) && !tree.token(y.lastToken - 1).text.endsWith('.')) continue;
    const person: Ref = { node: h, mention: x, type: 'PERSON', via: 'name' };
    const place: Ref = {
      node: tree.headOfSpan(y),
      mention: y,
      type: entityType(tree, y),
      via: 'name',
    };
    emit(out, tree, ctx, {
      type: 'AFFILIATED_WITH',
      subjects: [person],
      objects: [place],
      confidence: 0.7,
      stance: { modality: 'asserted' },
      trigger: letter,
    });
  }
  return out;
}
