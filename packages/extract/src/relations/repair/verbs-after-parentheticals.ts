/**
 * "Tom Reed, 24, shot Ola Vik twice.", "Tom Reed, a carpenter, shot Ola Vik.": an irregular
 * past form the tagger read as a noun or adjective ("shot") right after the comma that closes a
 * name's age or apposition, and right before a name, a determiner or "and" and a verb, in a
 * clause with no verb before the name, is the clause's verb. The parse, with no verb to build on,
 * makes the name the root and "shot" a list item of it. verbsTaggedAsNouns (clauses.ts) reads the
 * same form right after the name; this repair reads it across the comma-set phrase in between.
 */
import { IRREGULAR } from '../irregular-verbs.js';
import type { RepairContext } from './context.js';
import { attach, children, headOf, label, rootOf } from './context.js';

const IS_VERB = /^(VERB|AUX)$/;
/** The longest age or apposition read between the commas ("a former Globex worker"). */
const MAX_PARENTHETICAL = 6;

export function verbsAfterParentheticals(c: RepairContext): void {
  const { tokens } = c;
  for (const a of c.mentions) {
    if (a.kind === 'pronoun' || tokens[a.lastToken]?.text !== ',') continue;
    if (a.firstToken !== c.first && tokens[a.firstToken - 1]?.text !== ',') continue;
    let close = -1;
    for (let k = a.lastToken + 1; k < c.end && k <= a.lastToken + MAX_PARENTHETICAL + 1; k++) {
      const t = tokens[k];
      if (!t || IS_VERB.test(t.upos) || t.text === '(' || t.text === ')') break;
      if (t.text === ',') {
        close = k;
        break;
      }
    }
    if (close < 0 || close === a.lastToken + 1) continue;
    const v = close + 1;
    const t = tokens[v];
    if (v >= c.end - 1 || !t || !IRREGULAR.has(t.lower)) continue;
    if (t.upos !== 'NOUN' && t.upos !== 'ADJ') continue;
    let verbBefore = false;
    for (let k = c.first; k < v; k++) if (IS_VERB.test(tokens[k]?.upos ?? '')) verbBefore = true;
    if (verbBefore) continue;
    const b = c.mentions.find((m) => m.firstToken === v + 1 && m.kind !== 'pronoun');
    const next = tokens[v + 1];
    const coordinated = next?.upos === 'CCONJ' && tokens[v + 2]?.upos === 'VERB';
    if (!b && !coordinated && next?.upos !== 'DET') continue;
    const old = rootOf(c);
    (c.arcs.tags ??= [])[v - c.first] = 'VERB';
    attach(c, v, -1, 'root');
    const s = headOf(c, a);
    attach(c, s, v, 'nsubj');
    if (coordinated) {
      attach(c, v + 2, v, 'conj');
      attach(c, v + 1, v + 2, 'cc');
      continue;
    }
    const o = b ? headOf(c, b) : nounAfter(c, v + 1);
    if (o === undefined) continue;
    attach(c, o, v, 'obj');
    // What hung on the old root after the verb is the verb's ("in the head"), and the closing
    // comma too; the age or apposition stays on the name.
    for (const root of [old, s]) {
      if (root < 0 || root === v) continue;
      for (const k of children(c, root)) {
        if (k < close || k === v || (b && k < b.lastToken)) continue;
        attach(c, k, v, label(c, k).startsWith('nmod') ? 'obl' : label(c, k));
      }
    }
  }
}

/** The noun a determiner at `d` opens ("the gunman"): the first noun after it. */
function nounAfter(c: RepairContext, d: number): number | undefined {
  for (let k = d + 1; k < c.end && k < d + 5; k++) {
    if (/^(NOUN|PROPN)$/.test(c.tokens[k]?.upos ?? '')) return k;
  }
  return undefined;
}
