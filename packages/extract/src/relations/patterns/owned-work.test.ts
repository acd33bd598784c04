/** A person's film or show: made or starred in, as the report calls the person (issue 10). */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe("a person's film or show", () => {
  relationTable([
    [
      // A maker's noun before the name: the film is the director's work.
      "Horror director Wes Rand's latest movie Dead Lake took fourth place.",
      [
        ['Wes Rand', 'rand', 'PERSON'],
        ['Dead Lake', 'lake', 'PRODUCT'],
      ],
      ['rand PRODUCES lake asserted'],
      ['rand RELATED_TO lake'],
    ],
    [
      // A performer's noun elsewhere in the report, a pronoun owner here.
      'Actor Sam Hale is back at the top of the box office. He said his film Hide Away was fun.',
      [
        ['Sam Hale', 'hale', 'PERSON'],
        ['He', 'hale', 'PERSON', 'pronoun'],
        ['his', 'hale', 'PERSON', 'pronoun'],
        ['Hide Away', 'away', 'PRODUCT'],
      ],
      ['hale RELATED_TO away asserted'],
      ['hale PRODUCES away'],
    ],
    [
      // No word about the person: the pair, untyped.
      "Kari Lund's award-winning film Night Ferry opened in May.",
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Night Ferry', 'ferry', 'PRODUCT'],
      ],
      ['lund RELATED_TO ferry asserted'],
      ['lund PRODUCES ferry'],
    ],
    [
      // A person named in full between an article and the work noun.
      'The Ida Moss comedy The Guard was a hit in Oslo.',
      [
        ['Ida Moss', 'moss', 'PERSON'],
        ['The Guard', 'guard', 'PRODUCT'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      ['moss RELATED_TO guard asserted'],
      ['moss RELATED_TO oslo'],
    ],
    [
      // Not a bare surname without an article ("Moss comedy"), not a company's show's host.
      'Ann Holt said Globex comedy The Guard and Reed film Cold Sea were hits.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['The Guard', 'guard', 'PRODUCT'],
        ['Reed', 'reed', 'PERSON'],
        ['Cold Sea', 'sea', 'PRODUCT'],
      ],
      [],
      ['holt RELATED_TO guard', 'reed RELATED_TO sea', 'holt PRODUCES guard'],
    ],
    [
      // A player's show in a sports report is no work.
      "Dunmore striker Tom Reed's hat-trick show Red Letter Day thrilled the fans in the 3-1 win over Ashby.",
      [
        ['Dunmore', 'dunmore', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Red Letter Day', 'day', 'PRODUCT'],
        ['Ashby', 'ashby', 'ORG'],
      ],
      [],
      ['reed RELATED_TO day'],
    ],
  ]);
});

describe('work nouns the tagger misreads', () => {
  relationTable([
    [
      // "single" read as an adjective after an ordinal.
      'Singer Ann Rudd released her first single Soft Rain at 18.',
      [
        ['Ann Rudd', 'rudd', 'PERSON'],
        ['Soft Rain', 'rain', 'PRODUCT'],
      ],
      ['rudd PRODUCES rain asserted'],
    ],
    [
      // "album" read as X after a year.
      "Jon Rex produced two songs on Ola Dahl's own 2001 album Blueprint One.",
      [
        ['Jon Rex', 'rex', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Blueprint One', 'blueprint', 'PRODUCT'],
      ],
      ['dahl PRODUCES blueprint asserted'],
    ],
    [
      // "single" as an adjective: no work.
      'Ann Rudd scored a single Dunmore goal in the friendly.',
      [
        ['Ann Rudd', 'rudd', 'PERSON'],
        ['Dunmore', 'dunmore', 'ORG'],
      ],
      [],
      ['rudd PRODUCES dunmore', 'rudd RELATED_TO dunmore'],
    ],
  ]);
});
