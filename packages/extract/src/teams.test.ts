/**
 * Towns that stand for their teams, and names led by a town, on sentences written for these
 * tests: a side of a match or a score is a team, the reading holds across the document except
 * where the town is a place, and countries and people are never made teams.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from './analysis.js';
import { loadNlp } from './nlp.js';
import { analyse } from './pipeline.js';

const run = (text: string): Analysis => analyse(loadNlp(), 'test', text);

/** Types of the mentions with this exact text, in document order. */
const typesOf = (a: Analysis, text: string) =>
  a.mentions.filter((m) => m.text === text).map((m) => m.type);

const FIXTURES = 'Soccer fixtures: the league and cup matches of every club this season.\n';

describe('towns standing for their teams', () => {
  const cases: [string, string, string[]][] = [
    ['Bristol beat Norwich 3-1 on a wet Saturday.', 'Bristol', ['ORG']],
    ['Bristol beat Norwich 3-1 on a wet Saturday.', 'Norwich', ['ORG']],
    ['Reading lost to Sheffield after extra time.', 'Sheffield', ['ORG']],
    ['Hampshire 312-6 declared against Sussex.', 'Hampshire', ['ORG']],
    ['Next week: Bristol v Norwich, then a rest.', 'Norwich', ['ORG']],
    // One document, one reading; the place after a locative preposition stays a place.
    [
      'Bristol beat Norwich 3-1. Norwich now sit bottom of the table. Fans drove home to Norwich.',
      'Norwich',
      ['ORG', 'ORG', 'GPE'],
    ],
    // Countries stay countries, people stay people, a town without a match stays a town.
    ['France beat Italy 2-0 in the final.', 'Italy', ['GPE']],
    ['Obama beat McCain in the 2008 election.', 'McCain', ['PERSON']],
    ['Police in Bristol arrested two men on Friday.', 'Bristol', ['GPE']],
    ['Bristol is a port city. Its council met on Monday.', 'Bristol', ['GPE']],
    // Results lines and league-table rows: every side is a team, whatever its name reads as.
    ['Results on Saturday:\nGreyfield Morton 2 Stoke 1\n', 'Greyfield Morton', ['ORG']],
    ['Results on Saturday:\nGreyfield Morton 2 Stoke 1\n', 'Stoke', ['ORG']],
    ['Standings:\nHull 4 2 2 0 4 2 8\nPlymouth 4 3 1 0 10 6 10\n', 'Hull', ['ORG']],
    ['Standings:\nHull 4 2 2 0 4 2 8\nPlymouth 4 3 1 0 10 6 10\n', 'Plymouth', ['ORG']],
    // Clubs play clubs: a region with a demonym scoring beside a town's team is a team too, in
    // a results line and in a block of table rows; beside a nation it stays the nation.
    ['Results on Friday:\nBavaria 4 Leeds 2\n', 'Bavaria', ['ORG']],
    ['Standings:\nLeeds 70 60 .538 -\nTexas 66 64 .508 4\n', 'Texas', ['ORG']],
    ['Results on Friday:\nWales 10 Scotland 3\n', 'Wales', ['GPE']],
    ['Results on Friday:\nWales 10 Scotland 3\nLeeds 2 Hull 1\n', 'Wales', ['GPE']],
    // A name typed a person only by its words (no given name first) is a team in a table too.
    ['Standings:\nHale Stone 4 4 0 0 9 3 12\n', 'Hale Stone', ['ORG']],
    // In a sports report, a fixture's sides are teams, in a line without a full stop too.
    [`${FIXTURES}Postponed : Harbach v Dorvanley , Westerfeld v Quellbury\n`, 'Dorvanley', ['ORG']],
    [
      `${FIXTURES}Postponed : Harbach v Dorvanley , Westerfeld v Quellbury\n`,
      'Westerfeld',
      ['ORG'],
    ],
    [`${FIXTURES}May 18 v Dorvanley\n`, 'Dorvanley', ['ORG']],
    // A line of fixtures alone, with no other lower-case word.
    ['Results :\nPostponed : Harbach v Dorvanley\n', 'Dorvanley', ['ORG']],
    // Not a person led by a given name; not outside a sports report ("Roe v Wade").
    [`${FIXTURES}Exhibition : Maria Tolvanen v Dorvanley\n`, 'Maria Tolvanen', ['PERSON']],
    ['The court cited Quellbury v Dorvanley in its ruling.', 'Dorvanley', ['PERSON']],
    // A golfer's rounds end in a total: no team.
    [
      'Leaders after the final round:\nTobiah Quell 68 70 71 69 = 278\n',
      'Tobiah Quell',
      ['PERSON'],
    ],
  ];
  it.each(cases)('%s → %s', (text, name, expected) => {
    expect(typesOf(run(text), name)).toEqual(expected);
  });
});

describe('names led by a town', () => {
  const cases: [string, string, string][] = [
    ['The Portland Trailblazers signed a new guard.', 'Portland Trailblazers', 'ORG'],
    ['She wrote a column for the Denver Herald for years.', 'Denver Herald', 'ORG'],
    ['Fans of the Seattle Mariners gathered outside.', 'Seattle Mariners', 'ORG'],
    ['Paris Hilton arrived at the party late.', 'Paris Hilton', 'PERSON'],
    ['He moved to New York City in May.', 'New York City', 'GPE'],
  ];
  it.each(cases)('%s → %s', (text, name, type) => {
    expect(typesOf(run(text), name)).toEqual([type]);
  });
});

describe('towns in sports reports', () => {
  const report =
    'Fulbrook coach Dan Marsh said his squad was ready for the league season.\n' +
    'Essex reached 372 in their first innings after the match resumed at Chelmsford .\n' +
    "Leeds 's captain scored twice before the referee stopped play .\n" +
    'At Old Trafford , Manchester , the wickets fell quickly .';
  it('a town named outside a place phrase is its team', () => {
    const a = run(report);
    expect(typesOf(a, 'Leeds')).toEqual(['ORG']);
  });
  it('a town after a preposition or a venue stays a place', () => {
    const a = run(report);
    expect(typesOf(a, 'Chelmsford')).toEqual(['GPE']);
    expect(typesOf(a, 'Manchester')).toEqual(['GPE']);
  });
  it('a report needs four sports words: a match in a political story is no sports report', () => {
    const a = run(
      "Leeds 's council met on Monday. Police said a football match was delayed by the protest.",
    );
    expect(typesOf(a, 'Leeds')).toEqual(['GPE']);
  });
});

describe('team sheets in sports reports', () => {
  const REPORT =
    'The striker scored twice as the league leaders won the match, and the coach praised the team.\n';
  const cases: [string, string, string[]][] = [
    // The side heading a sheet is a team; its players, one-word guesses, are persons.
    [`${REPORT}Dunmore: Tavish, Orrel, Quorne, Brisket, Vellan.`, 'Dunmore', ['ORG']],
    [`${REPORT}Dunmore: Tavish, Orrel, Quorne, Brisket, Vellan.`, 'Quorne', ['PERSON']],
    // Substitutes are players under a label that is no side.
    [`${REPORT}Subs: Tavish, Orrel, Quorne, Brisket.`, 'Orrel', ['PERSON']],
    // A club in brackets after each player of a list.
    [`${REPORT}Squad: Tavish (Dunmore), Orrel (Kelby), Quorne (Dunmore).`, 'Kelby', ['ORG']],
    [`${REPORT}Squad: Tavish (Dunmore), Orrel (Kelby), Quorne (Dunmore).`, 'Tavish', ['PERSON']],
  ];
  it.each(cases)('%s: %s', (text, name, types) => {
    expect(typesOf(run(text), name)).toEqual(types);
  });

  // A squad announced: two sports words make a line of players with clubs in brackets a sheet,
  // towns in the brackets included; a club of joined names or a note after the club ("capt")
  // keeps the line whole; once a line of three makes a sheet, a line of two is one too.
  const SQUAD = 'The coach named a new defender in his squad for the spring.\n';
  const squads: [string, string, string[]][] = [
    [`${SQUAD}Vask (Leeds), Orrel (Kelby), Quorne (Dunmore, capt).`, 'Leeds', ['ORG']],
    [`${SQUAD}Vask (Leeds), Orrel (Kelby), Quorne (Dunmore, capt).`, 'Dunmore', ['ORG']],
    [`${SQUAD}Vask (Leeds), Orrel (Kelby and Dunmore), Quorne (Bristol).`, 'Bristol', ['ORG']],
    [
      `${SQUAD}Vask (Leeds), Orrel (Kelby), Quorne (Bristol).\nIlse Tavish (Norwich), Ola Brisket (Dunmore).`,
      'Norwich',
      ['ORG'],
    ],
    // Clubs ending in a club word are organisations wherever they stand.
    ['Tavi Orrel of Dunmore Harriers won the race.', 'Dunmore Harriers', ['ORG']],
    ['She runs for Kelby AC these days.', 'Kelby AC', ['ORG']],
  ];
  it.each(squads)('%s: %s', (text, name, types) => {
    expect(typesOf(run(text), name)).toEqual(types);
  });

  // A club named with joined towns in brackets after a player is one organisation: its last word
  // is a club's, or its line is a team sheet.
  const joined: [string, string][] = [
    [
      `${SQUAD}Vask (Kelby, Dunmore and Ashby AC), Orrel (Leeds), Quorne (Bristol).`,
      'Kelby, Dunmore and Ashby AC',
    ],
    ['Tavi Orrel (Kelby and Dunmore Harriers) won the race.', 'Kelby and Dunmore Harriers'],
    [
      `${SQUAD}Vask (Kelby with Dunmore Ladies), Orrel (Leeds), Quorne (Bristol).`,
      'Kelby with Dunmore Ladies',
    ],
  ];
  it.each(joined)('%s: %s is one club', (text, name) => {
    const a = run(text);
    expect(typesOf(a, name)).toEqual(['ORG']);
    expect(typesOf(a, 'Kelby')).toEqual([]);
  });

  it('reads no club of joined places outside a team sheet', () => {
    const text = 'Nominees include Tavi Orrel (Leeds, Kelby and Bristol) and Ed Quorne (Ashby).';
    expect(typesOf(run(text), 'Leeds')).toEqual(['GPE']);
  });

  it('reads no squad without sports words: a list of actors and their films', () => {
    const text =
      'Nominees include Tavi Orrel (Leeds), Ana Vask (Kelby Nights) and Ed Quorne (Bristol).';
    expect(typesOf(run(text), 'Bristol')).toEqual(['GPE']);
    expect(typesOf(run('A line of two: Vask (Leeds), Orrel (Kelby).'), 'Leeds')).toEqual(['GPE']);
  });

  // A whole side's sheet whose heading was lost: a line of eleven names or more and nothing
  // else (substitutes with their minute in brackets) lists players; a shorter list, or one that
  // runs on into a clause, does not.
  const HEADLESS =
    'Mawsby, Travell, Kandor, Jameston, Robbins, Daniel Wills, Stanfield, Hydon (Pittam 75), ' +
    'Purdey, Browne, Stansby (Greenall 82).';
  it('reads the players of a headless sheet', () => {
    const a = run(`${REPORT}${HEADLESS}`);
    expect(typesOf(a, 'Travell')).toEqual(['PERSON']);
    expect(typesOf(a, 'Stansby')).toEqual(['PERSON']);
    expect(typesOf(a, 'Pittam')).toEqual(['PERSON']);
  });
  it('reads no headless sheet in a list that runs on into a clause', () => {
    const runsOn = `${HEADLESS.slice(0, -1)} all said sales were weak.`;
    expect(typesOf(run(`${REPORT}${runsOn}`), 'Travell')).not.toEqual(['PERSON']);
  });
  it('reads a headless sheet in a short match report by its substitutes', () => {
    expect(typesOf(run(HEADLESS), 'Travell')).toEqual(['PERSON']);
  });
  it('reads the sides of the result over a headless sheet, however their names read', () => {
    const bare = HEADLESS.replace(' (Pittam 75)', '').replace(' (Greenall 82)', '');
    const a = run(`Marnsley 0-1 Leyton Vale\n\nThe visitors held on.\n\n${bare}`);
    expect(typesOf(a, 'Travell')).toEqual(['PERSON']);
    expect(typesOf(a, 'Marnsley')).toEqual(['ORG']);
    expect(typesOf(a, 'Leyton Vale')).toEqual(['ORG']);
  });
  // A match report's headline: two names with the result between them are the sides.
  it('reads the sides of a result headline', () => {
    const a = run(`Mansby 0-1 Leyton Vale\n${REPORT}`);
    expect(typesOf(a, 'Leyton Vale')).toEqual(['ORG']);
    expect(typesOf(a, 'Mansby')).toEqual(['ORG']);
    // Not outside a sports report.
    expect(
      typesOf(run('Mansby 0-1 Leyton Vale\nThe poll closed at noon.'), 'Leyton Vale'),
    ).not.toEqual(['ORG']);
  });

  // A store keeps a name known only from sheets apart from a namesake of another document.
  it('marks the names on a sheet, and no name in prose', () => {
    const sheetOf = (a: Analysis, text: string) =>
      a.mentions.filter((m) => m.text === text).map((m) => m.sheet ?? false);
    const a = run(
      `${REPORT}The winner came late on from Orrel.\nDunmore: Tavish, Orrel, Quorne, Brisket, Vellan.`,
    );
    expect(sheetOf(a, 'Quorne')).toEqual([true]);
    expect(sheetOf(a, 'Orrel')).toEqual([false, true]);
    expect(sheetOf(run(`${REPORT}${HEADLESS}`), 'Travell')).toEqual([true]);
    expect(sheetOf(run('Dunmore: Tavish, Orrel, Quorne, Brisket.'), 'Quorne')).not.toContain(true);
  });

  it('reads no sheet outside a sports report', () => {
    expect(typesOf(run('Dunmore: Tavish, Orrel, Quorne, Brisket.'), 'Dunmore')).not.toEqual([
      'ORG',
    ]);
  });
});
