/**
 * "The gunman who shot Ola Vik, Karl Dahl, was arrested.", "The firm which bought Initech Corp.,
 * Globex, said …", "The company that makes the drones, Globex, was sold": a common noun with a
 * relative clause, then a name set off by commas right after the clause, then the verb the noun
 * is the subject of. The name is the
 * noun's apposition (who the gunman or the firm is); the parser hangs it on the clause's last
 * name (a compound, an apposition), inside the clause, or makes it a second subject of the verb. An age and an
 * "of" phrase right after the name (", 34, of Ashby,") are the name's.
 *
 * Only a name of the kind the noun describes (a person noun and a person's name, "firm" and an
 * organisation's), and only when the noun is the subject of a verb after the name: "the gunman
 * who shot Ola Vik, Karl Dahl and Eva Lund" lists whom he shot (a conjunction follows).
 */
import type { MentionSpan } from '../../analysis.js';
import type { RepairContext } from './context.js';
import { attach, children, dominates, head, headOf, label } from './context.js';
import { STARTS_NSUBJ } from './labels.js';
import { isAge, isPersonNoun } from './words.js';

const IS_RELATIVE_WORD = /^(who|which|that)$/;

/** The entity type a common noun describes ("gunman" a person, "firm" an organisation). */
function describes(c: RepairContext, n: number): string | undefined {
  const lemma = (c.tokens[n]?.lemma ?? '').toLowerCase();
  if (isPersonNoun(c, n) || c.lex.perpetratorNouns.has(lemma)) return 'PERSON';
  return c.lex.descriptorTypes.get(lemma);
}

/** The name that starts right after a comma at `k`. */
function nameAfterComma(c: RepairContext, k: number): MentionSpan | undefined {
  if (c.tokens[k]?.text !== ',') return undefined;
  return c.mentions.find((m) => m.firstToken === k + 1 && m.kind === 'name');
}

export function namesAfterRelativeClauses(c: RepairContext): void {
  const { tokens } = c;
  for (let n = c.first + 1; n < c.end; n++) {
    const t = tokens[n];
    if (!t || t.upos !== 'NOUN' || t.text !== t.lower) continue;
    const v = head(c, n);
    if (v < 0 || !STARTS_NSUBJ.test(label(c, n))) continue;
    const rc = children(c, n).find((k) => k > n && label(c, k) === 'acl:relcl');
    if (rc === undefined || !IS_RELATIVE_WORD.test(tokens[n + 1]?.lower ?? '')) continue;
    const kind = describes(c, n);
    if (!kind) continue;
    for (let k = rc + 1; k < v; k++) {
      const b = nameAfterComma(c, k);
      if (!b || b.type !== kind || b.lastToken >= v) continue;
      // The clause ends right before the comma ("who shot Ola Vik", "that makes the drones");
      // the appositive name is closed by a comma.
      if (!dominates(c, rc, k - 1) || tokens[b.lastToken]?.text !== ',') continue;
      const x = headOf(c, b);
      if (head(c, x) === n && label(c, x) === 'appos') break;
      attach(c, x, n, 'appos');
      trailingOfName(c, x, b.lastToken, v);
      break;
    }
  }
}

/** ", 34, of Ashby," right after the appositive name: its age and its "of" phrase. */
function trailingOfName(c: RepairContext, x: number, comma: number, v: number): void {
  let k = comma;
  if (isAge(c, k + 1) && c.tokens[k + 2]?.text === ',') {
    if (head(c, k + 1) !== x) attach(c, k + 1, x, 'dep');
    k += 2;
  }
  if (c.tokens[k]?.text !== ',' || c.tokens[k + 1]?.lower !== 'of') return;
  const of = k + 1;
  const y = head(c, of);
  if (y <= of || y >= v) return;
  attach(c, y, x, 'nmod');
}
