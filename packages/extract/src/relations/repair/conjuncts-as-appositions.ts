/**
 * Descriptions parsed as conjuncts of the name they describe. "Jim Wright, the Texas Democrat,
 * resigned": the parse makes "Democrat" a second conjunct of the name, so the sentence reads as
 * two people resigning and nothing says what Wright is. A person noun or a one-word group noun (a
 * demonym or party member: "Democrat", "Briton") with an article of its own and no conjunction,
 * opened by a comma right after a person's name and closed by punctuation or a relative word, with no later conjunct
 * of the same name (not a list: "Tom Reed, the lawyer, and Ann Holt"), is the name's apposition.
 */
import type { RepairContext } from './context.js';
import { attach, children, head, label, span } from './context.js';
import { isPersonName, isPersonNoun, isRelative } from './words.js';

const IS_ARTICLE = /^(the|a|an)$/;
const IS_NOMINAL = /^(NOUN|PROPN|ADJ)$/;
const IS_CLOSING = /^[,.;:!?"”)]$/;

export function conjunctsAsAppositions(c: RepairContext): void {
  for (let x = c.first + 2; x < c.end; x++) {
    if (label(c, x) !== 'conj' || !IS_NOMINAL.test(c.tokens[x]?.upos ?? '')) continue;
    const y = head(c, x);
    if (y < c.first || y >= x || !isPersonName(c, y) || isPersonName(c, x)) continue;
    const own = children(c, x);
    if (own.some((k) => label(c, k) === 'cc')) continue;
    if (
      !own.some((k) => k < x && label(c, k) === 'det' && IS_ARTICLE.test(c.tokens[k]?.lower ?? ''))
    )
      continue;
    if (children(c, y).some((k) => k > x && label(c, k) === 'conj')) continue;
    if (!isPersonNoun(c, x) && !isGroupNoun(c, x)) continue;
    const [lo, hi] = span(c, x);
    const opening = c.tokens[lo]?.text === ',' ? lo : lo - 1;
    if (c.tokens[opening]?.text !== ',') continue;
    // Closed by punctuation, or by a relative clause the parse hung on the name ("Jim Wright, a
    // Texas Democrat who is speaker of the House").
    const next = hi + 1;
    if (next < c.end && !IS_CLOSING.test(c.tokens[next]?.text ?? '') && !isRelative(c, next))
      continue;
    attach(c, x, y, 'appos');
  }
}

/** A one-word demonym or party-member mention: "Democrat", "Briton". */
function isGroupNoun(c: RepairContext, x: number): boolean {
  return c.mentions.some(
    (m) => m.kind === 'demonym' && m.firstToken === x && m.lastToken === x + 1,
  );
}
