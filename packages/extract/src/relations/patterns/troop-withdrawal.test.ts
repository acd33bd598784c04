/** Forces withdrawn from a place were deployed there. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe("troop withdrawal: 'withdrew its troops from X'", () => {
  relationTable([
    [
      'Norway withdrew its troops from Tarnby last year.',
      [
        ['Norway', 'norway', 'GPE'],
        ['its', 'norway', 'GPE', 'pronoun'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['norway DEPLOYS_TO tarnby asserted'],
    ],
    [
      'Sweden pulled its soldiers out of Mali in 1994.',
      [
        ['Sweden', 'sweden', 'GPE'],
        ['its', 'sweden', 'GPE', 'pronoun'],
        ['Mali', 'mali', 'GPE'],
      ],
      ['sweden DEPLOYS_TO mali asserted'],
    ],
    // The deployment is presupposed whatever is said of the withdrawal.
    [
      'Denmark refused to withdraw its soldiers from Mali.',
      [
        ['Denmark', 'denmark', 'GPE'],
        ['its', 'denmark', 'GPE', 'pronoun'],
        ['Mali', 'mali', 'GPE'],
      ],
      ['denmark DEPLOYS_TO mali asserted'],
    ],
    [
      'Ola Vik asked for Norwegian troops to be pulled out of Mali.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Mali', 'mali', 'GPE'],
      ],
      ['norway DEPLOYS_TO mali asserted'],
      ['vik DEPLOYS_TO mali'],
    ],
    [
      'He wants a phased withdrawal of Norwegian troops from Mali.',
      [
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Mali', 'mali', 'GPE'],
      ],
      ['norway DEPLOYS_TO mali asserted'],
    ],
    // A country withdrawing itself, from a country.
    [
      'Syria withdrew from Lebanon in April.',
      [
        ['Syria', 'syria', 'GPE'],
        ['Lebanon', 'lebanon', 'GPE'],
      ],
      ['syria DEPLOYS_TO lebanon asserted'],
    ],
    [
      "Syria's withdrawal from Lebanon was completed in April.",
      [
        ['Syria', 'syria', 'GPE'],
        ['Lebanon', 'lebanon', 'GPE'],
      ],
      ['syria DEPLOYS_TO lebanon asserted'],
    ],
    // Must not: a company leaving a country, money or an envoy withdrawn, talks left.
    [
      'Globex pulled out of China last year.',
      [
        ['Globex', 'globex', 'ORG'],
        ['China', 'china', 'GPE'],
      ],
      [],
      ['globex DEPLOYS_TO china'],
    ],
    [
      'Libya has withdrawn $1bn in assets from Norway.',
      [
        ['Libya', 'libya', 'GPE'],
        ['Norway', 'norway', 'GPE'],
      ],
      [],
      ['libya DEPLOYS_TO norway'],
    ],
    [
      'Greece withdrew its ambassador from Turkey.',
      [
        ['Greece', 'greece', 'GPE'],
        ['its', 'greece', 'GPE', 'pronoun'],
        ['Turkey', 'turkey', 'GPE'],
      ],
      [],
      ['greece DEPLOYS_TO turkey'],
    ],
    [
      'Britain withdrew from the talks in Geneva.',
      [
        ['Britain', 'uk', 'GPE'],
        ['Geneva', 'geneva', 'GPE'],
      ],
      [],
      ['uk DEPLOYS_TO geneva'],
    ],
  ]);
});
