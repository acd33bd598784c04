/** Modality and attribution as scopes over the tree. */
import { describe, expect, it } from 'vitest';
import { findRelations } from './index.js';
import { analysisOf, relationTable } from './test-helper.js';

describe('modality', () => {
  relationTable([
    [
      // Who is acquitted of an act is found not to have done it.
      'Ola Vik was acquitted of murdering Tom Reed.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['vik ATTACKS reed negated'],
    ],
    [
      // Reports dismissed are denied.
      'Lemuria has dismissed reports that it invaded Atlantis.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria ATTACKS atlantis negated'],
    ],
    [
      'Sweden said Lemuria invaded Atlantis.',
      [
        ['Sweden', 'sweden', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria ATTACKS atlantis reported'],
    ],
    [
      'Lemuria invaded Atlantis, Reuters reported.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
        ['Reuters', 'reuters', 'ORG'],
      ],
      ['lemuria ATTACKS atlantis reported'],
    ],
    [
      'Lemuria denied that it had invaded Atlantis.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria ATTACKS atlantis negated'],
    ],
    [
      'Ola Dahl denied accusations that he threatened Kari Nes.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Kari Nes', 'nes', 'PERSON'],
      ],
      ['dahl THREATENS nes negated'],
      [],
    ],
    [
      'If Lemuria invades Atlantis, Sweden will act.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
        ['Sweden', 'sweden', 'GPE'],
      ],
      ['lemuria ATTACKS atlantis considered'],
    ],
    [
      'Lemuria could invade Atlantis.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria ATTACKS atlantis considered'],
    ],
    [
      'Lemuria allegedly supplied rifles to Atlantis.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria SUPPLIES atlantis alleged'],
    ],
    [
      'Sweden, which has not commented, condemned Lemuria on Friday.',
      [
        ['Sweden', 'sweden', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['sweden CRITICIZES lemuria asserted'],
    ],
    // "not … until": the event happened, later than one might think.
    [
      'Ola Dahl did not reach Bergen until late on Sunday.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['dahl VISITS bergen asserted'],
    ],
    [
      "Kari Nes didn't visit Lemuria until the war had ended.",
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['nes VISITS lemuria asserted'],
    ],
    [
      'Kari Nes did not visit Lemuria, and she stayed in Oslo until May.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      ['nes VISITS lemuria negated'],
    ],
  ]);

  it('names the source of a claim after the speech verb or "according to"', () => {
    const said = findRelations(
      analysisOf('Sweden said Lemuria invaded Atlantis.', [
        ['Sweden', 'sweden', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ]),
    ).find((r) => r.predicate === 'ATTACKS');
    expect(said?.attribution).toBe('Sweden');
    const according = findRelations(
      analysisOf('According to Reuters, Lemuria invaded Atlantis.', [
        ['Reuters', 'reuters', 'ORG'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ]),
    ).find((r) => r.predicate === 'ATTACKS');
    expect(according?.modality).toBe('reported');
    expect(according?.attribution).toBe('Reuters');
  });
});
