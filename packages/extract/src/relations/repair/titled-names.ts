/**
 * Names under title chains. "UN Secretary General Kofi Annan visited Iraq", "Treasury Secretary
 * Nicholas Brady said", "EU Trade Commissioner Peter Mandelson criticised China": a body, a
 * capitalised title and a person's name read by the parser as one proper-noun chain headed by
 * its first word, so the body became the subject ("UN visited Iraq") and the person a flat part
 * of it. When a person's name hangs on a word before it and the words right before the name end
 * in a role (titles.json, nominal-frames.json), the name heads the phrase: it takes the chain's
 * place, the role word describes it (nmod:desc), the other title words are compounds of the role
 * word and the body before them modifies it, as in "French President Jacques Chirac".
 */
import type { MentionSpan } from '../../analysis.js';
import type { RepairContext } from './context.js';
import { attach, children, head, headOf, label } from './context.js';

/** Most words a title runs to before the name ("Deputy Secretary of State" has four). */
const MAX_TITLE_WORDS = 4;

export function namesUnderTitleChains(c: RepairContext): void {
  for (const p of c.mentions) {
    if (p.kind === 'pronoun' || p.type !== 'PERSON' || p.firstToken <= c.first) continue;
    if (p.lastToken > c.end) continue;
    const ph = headOf(c, p);
    const top = head(c, ph);
    if (top < c.first || top >= p.firstToken) continue;
    const titleStart = titleBefore(c, p);
    if (titleStart === undefined) continue;
    const body = c.mentions.find(
      (m) => m.kind !== 'pronoun' && m.lastToken === titleStart && m.firstToken >= c.first,
    );
    const start = body ? body.firstToken : titleStart;
    if (top < start) continue;
    // The chain's highest word: where the phrase hangs.
    let root = top;
    while (head(c, root) >= start && head(c, root) < p.firstToken) root = head(c, root);
    attach(c, ph, head(c, root), label(c, root));
    // What the chain's words took from after the name ("criticised China" hung on "EU") is the
    // name's.
    for (let k = start; k < p.firstToken; k++) {
      for (const ch of children(c, k)) if (ch >= p.lastToken) attach(c, ch, ph, label(c, ch));
    }
    const role = p.firstToken - 1;
    attach(c, role, ph, 'nmod:desc');
    // Title words hung outside the title, or on the role word ("Secretary" in "Secretary
    // General" too: one role, not two), are its compounds; what hangs inside the phrase stays,
    // so no arc crosses another ("British Labour Party leader": "British" on "Party").
    const inTitle = (h: number) => h >= titleStart && h < role;
    for (let k = titleStart; k < role; k++) {
      if (!inTitle(head(c, k))) attach(c, k, role, 'compound');
    }
    const bh = body ? headOf(c, body) : -1;
    if (body && !inTitle(head(c, bh))) {
      attach(c, bh, role, body.type === 'NORP' ? 'amod' : 'compound');
    }
  }
}

/**
 * Where the title right before a person's name starts: the name follows a role word ("Secretary
 * General", "Commissioner"), itself after at most a few capitalised words or role words that no
 * mention covers ("Trade", "Deputy"); undefined when no role ends right before the name.
 */
function titleBefore(c: RepairContext, p: MentionSpan): number | undefined {
  const roles = c.lex.roles;
  const role = p.firstToken - 1;
  const last = c.tokens[role];
  if (!last || covered(c, role)) return undefined;
  const two = `${c.tokens[role - 1]?.lower ?? ''} ${last.lower}`;
  if (!roles.has(last.lower) && !(role - 1 >= c.first && roles.has(two))) return undefined;
  let start = role;
  while (start - 1 >= c.first && role - start + 1 < MAX_TITLE_WORDS) {
    const t = c.tokens[start - 1];
    if (!t || covered(c, start - 1) || !/^(NOUN|PROPN|ADJ)$/.test(t.upos)) break;
    if (t.text === t.lower && !roles.has(t.lower)) break;
    start--;
  }
  return start;
}

function covered(c: RepairContext, i: number): boolean {
  return c.mentions.some((m) => m.kind !== 'pronoun' && i >= m.firstToken && i < m.lastToken);
}
