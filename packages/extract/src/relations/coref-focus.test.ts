/**
 * "the club", "the side", "the team" of a sports report and "the band" of any report: the
 * organisation the report is about, when nothing else resolves them (coref-focus.ts).
 */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';
import type { GivenMention } from './test-helper.js';

const KELBY_HEAD =
  'Kelby Rovers sack coach after defeat\nKelby Rovers have sacked their coach after a third league defeat at Dunmore. Kelby Rovers lost 3-0 on Saturday, and the striker missed a penalty.';
const kelby: GivenMention[] = [
  ['Kelby Rovers', 'kelby', 'ORG'],
  ['Kelby Rovers', 'kelby', 'ORG'],
  ['Dunmore', 'dunmore', 'ORG'],
  ['Kelby Rovers', 'kelby', 'ORG'],
];
const BAND_HEAD =
  'Fjordlight to reunite for tour\nRock group Fjordlight will play ten concerts in May. Fjordlight split in 1999.';
const band: GivenMention[] = [
  ['Fjordlight', 'fj', 'ORG'],
  ['Fjordlight', 'fj', 'ORG'],
  ['Fjordlight', 'fj', 'ORG'],
];

describe('descriptions of the organisation in focus', () => {
  relationTable([
    // A sports report's club, called "the side".
    [
      `${KELBY_HEAD} Fans booed the players. The side later criticised Ola Dahl.`,
      [...kelby, ['Ola Dahl', 'dahl', 'PERSON']],
      ['kelby CRITICIZES dahl asserted'],
    ],
    // A band's report: "the band".
    [
      `${BAND_HEAD} Fans bought every ticket. The band later criticised Initech.`,
      [...band, ['Initech', 'initech', 'ORG']],
      ['fj CRITICIZES initech asserted'],
    ],
    // Another club named since the focus's last mention may be the one meant: none.
    [
      `${KELBY_HEAD} Hull beat Leeds. The side later criticised Ola Dahl.`,
      [
        ...kelby,
        ['Hull', 'hull', 'ORG'],
        ['Leeds', 'leeds', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['kelby CRITICIZES dahl', 'hull CRITICIZES dahl'],
    ],
    // A side qualified by a word is another ("the home side").
    [
      `${KELBY_HEAD} Fans booed the players. The home side later criticised Ola Dahl.`,
      [...kelby, ['Ola Dahl', 'dahl', 'PERSON']],
      [],
      ['kelby CRITICIZES dahl'],
    ],
    // "the side" is no company of a business report.
    [
      'Globex profits rise\nGlobex said profits rose by 5% in May. Globex cut 300 jobs. Shares rose. The side later criticised Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['globex CRITICIZES initech'],
    ],
    // A focus the report calls a label only is no band.
    [
      'Globex profits rise\nRecord label Globex said profits rose by 5% in May. Globex cut 300 jobs. Shares rose. The band later criticised Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['globex CRITICIZES initech'],
    ],
  ]);
});
