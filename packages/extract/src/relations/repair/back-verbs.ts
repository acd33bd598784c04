/**
 * "Back" after a modal or "to" read as an adverb: "Labour would back Gordon Brown", "Britain
 * will back France in the dispute". The tagger reads "back" as the adverb it most often is
 * ("came back"), so the parse roots the clause in the name after it, with the subject its nsubj
 * and "back" its advmod: no verb holds the supporter and the supported.
 *
 * "Back" right after a modal auxiliary or infinitive "to" (a negation or one adverb may stand
 * between: "would not back", "will also back"), with a noun phrase right after it, is the
 * clause's verb: it takes the noun phrase's place in the tree and a verb's tag, the noun becomes
 * its object, the noun's dependents before "back" (the subject, the auxiliary, adverbs) and its
 * clause-level dependents after it (a prepositional phrase, punctuation, a clause) move to it.
 * "Back" before anything else ("would come back", "would back down") stays as it is.
 */
import type { RepairContext } from './context.js';
import { attach, children, head, label } from './context.js';

const MODALS = new Set([
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'shall',
  "'ll",
  "'d",
  'to',
]);
const BETWEEN = new Set(['not', "n't", 'never', 'also', 'still', 'now', 'only', 'probably']);
const IS_NOMINAL = /^(NOUN|PROPN|PRON|NUM)$/;
const IS_DET = /^(DET|ADJ|NUM|PROPN|NOUN)$/;
/** Dependents that stay with the noun: its own modifiers and its conjuncts. */
const NOUN_LABELS =
  /^(det|det:poss|amod|compound|flat|nmod:poss|nummod|conj|cc|appos|case|compound:prt)$/;

/** The modal or "to" before "back" at `b`, past a negation or adverb; -1 when there is none. */
function modalBefore(c: RepairContext, b: number): number {
  let k = b - 1;
  if (k >= c.first && BETWEEN.has(c.tokens[k]?.lower ?? '')) k--;
  if (k < c.first) return -1;
  return MODALS.has(c.tokens[k]?.lower ?? '') ? k : -1;
}

/** The top of the phrase starting right after "back" at `b` below `top` (climbing from b + 1). */
function phraseUnder(c: RepairContext, b: number, top: number): number | undefined {
  const next = c.tokens[b + 1];
  if (b + 1 >= c.end || !next || !IS_DET.test(next.upos ?? '')) return undefined;
  let n = b + 1;
  for (let k = 0; k < 8 && n !== top; k++) {
    const h = head(c, n);
    if (h === top) return n;
    if (h <= b) return undefined;
    n = h;
  }
  return n === top ? n : undefined;
}

function relabel(c: RepairContext, k: number): string {
  return label(c, k) === 'nmod' ? 'obl' : label(c, k);
}

/** "said it would back X": a verb after the verb it hangs on is that verb's complement. */
function clauseLabel(c: RepairContext, b: number, h: number): string {
  const l = label(c, b);
  if (l !== 'advmod') return l;
  return /^(VERB|AUX)$/.test(c.tokens[h]?.upos ?? '') && h < b ? 'ccomp' : 'parataxis';
}

export function backAsVerb(c: RepairContext): void {
  for (let b = c.first + 1; b < c.end; b++) {
    const t = c.tokens[b];
    if (!t || t.lower !== 'back' || t.upos === 'VERB' || modalBefore(c, b) < 0) continue;
    let r = head(c, b);
    if (r > b && IS_NOMINAL.test(c.tokens[r]?.upos ?? '')) {
      // "Britain will back France": the clause is rooted in a nominal after "back".
      const n = phraseUnder(c, b, r);
      if (n === undefined) continue;
      const kids = children(c, r).filter((k) => k !== b && k !== n);
      (c.arcs.tags ??= [])[b - c.first] = 'VERB';
      attach(c, b, head(c, r), label(c, r));
      if (n === r) {
        attach(c, r, b, 'obj');
        for (const k of kids) {
          if (k < b || (k > r && !NOUN_LABELS.test(label(c, k)))) attach(c, k, b, relabel(c, k));
        }
      } else {
        // "would back Gordon Brown in any leadership contest" rooted in "contest".
        const marked = kids.some((k) => label(c, k) === 'case' && k < r);
        attach(c, n, b, 'obj');
        attach(c, r, b, marked ? 'obl' : 'obj');
        for (const k of kids) if (k < b || k > r) attach(c, k, b, relabel(c, k));
      }
      continue;
    }
    // The name hung on "back", "back" on what the parse made the clause's head.
    const n = phraseUnder(c, b, b);
    if (n === undefined || n === b) continue;
    (c.arcs.tags ??= [])[b - c.first] = 'VERB';
    attach(c, n, b, 'obj');
    // "would" (read as a copula) holding "back": the modal is the verb's, its head the clause's.
    const m = modalBefore(c, b);
    const modal = r === m || (r >= 0 && /^(aux|cop)$/.test(label(c, r)) && r < b) ? r : -1;
    if (modal >= 0) r = head(c, modal);
    const rt = c.tokens[r];
    if (r >= 0 && r < b && IS_NOMINAL.test(rt?.upos ?? '') && rt?.upos !== 'PRON') {
      // "The Tories will back Tony Blair" rooted in "Tories": the noun is the subject.
      const after = children(c, r).filter((k) => k > b);
      attach(c, b, head(c, r), label(c, r));
      attach(c, r, b, 'nsubj');
      for (const k of after) attach(c, k, b, relabel(c, k));
    } else if (r >= 0 && r < b && /^(VERB|AUX)$/.test(rt?.upos ?? '')) {
      // "Labour said it would back Gordon Brown": "it" is the second subject of "said".
      attach(c, b, r, 'ccomp');
      const subjects = children(c, r).filter((k) => label(c, k) === 'nsubj');
      for (const k of subjects)
        if (k > r && k < b && subjects.some((o) => o < r)) attach(c, k, b, 'nsubj');
    } else {
      attach(c, b, r, r < 0 ? 'root' : clauseLabel(c, b, r));
    }
    if (modal >= 0) attach(c, modal, b, 'aux');
  }
}
