/** Performances: a person who appears, plays or has a part in a work noun's name (issue 10). */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('performances in a named work', () => {
  relationTable([
    [
      'Kari Lund, who appeared in the TV comedy Harbour Lights, has died.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Harbour Lights', 'lights', 'PRODUCT'],
      ],
      ['lund RELATED_TO lights asserted'],
    ],
    [
      // A broadcaster's name between "in" and the work noun.
      'Tom Reed plays a detective in the Zeta TV drama Cold Ridge.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Zeta TV', 'zeta', 'ORG'],
        ['Cold Ridge', 'ridge', 'PRODUCT'],
      ],
      ['reed RELATED_TO ridge asserted'],
      ['reed RELATED_TO zeta'],
    ],
    [
      'Ola Dahl starred in US sitcom Night Shift for six years.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['US', 'us', 'GPE'],
        ['Night Shift', 'shift', 'ORG'],
      ],
      ['dahl RELATED_TO shift asserted'],
    ],
    [
      'Marta Ek is best known for her role in the soap Fjordside.',
      [
        ['Marta Ek', 'ek', 'PERSON'],
        ['Fjordside', 'fjordside', 'GPE'],
      ],
      ['ek RELATED_TO fjordside asserted'],
    ],
    [
      'Nils Holm landed a part in the long-running drama Blue Harbour.',
      [
        ['Nils Holm', 'holm', 'PERSON'],
        ['Blue Harbour', 'harbour', 'PRODUCT'],
      ],
      ['holm RELATED_TO harbour asserted'],
    ],
    [
      // "stars" tagged a plural noun, the name its compound.
      'Tom Reed stars in quirky movie Night Ferry while Ann Holt plays a nurse in Oslo.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Night Ferry', 'ferry', 'PRODUCT'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      ['reed RELATED_TO ferry asserted'],
      ['holt RELATED_TO ferry', 'holt RELATED_TO oslo'],
    ],
    // No work noun before the name: a place, a body or a court, not a work.
    [
      'Tom Reed appeared in Oslo on Monday.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      [],
      ['reed RELATED_TO oslo'],
    ],
    [
      'Kari Lund played a key role in Globex for a decade.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['lund RELATED_TO globex'],
    ],
    [
      // Not a verb or noun of performing: writing or watching a show is no part in it.
      'Ann Holt wrote about her nights in the comedy Cold Sea.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Cold Sea', 'sea', 'PRODUCT'],
      ],
      [],
      ['holt RELATED_TO sea'],
    ],
    [
      'Tom Reed did not appear in the film Grey Water.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Grey Water', 'water', 'PRODUCT'],
      ],
      ['reed RELATED_TO water negated'],
    ],
  ]);
});
