/** A demonym or party-member noun standing for a person: nationality or membership. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('member nouns', () => {
  relationTable([
    [
      'Tom Reed, a Norlander, was held in Lemuria.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Norlander', 'norland', 'NORP', 'demonym'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['reed AFFILIATED_WITH norland asserted'],
      ['reed AFFILIATED_WITH lemuria'],
    ],
    [
      'Ann Holt, a Greenback, won the seat.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Greenback', 'greenback_party', 'ORG', 'demonym'],
      ],
      ['holt MEMBER_OF greenback_party asserted'],
    ],
    [
      // wink-nlp tags "Republican" ADJ here; with its article and no noun it is the noun.
      'Ann Holt, a Republican from Ashby, won the seat.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Republican', 'republican_party', 'ORG', 'demonym'],
        ['Ashby', 'ashby', 'GPE'],
      ],
      ['holt MEMBER_OF republican_party asserted'],
    ],
    [
      'Ann Holt is a Norlander.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Norlander', 'norland', 'NORP', 'demonym'],
      ],
      ['holt AFFILIATED_WITH norland asserted'],
    ],
    [
      // Negated: a denial is no claim.
      'Ann Holt is not a Greenback.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Greenback', 'greenback_party', 'ORG', 'demonym'],
      ],
      [],
      ['holt MEMBER_OF greenback_party asserted'],
    ],
    [
      // A demonym that is a subject of its own, or an organisation's description, is no member.
      'Tom Reed met a Norlander in Ashby. Globex, a Norlander favourite, grew.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Norlander', 'norland', 'NORP', 'demonym'],
        ['Ashby', 'ashby', 'GPE'],
        ['Globex', 'globex', 'ORG'],
        ['Norlander', 'norland', 'NORP', 'demonym'],
      ],
      [],
      ['reed AFFILIATED_WITH norland', 'globex AFFILIATED_WITH norland'],
    ],
  ]);
});
