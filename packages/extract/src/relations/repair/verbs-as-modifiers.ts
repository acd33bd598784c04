/**
 * Verbs read as modifiers. "EU Trade Commissioner Peter Mandelson criticised China": the tagger
 * reads "criticised" as a verb but the parse hangs it on the name after it as an adjective
 * ("criticised China", amod), leaving the sentence rooted in a name with no verb. A verb-tagged
 * word hung as amod right after a name, in a sentence whose root is a noun or a name and which has
 * no other verb or auxiliary, is the sentence's verb: the name before is its subject, the name it
 * hung on its object, and what hung on the old root after the verb is the verb's.
 */
import type { RepairContext } from './context.js';
import { attach, children, headOf, label, rootOf } from './context.js';

const IS_NOMINAL = /^(NOUN|PROPN)$/;
const IS_VERBAL = /^(VERB|AUX)$/;

export function verbsAsModifiers(c: RepairContext): void {
  const root = rootOf(c);
  if (root < 0 || !IS_NOMINAL.test(c.tokens[root]?.upos ?? '')) return;
  const verbs: number[] = [];
  for (let k = c.first; k < c.end; k++) if (IS_VERBAL.test(tag(c, k))) verbs.push(k);
  const v = verbs[0];
  if (verbs.length !== 1 || v === undefined || label(c, v) !== 'amod') return;
  const subject = c.mentions.find((m) => m.kind !== 'pronoun' && m.lastToken === v);
  const object = c.mentions.find((m) => m.kind !== 'pronoun' && m.firstToken === v + 1);
  if (!subject || !object || subject.firstToken < c.first || object.lastToken > c.end) return;
  const o = headOf(c, object);
  if (c.arcs.heads[v - c.first] !== o) return;
  attach(c, v, -1, 'root');
  attach(c, headOf(c, subject), v, 'nsubj');
  attach(c, o, v, 'obj');
  for (const k of children(c, root)) if (k > v) attach(c, k, v, label(c, k));
  // The old root, when it was neither name, hangs on the verb as it was on nothing.
  for (const k of children(c, -1)) if (k !== v) attach(c, k, v, 'dep');
}

/** The tag of token k, as a repair may have corrected it. */
function tag(c: RepairContext, k: number): string {
  return c.arcs.tags?.[k - c.first] ?? c.tokens[k]?.upos ?? '';
}
