/**
 * Team sheets that do not name their side: a results page lists each side's players as a line of
 * its own ("Aune, Berg, Dahl, … (Nolan 72), Vik.") with the side's name set in a heading the text
 * lost, or in none. The side is the one the report itself makes these players members of elsewhere
 * ("Northfield's Aune", "Northfield striker Vik"): after the other passes, a list of players
 * (sport.ts `listedPlayers`: at least six short capitalised items, two of them persons) that opens
 * its sentence, or follows a lower-case-free label and a colon ("Replacements: …", "Subs (from):
 * …"), is a sheet of the side that at least MIN_VOTES of its players are members (or leaders) of
 * in the document, and that no other side comes near (twice the votes of the runner-up); else a
 * headline fixture's sides in order (`byFixture`), or the two sides two full sheets' players alone
 * vote for, or one sheet's side and its one opponent in the report (`byOpponents`), or the one side
 * a squad's headline names (`byHeadline`). A bench line
 * right after a decided sheet, with no vote of its own against it, is that side's bench
 * ("Replacements: …"). Sports reports only; confidence 0.5.
 */
import type { RelationType } from '@kg/schema';
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { entityType } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import type { SentenceTree } from '../tree.js';
import { benchColon } from './bench.js';
import { clubNamed, nickname } from './sheet-side.js';
import { emitSideMembers, listedPlayers } from './sport.js';

/** Relations that make a player one of a side's. */
const MEMBERSHIP = new Set<RelationType>(['MEMBER_OF', 'LEADER_OF']);
const SIDE_TYPES = new Set(['ORG', 'GPE']);
/** Players of one list that must be the side's members elsewhere in the report. */
const MIN_VOTES = 2;
/** A full side fields 11 (football) or 15 (rugby); a shorter list after it is its bench. */
const FULL_SIDE = 11;
/** Longest label before the colon of a sheet ("Replacements (from):", "Subs Not Used:"). */
const MAX_LABEL_TOKENS = 5;
/** What stands between a fixture's two sides in a headline: "v", "vs" or a score. */
const FIXTURE = /^(?:v|v\.|vs|vs\.|\d{1,3}-\d{1,3})$/;

interface Sheet {
  tree: SentenceTree;
  players: MentionSpan[];
  /** The side decided for the sheet, with the mention that names it. */
  side?: MentionSpan;
  /** Side entity -> the sheet's players the report makes its members. */
  tally?: Map<string, { votes: number; mention: MentionSpan }>;
  /** Items of a starting side's list; none for a bench's line ("Replacements (from): …"). */
  items: number;
}

/**
 * MEMBER_OF for the players of the sheets with no side's name, from what `found` (the other
 * passes' candidates over the whole document) says of their players.
 */
export function unnamedSheetRelations(
  trees: readonly SentenceTree[],
  ctx: Context,
  found: readonly RelationCandidate[],
): RelationCandidate[] {
  if (!ctx.sport) return [];
  const sheets: Sheet[] = [];
  for (const tree of trees) {
    const from = listStart(tree);
    if (from < 0) continue;
    const players = listedPlayers(tree, from);
    if (players) sheets.push({ tree, players, items: startingItems(tree, from) });
  }
  if (sheets.length === 0) return [];
  const sides = membershipsOf(found, sheets[0]?.tree as SentenceTree);
  for (const sheet of sheets) {
    sheet.tally = vote(sheet, sides);
    sheet.side = decided(sheet.tally);
  }
  byFixture(sheets, trees[0]);
  byOpponents(sheets, found, trees[0]);
  // A squad's own votes come from elsewhere in the report: a club in brackets on the sheet's
  // line ("J Noon (Newcastle)") is the player's club, not the side the squad is for.
  const lines = new Set(sheets.map((s) => s.tree.sentence.i));
  const elsewhere = membershipsOf(
    found.filter((c) => !lines.has(c.sentence)),
    sheets[0]?.tree as SentenceTree,
  );
  byHeadline(sheets, trees, elsewhere);
  const out: RelationCandidate[] = [];
  let previous: Sheet | undefined;
  for (const sheet of sheets) {
    const side = previous?.side;
    if (!sheet.side && side && previous && previous.items >= FULL_SIDE && sheet.items < FULL_SIDE) {
      const against = [...(sheet.tally?.keys() ?? [])].some((id) => id !== side.entityId);
      if (!against) sheet.side = side;
    }
    if (sheet.side) emitSheet(sheet, ctx, out);
    previous = sheet;
  }
  return out;
}

/**
 * "Italy 17-28 Ireland", "Ireland v England (Sun)", "Preview: Worcester v Sale": a headline
 * naming the two sides of a fixture, home side first, lists their sheets in that order; with
 * exactly two full sheets, the first is the first side's and the second the other's, unless
 * the players' own memberships lean the other way (one vote is enough to stop it). A sheet its
 * players decided for another name (a nickname) keeps that side and leaves the other sheet its
 * place in the order.
 */
function byFixture(sheets: Sheet[], headline: SentenceTree | undefined): void {
  const full = sheets.filter((s) => s.items >= FULL_SIDE);
  if (!headline || full.length !== 2) return;
  const pair = fixture(headline);
  if (!pair) return;
  const [a, b] = full as [Sheet, Sheet];
  const votes = (s: Sheet, side: MentionSpan) => s.tally?.get(side.entityId)?.votes ?? 0;
  if (votes(a, pair[1]) > votes(a, pair[0]) || votes(b, pair[0]) > votes(b, pair[1])) return;
  // A sheet its players decided for another name of its side ("the Hornets", a nickname) leaves
  // the order standing for the other sheet; one decided for the other side of the fixture does not.
  if (a.side?.entityId === pair[1].entityId || b.side?.entityId === pair[0].entityId) return;
  a.side ??= pair[0];
  b.side ??= pair[1];
}

/**
 * Two full sheets, each with its players' votes for one side only (one vote is enough here):
 * the two sides, when they differ ("Petrie scored for Scotland" … "Ireland's O'Connor"); or one
 * sheet's only side and the one side the report has it play against (a contest, contest.ts:
 * "Ireland beat Scotland"), or else the other of the two sides its headline names ("Kelby hold
 * Ashby", a nickname counting for its club: "Reds sink Magpies"), for the other sheet, whose
 * players vote for no one.
 */
function byOpponents(
  sheets: Sheet[],
  found: readonly RelationCandidate[],
  headline: SentenceTree | undefined,
): void {
  const full = sheets.filter((s) => s.items >= FULL_SIDE);
  if (full.length !== 2) return;
  const [a, b] = full as [Sheet, Sheet];
  if (a.side && b.side) return;
  const only = (s: Sheet) => {
    const sides = [...(s.tally?.values() ?? [])];
    return sides.length === 1 ? sides[0]?.mention : undefined;
  };
  const none = (s: Sheet) => (s.tally?.size ?? 0) === 0;
  const sa = a.side ?? only(a);
  const sb = b.side ?? only(b);
  if (sa && sb) {
    if (sa.entityId === sb.entityId) return;
    a.side = sa;
    b.side = sb;
    return;
  }
  if (sa && none(b)) b.side = opponent(sa, found, b.tree) ?? headlineOther(sa, headline);
  else if (sb && none(a)) a.side = opponent(sb, found, a.tree) ?? headlineOther(sb, headline);
  if (a.side || b.side) {
    a.side ??= sa;
    b.side ??= sb;
  }
}

/** The other of exactly two sides the headline names, when one of them is `side`. */
function headlineOther(
  side: MentionSpan,
  headline: SentenceTree | undefined,
): MentionSpan | undefined {
  // A fixture's order is byFixture's to read: a sheet voted against it is left alone.
  if (!headline || fixture(headline)) return undefined;
  const named = new Map<string, MentionSpan>();
  for (const m of headline.mentions) {
    if (m.kind === 'pronoun' || !SIDE_TYPES.has(entityType(headline, m))) continue;
    const name = headline.analysis.entities.get(m.entityId)?.name ?? m.text;
    const club = nickname(name) ? (clubNamed(headline, name, m.entityId) ?? m) : m;
    named.set(club.entityId, club);
  }
  if (named.size !== 2 || !named.has(side.entityId)) return undefined;
  return [...named.values()].find((m) => m.entityId !== side.entityId);
}

/** The one side the report sets against `side` in a contest (RELATED_TO between two sides). */
function opponent(
  side: MentionSpan,
  found: readonly RelationCandidate[],
  tree: SentenceTree,
): MentionSpan | undefined {
  const a = tree.analysis;
  const others = new Map<string, MentionSpan>();
  for (const c of found) {
    if (c.predicate !== 'RELATED_TO' || c.modality === 'negated') continue;
    const pair =
      c.subject === side.entityId
        ? c.objectMention
        : c.object === side.entityId
          ? c.subjectMention
          : undefined;
    const m = pair === undefined ? undefined : a.mentions[pair];
    if (!m || m.entityId === side.entityId) continue;
    if (!SIDE_TYPES.has(a.entities.get(m.entityId)?.type ?? '')) continue;
    others.set(m.entityId, m);
  }
  return others.size === 1 ? [...others.values()][0] : undefined;
}

/** Nouns after a side in a headline that make it the opponent ("out of Scotland game"). */
const CONTEST_NOUNS = new Set([
  'game',
  'clash',
  'match',
  'tie',
  'test',
  'fixture',
  'showdown',
  'opener',
  'decider',
  'encounter',
]);
/** Nouns after a side in a headline that make a report's full lines its squads ("England squad"). */
const SQUAD_NOUNS = new Set(['squad', 'squads']);
/** Words before a side in a headline that make it the opponent ("ready for battle against X"). */
const OPPONENT_WORDS = new Set([
  'against',
  'v',
  'v.',
  'vs',
  'vs.',
  'versus',
  'over',
  'beat',
  'beats',
]);

/**
 * "Fit-again Betsen in France squad", "Teenager Tait picked for England": a report with one full
 * sheet whose headline names one side only, not as an opponent ("Duff ruled out of Barcelona
 * clash"), lists that side's players, unless one of them is another side's; when the headline
 * names the side's squad ("France squad"), so does each of its full sheets.
 */
function byHeadline(
  sheets: Sheet[],
  trees: readonly SentenceTree[],
  sides: Map<string, Map<string, MentionSpan>>,
): void {
  const headline = trees[0];
  const full = sheets.filter((s) => s.items >= FULL_SIDE);
  if (!headline || full.length === 0) return;
  // A fixture's headline ("Ashby 2-1 Northfield") names two sides, one perhaps mistyped.
  if (headline.indices().some((k) => FIXTURE.test(headline.lower(k)))) return;
  const named = new Map<string, MentionSpan>();
  for (const m of headline.mentions) {
    if (m.kind === 'pronoun' || !SIDE_TYPES.has(entityType(headline, m))) continue;
    const after = headline.contains(m.lastToken) ? headline.lower(m.lastToken) : '';
    const before = headline.contains(m.firstToken - 1) ? headline.lower(m.firstToken - 1) : '';
    if (CONTEST_NOUNS.has(after) || OPPONENT_WORDS.has(before)) return;
    named.set(m.entityId, m);
  }
  const [side] = named.values();
  if (named.size !== 1 || !side) return;
  // "Dahl in Northfield squad": every full line is one of the side's squads; else one full line
  // only (a second one the reader did not take for a sheet is another side's).
  const squad =
    headline.contains(side.lastToken) && SQUAD_NOUNS.has(headline.lower(side.lastToken));
  if (!squad && (full.length !== 1 || trees.filter((t) => fullLine(t)).length !== 1)) return;
  // A squad's players are members of sides of the other kind too (a national squad's, of their
  // clubs): only a side of the squad's own kind votes against it.
  const kind = entityType(headline, side);
  const against = (id: string) =>
    id !== side.entityId && (!squad || headline.analysis.entities.get(id)?.type === kind);
  for (const sheet of full) {
    if (sheet.side || [...vote(sheet, sides).keys()].some(against)) continue;
    sheet.side = side;
  }
}

/** A sentence whose list from its start (or a label's colon) has a full side's items. */
function fullLine(tree: SentenceTree): boolean {
  const from = listStart(tree);
  return from >= 0 && startingItems(tree, from) >= FULL_SIDE;
}

/** The two sides a headline sets against each other with "v", "vs" or a score between them. */
function fixture(tree: SentenceTree): [MentionSpan, MentionSpan] | undefined {
  for (let k = tree.first + 1; k < tree.end - 1; k++) {
    if (!FIXTURE.test(tree.lower(k))) continue;
    const home = tree.mentionAt(k - 1);
    const away = tree.mentionAt(k + 1);
    if (!home || !away || home.lastToken !== k || away.firstToken !== k + 1) continue;
    const type = (m: MentionSpan) => entityType(tree, m);
    if (!SIDE_TYPES.has(type(home)) || !SIDE_TYPES.has(type(away))) return undefined;
    if (home.entityId === away.entityId) return undefined;
    return [home, away];
  }
  return undefined;
}

/**
 * Where the list of a sentence starts: its first token, or the one after a label's colon
 * ("Replacements (from):"); -1 when a name stands before a colon (a named sheet, sport.ts).
 */
function listStart(tree: SentenceTree): number {
  const first = tree.first;
  for (let k = first; k < tree.end && k - first <= MAX_LABEL_TOKENS; k++) {
    if (tree.lower(k) !== ':') continue;
    // ": C Paterson; S Danielli, …": a heading lost before its colon.
    if (k === first) return k + 1;
    for (let j = first; j < k; j++) {
      if (tree.mentionAt(j) || !/^(?:\p{Lu}[\p{L}-]*|\(|\)|[a-z]+)$/u.test(tree.token(j).text)) {
        return -1;
      }
    }
    return k + 1;
  }
  return first;
}

/**
 * Items of the list from `from` (its separators plus one), or none for a bench's line ("Replacements
 * (from): Lund/Moe, …", bench.ts), which is no side's starting sheet however long.
 */
function startingItems(tree: SentenceTree, from: number): number {
  return benchColon(tree) >= 0 ? 0 : itemCount(tree, from);
}

/** Items of the list from `from`: its separators plus one. */
function itemCount(tree: SentenceTree, from: number): number {
  let depth = 0;
  let items = 1;
  for (let k = from; k < tree.end; k++) {
    const w = tree.lower(k);
    if (w === '(') depth++;
    else if (w === ')') depth--;
    else if (depth === 0 && (w === ',' || w === ';' || w === '/')) items++;
  }
  return items;
}

/** Player entity -> the sides the report makes it a member of, with a mention of each side. */
function membershipsOf(
  found: readonly RelationCandidate[],
  tree: SentenceTree,
): Map<string, Map<string, MentionSpan>> {
  const mentions = tree.analysis.mentions;
  const entities = tree.analysis.entities;
  const out = new Map<string, Map<string, MentionSpan>>();
  for (const c of found) {
    if (!MEMBERSHIP.has(c.predicate) || c.modality === 'negated') continue;
    if (entities.get(c.subject)?.type !== 'PERSON') continue;
    if (!SIDE_TYPES.has(entities.get(c.object)?.type ?? '')) continue;
    const named = c.objectMention === undefined ? undefined : mentions[c.objectMention];
    if (!named || named.entityId !== c.object) continue;
    // "the Gunners' Almunia", "Reds striker Baros": a short form or nickname of a club the
    // report names (sheet-side.ts) is a vote for the club.
    const name = entities.get(c.object)?.name ?? named.text;
    const side = nickname(name) ? (clubNamed(tree, name, c.object) ?? named) : named;
    let sides = out.get(c.subject);
    if (!sides) out.set(c.subject, (sides = new Map()));
    sides.set(side.entityId, side);
  }
  return out;
}

/** Side entity -> the players of the sheet who are its members, and a mention of it. */
function vote(
  sheet: Sheet,
  sides: Map<string, Map<string, MentionSpan>>,
): Map<string, { votes: number; mention: MentionSpan }> {
  const tally = new Map<string, { votes: number; mention: MentionSpan }>();
  const seen = new Set<string>();
  for (const p of sheet.players) {
    if (seen.has(p.entityId)) continue;
    seen.add(p.entityId);
    for (const [side, mention] of sides.get(p.entityId) ?? []) {
      const t = tally.get(side);
      if (t) t.votes++;
      else tally.set(side, { votes: 1, mention });
    }
  }
  return tally;
}

/** The side with MIN_VOTES and twice the votes of any other, if one. */
function decided(tally: Map<string, { votes: number; mention: MentionSpan }>) {
  const ranked = [...tally.values()].sort((a, b) => b.votes - a.votes);
  const [best, second] = ranked;
  if (!best || best.votes < MIN_VOTES) return undefined;
  if (second && best.votes < 2 * second.votes) return undefined;
  return best.mention;
}

function emitSheet(sheet: Sheet, ctx: Context, out: RelationCandidate[]): void {
  const { tree, players } = sheet;
  const side = sheet.side as MentionSpan;
  const sideRef: Ref = {
    node: tree.first,
    mention: side,
    type: tree.analysis.entities.get(side.entityId)?.type ?? side.type,
    via: 'coref',
  };
  const members = players.filter((m) => m.entityId !== side.entityId);
  emitSideMembers(out, tree, ctx, members, sideRef, 0.5, tree.first);
}
