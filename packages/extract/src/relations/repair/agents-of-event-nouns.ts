/**
 * Agents of event nouns parsed onto their "of" phrase. "The takeover of Initech by Globex
 * collapsed": the parse hangs "by Globex" on "Initech", so the takeover has no doer and, in a
 * passive clause, a later repair would make Globex the agent of the verb ("was blocked by"). A
 * "by" phrase naming an actor, hung on a name that is the "of" phrase of an event noun
 * (nominal-frames.json nouns and pairNouns) with no "by" phrase of its own, is the event noun's.
 */
import type { RepairContext } from './context.js';
import { attach, children, head, headOf, label } from './context.js';

const IS_ACTOR = /^(PERSON|ORG|GPE)$/;

export function agentsOfEventNouns(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || !IS_ACTOR.test(m.type)) continue;
    if (m.firstToken <= c.first || m.lastToken > c.end) continue;
    if (c.tokens[m.firstToken - 1]?.lower !== 'by') continue;
    const x = headOf(c, m);
    const y = head(c, x);
    if (!label(c, x).startsWith('nmod') || y < c.first || y >= x) continue;
    if (!c.mentions.some((n) => n.kind !== 'pronoun' && headOf(c, n) === y)) continue;
    if (!label(c, y).startsWith('nmod') || caseWord(c, y) !== 'of') continue;
    const e = head(c, y);
    if (e < c.first || e >= y || !isEventNoun(c, e)) continue;
    if (children(c, e).some((k) => k !== y && caseWord(c, k) === 'by')) continue;
    attach(c, x, e, 'nmod');
  }
}

function caseWord(c: RepairContext, x: number): string {
  const k = children(c, x).find((j) => j < x && label(c, j) === 'case');
  return k === undefined ? '' : (c.tokens[k]?.lower ?? '');
}

function isEventNoun(c: RepairContext, e: number): boolean {
  const t = c.tokens[e];
  if (t?.upos !== 'NOUN') return false;
  const lemma = t.lemma.toLowerCase();
  return c.lex.nouns.has(lemma) || c.lex.pairNouns.has(lemma);
}
