/**
 * "the club", "the side", "the team" in a sports report and "the band" in any report: the
 * organisation the report is about (patterns/focus.ts: named in the headline, the most mentioned
 * organisation by twice any other), when no other description rule found an antecedent.
 *
 * A report about one club calls it "the club" and "the side" long after its name; a report about
 * one band calls it "the band". The noun must stand alone after "the" ("the home side", "the
 * national team" are others), be singular, and the focus must be named before it. Another
 * organisation (or, in a sports report, a country, whose name is often its national side) named
 * more recently than the focus, in the description's sentence or the two before, may be the one
 * meant: the description is then left unresolved; so is one whose kind the document gives the
 * focus no part in ("the band" in a report calling the focus a label).
 */
import type { MentionSpan } from '../analysis.js';
import { readData } from '../lexicon.js';
import { entityType } from './arguments.js';
import type { Context } from './arguments.js';
import { descriptionKind, otherKindOnly } from './coref-kinds.js';
import { organisationInFocus } from './patterns/focus.js';
import type { SentenceTree } from './tree.js';

interface FocusNounsFile {
  readonly focusNouns: { readonly sport: readonly string[]; readonly any: readonly string[] };
}

let nouns: { sport: ReadonlySet<string>; any: ReadonlySet<string> } | undefined;

function focusNouns(): { sport: ReadonlySet<string>; any: ReadonlySet<string> } {
  if (!nouns) {
    const file = readData<FocusNounsFile>('description-kinds.json').focusNouns;
    nouns = { sport: new Set(file.sport), any: new Set(file.any) };
  }
  return nouns;
}

/** Sentences before the description's own in which a rival organisation blocks the focus. */
const RIVAL_WINDOW = 2;

/**
 * The mention of the organisation in focus that the bare description headed by `i` (in sentence
 * `k`) refers to, or undefined. The caller has checked that `i` heads "the" + noun alone.
 *
 * @example
 * // sports report about Chelsea: "… Chelsea … The club said Ola Dahl would stay." -> <Chelsea>
 */
export function focusDescription(
  trees: readonly SentenceTree[],
  k: number,
  i: number,
  ctx: Context,
): MentionSpan | undefined {
  const tree = trees[k] as SentenceTree;
  const lemma = tree.lemma(i);
  const { sport, any } = focusNouns();
  if (!any.has(lemma) && !(ctx.sport && sport.has(lemma))) return undefined;
  if (tree.lower(i) !== lemma) return undefined;
  const a = tree.analysis;
  // Named in the headline or the lead, in a sports report too (its headline often names a player).
  const focus = organisationInFocus(a, false);
  if (!focus) return undefined;
  // "broadcaster Telenor" is no club, "label Globex Records" no band.
  const kind = descriptionKind(tree, i);
  if (kind !== undefined && [...focus.members].some((id) => otherKindOnly(trees, id, kind))) {
    return undefined;
  }
  let last: MentionSpan | undefined;
  let rival = false;
  for (const m of a.mentions) {
    if (m.sentence > k || (m.sentence === k && m.firstToken >= i)) break;
    if (m.kind === 'pronoun') continue;
    if (focus.members.has(m.entityId)) {
      last = m;
      rival = false;
      continue;
    }
    if (m.sentence < k - RIVAL_WINDOW) continue;
    const type = entityType(tree, m);
    if (type === 'ORG' || (ctx.sport && type === 'GPE')) rival = true;
  }
  return rival ? undefined : last;
}
