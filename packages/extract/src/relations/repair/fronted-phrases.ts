/**
 * A phrase fronted by a preposition of time, closed by a comma before the clause's subject:
 * "After talks with Vladimir Putin, Gerhard Schroeder said …", "Following talks with Putin,
 * Schroeder flew home". The parse makes the phrase's noun the verb's subject and the name after
 * the comma a conjunct of the name inside the phrase (or reads "Following" as an adjective), so
 * the clause loses its subject and the talks their holder. The phrase's noun is the verb's
 * oblique with the preposition as its case word, and the name right after the comma the verb's
 * subject.
 */
import type { RepairContext } from './context.js';
import { attach, children, head, headOf, label, segmentHead } from './context.js';

const OPENERS = new Set(['after', 'following', 'during', 'before', 'since', 'despite', 'amid']);
const IS_ACTOR = /^(PERSON|ORG|GPE)$/;
const IS_VERBAL = /^(VERB|AUX)$/;
const MAX_PHRASE = 12;

export function frontedPhrases(c: RepairContext): void {
  const s = c.first;
  if (!OPENERS.has(c.tokens[s]?.lower ?? '')) return;
  let k = s + 1;
  while (k < c.end && k <= s + MAX_PHRASE && c.tokens[k]?.text !== ',') k++;
  if (c.tokens[k]?.text !== ',' || k < s + 2) return;
  const n = segmentHead(c, s + 1, k);
  if (n === undefined || !/^(NOUN|PROPN)$/.test(c.tokens[n]?.upos ?? '')) return;
  const m = c.mentions.find((x) => x.firstToken === k + 1 && IS_ACTOR.test(x.type));
  if (!m || m.lastToken > c.end) return;
  // "After meeting Ola Vik, Tom Reed and Ann Holt left": a name that goes on as a list may
  // still be the phrase's own.
  if (/^(and|or|,)$/.test(c.tokens[m.lastToken]?.lower ?? '')) return;
  const v = head(c, n);
  if (v <= k || !IS_VERBAL.test(c.tokens[v]?.upos ?? '')) return;
  const x = headOf(c, m);
  // Another subject of the verb after the comma: the clause already has its own.
  const other = children(c, v).find(
    (y) => y > k && y !== x && label(c, y).startsWith('nsubj') && y < v,
  );
  if (other !== undefined) return;
  attach(c, n, v, 'obl');
  attach(c, s, n, 'case');
  attach(c, k, n, 'punct');
  if (head(c, x) !== v || !label(c, x).startsWith('nsubj')) attach(c, x, v, 'nsubj');
}
