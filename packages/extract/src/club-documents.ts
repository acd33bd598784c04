/**
 * A document that speaks of clubs (issue 14): "Kelby beat Dunmore 3-1 on Saturday. The club's
 * manager said …". Two bare names on either side of a match word are players in a report on
 * tennis or snooker ("Federer beat Nadal") and clubs in one on football, rugby or hockey; the
 * document says which. It speaks of clubs when it holds at least two words only team games have
 * (`TEAM_WORDS`: club, manager, league, striker, fans …) and no word of a game played alone
 * (`SOLO_WORDS`: sets, seed, frames, tennis, golf …). `contest-sides.ts` then settles both
 * sides as clubs.
 */
import type { Token } from './analysis.js';

/** Words only team games have. */
const TEAM_WORDS = new Set([
  'club',
  'clubs',
  'manager',
  'league',
  'striker',
  'strikers',
  'midfielder',
  'midfielders',
  'defender',
  'defenders',
  'goalkeeper',
  'fans',
  'supporters',
  'stadium',
  'squad',
  'relegation',
  'promotion',
  'premiership',
]);
/** Words of games played alone, or between two people. */
const SOLO_WORDS = new Set([
  'set',
  'sets',
  'seed',
  'seeded',
  'tiebreak',
  'tie-break',
  'frames',
  'frame',
  'tennis',
  'snooker',
  'golf',
  'boxing',
  'bout',
  'chess',
  'round',
  'rounds',
  'singles',
  'doubles',
]);
/** At least this many team words. */
const TEAM_FLOOR = 2;

/** Does the document speak of clubs, and of no game played alone? */
export function speaksOfClubs(tokens: readonly Token[]): boolean {
  let team = 0;
  for (const t of tokens) {
    if (t.text !== t.lower) continue;
    if (SOLO_WORDS.has(t.text)) return false;
    if (TEAM_WORDS.has(t.text)) team++;
  }
  return team >= TEAM_FLOOR;
}
