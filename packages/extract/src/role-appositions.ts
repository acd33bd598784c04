/**
 * A role in apposition without an article (issue 14): news style describes a person after a
 * comma by the post they hold, with no "a" or "the" ("Ola Vik, former deputy director of the
 * Lemurian mint, said …", "Kessler, spokesman for the ministry,", "Dahl, chairman, said").
 * `describedInApposition` (context.ts) reads a description opened by an article; this reads the
 * bare one, where the head is a role word of `titles.json` (after at most four modifiers: the
 * role modifiers, *deputy, former, acting* …, ordinals and other lower-case adjectives) closing the
 * apposition or opening its of-phrase. Only a role that names a person's post counts: a role a
 * body may hold as well ("Globex, owner of the Zentrix chain", "Varnex, leader in chips") does
 * not, nor a role before a capitalised word ("Bergen, Mayor Ola Vik said": a title before a
 * name).
 */
import type { Token } from './analysis.js';
import { longestPhrase, type Lexicon } from './lexicon.js';
import type { RawMention } from './raw-mention.js';
import { inSentence } from './sentence-tokens.js';

/** Roles a company or a party holds as often as a person: no sign of a person here. */
const SHARED_ROLES = new Set(['owner', 'co-owner', 'leader', 'co-leader', 'founder', 'co-founder']);

/** Words that may close a bare role apposition or open its complement. */
const ROLE_ENDS = new Set([
  ',',
  '.',
  ';',
  ')',
  '--',
  '—',
  '–',
  'of',
  'for',
  'at',
  'with',
  'in',
  'who',
  'and',
  'since',
  'until',
]);

const ORDINALS = /^(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))$/;
const MAX_MODIFIERS = 4;

/**
 * Is mention m followed by a comma and a bare role phrase ("Vik, former deputy director of …")?
 * Then m names a person.
 */
export function roleInApposition(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  const at = inSentence(tokens, tokens[m.firstToken]?.sentence);
  if (at(m.lastToken)?.text !== ',') return false;
  const end = tokens.length;
  let k = m.lastToken + 1;
  for (let n = 0; n <= MAX_MODIFIERS; n++) {
    const t = at(k);
    if (!t) return false;
    const hit = longestPhrase(lex.roles, tokens, k, end);
    if (hit) {
      const words = tokens.slice(k, k + hit.length);
      const head = words.map((w) => w.lower).join(' ');
      const next = at(k + hit.length);
      if (next && ROLE_ENDS.has(next.lower)) return !SHARED_ROLES.has(head);
    }
    // A modifier: "former", "deputy", "first", "general" (a role word too: "general director");
    // not a role before a name ("Bergen, Mayor Ola Vik said": a title, not a description).
    const modifier =
      lex.roleModifiers.has(t.lower) ||
      ORDINALS.test(t.lower) ||
      (t.pos === 'ADJ' && t.text === t.lower);
    if (!modifier) return false;
    k++;
  }
  return false;
}
