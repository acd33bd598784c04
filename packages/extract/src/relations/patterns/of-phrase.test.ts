/** "of" phrases: parts, origins, and a name's own "of" phrase. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('of phrases', () => {
  relationTable([
    [
      'The figures, said Tom Berg of the Globex bank, were weak.',
      [
        ['Tom Berg', 'berg', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['berg MEMBER_OF globex asserted'],
    ],
    [
      // A descriptor of another kind does not name the phrase ("a US bank" is no United States).
      'Ann Vik of the US bank said no.',
      [
        ['Ann Vik', 'vik', 'PERSON'],
        ['US', 'us', 'GPE', 'acronym'],
      ],
      [],
      ['vik LOCATED_IN us', 'vik MEMBER_OF us'],
    ],
    [
      'Anna Vik, 50, of Bergen, was injured.',
      [
        ['Anna Vik', 'vik', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['vik LOCATED_IN bergen asserted'],
    ],
    [
      'Composer Ola Dahl is a native of Bergen.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['dahl AFFILIATED_WITH bergen asserted'],
    ],
    [
      'Ulan, a province of Lemuria, voted.',
      [
        ['Ulan', 'ulan', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['ulan PART_OF lemuria asserted'],
    ],
    [
      'He will be Lord Dahl of Bergen.',
      [
        ['Dahl', 'dahl', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['dahl LOCATED_IN bergen'],
    ],
    [
      'Kari Nes from Globex said the plan was good.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['nes MEMBER_OF globex asserted'],
    ],
    [
      'Ola Dahl received a letter from Globex.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['dahl MEMBER_OF globex'],
    ],
    // A person's descriptor "from" a place or an organisation.
    [
      'Ola Dahl, a graduate student from Bergen, wrote the report.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['dahl AFFILIATED_WITH bergen asserted'],
    ],
    [
      'The report was written by Kari Nes, an economist from Globex.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['nes MEMBER_OF globex asserted'],
    ],
    [
      'Ola Dahl, a spokesman, received a letter from Globex.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['dahl MEMBER_OF globex'],
    ],
    // A person "from" a descriptor with its name after it.
    [
      'Security was weak, said Kari Nes from anti-virus firm Globex.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['nes MEMBER_OF globex asserted'],
    ],
    [
      'Ola Dahl from the firm, Kari Nes said, was late.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Kari Nes', 'nes', 'PERSON'],
      ],
      [],
      ['dahl MEMBER_OF nes', 'dahl AFFILIATED_WITH nes'],
    ],
    // A plural descriptor's "of" phrase lists its own names: no place lies in another.
    [
      'The firm has offices in the cities of Bergen, Tarnby and Oslo.',
      [
        ['Bergen', 'bergen', 'GPE'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      [],
      [
        'bergen LOCATED_IN tarnby',
        'tarnby LOCATED_IN bergen',
        'oslo LOCATED_IN bergen',
        'bergen LOCATED_IN oslo',
      ],
    ],
    [
      'Tarnby, a city of Lemuria, was hit.',
      [
        ['Tarnby', 'tarnby', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['tarnby LOCATED_IN lemuria asserted'],
    ],
  ]);
});
