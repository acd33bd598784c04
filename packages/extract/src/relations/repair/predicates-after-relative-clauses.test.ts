/** A main verb after a comma-set relative clause that the parse swallowed into the clause. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('predicates after a relative clause set off by commas', () => {
  relationTable([
    [
      'Tom Reed, who knew her, shot Ann Holt.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['reed ATTACKS holt asserted'],
    ],
    [
      'Ann Holt, who is 62, lives in Leeds.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Leeds', 'leeds', 'GPE'],
      ],
      ['holt LOCATED_IN leeds asserted'],
    ],
    [
      'Tom Reed, who runs a bakery, lives in Leeds.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Leeds', 'leeds', 'GPE'],
      ],
      ['reed LOCATED_IN leeds asserted'],
    ],
    [
      // must not: the name inside the relative clause is not the main verb's subject.
      'Tom Reed, who is married to Ann Holt, lives in Leeds.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Leeds', 'leeds', 'GPE'],
      ],
      ['reed LOCATED_IN leeds asserted'],
      ['holt LOCATED_IN leeds'],
    ],
    [
      // must not: a list after the clause is no predicate.
      'Ann Holt, who met Tom Reed, Karl Dahl and Ola Vik in Oslo, said talks went well.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Karl Dahl', 'dahl', 'PERSON'],
        ['Ola Vik', 'vik', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      ['holt MEETS reed asserted'],
      ['reed MEETS dahl', 'dahl VISITS oslo'],
    ],
    [
      "Tom Reed, the company's chairman, lives in Ashby.",
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ashby', 'ashby', 'GPE'],
      ],
      ['reed LOCATED_IN ashby asserted'],
    ],
    [
      'Police said Tom Reed, an unemployed welder, killed Ann Holt with a shotgun.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['reed ATTACKS holt reported'],
    ],
    [
      // must not: a list of names is no apposition.
      'Ann Holt, Tom Reed, and Karl Dahl met in Oslo.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Karl Dahl', 'dahl', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      [],
      ['holt LOCATED_IN oslo'],
    ],
    [
      // must not: a name after a verb other than one of saying.
      'Globex hired Tom Reed, a former welder, last year.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['reed RELATED_TO globex'],
    ],
  ]);
});
