/** Coordination: lists of subjects and objects, lists the parse broke up, symmetric subjects. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('coordination', () => {
  relationTable([
    // A last name that is the subject of a clause of its own is no member of the list before it.
    [
      'Hamas fired rockets at Sderot, and Israel responded with airstrikes.',
      [
        ['Hamas', 'hamas', 'ORG'],
        ['Sderot', 'sderot', 'GPE'],
        ['Israel', 'israel', 'GPE'],
      ],
      ['hamas ATTACKS sderot asserted'],
      ['hamas ATTACKS israel'],
    ],
    // Nor is a last conjunct that the verb after it needs as its subject.
    [
      'Norland sent troops to Kolbria and Vestmark closed its border.',
      [
        ['Norland', 'norland', 'GPE'],
        ['Kolbria', 'kolbria', 'GPE'],
        ['Vestmark', 'vestmark', 'GPE'],
      ],
      ['norland DEPLOYS_TO kolbria asserted'],
      ['norland DEPLOYS_TO vestmark'],
    ],
    // A relative clause on the first of a list speaks of that one member alone.
    [
      "The lawyer's clients have included Tom Reed, who killed Atlantis Bank founder Ola Vik, and Eva and Kari Lund.",
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Atlantis Bank', 'bank', 'ORG'],
        ['Ola Vik', 'vik', 'PERSON'],
        ['Eva', 'eva', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      ['reed ATTACKS vik asserted'],
      ['reed ATTACKS eva', 'reed ATTACKS lund', 'eva ATTACKS vik', 'lund ATTACKS vik'],
    ],
    // Inside the clause, its own list: three with a serial comma, or two with no comma.
    [
      'Tom Reed, who killed Ola Vik, Eva Lund, and Kari Lund, was jailed.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Vik', 'vik', 'PERSON'],
        ['Eva Lund', 'eva', 'PERSON'],
        ['Kari Lund', 'kari', 'PERSON'],
      ],
      ['reed ATTACKS vik asserted', 'reed ATTACKS eva asserted', 'reed ATTACKS kari asserted'],
    ],
    [
      'Tom Reed, who killed Ola Vik and Eva Lund, was jailed.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Vik', 'vik', 'PERSON'],
        ['Eva Lund', 'eva', 'PERSON'],
      ],
      ['reed ATTACKS vik asserted', 'reed ATTACKS eva asserted'],
    ],
    [
      'Norway, Sweden and Denmark condemned Lemuria.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Sweden', 'sweden', 'GPE'],
        ['Denmark', 'denmark', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [
        'norway CRITICIZES lemuria asserted',
        'sweden CRITICIZES lemuria asserted',
        'denmark CRITICIZES lemuria asserted',
      ],
    ],
    [
      'Lemuria attacked Norway and Sweden.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Norway', 'norway', 'GPE'],
        ['Sweden', 'sweden', 'GPE'],
      ],
      ['lemuria ATTACKS norway asserted', 'lemuria ATTACKS sweden asserted'],
      ['norway ATTACKS sweden'],
    ],
    [
      'During a meeting on Monday, the United States, the UK, and France accused Iran.',
      [
        ['United States', 'us', 'GPE'],
        ['UK', 'uk', 'GPE', 'acronym'],
        ['France', 'france', 'GPE'],
        ['Iran', 'iran', 'GPE'],
      ],
      ['us ACCUSES iran asserted', 'uk ACCUSES iran asserted', 'france ACCUSES iran asserted'],
    ],
    [
      'Acme and Globex signed a deal in Oslo.',
      [
        ['Acme', 'acme', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      ['acme COOPERATES_WITH globex asserted'],
    ],
    [
      'Peru and Chile met in Lima.',
      [
        ['Peru', 'peru', 'GPE'],
        ['Chile', 'chile', 'GPE'],
        ['Lima', 'lima', 'GPE'],
      ],
      ['peru MEETS chile asserted'],
    ],
    [
      'People in Norway, Sweden and Denmark voted.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Sweden', 'sweden', 'GPE'],
        ['Denmark', 'denmark', 'GPE'],
      ],
      [],
      ['sweden LOCATED_IN norway', 'norway LOCATED_IN sweden'],
    ],
    // A noun-phrase relation of one name of a bare list holds for the whole list.
    [
      "Norway's Ola Berg and Kari Lund reached the final.",
      [
        ['Norway', 'norway', 'GPE'],
        ['Ola Berg', 'berg', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      ['berg AFFILIATED_WITH norway asserted', 'lund AFFILIATED_WITH norway asserted'],
    ],
    [
      'Analysts Jon Voss and Eva Holm of Globex Bank expect a rise.',
      [
        ['Jon Voss', 'voss', 'PERSON'],
        ['Eva Holm', 'holm', 'PERSON'],
        ['Globex Bank', 'globex', 'ORG'],
      ],
      ['holm MEMBER_OF globex asserted', 'voss MEMBER_OF globex asserted'],
    ],
    // A member with a modifier of its own keeps it: no title or owner is shared across it.
    [
      "Norway's Ola Berg and Sweden's Kari Lund reached the final.",
      [
        ['Norway', 'norway', 'GPE'],
        ['Ola Berg', 'berg', 'PERSON'],
        ['Sweden', 'sweden', 'GPE'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      ['berg AFFILIATED_WITH norway asserted', 'lund AFFILIATED_WITH sweden asserted'],
      ['lund AFFILIATED_WITH norway', 'berg AFFILIATED_WITH sweden'],
    ],
    [
      "Globex's chief Jon Voss and the mayor of Lund, Eva Holm, met on Friday.",
      [
        ['Globex', 'globex', 'ORG'],
        ['Jon Voss', 'voss', 'PERSON'],
        ['Lund', 'lund', 'GPE'],
        ['Eva Holm', 'holm', 'PERSON'],
      ],
      [],
      ['holm LEADER_OF globex', 'holm MEMBER_OF globex'],
    ],
    // Names of other kinds in the list are no members of it.
    [
      "Norway's Ola Berg and Acme signed a deal.",
      [
        ['Norway', 'norway', 'GPE'],
        ['Ola Berg', 'berg', 'PERSON'],
        ['Acme', 'acme', 'ORG'],
      ],
      [],
      ['acme AFFILIATED_WITH norway', 'acme LOCATED_IN norway'],
    ],
    // A name after a relative clause is no member of the clause's last name's list.
    [
      'His clients have included Ola Dahl, who shot Acme chief Jon Voss, and Kari Nes and Eva Holm.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Acme', 'acme', 'ORG'],
        ['Jon Voss', 'voss', 'PERSON'],
        ['Kari Nes', 'nes', 'PERSON'],
        ['Eva Holm', 'holm', 'PERSON'],
      ],
      ['voss LEADER_OF acme asserted'],
      ['nes LEADER_OF acme', 'holm LEADER_OF acme'],
    ],
    // A singular title belongs to the name right after it; a plural one to the list.
    [
      "A friendship between Acme's chief executive Jon Voss and Eva Holm helped.",
      [
        ['Acme', 'acme', 'ORG'],
        ['Jon Voss', 'voss', 'PERSON'],
        ['Eva Holm', 'holm', 'PERSON'],
      ],
      ['voss LEADER_OF acme asserted'],
      ['holm LEADER_OF acme', 'holm MEMBER_OF acme'],
    ],
    // Members with modifiers of their own before and after the list keep their own.
    [
      'He finished behind fellow Norwegian Ola Dahl and Jon Voss of Sweden.',
      [
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Jon Voss', 'voss', 'PERSON'],
        ['Sweden', 'sweden', 'GPE'],
      ],
      ['dahl AFFILIATED_WITH norway asserted'],
      ['voss AFFILIATED_WITH norway', 'dahl LOCATED_IN sweden', 'dahl AFFILIATED_WITH sweden'],
    ],
  ]);
});
