/** A place's apposition hung on a word above the place describes the place. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('a place apposition hung above the place', () => {
  relationTable([
    [
      'Residents of Harare, the capital of Zimbabwe, queued for fuel.',
      [
        ['Harare', 'harare', 'GPE'],
        ['Zimbabwe', 'zimbabwe', 'GPE'],
      ],
      ['harare LOCATED_IN zimbabwe asserted'],
    ],
    [
      'Police in Leeds, a city in northern England, arrested two men.',
      [
        ['Leeds', 'leeds', 'GPE'],
        ['England', 'england', 'GPE'],
      ],
      ['leeds LOCATED_IN england asserted'],
    ],
    [
      'The company moved its headquarters from Chicago to Dallas, Texas.',
      [
        ['Chicago', 'chicago', 'GPE'],
        ['Dallas', 'dallas', 'GPE'],
        ['Texas', 'texas', 'GPE'],
      ],
      ['dallas LOCATED_IN texas asserted'],
      ['chicago LOCATED_IN texas'],
    ],
    // Must not: a list of places is no apposition.
    [
      'Police in Leeds, Bradford and Hull arrested two men.',
      [
        ['Leeds', 'leeds', 'GPE'],
        ['Bradford', 'bradford', 'GPE'],
        ['Hull', 'hull', 'GPE'],
      ],
      [],
      ['leeds LOCATED_IN bradford', 'leeds LOCATED_IN hull', 'bradford LOCATED_IN hull'],
    ],
    [
      'Ann Holt of Ashby, a lawyer, said the plan would fail.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Ashby', 'ashby', 'GPE'],
      ],
      [],
      ['ashby LOCATED_IN holt'],
    ],
  ]);
});
