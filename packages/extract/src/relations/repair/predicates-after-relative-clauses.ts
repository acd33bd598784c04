/**
 * "Tom Reed, who knew her, shot Ann Holt.", "Ann Holt, who is 62, lives in Leeds.", "Tom Reed,
 * the company's chairman, lives in Ashby.", "Police said Tom Reed, an unemployed welder, killed
 * Ann Holt": a name that opens the sentence (or follows a verb of saying), a relative clause or
 * an apposition (a common noun or an age) set off by commas, and a verb form right after the
 * closing comma. The parser often swallows that verb into the segment (a conjunct of its object,
 * an apposition, a vocative, a clause of the apposition's noun), tagged as a noun ("shot",
 * "lives") or as a verb, and leaves the name the root or a subject of something else, so the
 * verb has no subject. The verb becomes the root (or the complement of the verb of saying) with
 * the name its subject, the segment the name's; what follows the verb and hung before it is the
 * verb's (a bare nominal its object, a phrase with a case word an oblique).
 * predicatesAfterRelatives (clauses.ts) handles a verb-tagged predicate the parse hung directly
 * on the relative clause; this reads the surface instead.
 *
 * The verb form: a token tagged VERB with no subject of its own, or one tagged as a noun or
 * adjective that is an irregular past ("shot") or a present in -s of a verb the frames know
 * ("lives", "works"), followed by a name, a determiner, a pronoun, a preposition or an adverb.
 * A list of names ("Ann Holt, Tom Reed, and …") is no apposition.
 */
import type { Token } from '../../analysis.js';
import { IRREGULAR } from '../irregular-verbs.js';
import type { RepairContext } from './context.js';
import { attach, children, head, headOf, label, segmentHead } from './context.js';
import { STARTS_NSUBJ } from './labels.js';
import { isAge, isRelative } from './words.js';

const IS_NOUN_ADJ = /^(NOUN|ADJ)$/;
const IS_VERB_AUX = /^(VERB|AUX)$/;
const IS_NOMINAL = /^(NOUN|PROPN|PRON|NUM)$/;
/** What may follow the main verb: its object, a phrase, an adverb. */
const IS_AFTER_VERB = /^(PROPN|DET|PRON|ADP|ADV|NUM)$/;
const IS_CASE = /^(case|mark)$/;
const ENDS_IES = /ies$/;
const ENDS_ES = /(ch|sh|ss|x|z|o)es$/;
const ENDS_S = /s$/;
/** How far the closing comma may be from the relative pronoun, in tokens. */
const REACH = 12;

/** The verb lemma of a present in -s ("lives" → live, "carries" → carry, "pushes" → push). */
export function presentStem(lower: string): string[] {
  if (ENDS_IES.test(lower)) return [lower.slice(0, -3) + 'y'];
  if (ENDS_ES.test(lower)) return [lower.slice(0, -2), lower.slice(0, -1)];
  return ENDS_S.test(lower) ? [lower.slice(0, -1)] : [];
}

/** Whether the token at `v` is a verb form the tagger may have read as a noun or adjective. */
function verbForm(c: RepairContext, v: number): boolean {
  const t = c.tokens[v] as Token;
  if (t.upos === 'VERB') return !children(c, v).some((k) => STARTS_NSUBJ.test(label(c, k)));
  if (!IS_NOUN_ADJ.test(t.upos) || t.text !== t.lower) return false;
  if (IRREGULAR.has(t.lower)) return true;
  return presentStem(t.lower).some((s) => c.lex.verbs.has(s));
}

/** The verb of saying right before the name ("Police said Tom Reed, …"), else -1. */
function sayingBefore(c: RepairContext, first: number): number {
  let k = first - 1;
  if (c.tokens[k]?.lower === 'that') k--;
  const t = c.tokens[k];
  if (!t || t.upos !== 'VERB') return -1;
  const lemma = t.lemma.toLowerCase();
  return c.lex.reportingVerbs.has(lemma) || c.lex.sayingVerbs.has(lemma) ? k : -1;
}

/**
 * The segment a name's commas set off: a relative clause ("who knew her") or an apposition
 * headed by a common noun or an age ("an unemployed welder", "the company's chairman", "62");
 * its head and the label it takes on the name, or undefined.
 */
function setOff(
  c: RepairContext,
  open: number,
  close: number,
): { head: number; label: string } | undefined {
  const h = segmentHead(c, open, close);
  if (h === undefined) return undefined;
  if (isRelative(c, open)) return { head: h, label: 'acl:relcl' };
  const t = c.tokens[h] as Token;
  const noun = (t.upos === 'NOUN' && t.text === t.lower) || isAge(c, h);
  if (!noun) return undefined;
  for (let k = open; k < close; k++)
    if (IS_VERB_AUX.test(c.tokens[k]?.upos ?? '')) return undefined;
  return { head: h, label: 'appos' };
}

export function predicatesAfterRelativeClauses(c: RepairContext): void {
  const { tokens } = c;
  for (const a of c.mentions) {
    if (a.kind !== 'name' || a.type === 'NORP' || tokens[a.lastToken]?.text !== ',') continue;
    const say = a.firstToken === c.first ? -1 : sayingBefore(c, a.firstToken);
    if (a.firstToken !== c.first && say < 0) continue;
    const open = a.lastToken + 1;
    let close = -1;
    for (let k = open + 1; k < c.end && k <= open + REACH; k++) {
      if (tokens[k]?.text === ',') {
        close = k;
        break;
      }
    }
    const v = close + 1;
    if (close < 0 || v >= c.end - 1 || !verbForm(c, v)) continue;
    if (!IS_AFTER_VERB.test(tokens[v + 1]?.upos ?? '')) continue;
    const n = headOf(c, a);
    // Already read: the name is the subject of a verb after the clause.
    if (STARTS_NSUBJ.test(label(c, n)) && head(c, n) >= v) continue;
    const segment = setOff(c, open, close);
    if (!segment) continue;
    repair(c, { name: n, say, open, close, verb: v, segment: segment.head, as: segment.label });
    return;
  }
}

interface Shape {
  name: number;
  /** The verb of saying whose complement the clause is, or -1: the clause is the sentence's. */
  say: number;
  open: number;
  close: number;
  verb: number;
  segment: number;
  as: string;
}

function repair(c: RepairContext, s: Shape): void {
  const { tokens } = c;
  const v = s.verb;
  const before: number[] = [];
  for (let k = v + 1; k < c.end; k++) if (head(c, k) < v) before.push(k);
  const vKids = children(c, v).filter((k) => k > v);
  (c.arcs.tags ??= [])[v - c.first] = 'VERB';
  if (s.say >= 0) attach(c, v, s.say, 'ccomp');
  else attach(c, v, -1, 'root');
  attach(c, s.name, v, 'nsubj');
  if (s.say >= 0 && tokens[s.say + 1]?.lower === 'that') attach(c, s.say + 1, v, 'mark');
  attach(c, s.segment, s.name, s.as);
  if (s.as === 'acl:relcl' && head(c, s.open) !== s.segment) {
    if (!IS_NOMINAL.test(tokens[s.segment]?.upos ?? '')) attach(c, s.open, s.segment, 'nsubj');
  }
  attach(c, s.close, s.segment, 'punct');
  // What follows the verb: its object (the first bare nominal) and its phrases; the sentence's
  // closing punctuation stays on the verb of saying.
  let object = false;
  for (const k of [...vKids, ...before]) {
    if (tokens[k]?.upos === 'PUNCT') {
      attach(c, k, s.say >= 0 ? s.say : v, 'punct');
      continue;
    }
    const cased = children(c, k).some((x) => IS_CASE.test(label(c, x)) && x < k);
    if (cased) attach(c, k, v, 'obl');
    else if (!object && IS_NOMINAL.test(tokens[k]?.upos ?? '')) {
      attach(c, k, v, 'obj');
      object = true;
    } else if (head(c, k) !== v) attach(c, k, v, label(c, k));
  }
}
