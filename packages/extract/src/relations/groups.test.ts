/** Groups a later sentence lists by name stand for each name in the earlier sentence. */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('groups defined by a later list', () => {
  relationTable([
    [
      'Globex has sued four companies. The four companies listed in the suit are Acme, Initech and Hooli.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Acme', 'acme', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Hooli', 'hooli', 'ORG'],
      ],
      ['globex SUES acme asserted', 'globex SUES initech asserted', 'globex SUES hooli asserted'],
    ],
    [
      'Lemuria attacked two towns on Monday. The towns were Tarnby and Ulan, officials said.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Ulan', 'ulan', 'GPE'],
      ],
      ['lemuria ATTACKS tarnby asserted', 'lemuria ATTACKS ulan asserted'],
    ],
    // No list defines the group: the names are not what was sued.
    [
      'Globex has sued four companies. Acme and Initech are its rivals.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Acme', 'acme', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['globex SUES acme', 'globex SUES initech'],
    ],
    // A group already definite before the list refers to something earlier.
    [
      'Globex has sued the companies. The companies are Acme and Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Acme', 'acme', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['globex SUES acme', 'globex SUES initech'],
    ],
  ]);
});
