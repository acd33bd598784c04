/**
 * A side's bench: the line right after a team sheet that lists its substitutes under a label
 * (`benchLabels` in team-sheets.json: "Subs Not Used: Weaver, Flood.", "Replacements: Lund for
 * Berg (53), Moe for Dahl (60)", "Not used: Fury, Brooks") is the side's too. The side is the one
 * the other passes (sport.ts, unnamed-sheet.ts, over the whole document) made the players of the
 * sentence before it members of: one side only, for at least MIN_SHEET of them; or the side of the
 * bench line before it ("Not used: …" after "Replacements: …"). Each item of the
 * bench is one player's name ("Weaver"), or a replacement and the player replaced ("Lund for Berg
 * (53)": Lund); a bracket after a name is skipped, but one naming a club or country ("Lund (Kelby)")
 * makes the line a squad of many sides, no bench, as does a sheet with such brackets before it.
 * A line with any other item is no bench. Sports
 * reports only; confidence 0.5.
 */
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { readData } from '../../lexicon.js';
import { entityType, nameAt } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import type { SentenceTree } from '../tree.js';
import { emitSideMembers } from './sport.js';

/** Players of the sheet before a bench that the side must have. */
const MIN_SHEET = 4;
/** Longest bench label ("Replacements not used", "Subs (from)"). */
const MAX_LABEL_TOKENS = 5;
const PLAYER_TYPES = new Set(['PERSON', 'ORG']);
const SEPARATORS = new Set([',', ';', '/']);

let labels: ReadonlySet<string> | undefined;

function benchLabels(): ReadonlySet<string> {
  labels ??= new Set(readData<{ benchLabels: string[] }>('team-sheets.json').benchLabels);
  return labels;
}

export function benchRelations(
  trees: readonly SentenceTree[],
  ctx: Context,
  found: readonly RelationCandidate[],
): RelationCandidate[] {
  if (!ctx.sport) return [];
  const out: RelationCandidate[] = [];
  const benches = new Map<number, MentionSpan>();
  for (let t = 1; t < trees.length; t++) {
    const tree = trees[t] as SentenceTree;
    const colon = benchColon(tree);
    if (colon < 0) continue;
    // A bench after a bench ("Replacements: …" then "Not used: …") is the same side's.
    const before = trees[t - 1] as SentenceTree;
    const side = benches.get(before.sentence.i) ?? sheetSideOf(before, found);
    if (!side) continue;
    const players = benchPlayers(tree, colon + 1)?.filter((m) => m.entityId !== side.entityId);
    if (!players) continue;
    benches.set(tree.sentence.i, side);
    if (players.length === 0) continue;
    const sideRef: Ref = {
      node: tree.first,
      mention: side,
      type: entityType(tree, side),
      via: 'coref',
    };
    emitSideMembers(out, tree, ctx, players, sideRef, 0.5, colon);
  }
  return out;
}

/** The colon after a bench label opening the sentence, or -1. */
export function benchColon(tree: SentenceTree): number {
  for (let k = tree.first; k < tree.end && k - tree.first <= MAX_LABEL_TOKENS; k++) {
    if (tree.lower(k) !== ':') continue;
    const words: string[] = [];
    for (let j = tree.first; j < k; j++) words.push(tree.lower(j));
    const label = words.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
    return benchLabels().has(label) ? k : -1;
  }
  return -1;
}

/**
 * The side the sentence's players are members of in `found`: one side for all of them, and at
 * least MIN_SHEET players.
 */
function sheetSideOf(
  tree: SentenceTree,
  found: readonly RelationCandidate[],
): MentionSpan | undefined {
  const { mentions, entities } = tree.analysis;
  const players = new Set<string>();
  let side: MentionSpan | undefined;
  for (const c of found) {
    if (c.sentence !== tree.sentence.i || c.predicate !== 'MEMBER_OF') continue;
    if (c.modality === 'negated' || entities.get(c.subject)?.type !== 'PERSON') continue;
    const m = c.objectMention === undefined ? undefined : mentions[c.objectMention];
    if (!m || m.entityId !== c.object) continue;
    // A side named on the line but not as its label ("Lund (Kelby), Moe (Ashby), …"): each
    // player's own club, a squad of many sides.
    if (m.sentence === tree.sentence.i && m.firstToken !== tree.first) return undefined;
    if (side && side.entityId !== m.entityId) return undefined;
    side = m;
    players.add(c.subject);
  }
  return players.size >= MIN_SHEET ? side : undefined;
}

/**
 * The players of a bench list from `from`: items set off by separators, each a name that is a
 * whole mention ("Weaver"), or "Lund for Berg", each perhaps with a bracket after it; undefined
 * when an item is anything else.
 */
function benchPlayers(tree: SentenceTree, from: number): MentionSpan[] | undefined {
  const out: MentionSpan[] = [];
  let k = from;
  const end = /^[.!]$/.test(tree.lower(tree.end - 1)) ? tree.end - 1 : tree.end;
  while (k < end) {
    const start = k;
    while (k < end && !SEPARATORS.has(tree.lower(k)) && tree.lower(k) !== '(') k++;
    let nameEnd = k;
    // "Lund for Berg": the replacement is the name before "for".
    for (let j = start; j < k; j++) {
      if (tree.lower(j) === 'for') {
        nameEnd = j;
        break;
      }
    }
    if (nameEnd === start || !capitalised(tree, start, k, nameEnd)) return undefined;
    const m = nameAt(tree, start);
    if (m && m.firstToken === start && m.lastToken === nameEnd) {
      if (PLAYER_TYPES.has(entityType(tree, m))) out.push(m);
    }
    if (k < end && tree.lower(k) === '(') {
      // "Lund (Kelby)": the player's own club; the line is no one side's bench.
      while (k < end && tree.lower(k) !== ')') if (nameAt(tree, k++)) return undefined;
      k++;
    }
    if (k < end && !SEPARATORS.has(tree.lower(k))) return undefined;
    k++;
  }
  return out;
}

/** Every word of the item capitalised, but the "for" at `skip`. */
function capitalised(tree: SentenceTree, start: number, end: number, skip: number): boolean {
  for (let j = start; j < end; j++) {
    if (j === skip && tree.lower(j) === 'for') continue;
    const w = tree.token(j).text;
    if (!/^\p{Lu}/u.test(w) && !/^(?:van|von|de|der|du|da|di|le|la)$/.test(w) && !/^['’-]/.test(w))
      return false;
  }
  return true;
}
