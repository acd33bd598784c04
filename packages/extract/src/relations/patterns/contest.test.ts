/** Contests between two named sides: an open RELATED_TO relation, never an attack. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

// A sports report: the document has enough sports words (noun-phrases.json sportsContext).
const MATCH = 'The coach named his squad for the league match. ';

describe('contests in a sports report', () => {
  relationTable([
    [
      `${MATCH}Chelsea beat Arsenal 2-1 on Saturday.`,
      [
        ['Chelsea', 'chelsea', 'ORG'],
        ['Arsenal', 'arsenal', 'ORG'],
      ],
      ['chelsea RELATED_TO arsenal asserted'],
      ['chelsea ATTACKS arsenal'],
    ],
    [
      `${MATCH}France beat Ireland 19-12 in Dublin.`,
      [
        ['France', 'france', 'GPE'],
        ['Ireland', 'ireland', 'GPE'],
        ['Dublin', 'dublin', 'GPE'],
      ],
      ['france RELATED_TO ireland asserted'],
      ['france ATTACKS ireland', 'france RELATED_TO dublin'],
    ],
    [
      `${MATCH}Arsenal were beaten by Chelsea at Highbury.`,
      [
        ['Arsenal', 'arsenal', 'ORG'],
        ['Chelsea', 'chelsea', 'ORG'],
        ['Highbury', 'highbury', 'FACILITY'],
      ],
      ['chelsea RELATED_TO arsenal asserted'],
    ],
    [
      `${MATCH}Wales lost to France in Cardiff.`,
      [
        ['Wales', 'wales', 'GPE'],
        ['France', 'france', 'GPE'],
        ['Cardiff', 'cardiff', 'GPE'],
      ],
      ['wales RELATED_TO france asserted'],
      ['wales RELATED_TO cardiff'],
    ],
    [
      `${MATCH}Boro face Sporting Lisbon for a place in the quarter-finals.`,
      [
        ['Boro', 'boro', 'ORG'],
        ['Sporting Lisbon', 'sporting', 'ORG'],
      ],
      ['boro RELATED_TO sporting asserted'],
    ],
    [
      `${MATCH}Ireland claimed only their second ever win over South Africa.`,
      [
        ['Ireland', 'ireland', 'GPE'],
        ['South Africa', 'south-africa', 'GPE'],
      ],
      ['ireland RELATED_TO south-africa asserted'],
    ],
    [
      `${MATCH}Northfield's win over Ashby Town was hard work.`,
      [
        ['Northfield', 'northfield', 'ORG'],
        ['Ashby Town', 'ashby', 'ORG'],
      ],
      ['northfield RELATED_TO ashby asserted'],
    ],
    [
      `${MATCH}Brennan last played for Ireland against Samoa in 2001.`,
      [
        ['Brennan', 'brennan', 'PERSON'],
        ['Ireland', 'ireland', 'GPE'],
        ['Samoa', 'samoa', 'GPE'],
      ],
      ['ireland RELATED_TO samoa asserted'],
      ['brennan RELATED_TO samoa'],
    ],
    [
      `${MATCH}Federer beat Lleyton Hewitt in the final.`,
      [
        ['Federer', 'federer', 'PERSON'],
        ['Lleyton Hewitt', 'hewitt', 'PERSON'],
      ],
      ['federer RELATED_TO hewitt asserted'],
    ],
    [
      `${MATCH}The fixtures are Arsenal v Chelsea and Everton v Liverpool.`,
      [
        ['Arsenal', 'arsenal', 'ORG'],
        ['Chelsea', 'chelsea', 'ORG'],
        ['Everton', 'everton', 'ORG'],
        ['Liverpool', 'liverpool', 'ORG'],
      ],
      ['arsenal RELATED_TO chelsea asserted', 'everton RELATED_TO liverpool asserted'],
      ['chelsea RELATED_TO everton', 'arsenal RELATED_TO liverpool'],
    ],
    // A player against a team is no pair of sides.
    [
      `${MATCH}Thierry Henry scored against Fulham.`,
      [
        ['Thierry Henry', 'henry', 'PERSON'],
        ['Fulham', 'fulham', 'ORG'],
      ],
      [],
      ['henry RELATED_TO fulham'],
    ],
    [
      `${MATCH}Henry beat Fulham's keeper.`,
      [
        ['Henry', 'henry', 'PERSON'],
        ['Fulham', 'fulham', 'ORG'],
      ],
      [],
      ['henry RELATED_TO fulham'],
    ],
    // Listed players are no contest.
    [
      `${MATCH}Wales will host France, with Gethin Jenkins and Martyn Williams in the side.`,
      [
        ['Wales', 'wales', 'GPE'],
        ['France', 'france', 'GPE'],
        ['Gethin Jenkins', 'jenkins', 'PERSON'],
        ['Martyn Williams', 'williams', 'PERSON'],
      ],
      ['wales RELATED_TO france asserted'],
      ['jenkins RELATED_TO williams'],
    ],
    // A side named by a demonym and a noun is a club of that country, not the country.
    [
      `${MATCH}Boro face Sporting Lisbon after the Portuguese side saw off Feyenoord.`,
      [
        ['Boro', 'boro', 'ORG'],
        ['Sporting Lisbon', 'sporting', 'ORG'],
        ['Portuguese', 'portugal', 'NORP'],
        ['Feyenoord', 'feyenoord', 'ORG'],
      ],
      ['boro RELATED_TO sporting asserted'],
      ['portugal RELATED_TO feyenoord'],
    ],
    // Not beaten: a negated contest.
    [
      `${MATCH}Leeds failed to beat Millwall.`,
      [
        ['Leeds', 'leeds', 'ORG'],
        ['Millwall', 'millwall', 'ORG'],
      ],
      [],
      ['leeds RELATED_TO millwall asserted'],
    ],
  ]);
});

describe('contests outside a sports report', () => {
  relationTable([
    [
      'Blair defeated Howard in the election.',
      [
        ['Blair', 'blair', 'PERSON'],
        ['Howard', 'howard', 'PERSON'],
      ],
      ['blair RELATED_TO howard asserted'],
      ['blair ATTACKS howard'],
    ],
    [
      "Labour's victory over the Conservatives in 1997 was a landslide.",
      [
        ['Labour', 'labour', 'ORG'],
        ['Conservatives', 'tories', 'ORG'],
      ],
      ['labour RELATED_TO tories asserted'],
    ],
    // States at war are no contest here; the verb frames read them.
    [
      'Britain defeated Germany in 1945.',
      [
        ['Britain', 'uk', 'GPE'],
        ['Germany', 'germany', 'GPE'],
      ],
      [],
      ['uk RELATED_TO germany'],
    ],
    // Playing and facing are contests only in a sports report.
    [
      'Microsoft faces Google in the search market.',
      [
        ['Microsoft', 'microsoft', 'ORG'],
        ['Google', 'google', 'ORG'],
      ],
      [],
      ['microsoft RELATED_TO google'],
    ],
    // Games played for a title by players: words other news uses too make no sports report.
    [
      'The players play the game for the title. Globex faces Initech in the game market.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['globex RELATED_TO initech'],
    ],
    [
      'The Zeta versus Omega format war was won by Hooli.',
      [
        ['Zeta', 'zeta', 'PRODUCT'],
        ['Omega', 'omega', 'PRODUCT'],
        ['Hooli', 'hooli', 'ORG'],
      ],
      [],
      ['zeta RELATED_TO omega'],
    ],
  ]);
});
