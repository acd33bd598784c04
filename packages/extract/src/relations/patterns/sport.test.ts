/** Sport membership: team sheets and transfers in a sports report. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';
import type { GivenMention } from '../test-helper.js';

// A sports report: the document has enough sports words (noun-phrases.json sportsContext).
const MATCH = 'The coach named his squad for the league match. ';

const people = (...names: string[]): GivenMention[] =>
  names.map((n) => [n, n.toLowerCase().replace(/\W+/g, '-'), 'PERSON']);

describe('team sheets', () => {
  relationTable([
    [
      `${MATCH}Bolton: Jaaskelainen, Hunt (Fadiga 14), Ben Haim, Candela, Okocha (Vaz Te 77), Speed, Davies.`,
      [
        ['Bolton', 'bolton', 'ORG'],
        ...people('Jaaskelainen', 'Hunt', 'Fadiga', 'Ben Haim', 'Candela', 'Okocha', 'Vaz Te'),
        // A surname mention detection took for an organisation is still a player in the line.
        ['Speed', 'speed', 'ORG'],
        ...people('Davies'),
      ],
      [
        'jaaskelainen MEMBER_OF bolton asserted',
        'fadiga MEMBER_OF bolton asserted',
        'ben-haim MEMBER_OF bolton asserted',
        'vaz-te MEMBER_OF bolton asserted',
        'speed MEMBER_OF bolton asserted',
        'davies MEMBER_OF bolton asserted',
      ],
    ],
    [
      `${MATCH}Ireland: G Dempsey; G Murphy, B O'Driscoll (capt), S Horgan, D Hickie; R O'Gara, P Stringer.`,
      [
        ['Ireland', 'ireland', 'GPE'],
        ...people(
          'G Dempsey',
          'G Murphy',
          "B O'Driscoll",
          'S Horgan',
          'D Hickie',
          "R O'Gara",
          'P Stringer',
        ),
      ],
      [
        'g-dempsey MEMBER_OF ireland asserted',
        'b-o-driscoll MEMBER_OF ireland asserted',
        'p-stringer MEMBER_OF ireland asserted',
      ],
    ],
    [
      // A bracket naming a club is the player's own club, not a player of the side.
      `${MATCH}Scotland: Mike Blair (Edinburgh), Andy Craig, Chris Cusiter, Simon Danielli, Tom Smith, Jason White.`,
      [
        ['Scotland', 'scotland', 'GPE'],
        ...people('Mike Blair'),
        ['Edinburgh', 'edinburgh', 'ORG'],
        ...people('Andy Craig', 'Chris Cusiter', 'Simon Danielli', 'Tom Smith', 'Jason White'),
      ],
      ['mike-blair MEMBER_OF scotland asserted', 'jason-white MEMBER_OF scotland asserted'],
      ['edinburgh MEMBER_OF scotland'],
    ],
    [
      // Too few names for a side: a shortlist or a scorers' line.
      `${MATCH}Chelsea: Lampard, Terry, Duff.`,
      [['Chelsea', 'chelsea', 'ORG'], ...people('Lampard', 'Terry', 'Duff')],
      [],
      ['lampard MEMBER_OF chelsea', 'terry MEMBER_OF chelsea'],
    ],
    [
      // Clubs listed under a competition are no players of it.
      `${MATCH}Uefa Cup: Newcastle, Middlesbrough, Everton, Bolton, Aston Villa, Fulham, Charlton.`,
      [
        ['Uefa Cup', 'uefa', 'ORG'],
        ['Newcastle', 'newcastle', 'ORG'],
        ['Middlesbrough', 'boro', 'ORG'],
        ['Everton', 'everton', 'ORG'],
        ['Bolton', 'bolton', 'ORG'],
        ['Aston Villa', 'villa', 'ORG'],
        ['Fulham', 'fulham', 'ORG'],
        ['Charlton', 'charlton', 'ORG'],
      ],
      [],
      ['newcastle MEMBER_OF uefa', 'everton MEMBER_OF uefa'],
    ],
    [
      // A results line is no team sheet.
      `${MATCH}Results: Chelsea 2-1 Arsenal, Everton 0-0 Bolton, Fulham 1-3 Charlton.`,
      [
        ['Chelsea', 'chelsea', 'ORG'],
        ['Arsenal', 'arsenal', 'ORG'],
        ['Everton', 'everton', 'ORG'],
        ['Bolton', 'bolton', 'ORG'],
        ['Fulham', 'fulham', 'ORG'],
        ['Charlton', 'charlton', 'ORG'],
      ],
      [],
      ['chelsea MEMBER_OF arsenal', 'arsenal MEMBER_OF chelsea', 'everton MEMBER_OF bolton'],
    ],
    [
      // Outside a sports report the shape means nothing.
      'Board: Adams, Baker, Clarke, Dixon, Evans, Fisher, Grant.',
      [
        ['Board', 'board', 'ORG'],
        ...people('Adams', 'Baker', 'Clarke', 'Dixon', 'Evans', 'Fisher', 'Grant'),
      ],
      [],
      ['adams MEMBER_OF board', 'grant MEMBER_OF board'],
    ],
  ]);
});

describe("a player's time with a side", () => {
  relationTable([
    [
      `${MATCH}Ronaldo made his debut for Manchester United.`,
      [
        ['Ronaldo', 'ronaldo', 'PERSON'],
        ['his', 'ronaldo', 'PERSON', 'pronoun'],
        ['Manchester United', 'united', 'ORG'],
      ],
      ['ronaldo MEMBER_OF united asserted'],
    ],
    [
      `${MATCH}Ryan Giggs will earn his 50th cap for Wales.`,
      [
        ['Ryan Giggs', 'giggs', 'PERSON'],
        ['his', 'giggs', 'PERSON', 'pronoun'],
        ['Wales', 'wales', 'GPE'],
      ],
      ['giggs MEMBER_OF wales asserted'],
    ],
    [
      `${MATCH}Joe Cole, who is on loan at Celtic, scored twice.`,
      [
        ['Joe Cole', 'cole', 'PERSON'],
        ['Celtic', 'celtic', 'ORG'],
      ],
      ['cole MEMBER_OF celtic asserted'],
    ],
    [
      `${MATCH}Darius Vassell joined Villa on loan from Chelsea.`,
      [
        ['Darius Vassell', 'vassell', 'PERSON'],
        ['Villa', 'villa', 'ORG'],
        ['Chelsea', 'chelsea', 'ORG'],
      ],
      ['vassell MEMBER_OF chelsea asserted', 'vassell MEMBER_OF villa asserted'],
    ],
    [
      // No player named: the side's own goal; a referee is no player of the side.
      `${MATCH}The Chelsea goal came after ten minutes, and Graham Poll disallowed a late goal for Arsenal.`,
      [
        ['Chelsea', 'chelsea', 'ORG'],
        ['Graham Poll', 'poll', 'PERSON'],
        ['Arsenal', 'arsenal', 'ORG'],
      ],
      [],
      ['poll MEMBER_OF arsenal', 'poll MEMBER_OF chelsea'],
    ],
  ]);
});

describe('transfers', () => {
  relationTable([
    [
      `${MATCH}Real Madrid have signed Michael Owen from Liverpool.`,
      [
        ['Real Madrid', 'real', 'ORG'],
        ['Michael Owen', 'owen', 'PERSON'],
        ['Liverpool', 'liverpool', 'GPE'],
      ],
      ['owen MEMBER_OF real asserted', 'owen MEMBER_OF liverpool asserted'],
      ['real MEMBER_OF liverpool'],
    ],
    [
      `${MATCH}Michael Owen was signed by Real Madrid.`,
      [
        ['Michael Owen', 'owen', 'PERSON'],
        ['Real Madrid', 'real', 'ORG'],
      ],
      ['owen MEMBER_OF real asserted'],
    ],
    [
      `${MATCH}Gary Jones moved to Leeds United in July.`,
      [
        ['Gary Jones', 'jones', 'PERSON'],
        ['Leeds United', 'leeds', 'ORG'],
      ],
      ['jones MEMBER_OF leeds asserted'],
    ],
    [
      `${MATCH}Cristiano Ronaldo joined Chelsea from Porto in 2004.`,
      [
        ['Cristiano Ronaldo', 'ronaldo', 'PERSON'],
        ['Chelsea', 'chelsea', 'ORG'],
        ['Porto', 'porto', 'GPE'],
      ],
      ['ronaldo MEMBER_OF porto asserted'],
    ],
    [
      `${MATCH}Chelsea are expected to sign Arjen Robben.`,
      [
        ['Chelsea', 'chelsea', 'ORG'],
        ['Arjen Robben', 'robben', 'PERSON'],
      ],
      ['robben MEMBER_OF chelsea considered'],
    ],
    [
      // A results line is no membership, and an owner buying a club is no player.
      `${MATCH}France beat Ireland in Paris, and Roman Abramovich bought Chelsea.`,
      [
        ['France', 'france', 'GPE'],
        ['Ireland', 'ireland', 'GPE'],
        ['Paris', 'paris', 'GPE'],
        ['Roman Abramovich', 'abramovich', 'PERSON'],
        ['Chelsea', 'chelsea', 'ORG'],
      ],
      [],
      ['france MEMBER_OF ireland', 'ireland MEMBER_OF france', 'abramovich MEMBER_OF chelsea'],
    ],
    [
      // A manager signing a player, an athlete moving house: no membership read.
      `${MATCH}Jose Mourinho signed Arjen Robben, and Kelly Sotherton moved from Colchester to London.`,
      [
        ['Jose Mourinho', 'mourinho', 'PERSON'],
        ['Arjen Robben', 'robben', 'PERSON'],
        ['Kelly Sotherton', 'sotherton', 'PERSON'],
        ['Colchester', 'colchester', 'GPE'],
        ['London', 'london', 'GPE'],
      ],
      [],
      ['robben MEMBER_OF mourinho', 'sotherton MEMBER_OF colchester', 'sotherton MEMBER_OF london'],
    ],
    [
      // A fixture is no membership.
      `${MATCH}Arsenal v Chelsea kicks off at three.`,
      [
        ['Arsenal', 'arsenal', 'ORG'],
        ['Chelsea', 'chelsea', 'ORG'],
      ],
      [],
      ['arsenal MEMBER_OF chelsea', 'chelsea MEMBER_OF arsenal'],
    ],
    [
      // Joining people is no membership, whatever type the second name was given.
      `${MATCH}The Borders flanker has a knee injury and joins Donnie Macfadyen and Allister Hogg on the sidelines.`,
      [
        ['Donnie Macfadyen', 'macfadyen', 'PERSON'],
        ['Allister Hogg', 'hogg', 'ORG'],
      ],
      [],
      ['macfadyen MEMBER_OF hogg'],
    ],
  ]);
});
