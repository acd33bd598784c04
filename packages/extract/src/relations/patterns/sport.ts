/**
 * Sport membership from a sports report's own shapes (a player's club or national side is the
 * schema's MEMBER_OF):
 *
 * - team sheets: a side's name, a colon and its players, "Bolton: Jaaskelainen, Hunt (Fadiga
 *   14), N'Gotty …" or "Ireland: G Dempsey; G Murphy, B O'Driscoll (capt) …": every player
 *   listed, a substitute in a bracket too, is a member of the side the line names (a label that
 *   is no side's mention, "Man City: …", names the club of the report sheet-side.ts finds);
 * - transfers: a club that signs, recruits, buys or loans a player ("Real Madrid have signed
 *   Michael Owen", "Owen was signed by Real Madrid"), a player who moves or switches to a club
 *   ("Jones moved to Leeds United"), and the club a player comes "from" with these verbs and
 *   "join" ("joined Chelsea from Porto": a former club, still a membership).
 *
 * Read only in a sports report (`Context.sport`), with the verbs in data/noun-phrases.json
 * (sportsContext). Results and fixtures ("France beat Ireland", "Arsenal v Chelsea") name no
 * membership and have no shape read here.
 */
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { denoteAll, entityType, nameAt } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { namesCountry } from '../countries.js';
import { emit } from '../emit.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import { clauseArgs, grammaticalSubject, obliques } from './clause.js';
import { sheetSide } from './sheet-side.js';

const SIDE_TYPES = new Set(['ORG', 'GPE', 'NORP']);
/** Types a team-sheet item may carry: a player, whatever type mention detection gave a surname. */
const PLAYER_TYPES = new Set(['PERSON', 'ORG']);
const SEPARATORS = new Set([',', ';', '/']);
/** Name particles that may open a player's name in lower case ("van der Westhuyzen"). */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'du', 'da', 'di', 'le', 'la', 'dos', 'del']);
/** The fewest players a line must list to be a team sheet (a side fields 11 or 15). */
const MIN_PLAYERS = 6;
/** Players typed PERSON a team sheet lists at least (the others may be mistyped surnames). */
const MIN_PERSONS = 2;
/** Longest item (in tokens, brackets aside) that can be one player's name. */
const MAX_NAME_TOKENS = 5;

export function sportRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  if (!ctx.sport) return [];
  const out: RelationCandidate[] = [];
  teamSheet(tree, ctx, out);
  transfers(tree, ctx, out);
  memberNouns(tree, ctx, out);
  return out;
}

/**
 * "made his debut for Manchester United", "earn his 50th cap for Wales", "Cole is on loan from
 * Chelsea", "joined Villa on loan from Chelsea": a noun of a player's time with a side
 * (`sportsContext.memberNouns`) and its preposition naming the side; the player owns the noun, is
 * its copula's subject, or the subject of the verb governing it.
 */
function memberNouns(tree: SentenceTree, ctx: Context, out: RelationCandidate[]): void {
  for (const n of tree.indices()) {
    const preps = ctx.lex.sports.memberNouns.get(tree.lemma(n));
    if (!preps || !tree.isNominal(n) || tree.mentionAt(n)) continue;
    const sides = tree
      .childrenBy(n, 'nmod')
      .filter((c) => preps.includes(tree.caseOf(c)))
      .flatMap((c) => denoteAll(tree, c, ctx))
      .filter((r) => r.type === 'ORG' || (r.type === 'GPE' && r.mention.type === 'GPE'));
    if (sides.length === 0) continue;
    const players = playersOf(tree, n, ctx);
    if (players.length === 0) continue;
    emit(out, tree, ctx, {
      type: 'MEMBER_OF',
      subjects: players,
      objects: sides,
      confidence: 0.6,
      stance: stanceOf(tree, n, ctx),
      trigger: n,
    });
  }
}

/** The person whose debut, cap or loan the noun at `n` is. */
function playersOf(tree: SentenceTree, n: number, ctx: Context): Ref[] {
  const persons = (nodes: readonly number[]) =>
    nodes.flatMap((x) => denoteAll(tree, x, ctx)).filter((r) => r.type === 'PERSON');
  const owner = persons(tree.childrenBy(n, 'nmod:poss'));
  if (owner.length > 0) return owner;
  if (tree.childBy(n, 'cop') !== undefined) return persons(grammaticalSubject(tree, n));
  const v = tree.parent(n);
  if (v < 0 || !tree.isVerbal(v) || !tree.is(n, 'obj', 'obl')) return [];
  if (!ctx.lex.sports.playerVerbs.has(tree.lemma(v))) return [];
  const args = clauseArgs(tree, v);
  return args.passive ? [] : persons(args.subject);
}

/**
 * Every player of a team sheet or bench line MEMBER_OF its side (`sideRef`), asserted: the one
 * candidate the sheet, bench and unnamed-sheet passes make.
 */
export function emitSideMembers(
  out: RelationCandidate[],
  tree: SentenceTree,
  ctx: Context,
  players: readonly MentionSpan[],
  sideRef: Ref,
  confidence: number,
  trigger: number,
): void {
  emit(out, tree, ctx, {
    type: 'MEMBER_OF',
    subjects: players.map((m) => ({
      node: tree.headOfSpan(m),
      mention: m,
      type: entityType(tree, m),
      via: 'name' as const,
    })),
    objects: [sideRef],
    confidence,
    stance: { modality: 'asserted' },
    trigger,
  });
}

/** "Bolton: Jaaskelainen, Hunt (Fadiga 14), N'Gotty, Ben Haim, …". */
function teamSheet(tree: SentenceTree, ctx: Context, out: RelationCandidate[]): void {
  for (const colon of tree.indices()) {
    if (tree.lower(colon) !== ':') continue;
    const named = tree.contains(colon - 1) ? nameAt(tree, colon - 1) : undefined;
    const own = named && named.lastToken === colon && SIDE_TYPES.has(entityType(tree, named));
    // "Man City: James, …": a label that is no side's mention names a club of the report.
    const side = own ? named : sheetSide(tree, colon);
    if (!side) continue;
    const players = listedPlayers(tree, colon + 1)?.filter((m) => m.entityId !== side.entityId);
    if (!players) continue;
    const sideRef: Ref = {
      node: own ? tree.headOfSpan(side) : tree.first,
      mention: side,
      type: entityType(tree, side),
      via: own ? 'name' : 'coref',
    };
    emitSideMembers(out, tree, ctx, players, sideRef, 0.6, colon);
    return;
  }
}

/**
 * The players of the list from token `from` to the sentence's end, or undefined where the words
 * are no team sheet: at least MIN_PLAYERS items set off by commas, semicolons or slashes, each a
 * short capitalised name with at most a bracket after it ("(capt)", a substitute "(Jenas 77)").
 * A player is a mention that is a whole item, or a substitute's name in a bracket with a minute.
 */
export function listedPlayers(tree: SentenceTree, from: number): MentionSpan[] | undefined {
  const players: MentionSpan[] = [];
  let items = 0;
  let k = from;
  const end = tree.end;
  while (k < end) {
    // One item: name tokens, then at most one bracket, then a separator or the end.
    const start = k;
    while (k < end && !SEPARATORS.has(tree.lower(k)) && tree.lower(k) !== '(' && !isEnd(tree, k))
      k++;
    const nameEnd = k;
    if (nameEnd === start || nameEnd - start > MAX_NAME_TOKENS || !nameLike(tree, start, nameEnd))
      return undefined;
    items++;
    const m = wholeName(tree, start, nameEnd);
    if (m) players.push(m);
    if (k < end && tree.lower(k) === '(') {
      const close = closing(tree, k);
      if (close < 0) return undefined;
      const sub = substitute(tree, k + 1, close);
      if (sub) players.push(sub);
      k = close + 1;
    }
    if (k < end && isEnd(tree, k)) break;
    if (k < end && !SEPARATORS.has(tree.lower(k))) return undefined;
    k++;
  }
  // A list of clubs ("Uefa Cup: Newcastle, Middlesbrough, …") names no players.
  const persons = players.filter((m) => entityType(tree, m) === 'PERSON').length;
  return items >= MIN_PLAYERS && persons >= MIN_PERSONS ? players : undefined;
}

function isEnd(tree: SentenceTree, k: number): boolean {
  return k === tree.end - 1 && /^[.!]$/.test(tree.lower(k));
}

/** Capitalised words, initials and name particles only ("G du Toit", "N'Gotty", "Ben Haim"). */
function nameLike(tree: SentenceTree, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const w = tree.token(i).text;
    if (!/^\p{Lu}/u.test(w) && !PARTICLES.has(w.toLowerCase()) && !/^['’-]/.test(w)) return false;
  }
  return /^\p{Lu}/u.test(tree.token(start).text);
}

/** The player mention spanning exactly tokens start..end, if any. */
function wholeName(tree: SentenceTree, start: number, end: number): MentionSpan | undefined {
  const m = nameAt(tree, start);
  if (!m || m.firstToken !== start || m.lastToken !== end) return undefined;
  return PLAYER_TYPES.has(entityType(tree, m)) ? m : undefined;
}

function closing(tree: SentenceTree, open: number): number {
  for (let k = open + 1; k < tree.end && k - open <= MAX_NAME_TOKENS + 2; k++) {
    if (tree.lower(k) === ')') return k;
  }
  return -1;
}

/** "(Fadiga 14)", "(Vaz Te 77)": a substitute's name and the minute, and nothing else. */
function substitute(tree: SentenceTree, start: number, close: number): MentionSpan | undefined {
  if (close - start < 2 || !/^\d{1,3}$/.test(tree.lower(close - 1))) return undefined;
  return wholeName(tree, start, close - 1);
}

/** "Real Madrid have signed Michael Owen from Liverpool", "Jones moved to Leeds United". */
function transfers(tree: SentenceTree, ctx: Context, out: RelationCandidate[]): void {
  const sports = ctx.lex.sports;
  for (const v of tree.indices()) {
    if (!tree.isVerbal(v)) continue;
    const lemma = tree.lemma(v);
    const signs = sports.signingVerbs.has(lemma);
    const moves = sports.moveVerbs.get(lemma);
    const former = sports.formerClubVerbs.has(lemma);
    if (!signs && !moves && !former) continue;
    const args = clauseArgs(tree, v);
    const refs = (nodes: readonly number[]) => nodes.flatMap((n) => denoteAll(tree, n, ctx));
    let players: Ref[] = [];
    const clubs: Ref[] = [];
    if (signs) {
      // The club signs the player: a club as agent, a person as patient.
      const agents = refs(args.agents).filter((r) => club(tree, r));
      const signed = refs(args.patients).filter((r) => r.type === 'PERSON');
      if (agents.length > 0 && signed.length > 0) {
        players = signed;
        clubs.push(...agents);
      }
    }
    if (moves && players.length === 0) {
      const movers = refs(args.passive ? args.patients : args.subject).filter(
        (r) => r.type === 'PERSON',
      );
      const to =
        moves.length === 0
          ? refs(args.patients)
          : moves.flatMap((p) => refs(obliques(tree, args, p)));
      const targets = to.filter((r) => r.type === 'ORG');
      if (movers.length > 0 && targets.length > 0) {
        players = movers;
        clubs.push(...targets);
      }
    }
    // "joined Chelsea from Porto", "signed from Millwall": the club the player left.
    if (former) {
      if (players.length === 0) {
        const subject = args.passive ? args.patients : args.subject;
        players = refs(signs ? args.patients : subject).filter((r) => r.type === 'PERSON');
        if (signs && players.length === 0)
          players = refs(subject).filter((r) => r.type === 'PERSON');
      }
      // A town a player moves from is as likely a home as a club: only an organisation there.
      const from = refs(obliques(tree, args, 'from'));
      clubs.push(...from.filter((r) => (moves ? r.type === 'ORG' : club(tree, r))));
    }
    if (players.length === 0 || clubs.length === 0) continue;
    emit(out, tree, ctx, {
      type: 'MEMBER_OF',
      subjects: players,
      objects: clubs,
      confidence: 0.65,
      stance: stanceOf(tree, v, ctx),
      trigger: v,
      key: lemma,
    });
  }
}

/** A club: an organisation, or a town a club is named after ("signed from Millwall"), no country. */
function club(tree: SentenceTree, r: Ref): boolean {
  if (r.type === 'ORG') return true;
  return r.type === 'GPE' && r.via === 'name' && !namesCountry(tree.analysis.tokens, r.mention);
}
