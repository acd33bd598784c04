/** Possessives: who owns, employs or makes a name; part nouns owned. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('possessives', () => {
  relationTable([
    [
      "India's Infosys hired 900 people.",
      [
        ['India', 'india', 'GPE'],
        ['Infosys', 'infosys', 'ORG'],
      ],
      ['infosys LOCATED_IN india asserted'],
    ],
    [
      "Globex's Ann Holt praised the plan.",
      [
        ['Globex', 'globex', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt MEMBER_OF globex asserted'],
    ],
    // A plural's bare apostrophe owns the name after it.
    [
      "The Free Democrats' Ann Holt praised the plan.",
      [
        ['Free Democrats', 'fdp', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt MEMBER_OF fdp asserted'],
    ],
    [
      'The suit names Globex and its unit Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['initech PART_OF globex asserted'],
    ],
    [
      "Sony's PlayStation sold well.",
      [
        ['Sony', 'sony', 'ORG'],
        ['PlayStation', 'playstation', 'PRODUCT'],
      ],
      ['sony PRODUCES playstation asserted'],
    ],
    [
      'Ola Dahl easily won the vote in his native Norland.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['his', 'dahl', 'PERSON', 'pronoun'],
        ['Norland', 'norland', 'GPE'],
      ],
      ['dahl AFFILIATED_WITH norland asserted'],
    ],
    [
      'Ola Dahl praised Norland and its native forests.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Norland', 'norland', 'GPE'],
      ],
      [],
      ['dahl AFFILIATED_WITH norland'],
    ],
    [
      "Norland's Ola Dahl won the race in 21 seconds.",
      [
        ['Norland', 'norland', 'GPE'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      ['dahl AFFILIATED_WITH norland asserted'],
    ],
    [
      "Norland's team beat Ola Dahl in 21 seconds.",
      [
        ['Norland', 'norland', 'GPE'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['dahl AFFILIATED_WITH norland'],
    ],
    [
      // "its unit Zorbex" describes Zorbex (a name no mention covers), not Globex.
      'Acme has sued four firms. The four firms named in the suit are oil giant Globex, its unit Zorbex, and Hooli.',
      [
        ['Acme', 'acme', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['its', 'acme', 'ORG', 'pronoun'],
        ['Hooli', 'hooli', 'ORG'],
      ],
      [],
      ['globex PART_OF acme'],
    ],
  ]);
});
