/** "its" past a person subject: the one organisation its sentence names before it. */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('its past a person subject', () => {
  relationTable([
    [
      'Ann Holt praised Globex on Monday and met its chief executive, Tom Reed.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['reed LEADER_OF globex asserted'],
    ],
    // Two organisations: either may be meant.
    [
      'Ann Holt left Globex for Initech and met its chief executive, Tom Reed.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['reed LEADER_OF globex', 'reed LEADER_OF initech'],
    ],
    // Words quoted, and a name modifying a noun, are no body of their own.
    [
      'Ann Holt called the group "Globex clowns" and met its chief executive, Tom Reed.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['reed LEADER_OF globex'],
    ],
    [
      'Ann Holt praised the Globex staff and met its chief executive, Tom Reed.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['reed LEADER_OF globex'],
    ],
    // A place is more often only where something is.
    [
      'Ann Holt opened an office in Bergen and met its mayor, Tom Reed.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['reed LEADER_OF bergen'],
    ],
  ]);
});
