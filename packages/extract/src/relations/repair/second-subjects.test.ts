/** Two subjects on one verb: a saying verb's noun phrase and a name, a descriptor and a name. */
import { describe } from 'vitest';
import type { GivenMention } from '../test-helper.js';
import { relationTable } from '../test-helper.js';

const globex: GivenMention = ['Globex', 'globex', 'ORG'];
const its: GivenMention = ['its', 'globex', 'ORG', 'pronoun'];
const initech: GivenMention = ['Initech', 'initech', 'ORG'];
const reed: GivenMention = ['Tom Reed', 'reed', 'PERSON'];
const holt: GivenMention = ['Ann Holt', 'holt', 'PERSON'];
const lemuria: GivenMention = ['Lemuria', 'lemuria', 'GPE'];

describe("'said its CFO, Tom Reed, resigned': the name is the subject of the complement", () => {
  relationTable([
    [
      'Shares in Globex fell 8% after the company said its chief financial officer, Tom Reed, had resigned.',
      [globex, ['the company', 'globex', 'ORG', 'pronoun'], its, reed],
      ['reed MEMBER_OF globex asserted'],
    ],
    [
      'Globex said its former finance chief, Tom Reed, had joined Initech.',
      [globex, its, reed, initech],
      ['reed LEADER_OF globex asserted'],
    ],
    [
      'Police said a second man, Tom Reed, 34, had visited Lemuria.',
      [reed, lemuria],
      ['reed VISITS lemuria reported'],
    ],
    // Must not: the clause after the name has a subject of its own.
    [
      'Officials told the envoy, Ann Holt, that Tom Reed had visited Lemuria.',
      [holt, reed, lemuria],
      ['reed VISITS lemuria asserted'],
      ['holt VISITS lemuria'],
    ],
    // Must not: a participle on the name before the clause's own verb.
    [
      'Police said the man, Tom Reed, arrested in May, has visited Lemuria.',
      [reed, lemuria],
      [],
      ['reed ATTACKS lemuria', 'reed ARRESTS lemuria'],
    ],
  ]);
});

describe("'Film giant Globex says': the descriptor describes the name", () => {
  relationTable([
    [
      'Film giant Globex says it will buy Initech.',
      [globex, ['it', 'globex', 'ORG', 'pronoun'], initech],
      ['globex ACQUIRES initech reported'],
    ],
    // Must not: a common noun that describes no one stays a subject of its own.
    [
      'The report Tom Reed wrote was sent to Initech.',
      [reed, initech],
      [],
      ['reed MEMBER_OF initech'],
    ],
  ]);
});
