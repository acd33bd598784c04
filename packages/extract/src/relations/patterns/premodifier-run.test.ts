/** A country before a company's descriptor and name, read along the words (issue 10). */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('a country before a company descriptor, along the words', () => {
  relationTable([
    [
      // The parse makes the name a compound of "month".
      'The company will complete its acquisition of US firm Kaltex next month.',
      [
        ['US', 'us', 'GPE'],
        ['Kaltex', 'kaltex', 'ORG'],
      ],
      ['kaltex LOCATED_IN us asserted'],
    ],
    [
      // Lower-case words with "and" between the demonym and the noun.
      'Shares in British drinks and food firm Alvern Domey have risen.',
      [
        ['British', 'uk', 'NORP', 'demonym'],
        ['Alvern Domey', 'alvern', 'ORG'],
      ],
      ['alvern LOCATED_IN uk asserted'],
    ],
    [
      // Not across a verb or a preposition, not a possessive, not a person after the noun.
      "US officials said firm Kaltex grew. The UK in talks with firm Zorbex agreed. Lemuria's firm Orvex fell. A Dutch firm boss Ann Holt quit.",
      [
        ['US', 'us', 'GPE'],
        ['Kaltex', 'kaltex', 'ORG'],
        ['UK', 'uk', 'GPE'],
        ['Zorbex', 'zorbex', 'ORG'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Orvex', 'orvex', 'ORG'],
        ['Dutch', 'nl', 'NORP', 'demonym'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      [],
      ['kaltex LOCATED_IN us', 'zorbex LOCATED_IN uk', 'holt LOCATED_IN nl'],
    ],
  ]);
});
