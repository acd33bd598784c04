/** Demands made of a clause's subject: "demanded that X resign", "called for X to resign". */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('demands of a clause subject', () => {
  relationTable([
    [
      'The Labour Party demanded that Tom Reed resign over the scandal.',
      [
        ['Labour Party', 'labour', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['labour PRESSURES reed asserted'],
    ],
    [
      'Atlantis demanded that Lemuria withdraw its troops from the border.',
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['atlantis PRESSURES lemuria asserted'],
    ],
    [
      'Ann Holt insisted that Globex pay the fine.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['holt PRESSURES globex asserted'],
    ],
    [
      'Lemuria has demanded that Atlantis should return the islands.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria PRESSURES atlantis asserted'],
    ],
    [
      'Ann Holt asked that Tom Reed and Karl Dahl step down.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Karl Dahl', 'dahl', 'PERSON'],
      ],
      ['holt PRESSURES reed asserted', 'holt PRESSURES dahl asserted'],
    ],
    [
      'Ann Holt called for Tom Reed to resign.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['holt PRESSURES reed asserted'],
    ],
    [
      'Lemuria pressed for Atlantis to release the sailors.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria PRESSURES atlantis asserted'],
    ],
    [
      'Ann Holt did not demand that Tom Reed resign.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['holt PRESSURES reed negated'],
    ],
    // Not a demand: a clause that states something, a passive, a plural present, no infinitive.
    [
      'Ann Holt insisted that Globex was innocent.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['holt PRESSURES globex'],
    ],
    [
      'Ann Holt insisted that Globex pays its staff well.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['holt PRESSURES globex'],
    ],
    [
      'The union demanded that Tom Reed be sacked.',
      [
        ['union', 'union', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['union PRESSURES reed'],
    ],
    [
      'Ann Holt insists that Globex and Initech remain committed to the deal.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['holt PRESSURES globex', 'holt PRESSURES initech'],
    ],
    [
      'Ann Holt called for talks with Globex.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['holt PRESSURES globex'],
    ],
    [
      'Globex said that Tom Reed would resign.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['globex PRESSURES reed'],
    ],
  ]);
});
