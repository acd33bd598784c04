/** Passive voice: the by-agent acts, the passive subject is acted on. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('passive', () => {
  relationTable([
    // A form of "be" before a past participle is passive however the parse labelled the two.
    [
      'Ivo Renn was slain by Tom Reed in 1968.',
      [
        ['Ivo Renn', 'renn', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['reed ATTACKS renn asserted'],
      ['renn ATTACKS reed'],
    ],
    [
      'Tom Reed had slain Ivo Renn in 1968.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ivo Renn', 'renn', 'PERSON'],
      ],
      ['reed ATTACKS renn asserted'],
      ['renn ATTACKS reed'],
    ],
    // A "by" phrase the parse hung on the verb's bare phrase ("into custody") is the verb's.
    [
      'Tom Reed was taken into custody by Europol on Monday.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Europol', 'europol', 'ORG'],
      ],
      ['europol ARRESTS reed asserted'],
    ],
    [
      'Tom Reed was put on trial by Lemuria in January.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['lemuria SUES reed asserted'],
    ],
    // Not on a phrase with a determiner or a name: that "by" is the phrase's own.
    [
      'Tom Reed was arrested in the house built by Globex.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['globex ARRESTS reed'],
    ],
    [
      'Tom Reed was killed on the orders of the warlord Jon Berg.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Jon Berg', 'berg', 'PERSON'],
      ],
      ['berg ATTACKS reed asserted'],
    ],
    [
      'Tom Reed was murdered on the day of the election of Jon Berg.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Jon Berg', 'berg', 'PERSON'],
      ],
      [],
      ['berg ATTACKS reed'],
    ],
    [
      'Lemuria was invaded by Atlantis in 1901.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['atlantis ATTACKS lemuria asserted'],
      ['lemuria ATTACKS atlantis'],
    ],
    [
      'The reporter was arrested and charged by Lemurian police.',
      [['Lemurian', 'lemuria', 'NORP', 'demonym']],
      [],
      [],
    ],
    [
      'Jon Berg was arrested by Lemurian police.',
      [
        ['Jon Berg', 'berg', 'PERSON'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
      ],
      ['lemuria ARRESTS berg asserted'],
    ],
    [
      'Globex, a firm owned by Acme, makes engines.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      ['acme ACQUIRES globex asserted'],
    ],
    [
      'Vestas is headquartered in Aarhus.',
      [
        ['Vestas', 'vestas', 'ORG'],
        ['Aarhus', 'aarhus', 'GPE'],
      ],
      ['vestas LOCATED_IN aarhus asserted'],
    ],
    [
      'Ola Dahl was shot in the courtyard of his building by Tor Vang.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tor Vang', 'vang', 'PERSON'],
      ],
      ['vang ATTACKS dahl asserted'],
    ],
    [
      'Ola Dahl was shot in the courtyard of a house built by Tor Vang.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tor Vang', 'vang', 'PERSON'],
      ],
      [],
      ['vang ATTACKS dahl'],
    ],
    [
      // A noun stands for the names it is said to include.
      'Ola Dahl was killed by a gang that included Tor Vang and Jon Berg.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tor Vang', 'vang', 'PERSON'],
        ['Jon Berg', 'berg', 'PERSON'],
      ],
      ['vang ATTACKS dahl asserted', 'berg ATTACKS dahl asserted'],
    ],
    [
      'Ola Dahl was killed by a group of rebels that included Tor Vang.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tor Vang', 'vang', 'PERSON'],
      ],
      ['vang ATTACKS dahl asserted'],
    ],
    [
      // Every name of a coordinated modifier of a group noun acts, on every coordinated patient.
      'Ola Dahl and Kari Lund were arrested by Norwegian and Lemurian police.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
      ],
      [
        'norway ARRESTS dahl asserted',
        'norway ARRESTS lund asserted',
        'lemuria ARRESTS dahl asserted',
        'lemuria ARRESTS lund asserted',
      ],
    ],
    [
      'Ola Dahl was arrested by Norwegian police and Lemurian rebels.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
      ],
      ['norway ARRESTS dahl asserted'],
    ],
  ]);
});

describe('passive: a conjunct with its own object is active', () => {
  const two: [string, string, 'PERSON'][] = [
    ['Tom Arlen', 'arlen', 'PERSON'],
    ['Ivo Renn', 'renn', 'PERSON'],
  ];
  relationTable([
    [
      'Tom Arlen was arrested in 1990 and later shot Ivo Renn.',
      two,
      ['arlen ATTACKS renn asserted'],
      ['renn ATTACKS arlen'],
    ],
    [
      // No object of its own: still passive, done by the agent.
      'Tom Arlen was arrested and charged by Ivo Renn.',
      two,
      ['renn SUES arlen asserted'],
      ['arlen SUES renn'],
    ],
    [
      // A simple past form is no passive participle, whatever its conjunct.
      'Ann Holt was born in Tarnby and grew up in Bergen.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['holt AFFILIATED_WITH tarnby asserted', 'holt AFFILIATED_WITH bergen asserted'],
    ],
    [
      'Tom Reed was freed in May and flew to Ostia.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ostia', 'ostia', 'GPE'],
      ],
      ['reed VISITS ostia asserted'],
    ],
    [
      // must not: a participle coordinated with a passive stays passive ("taken").
      'Tom Reed was arrested by Ola Vik and taken to Ostia.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Vik', 'vik', 'PERSON'],
        ['Ostia', 'ostia', 'GPE'],
      ],
      ['vik ARRESTS reed asserted'],
      ['vik VISITS ostia'],
    ],
  ]);
});
