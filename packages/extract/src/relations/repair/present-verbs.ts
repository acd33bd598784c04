/**
 * "Pfizer plans to buy Warner-Lambert", "Vivendi controls Universal Music": a verb's present in
 * -s that is as often a plural noun (*plans, attempts, controls, funds*) read as a noun by the
 * tagger, so the parse makes it the root noun with the name before it a modifier and the
 * infinitive or the name after it the noun's: the clause has no verb, and nobody buys anything.
 *
 * The form, tagged as a noun, lower-case, heading its clause (the root or a clause's head), right
 * after its subject (a name, "it / he / she", or a singular common noun after a determiner: "The
 * company plans to …"; not a possessive, a determiner or an adjective: "Pfizer's plans", "new
 * plans"), is a verb when it is a verb of intending or attempting (`complementVerbs` in
 * modality-cues.json) with "to" and a verb right after it, or a verb the frames know with a name
 * or a determiner right after it (not a name modifying a noun: "targets England comeback"). The
 * subject hangs on it, the infinitive is its complement, the name after it its object; its tag
 * is corrected for the relation layer.
 */
import type { MentionSpan, Token } from '../../analysis.js';
import type { RepairContext } from './context.js';
import { attach, children, headOf, label } from './context.js';
import { presentStem } from './predicates-after-relative-clauses.js';

const CLAUSE_LABELS = /^(root|ccomp|conj|parataxis|advcl)$/;
const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that']);

/** The subject right before `v`: a name's head, a pronoun or a determined common noun; else -1. */
function subjectBefore(c: RepairContext, v: number): number {
  const k = v - 1;
  const t = c.tokens[k];
  if (!t || k < c.first) return -1;
  const name = c.mentions.find((m) => m.lastToken === v && m.kind !== 'pronoun');
  if (name) return name.type === 'NORP' ? -1 : headOf(c, name);
  if (t.upos === 'PRON') return SUBJECT_PRONOUNS.has(t.lower) ? k : -1;
  const det = c.tokens[k - 1];
  const common = t.upos === 'NOUN' && t.text === t.lower && !t.lower.endsWith('s');
  return common && det && DETERMINERS.has(det.lower) ? k : -1;
}

/** A name starting at `i`, or -1. */
function nameAt(c: RepairContext, i: number): MentionSpan | undefined {
  return c.mentions.find((m) => m.firstToken === i && m.kind !== 'pronoun');
}

/**
 * The object of a verb the frames know right after `v`: a name standing alone, or the noun a
 * determiner opens; -1 where none, or where a name modifies a noun after it ("targets England
 * comeback": a headline's compound, left alone).
 */
function objectAfter(c: RepairContext, v: number, stems: string[]): number {
  if (!stems.some((x) => c.lex.verbs.has(x))) return -1;
  const next = c.tokens[v + 1] as Token;
  const b = nameAt(c, v + 1);
  if (b) return c.tokens[b.lastToken]?.upos === 'NOUN' ? -1 : headOf(c, b);
  if (next.upos !== 'DET') return -1;
  let o = -1;
  for (let k = v + 2; k < c.end && k < v + 6; k++) {
    const tag = c.tokens[k]?.upos;
    if (tag === 'NOUN' || tag === 'PROPN') o = k;
    else if (o >= 0) break;
  }
  return o;
}

export function presentVerbsAsNouns(c: RepairContext): void {
  const { tokens } = c;
  for (let v = c.first + 1; v < c.end - 1; v++) {
    const t = tokens[v] as Token;
    if (t.upos !== 'NOUN' || t.text !== t.lower || !CLAUSE_LABELS.test(label(c, v))) continue;
    const stems = presentStem(t.lower);
    if (stems.length === 0) continue;
    const s = subjectBefore(c, v);
    if (s < 0) continue;
    const next = tokens[v + 1] as Token;
    const infinitive =
      next.lower === 'to' &&
      tokens[v + 2]?.upos === 'VERB' &&
      stems.some((x) => c.lex.complementVerbs.has(x));
    const o = infinitive ? -1 : objectAfter(c, v, stems);
    if (!infinitive && o < 0) continue;
    (c.arcs.tags ??= [])[v - c.first] = 'VERB';
    attach(c, s, v, 'nsubj');
    // "The company plans": the determiner the parse hung on the noun read is the subject's.
    if (s === v - 1 && DETERMINERS.has(tokens[s - 1]?.lower ?? '')) attach(c, s - 1, s, 'det');
    if (infinitive) {
      attach(c, v + 2, v, 'xcomp');
      attach(c, v + 1, v + 2, 'mark');
      continue;
    }
    attach(c, o, v, 'obj');
    // What hung on the verb after the object stays the verb's.
    for (const k of children(c, v))
      if (k > o && label(c, k).startsWith('nmod')) attach(c, k, v, 'obl');
  }
}
