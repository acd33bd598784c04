/** A possessive in an opening phrase refers forward to the subject after it (coref-cataphora.ts). */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('possessives before the subject they refer to', () => {
  relationTable([
    // The subject after the phrase, not the subject of the sentence before.
    [
      'Ann Holt met Tom Reed on Monday. During his visit to Bergen, Ola Vik sued Globex.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
        ['Ola Vik', 'vik', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['vik VISITS bergen asserted'],
      ['holt VISITS bergen', 'reed VISITS bergen'],
    ],
    [
      'Lemuria protested on Monday. As part of its deal with Initech, Globex will supply engines to Atlantis.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Initech', 'initech', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['globex COOPERATES_WITH initech asserted'],
      ['lemuria COOPERATES_WITH initech'],
    ],
    // A clause inside the phrase with a subject naming someone else: left to the other rules.
    [
      'Tom Reed praised the plan. After Kari Nes criticised his visit to Bergen, Ola Vik resigned.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Kari Nes', 'nes', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      [],
      ['vik VISITS bergen'],
    ],
    // Not at the sentence's start: "in his view" after a speaker is the speaker's.
    [
      'Tom Reed said that in his view Ola Vik had misled Globex.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Vik', 'vik', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['vik VISITS globex'],
    ],
  ]);
});
