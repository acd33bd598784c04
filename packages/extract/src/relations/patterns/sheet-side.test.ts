/** A team sheet whose label is no side's mention: the club of the report the label names. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';
import type { GivenMention } from '../test-helper.js';

// A sports report: the document has enough sports words (noun-phrases.json sportsContext).
const MATCH = 'The coach named his squad for the league match against the champions.';

const people = (...names: string[]): GivenMention[] =>
  names.map((n) => [n, n.toLowerCase().replace(/\W+/g, '-'), 'PERSON']);

// Invented players.
const HOME = ['Aune', 'Berg', 'Dahl', 'Eide', 'Foss', 'Haug', 'Lie'];
const AWAY = ['Amble', 'Birk', 'Croft', 'Dale', 'Egan', 'Frost', 'Gale'];
const sheet = (label: string, names: string[]) => `${label}: ${names.join(', ')}.`;

describe('a sheet labelled by a short form of a club the report names', () => {
  relationTable([
    [
      // The label's words give the club's name with one shortened ("Kel" for Kelby).
      `Kelby City beat Dunmore United at home. ${MATCH}\n\n${sheet('Kel City', HOME)}\n\n${sheet('Dunmore Utd', AWAY)}`,
      [
        ['Kelby City', 'kelby-city', 'ORG'],
        ['Dunmore United', 'dunmore-united', 'ORG'],
        ...people(...HOME, ...AWAY),
      ],
      [
        'aune MEMBER_OF kelby-city asserted',
        'lie MEMBER_OF kelby-city asserted',
        'amble MEMBER_OF dunmore-united asserted',
        'gale MEMBER_OF dunmore-united asserted',
      ],
      ['aune MEMBER_OF dunmore-united', 'amble MEMBER_OF kelby-city'],
    ],
    [
      // A short form in club-short-forms.json; the label typed a person by mention detection.
      `Tottenham Hotspur drew with Kelby City. ${MATCH}\n\n${sheet('Spurs', HOME)}\n\n${sheet('Kelby City', AWAY)}`,
      [
        ['Tottenham Hotspur', 'tottenham', 'ORG'],
        ['Kelby City', 'kelby-city', 'ORG'],
        ['Spurs', 'spurs', 'PERSON'],
        ...people(...HOME),
        ['Kelby City', 'kelby-city', 'ORG'],
        ...people(...AWAY),
      ],
      ['berg MEMBER_OF tottenham asserted', 'birk MEMBER_OF kelby-city asserted'],
      ['berg MEMBER_OF kelby-city', 'birk MEMBER_OF tottenham', 'berg MEMBER_OF spurs'],
    ],
    [
      // The label is the leading word of the club's name.
      `Dunmore Wanderers lost again. ${MATCH}\n\n${sheet('Dunmore', HOME)}`,
      [['Dunmore Wanderers', 'dunmore-w', 'ORG'], ...people(...HOME)],
      ['dahl MEMBER_OF dunmore-w asserted'],
    ],
  ]);
});

describe('a label that names no one club of the report', () => {
  relationTable([
    [
      // A nickname two clubs of the report share.
      `Liverpool and Nottingham Forest both won. ${MATCH}\n\n${sheet('Reds', HOME)}`,
      [
        ['Liverpool', 'liverpool', 'ORG'],
        ['Nottingham Forest', 'forest', 'ORG'],
        ...people(...HOME),
      ],
      [],
      ['aune MEMBER_OF liverpool', 'aune MEMBER_OF forest'],
    ],
    [
      // "City" opens no club's name and shortens two equally.
      `Kelby City and Ashby City drew. ${MATCH}\n\n${sheet('City', HOME)}\n\n${sheet('Ashby C', AWAY)}`,
      [['Kelby City', 'kelby', 'ORG'], ['Ashby City', 'ashby', 'ORG'], ...people(...HOME, ...AWAY)],
      ['amble MEMBER_OF ashby asserted'],
      ['aune MEMBER_OF kelby', 'aune MEMBER_OF ashby', 'amble MEMBER_OF kelby'],
    ],
    [
      // The report names no club the short form stands for.
      `Kelby City drew at home. ${MATCH}\n\n${sheet('Man Utd', HOME)}`,
      [['Kelby City', 'kelby', 'ORG'], ...people(...HOME)],
      [],
      ['aune MEMBER_OF kelby'],
    ],
    [
      // A one-word label is never read as a shortening ("Kel" is no name's leading word).
      `Kelby drew at home. ${MATCH}\n\n${sheet('Kel', HOME)}`,
      [['Kelby', 'kelby', 'ORG'], ...people(...HOME)],
      [],
      ['aune MEMBER_OF kelby'],
    ],
  ]);
});
