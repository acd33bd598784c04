/** Descriptions of a kind ("the newspaper", "the band", "the club", "the country", "the city"). */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('organisation kinds', () => {
  relationTable([
    // The one organisation the document calls a newspaper, not the last subject.
    [
      'The Courier newspaper interviewed Tom Reed on Monday. Globex cut 300 jobs last year. The newspaper later criticised Initech.',
      [
        ['Courier', 'courier', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['courier CRITICIZES initech asserted'],
      ['globex CRITICIZES initech'],
    ],
    // A band in apposition.
    [
      'Fightstar, the band, toured Norway in May. Globex Records signed a deal with Hooli. The band later sued Initech.',
      [
        ['Fightstar', 'fightstar', 'ORG'],
        ['Norway', 'norway', 'GPE'],
        ['Globex Records', 'globex', 'ORG'],
        ['Hooli', 'hooli', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['fightstar SUES initech asserted'],
      ['globex SUES initech'],
    ],
    // No court named: "the court" is none of the companies.
    [
      'Globex cut 300 jobs last year. The court later criticised Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['globex CRITICIZES initech'],
    ],
    // A court its name calls one.
    [
      'The Oslo District Court heard the case on Monday. The court later criticised Initech.',
      [
        ['Oslo District Court', 'court', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['court CRITICIZES initech asserted'],
    ],
    // "the club" is no broadcaster, whatever the last subject.
    [
      'Broadcaster Telenor sold its stake last year. The club later sued Initech.',
      [
        ['Telenor', 'telenor', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['telenor SUES initech'],
    ],
    // A lenient noun still takes an organisation of no known kind by position.
    [
      'Tom Reed left the Reform Party in May. Labour welcomed the news on Monday. The party later criticised Globex.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Reform Party', 'reform', 'ORG'],
        ['Labour', 'labour', 'ORG'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['labour CRITICIZES globex asserted'],
      ['reform CRITICIZES globex'],
    ],
  ]);
});

describe('place kinds', () => {
  relationTable([
    // "the country" is no city.
    [
      'Lyon hosted the talks on Monday. The country later criticised Lemuria.',
      [
        ['Lyon', 'lyon', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['lyon CRITICIZES lemuria'],
    ],
    [
      'Norway hosted the talks on Monday. The country later criticised Lemuria.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['norway CRITICIZES lemuria asserted'],
    ],
    // "the city" is no country.
    [
      'Norway hosted the talks on Monday. The city later criticised Lemuria.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['norway CRITICIZES lemuria'],
    ],
  ]);
});
