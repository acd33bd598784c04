/**
 * "Last month, Globex, Initech and Acme said they …": names right before a verb the parse left
 * without a subject are its subject for the pronouns it governs (coref-stranded.ts).
 */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('subjects the parse left stranded', () => {
  relationTable([
    // The list is "they", every name in it; not the subject of an earlier sentence.
    [
      'Kelby lost out to Vandelay in that fight. The current battle matters a lot. Last month, Globex, Initech and Acme said they were backing Hooli.',
      [
        ['Kelby', 'kelby', 'ORG'],
        ['Vandelay', 'vandelay', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Acme', 'acme', 'ORG'],
        ['Hooli', 'hooli', 'ORG'],
      ],
      ['globex SUPPORTS hooli reported', 'initech SUPPORTS hooli reported'],
      ['kelby SUPPORTS hooli'],
    ],
    // A list inside a phrase is no subject.
    [
      'Kelby lost out to Vandelay in that fight. In talks with Globex and Initech, officials said they were backing Hooli.',
      [
        ['Kelby', 'kelby', 'ORG'],
        ['Vandelay', 'vandelay', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Hooli', 'hooli', 'ORG'],
      ],
      [],
      ['globex SUPPORTS hooli', 'initech SUPPORTS hooli'],
    ],
    // A list for "it": the number does not agree, and the list still blocks the earlier subject.
    [
      'Kelby lost out to Vandelay in that fight. The current battle matters a lot. Last month, Globex, Initech and Acme said it was backing Hooli.',
      [
        ['Kelby', 'kelby', 'ORG'],
        ['Vandelay', 'vandelay', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Acme', 'acme', 'ORG'],
        ['Hooli', 'hooli', 'ORG'],
      ],
      [],
      ['globex SUPPORTS hooli', 'initech SUPPORTS hooli', 'kelby SUPPORTS hooli'],
    ],
  ]);
});
