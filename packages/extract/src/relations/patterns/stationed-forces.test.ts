/** A country's or body's forces said to be in a place are deployed there. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe("stationed forces: 'British troops in Iraq'", () => {
  relationTable([
    [
      'Norwegian troops in Mali arrested a man on Friday.',
      [
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Mali', 'mali', 'GPE'],
      ],
      ['norway DEPLOYS_TO mali asserted'],
    ],
    [
      'Swedish peacekeepers in Mali fired on protesters.',
      [
        ['Swedish', 'sweden', 'NORP', 'demonym'],
        ['Mali', 'mali', 'GPE'],
      ],
      ['sweden DEPLOYS_TO mali asserted'],
    ],
    [
      'There are 8,000 Norwegian troops in Mali.',
      [
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Mali', 'mali', 'GPE'],
      ],
      ['norway DEPLOYS_TO mali asserted'],
    ],
    [
      'Norway has 150,000 troops in Mali.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Mali', 'mali', 'GPE'],
      ],
      ['norway DEPLOYS_TO mali asserted'],
    ],
    [
      'Sweden has 600 soldiers stationed in Mali.',
      [
        ['Sweden', 'sweden', 'GPE'],
        ['Mali', 'mali', 'GPE'],
      ],
      ['sweden DEPLOYS_TO mali asserted'],
    ],
    [
      'The Zarvan Alliance has 300 troops in Tarnby.',
      [
        ['Zarvan Alliance', 'zarvan', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['zarvan DEPLOYS_TO tarnby asserted'],
    ],
    // Must not: forces from a place, a country's soldiers in a town (maybe its own), and people
    // who are no force.
    [
      'Norwegian troops from Mali will be sent home.',
      [
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Mali', 'mali', 'GPE'],
      ],
      [],
      ['norway DEPLOYS_TO mali'],
    ],
    [
      'Norwegian soldiers in Tarnby arrested three men.',
      [
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['norway DEPLOYS_TO tarnby'],
    ],
    [
      'Globex engineers in Tarnby have built a new chip.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['globex DEPLOYS_TO tarnby'],
    ],
  ]);
});
