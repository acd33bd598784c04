/** Scorers and their side in a sports report (scorers.ts). */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';
import type { GivenMention } from '../test-helper.js';

// A sports report: the document has enough sports words (noun-phrases.json sportsContext).
const MATCH = 'The coach praised his squad after the league match. ';

const people = (...names: string[]): GivenMention[] =>
  names.map((n) => [n, n.toLowerCase().replace(/\W+/g, '-'), 'PERSON']);
const side = (name: string, type: 'ORG' | 'GPE' = 'ORG'): GivenMention => [
  name,
  name.toLowerCase(),
  type,
];

describe('scorers: a scoring noun that gives its side something', () => {
  relationTable([
    [
      `${MATCH}Goals from Tavi Orrel and Brenn Quorne gave Dunmore a scrappy victory at the weekend.`,
      [...people('Tavi Orrel', 'Brenn Quorne'), side('Dunmore')],
      ['tavi-orrel MEMBER_OF dunmore asserted', 'brenn-quorne MEMBER_OF dunmore asserted'],
    ],
    [
      `${MATCH}A late drop goal by Rory Venn gave Kelby an unlikely 3-0 win.`,
      [...people('Rory Venn'), side('Kelby')],
      ['rory-venn MEMBER_OF kelby asserted'],
    ],
    [
      `${MATCH}Marten Hollis's header earned Dunmore a point.`,
      [...people('Marten Hollis'), side('Dunmore')],
      ['marten-hollis MEMBER_OF dunmore asserted'],
    ],
    [
      // A national side.
      `${MATCH}A penalty from Ola Brandt gave Lemuria a narrow win.`,
      [...people('Ola Brandt'), side('Lemuria', 'GPE')],
      ['ola-brandt MEMBER_OF lemuria asserted'],
    ],
    [
      // An own goal counts for the other side.
      `${MATCH}An own goal from Jorn Askel gave Dunmore a 1-0 win.`,
      [...people('Jorn Askel'), side('Dunmore')],
      [],
      ['jorn-askel MEMBER_OF dunmore'],
    ],
    [
      // A verb of denying or costing hands the side nothing.
      `${MATCH}A header from Sem Falk denied Kelby a famous win.`,
      [...people('Sem Falk'), side('Kelby')],
      [],
      ['sem-falk MEMBER_OF kelby'],
    ],
  ]);
});

describe('scorers: a "with" phrase of the scoring side', () => {
  relationTable([
    [
      `${MATCH}Kelby had led 20-6 with tries from Paul Dorrin and Brynn Calder.`,
      [side('Kelby'), ...people('Paul Dorrin', 'Brynn Calder')],
      ['paul-dorrin MEMBER_OF kelby asserted', 'brynn-calder MEMBER_OF kelby asserted'],
    ],
    [
      `${MATCH}Dunmore then took charge with scores from Pat Sander and Kai Horvik.`,
      [side('Dunmore'), ...people('Pat Sander', 'Kai Horvik')],
      ['pat-sander MEMBER_OF dunmore asserted', 'kai-horvik MEMBER_OF dunmore asserted'],
    ],
    [
      // Losing with someone's goals: the scorers are as often the winners'.
      `${MATCH}Kelby lost 3-1 with goals from Tom Reed and Ola Vik.`,
      [side('Kelby'), ...people('Tom Reed', 'Ola Vik')],
      [],
      ['tom-reed MEMBER_OF kelby', 'ola-vik MEMBER_OF kelby'],
    ],
    [
      // Going down to someone's strikes: the other side's scorers.
      `${MATCH}Dunmore went down to strikes from Tom Reed and Ola Vik.`,
      [side('Dunmore'), ...people('Tom Reed', 'Ola Vik')],
      [],
      ['tom-reed MEMBER_OF dunmore', 'ola-vik MEMBER_OF dunmore'],
    ],
  ]);
});

describe('scorers: only in a sports report', () => {
  relationTable([
    [
      // No sports report: a "goal" from a minister is no score.
      'Goals from Ann Holt gave Globex a clear plan for the year.',
      [...people('Ann Holt'), side('Globex')],
      [],
      ['ann-holt MEMBER_OF globex'],
    ],
  ]);
});
