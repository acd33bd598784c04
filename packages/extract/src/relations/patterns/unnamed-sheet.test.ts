/** Team sheets that name no side: the side from a headline fixture or from the players' votes. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';
import type { GivenMention } from '../test-helper.js';

// A sports report: the document has enough sports words (noun-phrases.json sportsContext).
const MATCH = 'The coach named his squad for the league match against the champions.';

const people = (...names: string[]): GivenMention[] =>
  names.map((n) => [n, n.toLowerCase().replace(/\W+/g, '-'), 'PERSON']);

// Eleven players of each side, and a bench of six; invented names.
const HOME = ['Aune', 'Berg', 'Dahl', 'Eide', 'Foss', 'Haug', 'Lie', 'Moe', 'Nes', 'Rud', 'Vik'];
const AWAY = [
  'Amble',
  'Birk',
  'Croft',
  'Dale',
  'Egan',
  'Frost',
  'Gale',
  'Hale',
  'Kemp',
  'Lamb',
  'Marsh',
];
const BENCH = ['Nolan', 'Oakes', 'Pike', 'Quinn', 'Rowe', 'Shaw'];
const line = (names: string[]) => `${names.join(', ')}.`;

const home = ['northfield', 'ORG'] as const;
const away = ['ashby', 'ORG'] as const;

describe('sheets of a headline fixture', () => {
  relationTable([
    [
      // "Home 2-1 Away": the first full sheet is the home side's, its bench too; then the away side.
      `Northfield 2-1 Ashby\n\n${MATCH}\n\n${line(HOME)}\n\nSubs: ${line(BENCH)}\n\n${line(AWAY)}`,
      [['Northfield', ...home], ['Ashby', ...away], ...people(...HOME, ...BENCH, ...AWAY)],
      [
        'aune MEMBER_OF northfield asserted',
        'vik MEMBER_OF northfield asserted',
        'nolan MEMBER_OF northfield asserted',
        'shaw MEMBER_OF northfield asserted',
        'amble MEMBER_OF ashby asserted',
        'marsh MEMBER_OF ashby asserted',
      ],
      ['aune MEMBER_OF ashby', 'nolan MEMBER_OF ashby', 'amble MEMBER_OF northfield'],
    ],
    [
      // "Home v Away (Sat)" after a label.
      `Preview: Northfield v Ashby (Sat)\n\n${MATCH}\n\n${line(HOME)}\n\n${line(AWAY)}`,
      [['Northfield', ...home], ['Ashby', ...away], ...people(...HOME, ...AWAY)],
      ['berg MEMBER_OF northfield asserted', 'birk MEMBER_OF ashby asserted'],
      ['berg MEMBER_OF ashby', 'birk MEMBER_OF northfield'],
    ],
    [
      // One full sheet: whose it is, the order does not say.
      `Northfield v Ashby\n\n${MATCH}\n\n${line(HOME)}`,
      [['Northfield', ...home], ['Ashby', ...away], ...people(...HOME)],
      [],
      ['aune MEMBER_OF northfield', 'aune MEMBER_OF ashby'],
    ],
    [
      // A headline that sets no two sides against each other.
      `Northfield hold Ashby\n\n${MATCH}\n\n${line(HOME)}\n\n${line(AWAY)}`,
      [['Northfield', ...home], ['Ashby', ...away], ...people(...HOME, ...AWAY)],
      [],
      ['aune MEMBER_OF northfield', 'amble MEMBER_OF ashby'],
    ],
    [
      // The second sheet's players decide it for the away side's nickname: the first sheet is
      // still the home side's.
      `Northfield 2-1 Ashby\n\n${MATCH} The Hornets' Amble scored twice and Hornets striker Birk added a third.\n\n${line(HOME)}\n\n${line(AWAY)}`,
      [
        ['Northfield', ...home],
        ['Ashby', ...away],
        ['Hornets', 'hornets', 'ORG'],
        ...people('Amble'),
        ['Hornets', 'hornets', 'ORG'],
        ...people('Birk', ...HOME, ...AWAY),
      ],
      ['aune MEMBER_OF northfield asserted', 'croft MEMBER_OF hornets asserted'],
      ['aune MEMBER_OF ashby', 'croft MEMBER_OF northfield'],
    ],
    [
      // A player of the first sheet the report puts with the second side: no order then.
      `Northfield 0-3 Ashby\n\n${MATCH} Ashby's Aune scored twice and Ashby striker Berg added a third.\n\n${line(HOME)}\n\n${line(AWAY)}`,
      [
        ['Northfield', ...home],
        ['Ashby', ...away],
        ...people('Aune'),
        ['Ashby', ...away],
        ...people('Berg', ...HOME, ...AWAY),
      ],
      [],
      ['dahl MEMBER_OF northfield', 'dahl MEMBER_OF ashby', 'amble MEMBER_OF ashby'],
    ],
    [
      // A long bench after the away sheet is no third side's sheet: the order still stands.
      `Northfield 2-1 Ashby\n\n${MATCH}\n\n${line(HOME)}\n\n${line(AWAY)}\n\nReplacements (from): Nolan/Oakes, Pike, Quinn, Rowe/Shaw, Toft, Ulv, Wold, Yates, Zeal.`,
      [
        ['Northfield', ...home],
        ['Ashby', ...away],
        ...people(...HOME, ...AWAY, ...BENCH, 'Toft', 'Ulv', 'Wold', 'Yates', 'Zeal'),
      ],
      [
        'aune MEMBER_OF northfield asserted',
        'amble MEMBER_OF ashby asserted',
        'nolan MEMBER_OF ashby asserted',
      ],
      ['aune MEMBER_OF ashby', 'amble MEMBER_OF northfield', 'nolan MEMBER_OF northfield'],
    ],
  ]);
});

describe('sheets decided by their players', () => {
  relationTable([
    [
      // Two players the report makes members of one side: the sheet is that side's.
      `Late goals\n\n${MATCH} Northfield's Dahl scored twice and Northfield striker Vik added a third.\n\n${line(HOME)}`,
      [
        ['Northfield', ...home],
        ...people('Dahl'),
        ['Northfield', ...home],
        ...people('Vik', ...HOME),
      ],
      ['aune MEMBER_OF northfield asserted', 'rud MEMBER_OF northfield asserted'],
    ],
    [
      // One player's membership is no majority of a line.
      `Late goals\n\n${MATCH} Northfield's Dahl scored twice.\n\n${line(HOME)}`,
      [['Northfield', ...home], ...people('Dahl', ...HOME)],
      [],
      ['aune MEMBER_OF northfield'],
    ],
    [
      // Outside a sports report a list of names is no team sheet.
      `Northfield v Ashby\n\nThe council met on Monday.\n\n${line(HOME)}\n\n${line(AWAY)}`,
      [['Northfield', ...home], ['Ashby', ...away], ...people(...HOME, ...AWAY)],
      [],
      ['aune MEMBER_OF northfield', 'amble MEMBER_OF ashby'],
    ],
  ]);
});

describe('two sheets set apart by their players or the contest', () => {
  relationTable([
    [
      // One member named for each sheet, of two different sides.
      `Late goals\n\n${MATCH} Northfield striker Aune scored twice. Ashby striker Amble replied late on.\n\n${line(HOME)}\n\n${line(AWAY)}`,
      [
        ['Northfield', ...home],
        ...people('Aune'),
        ['Ashby', ...away],
        ...people('Amble', ...HOME, ...AWAY),
      ],
      ['vik MEMBER_OF northfield asserted', 'marsh MEMBER_OF ashby asserted'],
      ['vik MEMBER_OF ashby', 'marsh MEMBER_OF northfield'],
    ],
    [
      // A sheet whose heading was lost before its colon.
      `Late goals\n\n${MATCH} Northfield striker Aune scored twice. Ashby striker Amble replied late on.\n\n: ${line(HOME)}\n\n${line(AWAY)}`,
      [
        ['Northfield', ...home],
        ...people('Aune'),
        ['Ashby', ...away],
        ...people('Amble', ...HOME, ...AWAY),
      ],
      ['vik MEMBER_OF northfield asserted', 'marsh MEMBER_OF ashby asserted'],
    ],
    [
      // One sheet's side and the one side the report has it beat.
      `Late goals\n\n${MATCH} Northfield beat Ashby on Saturday. Northfield striker Aune scored twice.\n\n${line(HOME)}\n\n${line(AWAY)}`,
      [
        ['Northfield', ...home],
        ['Ashby', ...away],
        ['Northfield', ...home],
        ...people('Aune', ...HOME, ...AWAY),
      ],
      ['vik MEMBER_OF northfield asserted', 'marsh MEMBER_OF ashby asserted'],
    ],
    [
      // Both sheets' one member is of the same side: which is whose, nothing says.
      `Late goals\n\n${MATCH} Northfield striker Aune scored twice. Northfield striker Amble replied late on.\n\n${line(HOME)}\n\n${line(AWAY)}`,
      [
        ['Northfield', ...home],
        ...people('Aune'),
        ['Northfield', ...home],
        ...people('Amble', ...HOME, ...AWAY),
      ],
      [],
      ['vik MEMBER_OF northfield', 'marsh MEMBER_OF northfield'],
    ],
  ]);
});

describe('one sheet and the one side its headline names', () => {
  const clubbed = `Aune (Ashby), ${HOME.slice(1).join(', ')}.`;
  relationTable([
    [
      // A squad named for the side: a club in brackets on the line is the player's own.
      `Aune recalled to Northfield squad\n\n${MATCH}\n\n${clubbed}`,
      [
        ...people('Aune'),
        ['Northfield', ...home],
        ['Aune', 'aune', 'PERSON'],
        ['Ashby', ...away],
        ...people(...HOME.slice(1)),
      ],
      ['aune MEMBER_OF northfield asserted', 'vik MEMBER_OF northfield asserted'],
    ],
    [
      // A fixture's headline whose other side was typed a person: whose sheet, it does not say.
      `Northfield 2-1 Ashby\n\n${MATCH}\n\n${line(HOME)}`,
      [['Northfield', ...home], ['Ashby', 'ashby', 'PERSON'], ...people(...HOME)],
      [],
      ['vik MEMBER_OF northfield'],
    ],
    [
      // The side the headline names is the opponent.
      `Aune out of Northfield clash\n\n${MATCH}\n\n${line(HOME)}`,
      [...people('Aune'), ['Northfield', ...home], ...people(...HOME)],
      [],
      ['vik MEMBER_OF northfield'],
    ],
    [
      // The side's squad in the headline: each full line is one of its squads.
      `Aune recalled to Northfield squad\n\n${MATCH}\n\n${line(HOME)}\n\n${line(AWAY)}`,
      [...people('Aune'), ['Northfield', ...home], ...people(...HOME, ...AWAY)],
      ['vik MEMBER_OF northfield asserted', 'marsh MEMBER_OF northfield asserted'],
    ],
    [
      // A national squad's players are their clubs' members too; another country's is against.
      `Aune in Norland squad\n\n${MATCH} Northfield striker Berg is fit.\n\n${line(HOME)}\n\n${line(AWAY)}`,
      [
        ...people('Aune'),
        ['Norland', 'norland', 'GPE'],
        ['Northfield', ...home],
        ...people('Berg', ...HOME, ...AWAY),
      ],
      ['vik MEMBER_OF norland asserted', 'marsh MEMBER_OF norland asserted'],
      ['vik MEMBER_OF northfield'],
    ],
    [
      `Aune in Norland squad\n\n${MATCH} Lemuria striker Berg is fit.\n\n${line(HOME)}\n\n${line(AWAY)}`,
      [
        ...people('Aune'),
        ['Norland', 'norland', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
        ...people('Berg', ...HOME, ...AWAY),
      ],
      ['marsh MEMBER_OF norland asserted'],
      ['vik MEMBER_OF norland'],
    ],
    [
      // Two full lines, the headline naming no squad: the second may be another side's.
      `Aune recalled by Northfield\n\n${MATCH}\n\n${line(HOME)}\n\n${line(AWAY)}`,
      [...people('Aune'), ['Northfield', ...home], ...people(...HOME, ...AWAY)],
      [],
      ['vik MEMBER_OF northfield', 'marsh MEMBER_OF northfield'],
    ],
    [
      // A player the report makes another side's.
      `Aune recalled to Northfield squad\n\n${MATCH} Ashby striker Berg is in it.\n\n${line(HOME)}`,
      [...people('Aune'), ['Northfield', ...home], ['Ashby', ...away], ...people('Berg', ...HOME)],
      [],
      ['vik MEMBER_OF northfield'],
    ],
  ]);
});

describe('the other sheet is the other side the headline names', () => {
  // One vote: enough for the first sheet when the second has a side to take (as with a contest).
  const voted = `${MATCH} Ashby striker Aune scored and Ashby defender Berg hit the post.`;
  const given = (...sides: GivenMention[]): GivenMention[] => [
    ...sides,
    ['Ashby', ...away],
    ...people('Aune'),
    ['Ashby', ...away],
    ...people('Berg', ...HOME, ...AWAY),
  ];
  relationTable([
    [
      `Northfield hold Ashby\n\n${voted}\n\n${line(HOME)}\n\n${line(AWAY)}`,
      given(['Northfield', ...home], ['Ashby', ...away]),
      ['dahl MEMBER_OF ashby asserted', 'amble MEMBER_OF northfield asserted'],
      ['dahl MEMBER_OF northfield', 'amble MEMBER_OF ashby'],
    ],
    [
      // A headline naming one side only, or three: the other sheet is nobody's.
      `Ashby hold on\n\n${voted}\n\n${line(HOME)}\n\n${line(AWAY)}`,
      given(['Ashby', ...away]),
      [],
      ['dahl MEMBER_OF ashby', 'amble MEMBER_OF ashby'],
    ],
    [
      `Ashby, Kelby and Northfield win\n\n${voted}\n\n${line(HOME)}\n\n${line(AWAY)}`,
      given(['Ashby', ...away], ['Kelby', 'kelby', 'ORG'], ['Northfield', ...home]),
      [],
      ['dahl MEMBER_OF ashby', 'amble MEMBER_OF northfield', 'amble MEMBER_OF kelby'],
    ],
  ]);
});

describe('votes for a club by its short form or nickname', () => {
  relationTable([
    [
      // The report names the club in full and by its nickname (team-sheets.json): both votes
      // count for the club; the other sheet is the club's opponent in the headline's contest.
      `Northfield hold Tottenham Hotspur\n\n${MATCH} Spurs striker Aune scored first and Tottenham Hotspur defender Berg hit the post.\n\n${line(HOME)}\n\n${line(AWAY)}`,
      [
        ['Northfield', ...home],
        ['Tottenham Hotspur', 'spurs-club', 'ORG'],
        ['Spurs', 'spurs', 'ORG'],
        ...people('Aune'),
        ['Tottenham Hotspur', 'spurs-club', 'ORG'],
        ...people('Berg', ...HOME, ...AWAY),
      ],
      ['dahl MEMBER_OF spurs-club asserted', 'vik MEMBER_OF spurs-club asserted'],
      ['dahl MEMBER_OF northfield', 'dahl MEMBER_OF spurs', 'amble MEMBER_OF spurs-club'],
    ],
    [
      // A nickname no club of the report bears: its votes stay its own, and one is not enough.
      `Northfield hold Ashby\n\n${MATCH} Hornets striker Aune scored first and Ashby defender Berg hit the post.\n\n${line(HOME)}\n\n${line(AWAY)}`,
      [
        ['Northfield', ...home],
        ['Ashby', ...away],
        ['Hornets', 'hornets', 'ORG'],
        ...people('Aune'),
        ['Ashby', ...away],
        ...people('Berg', ...HOME, ...AWAY),
      ],
      [],
      ['dahl MEMBER_OF ashby', 'dahl MEMBER_OF hornets', 'amble MEMBER_OF northfield'],
    ],
  ]);
});
