/** A role taken in a relative clause is the antecedent's (role.ts, verbs of becoming and naming). */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

const olsen: [string, string, 'PERSON'] = ['Frank Olsen', 'olsen', 'PERSON'];
const initech: [string, string, 'ORG'] = ['Initech', 'initech', 'ORG'];

describe("a role in a relative clause: 'X, who was named chief executive of Y'", () => {
  relationTable([
    [
      'Frank Olsen, who was named chief executive of Initech in May, said the deal was dead.',
      [olsen, initech],
      ['olsen LEADER_OF initech asserted'],
    ],
    [
      'Frank Olsen, who became chairman of Initech in 1990, said the deal was dead.',
      [olsen, initech],
      ['olsen LEADER_OF initech asserted'],
    ],
    [
      'Frank Olsen, who was appointed president of Initech last year, resigned on Friday.',
      [olsen, initech],
      ['olsen LEADER_OF initech asserted'],
    ],
    // Must not: the role is not the one who names ("Initech, which named Frank Olsen …").
    [
      'Initech, which named Frank Olsen chairman of Globex, said nothing.',
      [initech, olsen, ['Globex', 'globex', 'ORG']],
      ['olsen LEADER_OF globex asserted'],
      ['initech LEADER_OF globex'],
    ],
  ]);
});
