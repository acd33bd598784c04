/** A bench line right after a team sheet: its players are the sheet's side's. */
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

const northfield = ['Northfield', 'northfield', 'ORG'] as const;
const ashby = ['Ashby', 'ashby', 'ORG'] as const;

describe('a bench after a sheet', () => {
  relationTable([
    [
      // Each side's bench follows its own sheet.
      `${MATCH}\n\n${sheet('Northfield', HOME)} Subs Not Used: Moe, Nes.\n\n${sheet('Ashby', AWAY)} Subs Not Used: Kemp, Lamb.`,
      [
        [...northfield],
        ...people(...HOME, 'Moe', 'Nes'),
        [...ashby],
        ...people(...AWAY, 'Kemp', 'Lamb'),
      ],
      [
        'moe MEMBER_OF northfield asserted',
        'nes MEMBER_OF northfield asserted',
        'kemp MEMBER_OF ashby asserted',
        'lamb MEMBER_OF ashby asserted',
      ],
      ['moe MEMBER_OF ashby', 'kemp MEMBER_OF northfield'],
    ],
    [
      // A replacement and the player replaced; then the bench not used, after the replacements.
      `${MATCH}\n\n${sheet('Ashby', AWAY)}\n\nReplacements: Kemp for Birk (53), Lamb for Dale (60).\n\nNot used: Marsh, Nolan`,
      [[...ashby], ...people(...AWAY, 'Kemp', 'Birk', 'Lamb', 'Dale', 'Marsh', 'Nolan')],
      [
        'kemp MEMBER_OF ashby asserted',
        'lamb MEMBER_OF ashby asserted',
        'marsh MEMBER_OF ashby asserted',
        'nolan MEMBER_OF ashby asserted',
      ],
    ],
  ]);
});

describe('no bench', () => {
  relationTable([
    [
      // A label that is no bench's: the booked players are listed in the sheet anyway, and the
      // goals may be the other side's.
      `${MATCH}\n\n${sheet('Northfield', HOME)} Goals: Amble, Birk.`,
      [[...northfield], ...people(...HOME, 'Amble', 'Birk')],
      [],
      ['amble MEMBER_OF northfield', 'birk MEMBER_OF northfield'],
    ],
    [
      // A bench after a line that is no sheet.
      `${MATCH} Northfield and Ashby drew.\n\nSubs: Moe, Nes.`,
      [[...northfield], [...ashby], ...people('Moe', 'Nes')],
      [],
      ['moe MEMBER_OF northfield', 'moe MEMBER_OF ashby'],
    ],
    [
      // A squad of players each with their own club in brackets: the reserves are not the club's.
      `${MATCH}\n\nA Lund (Kelby), B Moe (Kelby), C Nes (Kelby), D Vik (Kelby), E Rud (Kelby), F Lie (Kelby). Reserves: G Dahl (Ashby), H Berg (Dunmore).`,
      [
        ...people('A Lund'),
        ['Kelby', 'kelby', 'ORG'],
        ...people('B Moe'),
        ['Kelby', 'kelby', 'ORG'],
        ...people('C Nes'),
        ['Kelby', 'kelby', 'ORG'],
        ...people('D Vik'),
        ['Kelby', 'kelby', 'ORG'],
        ...people('E Rud'),
        ['Kelby', 'kelby', 'ORG'],
        ...people('F Lie'),
        ['Kelby', 'kelby', 'ORG'],
        ...people('G Dahl'),
        ['Ashby', 'ashby', 'ORG'],
        ...people('H Berg'),
        ['Dunmore', 'dunmore', 'ORG'],
      ],
      ['g-dahl MEMBER_OF ashby asserted'],
      ['g-dahl MEMBER_OF kelby', 'h-berg MEMBER_OF kelby'],
    ],
    [
      // A bench whose words are a sentence, not a list of names.
      `${MATCH}\n\n${sheet('Northfield', HOME)} Subs: Moe was rested by the coach.`,
      [[...northfield], ...people(...HOME, 'Moe')],
      [],
      ['moe MEMBER_OF northfield'],
    ],
  ]);
});
