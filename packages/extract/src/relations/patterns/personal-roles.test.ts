/**
 * Roles a person holds for another person (`personalRoles` in nominal-frames.json): a lawyer,
 * agent or publicist of a named person works for them (AFFILIATED_WITH), an organisation's
 * lawyer stays its member (issue 10).
 */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('roles held for a person', () => {
  relationTable([
    [
      '"We did nothing wrong," Mr Kashdal\'s lawyer Tom Rakely said.',
      [
        ['Kashdal', 'kashdal', 'PERSON'],
        ['Tom Rakely', 'rakely', 'PERSON'],
      ],
      ['rakely AFFILIATED_WITH kashdal asserted'],
      ['rakely MEMBER_OF kashdal'],
    ],
    [
      "Kari Lund's agent Nils Dahl said she would not comment.",
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Nils Dahl', 'dahl', 'PERSON'],
      ],
      ['dahl AFFILIATED_WITH lund asserted'],
    ],
    [
      'Ann Holt, a lawyer for Tom Reed, said he would appeal.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['holt AFFILIATED_WITH reed asserted'],
    ],
    [
      // An organisation's lawyer is its member, as before.
      "Globex's lawyer Ann Holt said the claim had no merit.",
      [
        ['Globex', 'globex', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt MEMBER_OF globex asserted'],
      ['holt AFFILIATED_WITH globex'],
    ],
  ]);
});
