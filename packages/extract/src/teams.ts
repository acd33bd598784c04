/**
 * Towns and regions that stand for their teams. Sports news names a club by its town
 * ("Leicestershire beat Somerset", "Surrey 429-7", "Essex v Kent"): a town or region (never a
 * country or a nation with a demonym: national sides stay their country, "England", "Wales") on either side of a match word, or right before a
 * score, is a team. One document, one reading: once a town is a team somewhere in the document,
 * its other mentions are the team too, and so are guesses of the same name ("Kent stepped up a
 * gear"), except where a locative
 * preposition or a dateline makes it a place ("at Leicester", "LEICESTER, England"). A
 * fixture's sides ("East Fife v Clydebank") are teams whatever their names read as, unless a
 * given name leads them. Clubs play clubs: a region that is also a nation ("Texas", "Wales")
 * scoring in a line where a town's team plays is a team too, and so are its other mentions.
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import type { RawMention } from './mentions.js';
import { settleName } from './mentions.js';
import { SHEET_SPORT_WORDS, sportWordCount } from './club-names.js';
import { inSentence } from './sentence-tokens.js';

/** A score right after a name: "Surrey 429-7", "Pohang 3 Ulsan 2". */
const SCORE = /^\d{1,3}(?:-\d{1,3})?$/;
/** A CoNLL / wire dateline's date: "1996-08-30". */
const DATE = /^\d{4}-\d\d/;

const isTown = (m: RawMention, lex: Lexicon) =>
  (m.entityType === 'GPE' || m.entityType === 'LOC') &&
  m.type !== 'NORP' &&
  m.lexClass !== 'country' &&
  !(m.canonical && lex.nations.has(m.canonical));

/**
 * A region with a demonym that is no country ("Texas", "Bavaria", and the home nations "Wales",
 * "Scotland"): a nation in international sport, a club's home in a league.
 */
const isRegion = (m: RawMention, lex: Lexicon) =>
  m.entityType === 'GPE' &&
  m.type !== 'NORP' &&
  m.lexClass !== 'country' &&
  !!m.canonical &&
  lex.nations.has(m.canonical);

const surface = (tokens: readonly Token[], m: RawMention) =>
  tokens
    .slice(m.firstToken, m.lastToken)
    .map((t) => t.lower)
    .join(' ');

/** How many distinct sports words make a document a sports report. */
const SPORTS_REPORT = 4;

/** Retypes, in place, the town mentions a document uses as teams; returns how many. */
export function markTeams(tokens: readonly Token[], mentions: RawMention[], lex: Lexicon): number {
  const sportWords = sportWordCount(tokens, lex, SPORTS_REPORT);
  const sports = sportWords >= SPORTS_REPORT;
  const teams = new Set<string>();
  mentions.forEach((m, n) => {
    if (!isTown(m, lex)) return;
    // In a sports report, a town named outside a place phrase is its team ("Essex reached
    // 372", "Milan 's coach"); a town a cue word or a place noun typed stays a town.
    const named =
      sports &&
      m.entityType === 'GPE' &&
      (!!m.canonical || !m.confident) &&
      !placeAt(tokens, m, lex) &&
      !placeInReport(tokens, mentions, n);
    if (named || playsAt(tokens, m, lex)) teams.add(surface(tokens, m));
  });
  // Clubs play clubs: a region before its score is a team where the other side of its results
  // line is a town's team ("Texas 5 Cleveland 3"), or, in a table row, where a town's team
  // heads another row of the block ("Seattle 70 63" above "Texas 75 58"); beside a nation
  // ("Wales 10 Scotland 3") it stays the nation.
  for (const block of resultBlocks(tokens, mentions)) {
    const sides = block.filter((m) => playsAt(tokens, m, lex));
    const line = (m: RawMention) => tokens[m.firstToken]?.sentence;
    for (const m of sides) {
      if (!isRegion(m, lex)) continue;
      const others = sides.filter((o) => o !== m && line(o) === line(m));
      const opponents = others.length ? others : sides;
      if (opponents.some((o) => isTown(o, lex))) teams.add(surface(tokens, m));
    }
  }
  let retyped = 0;
  // "East Fife v Clydebank", "May 18 v Worcestershire": in a sports report or a line of
  // fixtures (in running text elsewhere "v" joins formats, "Betamax v VHS", and the parties to a
  // case, "Roe v Wade"), a fixture's sides are teams,
  // whatever their names read as, unless a given name leads them or the rules are sure of them.
  for (const m of mentions) {
    if (!fixtureSide(tokens, m, sports) || isTown(m, lex) || !isSide(m)) continue;
    if (lex.givenNames.has(tokens[m.firstToken]?.lower ?? '')) continue;
    if (m.confident && !m.yieldable && m.entityType !== 'ORG') continue;
    teams.add(surface(tokens, m));
    retype(m);
    retyped++;
  }
  // "Dunmore: Tavish, Orrel, Quorne …", "Tavish (Dunmore), Orrel (Kelby), Quorne (Dunmore)":
  // in a sports report, the side a team sheet is headed by and the clubs of its players. A list
  // of players each with a club in brackets is a team sheet itself, in a story with fewer sports
  // words too (a squad announced: "squad", "defender").
  if (sportWords >= SHEET_SPORT_WORDS) {
    const sheet = teamSheets(tokens, mentions, sports);
    for (const m of sheet.sides) {
      if (m.type === 'NORP' || (m.canonical && !isTown(m, lex)) || m.entityType === 'ORG') continue;
      teams.add(surface(tokens, m));
      retype(m);
      retyped++;
    }
    // The players listed are persons, however the rules guessed their one-word names.
    for (const m of sheet.players) {
      m.sheet = true;
      if (m.entityType === 'PERSON' || m.canonical || (m.confident && !m.yieldable)) continue;
      settleName(m, 'PERSON');
      retyped++;
    }
  }
  // "Mawsby, Travell, … Hydon (Pittam 105), …": a line of a whole side whose heading was lost;
  // its players are persons, however the rules guessed their one-word names.
  // A result headline ("Mansby 0-1 Leyton Vale") heads a match report, however few its sports words.
  const result = resultHeadline(tokens, mentions);
  const headless = headlessSheetPlayers(tokens, mentions, sports || result.length > 0);
  for (const m of headless) {
    m.sheet = true;
    if (m.entityType === 'PERSON' || m.canonical || (m.confident && !m.yieldable)) continue;
    settleName(m, 'PERSON');
    retyped++;
  }
  // "Mansby 0-1 Leyton Vale" over a headless sheet: a team game's result, whose sides are teams
  // however the rules read their names (a surname, a given name first).
  if (headless.length > 0) {
    for (const m of result) {
      if (m.type === 'NORP' || m.canonical || m.entityType === 'ORG') continue;
      teams.add(surface(tokens, m));
      retype(m);
      retyped++;
    }
  }
  for (const m of tableSides(tokens, mentions, sports || headless.length > 0)) {
    // A capital in a table is its club too ("Plymouth 4 3 1 0 10 6 10"), not its country.
    const town = isTown(m, lex) || m.kind === 'capital';
    if (!town && !isSide(m)) continue;
    teams.add(surface(tokens, m));
    // A name the rules are sure of stays: a person led by a given name, a country.
    const givenName = lex.givenNames.has(tokens[m.firstToken]?.lower ?? '');
    if (!town && m.confident && !(m.yieldable && !givenName)) continue;
    retype(m);
    retyped++;
  }
  if (!teams.size) return retyped;
  for (const [n, m] of mentions.entries()) {
    const guess = !m.confident && !m.canonical && m.type !== 'NORP';
    const side = isTown(m, lex) || isRegion(m, lex) || guess;
    if (!side || !teams.has(surface(tokens, m))) continue;
    const place = placeAt(tokens, m, lex) || (sports && placeInReport(tokens, mentions, n));
    if (!playsAt(tokens, m, lex) && place) {
      // Sure enough to keep its own type beside the team it shares a name with.
      if (m.entityType === 'GPE' || m.entityType === 'LOC') m.confident = true;
      continue;
    }
    retype(m);
    retyped++;
  }
  return retyped;
}

/**
 * Runs of lines that each open with a name and a count ("Texas 5 Cleveland 3", "Seattle 70
 * 63 .526 5"), with nothing named between them: the mentions of each run's lines.
 */
function resultBlocks(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[][] {
  const blocks: RawMention[][] = [];
  let block: RawMention[] = [];
  let line = -2;
  for (const m of mentions) {
    const sentence = tokens[m.firstToken]?.sentence ?? -1;
    if (sentence === line) {
      block.push(m);
      continue;
    }
    const opens = tokens[m.firstToken - 1]?.sentence !== sentence;
    if (!opens || !COUNT.test(tokens[m.lastToken]?.text ?? '')) {
      // A name outside a row ends the block; lines of numbers alone do not.
      if (block.length) blocks.push(block);
      block = [];
      line = -2;
      continue;
    }
    block.push(m);
    line = sentence;
  }
  if (block.length) blocks.push(block);
  return blocks;
}

function retype(m: RawMention): void {
  settleName(m, 'ORG');
}

/** A whole number of goals, points or games in a results line or a table. */
const COUNT = /^\d{1,3}$/;
/** A match's result written between its two sides: "Kelby 1-1 Dunmore". */
const RESULT = /^\d{1,3}-\d{1,3}$/;
/** How many counts after a name make a league-table row (played, won, drawn, lost, for, against, points). */
const TABLE_ROW = 6;

/**
 * Names and persons' guesses that are sides in a results line or rows of a league table, where
 * nothing but counts surrounds them: "Leyton Orient 2 Hartlepool 0" (a line of two names, each
 * with its score), "Greenock Morton 3 2 0 1 5 2 6" (a name and six or more counts). Not a
 * golfer's or a runner's line, whose rounds end in a total ("= 279") or carry times. In a sports
 * report, also a line of two names with the result between them: "Kelby 1-1 Dunmore", a match
 * report's headline.
 */
function tableSides(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  sports: boolean,
): RawMention[] {
  const sides: RawMention[] = [];
  let n = 0;
  while (n < mentions.length) {
    const sentence = tokens[(mentions[n] as RawMention).firstToken]?.sentence;
    const inLine: RawMention[] = [];
    while (n < mentions.length) {
      const m = mentions[n] as RawMention;
      if (tokens[m.firstToken]?.sentence !== sentence) break;
      inLine.push(m);
      n++;
    }
    const first = inLine[0] as RawMention;
    const line = lineOf(tokens, first.firstToken);
    // The line as names (N) and counts (#), each name standing for its tokens.
    let shape = '';
    let k = line.first;
    let next = 0;
    while (k < line.last) {
      const m = inLine[next];
      if (m && m.firstToken === k) {
        shape += 'N';
        k = m.lastToken;
        next++;
      } else {
        const text = tokens[k]?.text ?? '';
        shape += COUNT.test(text) ? '#' : RESULT.test(text) ? '%' : 'x';
        k++;
      }
    }
    const row = new RegExp(`^N#{${TABLE_ROW},}$`);
    if (shape === 'N#N#' || row.test(shape) || (sports && shape === 'N%N')) {
      sides.push(...inLine);
    }
  }
  return sides;
}

/** The two names of a first line that is a result and nothing else: "Mansby 0-1 Leyton Vale". */
function resultHeadline(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  const [home, away] = mentions;
  if (!home || !away || tokens[home.firstToken]?.sentence !== tokens[0]?.sentence) return [];
  const line = lineOf(tokens, 0);
  const third = mentions[2];
  if (third && tokens[third.firstToken]?.sentence === tokens[0]?.sentence) return [];
  const fits =
    home.firstToken === line.first &&
    away.firstToken === home.lastToken + 1 &&
    away.lastToken === line.last &&
    RESULT.test(tokens[home.lastToken]?.text ?? '');
  return fits ? [home, away] : [];
}

/** Words that head a team sheet's other lines: "Subs: Tavish, Orrel, Quorne". */
const SHEET_LABELS = new Set([
  'subs',
  'substitutes',
  'replacements',
  'referee',
  'scorers',
  'booked',
]);
/** Lower-case words and marks between the names of a club in brackets: "(Kelby and Dunmore)". */
const CLUB_JOINERS = new Set(['and', 'with', '&', ',', '-', 'of', 'the']);
/** Fewest names in a team sheet's list. */
const SHEET_NAMES = 3;

/**
 * Team sheets: in a sports report, the side named before a colon that opens a list of names
 * ("Dunmore: Tavish, Orrel, Quorne, Brisket") and the players listed; and the one name in
 * brackets after each player in a line of three such or more ("Tavish (Dunmore), Orrel (Kelby),
 * Quorne (Dunmore, capt)": clubs).
 */
function teamSheets(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  sports: boolean,
): { sides: RawMention[]; players: RawMention[] } {
  const byFirst = new Map<number, RawMention>();
  for (const m of mentions) byFirst.set(m.firstToken, m);
  const sides: RawMention[] = [];
  const players: RawMention[] = [];
  const clubs = new Map<number, [RawMention, RawMention | undefined][]>();
  // The bracketed name right after a mention ending at `k`, and the token after the bracket.
  const bracket = (k: number): [RawMention | undefined, number] | undefined => {
    if (tokens[k]?.text !== '(') return undefined;
    const club = byFirst.get(k + 1);
    // A club no mention holds ("Rovers", an everyday word) still makes the bracket.
    const end = club
      ? club.lastToken
      : /^\p{Lu}\p{L}+$/u.test(tokens[k + 1]?.text ?? '')
        ? k + 2
        : -1;
    if (end < 0) return undefined;
    // "(Dunmore, capt)": a lower-case note after the club.
    let close = end;
    if (tokens[close]?.text === ',' && /^\p{Ll}/u.test(tokens[close + 1]?.text ?? '')) {
      close++;
      while (close < end + 4 && /^\p{Ll}+\.?$/u.test(tokens[close]?.text ?? '')) close++;
    }
    if (tokens[close]?.text === ')') return [club, close + 1];
    // "(Kelby and Dunmore)", "(Orrel, Quorne and District)": a club named with joined names
    // counts as an item of the list; its pieces keep their types.
    for (let j = k + 1; j < k + 10; j++) {
      const t = tokens[j];
      if (!t || t.sentence !== tokens[k]?.sentence) return undefined;
      if (t.text === ')') return j > k + 1 ? [undefined, j + 1] : undefined;
      if (!/^\p{Lu}/u.test(t.text) && !CLUB_JOINERS.has(t.lower)) return undefined;
    }
    return undefined;
  };
  for (const m of mentions) {
    const sentence = tokens[m.firstToken]?.sentence ?? -1;
    const club = bracket(m.lastToken);
    if (club && /^[,;.]$|^and$/.test(tokens[club[1]]?.text ?? '.')) {
      const list = clubs.get(sentence) ?? [];
      list.push([m, club[0]]);
      clubs.set(sentence, list);
    }
  }
  const byLast = new Map<number, RawMention>();
  for (const m of mentions) byLast.set(m.lastToken, m);
  tokens.forEach((colon, c) => {
    if (!sports || colon.text !== ':') return;
    const side = byLast.get(c);
    // "Subs: Tavish, Orrel", "Subs Not Used: Vellan": players, under a label that is no side.
    let first = c;
    while (first > 0 && tokens[first - 1]?.sentence === colon.sentence) first--;
    const label = SHEET_LABELS.has(tokens[first]?.lower ?? '');
    if (!side && !label) return;
    let k = c + 1;
    const listed: RawMention[] = [];
    let items = 0;
    for (;;) {
      const name = byFirst.get(k);
      const t = tokens[k];
      if (!t || t.sentence !== colon.sentence) break;
      // A one-word name no mention holds (a guess dropped before) is an item too.
      if (name) listed.push(name);
      else if (!/^\p{Lu}\p{L}+$/u.test(t.text)) break;
      items++;
      k = name ? (bracket(name.lastToken)?.[1] ?? name.lastToken) : k + 1;
      if (!/^[,;]$/.test(tokens[k]?.text ?? '')) break;
      k++;
    }
    if (items >= SHEET_NAMES) {
      if (side && !label) sides.push(side);
      players.push(...listed);
    }
  });
  // Once a line of three makes the document carry team sheets, its shorter lines of two count.
  const lists = [...clubs.values()];
  const fewest = lists.some((l) => l.length >= SHEET_NAMES) ? 2 : SHEET_NAMES;
  for (const list of lists) {
    if (list.length < fewest) continue;
    for (const [player, club] of list) {
      players.push(player);
      if (club) sides.push(club);
    }
  }
  return { sides, players };
}

/** Fewest items of a line that lists a whole side with no heading (a side fields 11 or 15). */
const FULL_SIDE = 11;
/** What sets a team sheet's items apart. */
const SHEET_SEPARATOR = /^[,;/]$/;
/** A one-word name no mention holds (a guess dropped before). */
const ONE_WORD = /^\p{Lu}[\p{L}'-]+$/u;
/** A captain's mark in a bracket after a player: "(capt)", "(c)". */
const CAPTAIN = /^(?:capt\.?|captain|c)$/i;
/** Tokens a bracket after a player may hold: "(capt)", "(Pittam 105)". */
const MAX_BRACKET = 6;

/**
 * The players of lines that are nothing but a whole side's sheet with its heading lost: from the
 * line's start, at least FULL_SIDE names set off by commas, semicolons or slashes to its end,
 * each with at most a bracket after it ("(capt)", a substitute and his minute: "Hydon (Pittam
 * 105)", whose substitute is a player too), in a sports report (or under a result headline) or
 * with such a bracket (a short match report may have few sports words). A list that stops short of its line's end ("Nokia,
 * Intel … all said") is no sheet.
 */
function headlessSheetPlayers(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  sports: boolean,
): RawMention[] {
  const byFirst = new Map<number, RawMention>();
  for (const m of mentions) byFirst.set(m.firstToken, m);
  const out: RawMention[] = [];
  for (let s = 0; s < tokens.length; s++) {
    const sentence = tokens[s]?.sentence;
    if (s > 0 && tokens[s - 1]?.sentence === sentence) continue;
    const inLine = (k: number) => tokens[k]?.sentence === sentence;
    const listed: RawMention[] = [];
    let items = 0;
    let whole = false;
    let marked = false;
    let k = s;
    while (inLine(k)) {
      const name = byFirst.get(k);
      if (name) {
        listed.push(name);
        k = name.lastToken;
      } else if (ONE_WORD.test(tokens[k]?.text ?? '')) k++;
      else break;
      items++;
      if (tokens[k]?.text === '(' && inLine(k)) {
        let close = k + 1;
        while (close < k + MAX_BRACKET && inLine(close) && tokens[close]?.text !== ')') close++;
        if (tokens[close]?.text !== ')') break;
        for (let j = k + 1; j < close; j++) {
          const sub = byFirst.get(j);
          if (sub && COUNT.test(tokens[sub.lastToken]?.text ?? '')) listed.push(sub);
          if (COUNT.test(tokens[j]?.text ?? '') || CAPTAIN.test(tokens[j]?.text ?? ''))
            marked = true;
        }
        k = close + 1;
      }
      if (!inLine(k) || (tokens[k]?.text === '.' && !inLine(k + 1))) {
        whole = true;
        break;
      }
      if (!SHEET_SEPARATOR.test(tokens[k]?.text ?? '')) break;
      k++;
    }
    if (whole && items >= FULL_SIDE && (sports || marked)) out.push(...listed);
  }
  return out;
}

/** A name or a guess that may be a side (a town is one too; a country or a nation never). */
const isSide = (m: RawMention) =>
  m.type !== 'NORP' &&
  !m.canonical &&
  (m.entityType === 'PERSON' || m.entityType === 'ORG' || !m.confident);

/** The token range of the sentence holding token `i`, without its closing punctuation. */
function lineOf(tokens: readonly Token[], i: number): { first: number; last: number } {
  const sentence = tokens[i]?.sentence;
  let first = i;
  while (first > 0 && tokens[first - 1]?.sentence === sentence) first--;
  let last = i;
  while (last < tokens.length && tokens[last]?.sentence === sentence) last++;
  while (last > first && /^[.;]$/.test(tokens[last - 1]?.text ?? '')) last--;
  return { first, last };
}

/** Is the mention a side of a match: before a score, or before or after a match word? */
function playsAt(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  const sentence = tokens[m.firstToken]?.sentence;
  const at = inSentence(tokens, sentence);
  const last = tokens[m.lastToken - 1];
  const next = at(m.lastToken);
  const before = at(m.firstToken - 1)?.lower ?? '';
  // "in Arabic 6 Apr": a place with a number after it is no score.
  if (next && last && SCORE.test(next.text) && next.start - last.end <= 1) {
    return !lex.locativePrepositions.has(before);
  }
  const after = next?.lower ?? '';
  const after2 = `${after} ${at(m.lastToken + 1)?.lower ?? ''}`;
  if (lex.contestVerbs.has(after) || lex.contestVerbs.has(after2))
    return !!nameAt(at, m.lastToken + 1);
  const before2 = `${at(m.firstToken - 2)?.lower ?? ''} ${before}`;
  return lex.contestVerbs.has(before) || lex.contestVerbs.has(before2);
}

/** Does a capitalised word follow within two tokens (the other side of "beat", "lost to")? */
function nameAt(at: (i: number) => Token | undefined, i: number): boolean {
  for (let k = i; k < i + 2; k++) {
    const t = at(k);
    if (t && /^\p{Lu}/u.test(t.text)) return true;
  }
  return false;
}

/** "in Leicester", "LEICESTER, England" / "LEICESTER 1996-08-30": the town as a place. */
function placeAt(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  const first = tokens[m.firstToken];
  const prev = tokens[m.firstToken - 1];
  const next = tokens[m.lastToken];
  const sameSentence = (t: Token | undefined) => !!t && t.sentence === first?.sentence;
  if (sameSentence(prev) && lex.locativePrepositions.has(prev?.lower ?? '')) return true;
  if (!sameSentence(prev) && sameSentence(next)) {
    return next?.text === ',' || next?.text === '(' || DATE.test(next?.text ?? '');
  }
  return false;
}

/**
 * Is this a sports report? At least four distinct words of sports reports ("innings",
 * "striker", "league", "coach" …; `sportWords` in cues.json), in lower case.
 */
export function isSportsReport(tokens: readonly Token[], lex: Lexicon): boolean {
  return sportWordCount(tokens, lex, SPORTS_REPORT) >= SPORTS_REPORT;
}

/**
 * Place phrases of sports reports besides a locative preposition: "between Roermond and …",
 * "Bristol , England", "MILWAUKEE , Wisconsin", "Old Trafford , Manchester", "Headingley (
 * Leeds )", a venue heading a results line ("Bristol : Gloucestershire 183").
 */
function placeInReport(tokens: readonly Token[], mentions: readonly RawMention[], n: number) {
  const m = mentions[n] as RawMention;
  const sentence = tokens[m.firstToken]?.sentence;
  const prev = tokens[m.firstToken - 1];
  // "Bristol : Gloucestershire 183 and 185-6": a venue heading a results line.
  if (!prev || prev.sentence !== sentence) return tokens[m.lastToken]?.text === ':';
  if (prev.lower === 'between') return true;
  const before = mentions[n - 1];
  const after = mentions[n + 1];
  const place = (o: RawMention | undefined) =>
    o?.type !== 'NORP' && (o?.entityType === 'GPE' || o?.entityType === 'FACILITY');
  // "Old Trafford , Manchester", "Headingley ( Leeds )", "MILWAUKEE , Wisconsin".
  // Not "Grace Road , Leicestershire extended …": a place phrase ends there.
  const closes = !/^\p{Ll}/u.test(tokens[m.lastToken]?.text ?? '');
  if ((prev.text === ',' || prev.text === '(') && before?.lastToken === m.firstToken - 1) {
    if (place(before) && closes) return true;
  }
  return (
    tokens[m.lastToken]?.text === ',' &&
    after?.firstToken === m.lastToken + 1 &&
    after.lexClass === 'country'
  );
}

/** Words that only ever join the two sides of a fixture. */
const FIXTURE = new Set(['v', 'vs', 'vs.', 'versus']);

/**
 * Is the mention a side of a fixture: right before or after "v" / "vs" / "versus", with a
 * capitalised word or a date on the other side ("East Fife v Clydebank", "May 18 v Kent"), in a
 * sports report or in a line with no other lower-case word ("Postponed : Walsall v Wrexham")?
 */
export function fixtureSide(tokens: readonly Token[], m: RawMention, sports: boolean): boolean {
  const sentence = tokens[m.firstToken]?.sentence;
  if (!sports && !fixtureLine(tokens, m.firstToken)) return false;
  const at = inSentence(tokens, sentence);
  const other = (t: Token | undefined) => !!t && (/^\p{Lu}/u.test(t.text) || /^\d/.test(t.text));
  const after = at(m.lastToken);
  if (after && FIXTURE.has(after.lower) && other(at(m.lastToken + 1))) return true;
  const before = at(m.firstToken - 1);
  return !!before && FIXTURE.has(before.lower) && other(at(m.firstToken - 2));
}

/** Does the line holding token i have no lower-case word but fixture words ("Walsall v Wrexham")? */
function fixtureLine(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]?.sentence;
  for (const step of [-1, 1]) {
    for (let k = i; tokens[k]?.sentence === sentence; k += step) {
      const t = tokens[k] as Token;
      if (/^\p{Ll}{2,}/u.test(t.text) && !FIXTURE.has(t.lower)) return false;
    }
  }
  return true;
}
