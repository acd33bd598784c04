/** Casts: a performer and the named work they star in, as RELATED_TO "stars in". */
import { describe, expect, it } from 'vitest';
import { findRelations } from '../index.js';
import { analysisOf, relationTable } from '../test-helper.js';

describe('casts', () => {
  relationTable([
    // "also" before the participle, and a relative clause with its tense before the verb.
    [
      'Cold Ridge is the sequel to the comedy Night Ferry, also starring Ola Dahl and Kari Lund.',
      [
        ['Cold Ridge', 'ridge', 'PRODUCT'],
        ['Night Ferry', 'ferry', 'PRODUCT'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      ['dahl RELATED_TO ferry asserted', 'lund RELATED_TO ferry asserted'],
      ['dahl RELATED_TO ridge'],
    ],
    [
      'Shooting on the drama Blue Harbour, which was to star Ann Holt and Tom Reed, was postponed.',
      [
        ['Blue Harbour', 'harbour', 'PRODUCT'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['holt RELATED_TO harbour asserted', 'reed RELATED_TO harbour asserted'],
      [],
    ],
    [
      // A possessive before the listed person describes: its owner is no performer.
      "The comedy Night Ferry, starring Cold Harbour's Kari Lund and Ola Dahl's sister Eva Moe, opened.",
      [
        ['Night Ferry', 'ferry', 'PRODUCT'],
        ['Cold Harbour', 'harbour', 'PRODUCT'],
        ['Kari Lund', 'lund', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Eva Moe', 'moe', 'PERSON'],
      ],
      ['lund RELATED_TO ferry asserted', 'moe RELATED_TO ferry asserted'],
      ['dahl RELATED_TO ferry', 'harbour RELATED_TO ferry'],
    ],
    [
      // A voice acts in the work; a person voiced by another is no work.
      'The cartoon Tin Town, voiced by the late Rolf Aune, was a hit, and Ola Dahl, voiced by Eva Moe, was not.',
      [
        ['Tin Town', 'town', 'PRODUCT'],
        ['Rolf Aune', 'aune', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Eva Moe', 'moe', 'PERSON'],
      ],
      ['aune RELATED_TO town asserted'],
      ['moe RELATED_TO dahl', 'moe RELATED_TO town'],
    ],
    [
      // Tense words with no relative pronoun before them: "Kari Lund was to star" is no cast.
      'The studio said Kari Lund was to star Ola Dahl in a remake.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['dahl RELATED_TO lund'],
    ],
    // A nominee list for an acting category: each person stars in the bracketed work.
    [
      'Ann Holt is nominated for best actress. She faces competition from Kari Lund (Night Harbour), Ola Dahl (Cold Ridge) and Eva Moe (Blue Fjord).',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
        ['Night Harbour', 'harbour', 'FACILITY'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Cold Ridge', 'ridge', 'ORG'],
        ['Eva Moe', 'moe', 'PERSON'],
        ['Blue Fjord', 'fjord', 'PRODUCT'],
      ],
      [
        'lund RELATED_TO harbour asserted',
        'dahl RELATED_TO ridge asserted',
        'moe RELATED_TO fjord asserted',
      ],
      ['holt RELATED_TO harbour', 'lund RELATED_TO ridge'],
    ],
    [
      // No acting category: the brackets may hold a channel, a party, a club.
      'The panel heard from Kari Lund (Night Harbour) and Ola Dahl (Cold Ridge) on Monday.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Night Harbour', 'harbour', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Cold Ridge', 'ridge', 'ORG'],
      ],
      [],
      ['lund RELATED_TO harbour', 'dahl RELATED_TO ridge'],
    ],
    [
      // One bracketed work is no list.
      'The best actor award went to Kari Lund (Night Harbour) on Monday.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Night Harbour', 'harbour', 'PRODUCT'],
      ],
      [],
      ['lund RELATED_TO harbour'],
    ],
    [
      'Globex Pictures released Night Harbour, starring Kari Lund and Ola Dahl, in May.',
      [
        ['Globex Pictures', 'globex', 'ORG'],
        ['Night Harbour', 'harbour', 'FACILITY'],
        ['Kari Lund', 'lund', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      ['lund RELATED_TO harbour asserted', 'dahl RELATED_TO harbour asserted'],
      ['lund PRODUCES harbour', 'dahl RELATED_TO lund'],
    ],
    [
      // Describing words and a name that only describes stand before the listed person.
      'Tarnby, starring former Quayside actor Tom Reed, was named best new comedy.',
      [
        ['Tarnby', 'tarnby', 'PERSON'],
        ['Quayside', 'quayside', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['reed RELATED_TO tarnby asserted'],
      ['quayside RELATED_TO tarnby', 'reed RELATED_TO quayside'],
    ],
    [
      'The thriller Cold Sea, which stars Ann Holt and prize winner Tom Reed, opens in May.',
      [
        ['Cold Sea', 'sea', 'LOC'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['holt RELATED_TO sea asserted', 'reed RELATED_TO sea asserted'],
    ],
    [
      'Veteran actress Kari Lund, who starred in the 1962 film Night Harbour, was impressed.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Night Harbour', 'harbour', 'FACILITY'],
      ],
      ['lund RELATED_TO harbour asserted'],
    ],
    [
      'Tom Reed starred in Cold Ridge before he moved to Bergen.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Cold Ridge', 'ridge', 'GPE'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['reed RELATED_TO ridge asserted'],
      ['reed RELATED_TO bergen'],
    ],
    // A person stars no one; a place after "starred in" is no work; the list ends at a verb.
    [
      'Kari Lund, who stars Ola Dahl, left.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['dahl RELATED_TO lund'],
    ],
    [
      'Tom Reed is to star in a Bergen play next year.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Bergen', 'bergen', 'ORG'],
      ],
      [],
      ['reed RELATED_TO bergen'],
    ],
    [
      'Films include Cold Sea, starring Ann Holt, and classics such as Tom Reed.',
      [
        ['Cold Sea', 'sea', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['holt RELATED_TO sea asserted'],
      ['reed RELATED_TO sea'],
    ],
    [
      'Tom Reed starred in London last year.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['London', 'london', 'GPE'],
      ],
      [],
      ['reed RELATED_TO london'],
    ],
    [
      'Night Harbour, starring Kari Lund, beat Globex at the box office, said Ola Dahl.',
      [
        ['Night Harbour', 'harbour', 'ORG'],
        ['Kari Lund', 'lund', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      ['lund RELATED_TO harbour asserted'],
      ['dahl RELATED_TO harbour'],
    ],
    [
      // A work noun set off by a comma after the name, then the participle.
      'The festival opens with Sea Fog, a quirky comedy starring Bill Marsh and Ann Holt.',
      [
        ['Sea Fog', 'fog', 'PRODUCT'],
        ['Bill Marsh', 'marsh', 'PERSON'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['marsh RELATED_TO fog asserted', 'holt RELATED_TO fog asserted'],
    ],
    [
      // Not a person before the comma, nor a work noun led by no article.
      'They met Tom Reed, a comedy starring Ann Holt. Oslo, comedy starring Ola Dahl, was sold.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['holt RELATED_TO reed', 'dahl RELATED_TO oslo'],
    ],
  ]);

  it('labels the relation "stars in"', () => {
    const a = analysisOf('Night Harbour, starring Kari Lund, opened.', [
      ['Night Harbour', 'harbour', 'ORG'],
      ['Kari Lund', 'lund', 'PERSON'],
    ]);
    const found = findRelations(a).filter((r) => r.predicate === 'RELATED_TO');
    expect(found.map((r) => [r.subject, r.object, r.label])).toEqual([
      ['lund', 'harbour', 'stars in'],
    ]);
  });
});
