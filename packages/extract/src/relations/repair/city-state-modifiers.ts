/**
 * A city and its state before a noun, set off by commas, AP style: "the Cupertino, Calif.,
 * company", "the Denver, Colo., maker of chips". The parse ends the noun phrase at the city (an
 * object or a subject of its own), makes the state its apposition or conjunct and the noun a new
 * argument, so the noun loses the place that says where it is. A place name right after a
 * determiner, a comma, a second place name, a comma and a lower-case noun are one noun phrase:
 * the noun heads it, the first place is its compound and the second that place's apposition.
 */
import type { RepairContext } from './context.js';
import { attach, children, dominates, head, headOf, label } from './context.js';

const IS_DETERMINER = /^(the|a|an)$/;
const PLACES = new Set(['GPE', 'LOC']);

export function cityStateModifiers(c: RepairContext): void {
  const { tokens } = c;
  for (const city of c.mentions) {
    if (city.kind !== 'name' || !PLACES.has(city.type) || city.firstToken <= c.first) continue;
    const det = city.firstToken - 1;
    if (!IS_DETERMINER.test(tokens[det]?.lower ?? '') || tokens[city.lastToken]?.text !== ',')
      continue;
    const state = c.mentions.find(
      (m) => m.kind === 'name' && PLACES.has(m.type) && m.firstToken === city.lastToken + 1,
    );
    if (!state || tokens[state.lastToken]?.text !== ',') continue;
    const noun = state.lastToken + 1;
    const t = tokens[noun];
    if (noun >= c.end || t?.upos !== 'NOUN' || t.text !== t.lower) continue;
    const x = headOf(c, city);
    const s = headOf(c, state);
    // The noun keeps its own place in the clause unless the parse put it under the places.
    const under = dominates(c, x, noun) || head(c, noun) === s;
    if (under) attach(c, noun, head(c, x), label(c, x));
    for (const k of children(c, x)) {
      if (k > noun) attach(c, k, noun, label(c, k));
      else if (k < det && under) attach(c, k, noun, label(c, k));
      // "rose after the Denver, Colo., company reported": the preposition the parse gave the
      // city opens the noun's clause.
      else if (k < det && label(c, k) === 'case' && isVerb(c, head(c, noun)))
        attach(c, k, head(c, noun), 'mark');
    }
    attach(c, x, noun, 'compound');
    attach(c, det, noun, 'det');
    attach(c, s, x, 'appos');
    attach(c, city.lastToken, s, 'punct');
    attach(c, state.lastToken, s, 'punct');
  }
}

function isVerb(c: RepairContext, i: number): boolean {
  return /^(VERB|AUX)$/.test(c.tokens[i]?.upos ?? '');
}
