/**
 * Names spelled out before their acronym: "The Organisation for Security and Cooperation in Europe
 * ( OSCE )", "the official Iraqi News Agency ( INA )". An acronym in brackets spells the initials
 * of the name right before it, so that name runs from the word giving the acronym's first letter
 * to the bracket, across the connectors (*of, for, and, in, on, the, de*) and the pieces the run
 * rules cut it into.
 */
import type { EntityType } from '@kg/schema';
import type { Token } from './analysis.js';
import { isCap } from './casing.js';
import type { RawMention } from './raw-mention.js';

/** Words inside a name that its acronym leaves out: "Organisation for Security and …". */
const ACRONYM_CONNECTORS = new Set(['of', 'for', 'and', '&', 'in', 'on', 'the', 'de', 'du', 'des']);

/**
 * Folds the pieces of each name spelled out before a bracketed acronym into one mention: when the
 * pieces are two or more, or one that covers only part of the name, they become one organisation
 * (the acronym's own type when a rule was sure of it), added with `push`. Returns the indices of
 * the mentions folded into a new one.
 */
export function acronymNames(
  tokens: readonly Token[],
  mentions: RawMention[],
  push: (m: RawMention) => number,
): Set<number> {
  const merged = new Set<number>();
  const count = mentions.length;
  for (let a = 0; a < count; a++) {
    const acr = mentions[a] as RawMention;
    if (acr.lastToken - acr.firstToken !== 1) continue;
    const word = tokens[acr.firstToken] as Token;
    const open = tokens[acr.firstToken - 1];
    if (!open || open.text !== '(' || tokens[acr.lastToken]?.text !== ')') continue;
    if (!/^\p{Lu}{2,8}$/u.test(word.text)) continue;
    const first = spelledOut(tokens, word.text, open.i);
    if (first === undefined) continue;
    const inside: number[] = [];
    mentions.forEach((m, k) => {
      if (!merged.has(k) && m.lastToken > first && m.firstToken < open.i) inside.push(k);
    });
    const pieces = inside.map((k) => mentions[k] as RawMention);
    if (!pieces.length || pieces.some((m) => m.firstToken < first || m.lastToken > open.i)) {
      continue;
    }
    if (pieces.length === 1 && pieces[0]?.firstToken === first) continue;
    if (pieces.some((m) => m.type === 'PERSON' && m.confident)) continue;
    for (const k of inside) merged.add(k);
    const type: EntityType = acr.confident && acr.entityType !== 'GPE' ? acr.entityType : 'ORG';
    push({
      firstToken: first,
      lastToken: open.i,
      type,
      kind: 'name',
      entityType: type,
      confident: true,
    });
    if (!acr.confident) {
      acr.type = type;
      acr.entityType = type;
    }
  }
  return merged;
}

/**
 * The first token of the capitalised name ending right before `end` whose initials spell
 * `acronym`, or undefined. Lower-case connectors between its words give no letter.
 */
function spelledOut(tokens: readonly Token[], acronym: string, end: number): number | undefined {
  const letters = acronym.toLowerCase();
  let p = letters.length - 1;
  const sentence = tokens[end]?.sentence;
  for (let k = end - 1; k >= 0 && end - k <= 16; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return undefined;
    if (isCap(t) && /^\p{Lu}\p{Ll}/u.test(t.text)) {
      if (t.lower[0] !== letters[p]) return undefined;
      if (p === 0) return k;
      p--;
      continue;
    }
    if (!ACRONYM_CONNECTORS.has(t.lower) || k === end - 1) return undefined;
  }
  return undefined;
}

/** Capitals, digits and "&", no dots: "PLO", "WBA", "G7"; not initials ("A.J.P.", "L.O."). */
const BODY_ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,6}$/u;

/**
 * Is the mention a lone acronym of capitals ("the PLO", "his WBA title", "DNIB issued a bond")?
 * In news copy such a word names a body even where the tagger reads no name in it (see
 * news-style.ts); dotted initials are more often a person's.
 */
export function bodyAcronym(tokens: readonly Token[], m: RawMention): boolean {
  if (m.kind !== 'acronym' || m.lastToken - m.firstToken !== 1) return false;
  return BODY_ACRONYM.test(tokens[m.firstToken]?.text ?? '');
}
