/**
 * A place's apposition hung on a word above the place: "Residents of Harare, the capital of
 * Norland, queued" and "Police in Leeds, a city in northern England, said" (the place noun an
 * apposition or conjunct of "Residents" / "Police"), "moved from Chicago to Dallas, Texas" (the
 * state an apposition of "Chicago"). A place name inside a larger phrase, closed by a comma that
 * opens an apposition or a lone conjunct of a word above it, is what that apposition describes
 * when it is a place noun ("city", "capital", "port") or a place name: it becomes the place's
 * apposition, where apposition.ts and the descriptor passes read it.
 *
 * Not a list ("police in Leeds, Bradford and Hull"): the conjunct has no conjunction of its own,
 * no later conjunct on the same word and none of its own.
 */
import type { RepairContext } from './context.js';
import { attach, children, dominates, head, headOf, label, span } from './context.js';

const PLACES = new Set(['GPE', 'LOC']);

export function placeAppositionsOnPlaces(c: RepairContext): void {
  for (const x of c.mentions) {
    if (x.kind !== 'name' || !PLACES.has(x.type) || x.firstToken < c.first) continue;
    const comma = x.lastToken;
    if (comma + 1 >= c.end || c.tokens[comma]?.text !== ',') continue;
    const xh = headOf(c, x);
    for (let k = comma + 1; k < c.end; k++) {
      const l = label(c, k);
      if (l !== 'appos' && l !== 'conj') continue;
      const h = head(c, k);
      if (h < 0 || h === xh || h > x.firstToken || !dominates(c, h, xh)) continue;
      const [lo] = span(c, k);
      if (lo !== comma + 1 && lo !== comma) continue;
      if (l === 'conj' && !loneConjunct(c, h, k)) continue;
      if (!placeNoun(c, k) && !placeNameAt(c, k, comma + 1)) continue;
      attach(c, k, xh, 'appos');
    }
  }
}

/** A conjunct with no conjunction, no later conjunct on its head and none of its own. */
function loneConjunct(c: RepairContext, h: number, k: number): boolean {
  if (children(c, k).some((j) => label(c, j) === 'cc' || label(c, j) === 'conj')) return false;
  return !children(c, h).some((j) => j > k && label(c, j) === 'conj');
}

/** "city", "capital", "port": a common noun for a place. */
function placeNoun(c: RepairContext, k: number): boolean {
  const t = c.tokens[k];
  return t?.upos === 'NOUN' && c.lex.descriptorTypes.get(t.lemma.toLowerCase()) === 'GPE';
}

/** A place name opening right after the comma and headed at `k`. */
function placeNameAt(c: RepairContext, k: number, at: number): boolean {
  return c.mentions.some(
    (m) => m.kind === 'name' && PLACES.has(m.type) && m.firstToken === at && headOf(c, m) === k,
  );
}
