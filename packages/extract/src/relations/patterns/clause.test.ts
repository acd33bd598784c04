/** Clauses: verb frames over subjects, objects, recipients and prepositional phrases. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('clause: subject, object and prepositional frames', () => {
  relationTable([
    [
      'Atlantis invaded Lemuria in May.',
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['atlantis ATTACKS lemuria asserted'],
      ['lemuria ATTACKS atlantis'],
    ],
    [
      'A spokesman for Amnesty called on Tom Reed to free the prisoners.',
      [
        ['Amnesty', 'amnesty', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['amnesty PRESSURES reed asserted'],
    ],
    [
      'Tom Reed visited the Vigeland Museum in Norway.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Vigeland Museum', 'museum', 'FACILITY'],
        ['Norway', 'norway', 'GPE'],
      ],
      ['reed VISITS museum asserted', 'reed VISITS norway asserted'],
    ],
    [
      'Norway delivered two frigates to Chile.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Chile', 'chile', 'GPE'],
      ],
      ['norway SUPPLIES chile asserted'],
    ],
    [
      'Acme sold its bank unit to Globex last year.',
      [
        ['Acme', 'acme', 'ORG'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['acme SUPPLIES globex asserted'],
    ],
    [
      'Lemuria bought tanks from Atlantis.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['atlantis SUPPLIES lemuria asserted'],
      ['lemuria SUPPLIES atlantis'],
    ],
    [
      'The ministry called on Oslo to release the sailors.',
      [['Oslo', 'norway', 'GPE', 'capital']],
      [],
      [],
    ],
    [
      'Sweden called on Finland to close the border.',
      [
        ['Sweden', 'sweden', 'GPE'],
        ['Finland', 'finland', 'GPE'],
      ],
      ['sweden PRESSURES finland asserted'],
    ],
    [
      'Marta Lind was born in Tromso.',
      [
        ['Marta Lind', 'lind', 'PERSON'],
        ['Tromso', 'tromso', 'GPE'],
      ],
      ['lind AFFILIATED_WITH tromso asserted'],
    ],
    [
      'Jon Berg works for Globex.',
      [
        ['Jon Berg', 'berg', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['berg MEMBER_OF globex asserted'],
    ],
    [
      'Ann Holt assassinated Governor Tom Reed.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['holt ATTACKS reed asserted'],
      ['holt CRITICIZES reed'],
    ],
    [
      'Jon Berg rented a van from Globex in March.',
      [
        ['Jon Berg', 'berg', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['globex SUPPLIES berg asserted'],
    ],
    [
      'Ann Holt entered Lemuria on Monday.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['holt VISITS lemuria asserted'],
    ],
    [
      'Atlantis stormed Tarnby at dawn.',
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['atlantis ATTACKS tarnby asserted'],
    ],
    [
      'Ann Holt fired the shots that killed Tom Reed.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['holt ATTACKS reed asserted'],
    ],
    [
      'Atlantis launched rockets that struck Tarnby.',
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['atlantis ATTACKS tarnby asserted'],
    ],
    [
      'Police said Ann Holt saw the missile that hit Tarnby.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['holt ATTACKS tarnby'],
    ],
  ]);
});

describe('clause: what is not a frame relation', () => {
  relationTable([
    [
      'Chile beat Peru in the final of the cup, and the coach praised the team after the match.',
      [
        ['Chile', 'chile', 'GPE'],
        ['Peru', 'peru', 'GPE'],
      ],
      [],
      ['chile ATTACKS peru'],
    ],
    [
      'The forced sale of Globex hurt Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      [],
      ['globex PRESSURES acme', 'acme PRESSURES globex'],
    ],
    [
      'The court quashed the sentence of Tor Vang, convicted of murdering reporter Ola Dahl.',
      [
        ['Tor Vang', 'vang', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      ['vang ATTACKS dahl asserted'],
    ],
    [
      'The court heard Tor Vang, and Ola Dahl was convicted of murdering a guard.',
      [
        ['Tor Vang', 'vang', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['vang ATTACKS dahl', 'dahl ATTACKS vang'],
    ],
    [
      // Makers of a product: "develop", "design", "invent" with a thing as the object.
      'Globex developed the Zeta X1 handset, and Hooli designed the Orbit console.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Zeta X1', 'zeta', 'PRODUCT'],
        ['Hooli', 'hooli', 'ORG'],
        ['Orbit', 'orbit', 'PRODUCT'],
      ],
      ['globex PRODUCES zeta asserted', 'hooli PRODUCES orbit asserted'],
    ],
    [
      'Zeta X1, a format developed by Globex, was launched in May.',
      [
        ['Zeta X1', 'zeta', 'PRODUCT'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['globex PRODUCES zeta asserted'],
    ],
    [
      // Developing ties with a firm makes nothing.
      'Globex developed close ties with Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['globex PRODUCES initech'],
    ],
    [
      // A request names what is asked; a question or a statement does not press anyone.
      'Lemuria asked Atlantis to extradite him. Lemuria asked Norland whether he had left. Lemuria told Ostia that he had gone.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Norland', 'norland', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Ostia', 'ostia', 'GPE'],
      ],
      ['lemuria PRESSURES atlantis asserted'],
      ['lemuria PRESSURES norland', 'lemuria PRESSURES ostia'],
    ],
    [
      // The infinitive belongs to the object's phrase: a statement, no request.
      'At the dinner Kari Nes told Ola Dahl of her intention to stand down.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['nes PRESSURES dahl'],
    ],
    [
      // A developed network is no product.
      'The Lemuria network was developed by Globex.',
      [
        ['Lemuria', 'lemuria', 'ORG'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['globex PRODUCES lemuria'],
    ],
    [
      'Police told Kari Nes to leave the building.',
      [
        ['Police', 'police', 'ORG'],
        ['Kari Nes', 'nes', 'PERSON'],
      ],
      ['police PRESSURES nes asserted'],
    ],
    [
      // Movement to a place.
      'Ola Dahl arrived at Bergen Airport. Ola Dahl fled to Lemuria and later reached Ostia.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Bergen Airport', 'airport', 'FACILITY'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Ostia', 'ostia', 'GPE'],
      ],
      [
        'dahl VISITS airport asserted',
        'dahl VISITS lemuria asserted',
        'dahl VISITS ostia asserted',
      ],
    ],
    [
      'Globex contacted Interpol on Monday.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Interpol', 'interpol', 'ORG'],
      ],
      ['globex MEETS interpol asserted'],
    ],
  ]);
});
