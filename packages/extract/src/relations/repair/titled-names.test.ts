/**
 * A person's name after a body and a capitalised title, parsed as a flat part of a chain headed
 * by the body, heads the phrase; a verb hung as an adjective on the name after it, in a sentence
 * with no other verb, is the verb.
 */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('names under title chains', () => {
  relationTable([
    [
      'UN Secretary General Kofi Annan visited Iraq on Monday.',
      [
        ['UN', 'un', 'ORG', 'acronym'],
        ['Kofi Annan', 'annan', 'PERSON'],
        ['Iraq', 'iraq', 'GPE'],
      ],
      ['annan VISITS iraq asserted'],
      ['un VISITS iraq'],
    ],
    [
      'Treasury Secretary Nicholas Brady visited Tokyo last week.',
      [
        ['Treasury', 'treasury', 'ORG'],
        ['Nicholas Brady', 'brady', 'PERSON'],
        ['Tokyo', 'tokyo', 'GPE'],
      ],
      ['brady VISITS tokyo asserted'],
      ['treasury VISITS tokyo'],
    ],
  ]);
});

describe('verbs parsed as modifiers of the name after them', () => {
  relationTable([
    [
      'EU Trade Commissioner Peter Mandelson criticised China.',
      [
        ['EU', 'eu', 'ORG', 'acronym'],
        ['Peter Mandelson', 'mandelson', 'PERSON'],
        ['China', 'china', 'GPE'],
      ],
      ['mandelson CRITICIZES china asserted'],
      ['eu CRITICIZES china'],
    ],
    [
      'EU Commissioner Peter Mandelson criticised China.',
      [
        ['EU', 'eu', 'ORG', 'acronym'],
        ['Peter Mandelson', 'mandelson', 'PERSON'],
        ['China', 'china', 'GPE'],
      ],
      ['mandelson CRITICIZES china asserted'],
    ],
  ]);
});

describe('title chains keep their own words', () => {
  relationTable([
    [
      // A body's name and a word of the title hung inside the title stay there (no crossing
      // arcs for the patterns to read).
      'British Labour Party leader Tony Blair won a narrow victory on Saturday.',
      [
        ['British', 'uk', 'NORP', 'demonym'],
        ['Labour', 'labour', 'ORG'],
        ['Tony Blair', 'blair', 'PERSON'],
      ],
      [],
      ['labour LEADER_OF blair'],
    ],
  ]);
});
