/** An event noun someone undergoes, its doer in the noun phrase: "faces sanctions from the EU". */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('undergone event', () => {
  relationTable([
    [
      'Lemuria faces sanctions from the European Union.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['European Union', 'eu', 'ORG'],
      ],
      ['eu SANCTIONS lemuria asserted'],
    ],
    [
      'Lemuria faces fresh sanctions imposed by the European Union.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['European Union', 'eu', 'ORG'],
      ],
      ['eu SANCTIONS lemuria asserted'],
    ],
    [
      'Globex paid $2m to settle the patent suit brought by Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['initech SUES globex asserted'],
    ],
    [
      'Lemuria came under attack from Norland.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Norland', 'norland', 'GPE'],
      ],
      ['norland ATTACKS lemuria asserted'],
    ],
    [
      'The minister, Ola Vik, is under pressure from Globex.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['globex PRESSURES vik asserted'],
    ],
    [
      'Globex faced criticism from Amnesty International.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Amnesty International', 'amnesty', 'ORG'],
      ],
      ['amnesty CRITICIZES globex asserted'],
    ],
    [
      // must not: the subject files the lawsuit (event-noun.ts reads it the other way).
      'Globex filed a lawsuit against Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['initech SUES globex'],
    ],
    [
      // must not: a thing received is a transfer, no event undergone.
      'Globex received a shipment from Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['initech SUES globex', 'initech ATTACKS globex'],
    ],
    [
      // must not: "from" a place says where the attack came from, not who undergoes it.
      'Norland warned of attacks from Lemuria.',
      [
        ['Norland', 'norland', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['lemuria ATTACKS norland'],
    ],
  ]);
});
