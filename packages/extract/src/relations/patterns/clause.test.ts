/** Clauses: verb frames over subjects, objects, recipients and prepositional phrases. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';
import type { GivenMention } from '../test-helper.js';

describe('clause: subject, object and prepositional frames', () => {
  relationTable([
    // wink-nlp tags "shot" a noun here; the repair makes it the verb again.
    [
      'Tom Reed shot and killed Ola Vik.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      ['reed ATTACKS vik asserted'],
    ],
    // One resigns from what one belonged to; a resignation from a post names no body.
    [
      'Ola Vik resigned from Globex Corp. last week.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Globex Corp.', 'globex', 'ORG'],
      ],
      ['vik MEMBER_OF globex asserted'],
    ],
    [
      'Ola Vik resigned on Monday, Globex Corp. said.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Globex Corp.', 'globex', 'ORG'],
      ],
      [],
      ['vik MEMBER_OF globex'],
    ],
    [
      // "shot" tagged a noun by the tokeniser: its irregular verb is "shoot".
      'Ola Vik, who shot Tom Reed in 1968, remains in prison.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['vik ATTACKS reed asserted'],
      ['vik RELATED_TO reed'],
    ],
    [
      // "found" is a verb of its own, not only the past of "find".
      'Ola Vik found Tom Reed in the garden.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['vik ATTACKS reed'],
    ],
    [
      // A weapon planted, set off or detonated is used.
      'Ola Vik planted grenades in the car and set off an IED in the market.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['grenades', 'grenade', 'WEAPON', 'nominal'],
        ['IED', 'ied', 'WEAPON', 'acronym'],
      ],
      ['vik USES grenade asserted', 'vik USES ied asserted'],
    ],
    [
      // Extradited to a country: it takes the person into custody.
      'Ola Vik was extradited from Belgium to France in April.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Belgium', 'belgium', 'GPE'],
        ['France', 'france', 'GPE'],
      ],
      ['france ARRESTS vik asserted'],
      ['belgium ARRESTS vik'],
    ],
    [
      'Ola Vik spoke with Tom Reed by phone on Monday.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['vik MEETS reed asserted'],
    ],
    [
      'Ola Vik spoke to reporters in Tarnby.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['vik MEETS tarnby'],
    ],
    [
      'Ola Vik planted trees near Tarnby.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['vik USES tarnby', 'vik ATTACKS tarnby'],
    ],
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
      'In 1936, the singer Marta Lind was born Marta Ek in Tromso, Lemuria.',
      [
        ['Marta Lind', 'lind', 'PERSON'],
        ['Marta Ek', 'ek', 'PERSON'],
        ['Tromso', 'tromso', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['lind AFFILIATED_WITH tromso asserted'],
      ['ek AFFILIATED_WITH lind'],
    ],
    [
      'Marta Lind was born in Tromso.',
      [
        ['Marta Lind', 'lind', 'PERSON'],
        ['Tromso', 'tromso', 'GPE'],
      ],
      ['lind AFFILIATED_WITH tromso asserted'],
    ],
    // A phrase hung on the capacity ("as an economist") is the verb's.
    [
      'Jon Berg works as an economist for Globex in Oslo.',
      [
        ['Jon Berg', 'berg', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      ['berg MEMBER_OF globex asserted'],
    ],
    [
      'Jon Berg, known as a critic of Globex, works in Oslo.',
      [
        ['Jon Berg', 'berg', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      [],
      ['berg MEMBER_OF globex'],
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

describe('clause: shared objects, lists and movement', () => {
  relationTable([
    [
      // Two verbs with nothing between them share the object after both.
      'Lemurian police arrested and charged Tom Reed on Friday.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['lemuria ARRESTS reed asserted', 'lemuria SUES reed asserted'],
    ],
    [
      'Lemuria built and sold tanks to Atlantis.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria SUPPLIES atlantis asserted'],
    ],
    [
      // A phrase of the first verb between them: no shared object.
      'Ola Vik met with Kari Nes and criticised Globex.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Kari Nes', 'nes', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['vik MEETS nes asserted', 'vik CRITICIZES globex asserted'],
      ['vik MEETS globex'],
    ],
    [
      'Ola Vik opened fire on Kari Nes outside the hotel.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Kari Nes', 'nes', 'PERSON'],
      ],
      ['vik ATTACKS nes asserted'],
    ],
    [
      // Moving house or office is where one is; moving troops deploys them.
      'Globex moved to Lyon in 1961, where it still has a factory.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Lyon', 'lyon', 'GPE'],
      ],
      ['globex LOCATED_IN lyon asserted'],
      ['globex VISITS lyon'],
    ],
    [
      'Lemuria moved troops to Atlantis.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria DEPLOYS_TO atlantis asserted'],
      ['lemuria LOCATED_IN atlantis'],
    ],
    [
      // A body's members named by "include", a plural descriptor naming the whole list.
      'Acme and Initech joined the Zeta Alliance, whose members also include technology companies Globex, Hooli and Umbrella.',
      [
        ['Acme', 'acme', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Zeta Alliance', 'zeta', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Hooli', 'hooli', 'ORG'],
        ['Umbrella', 'umbrella', 'ORG'],
      ],
      [
        'globex MEMBER_OF zeta asserted',
        'hooli MEMBER_OF zeta asserted',
        'umbrella MEMBER_OF zeta asserted',
      ],
    ],
    [
      'Members of the Nordic Pact include Norway and Lemuria.',
      [
        ['Nordic Pact', 'pact', 'ORG'],
        ['Norway', 'norway', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['norway MEMBER_OF pact asserted', 'lemuria MEMBER_OF pact asserted'],
    ],
    [
      // What a report includes is no member of anything.
      "The Globex report's findings include Acme.",
      [
        ['Globex', 'globex', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      [],
      ['acme MEMBER_OF globex'],
    ],
    [
      // A court in a city is not the city; a country's court stands for the country.
      'Globex asked the Lyon court to order Acme to pay.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Lyon', 'lyon', 'GPE'],
        ['Acme', 'acme', 'ORG'],
      ],
      [],
      ['globex PRESSURES lyon', 'lyon PRESSURES acme'],
    ],
    [
      'Globex asked a Lemurian court to order Acme to pay.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Acme', 'acme', 'ORG'],
      ],
      ['globex PRESSURES lemuria asserted'],
    ],
    [
      // People sent to do a task go where the task is.
      'Norway sent a contingent of 300 soldiers to help fight the rebels in Tarnby.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['norway DEPLOYS_TO tarnby asserted'],
    ],
    [
      'Norway sent weapons to help the rebels in Tarnby.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['norway DEPLOYS_TO tarnby'],
    ],
  ]);
});

const people: [string, string, 'PERSON'][] = [
  ['Ola Vik', 'vik', 'PERSON'],
  ['Kari Lund', 'lund', 'PERSON'],
];

describe('clause: contact, movement and transactions', () => {
  relationTable([
    // Contact, in person or at a distance: a person spoken, written or talked to.
    ['Ola Vik talked to Kari Lund by telephone on Tuesday.', people, ['vik MEETS lund asserted']],
    ['Ola Vik spoke by phone with Kari Lund.', people, ['vik MEETS lund asserted']],
    ['Ola Vik wrote to Kari Lund last week.', people, ['vik MEETS lund asserted']],
    ['Ola Vik sent a letter to Kari Lund last week.', people, ['vik MEETS lund asserted']],
    ['Ola Vik emailed Kari Lund on Friday.', people, ['vik MEETS lund asserted']],
    ['Ola Vik told Kari Lund that the deal was off.', people, ['vik MEETS lund asserted']],
    [
      'Ola Vik called Kari Lund on Tuesday to discuss the crisis.',
      people,
      ['vik MEETS lund asserted'],
    ],
    [
      // Naming is no call; a topic discussed leaves the coordinated subjects meeting.
      'Ola Vik called Kari Lund a liar.',
      people,
      [],
      ['vik MEETS lund', 'vik PRESSURES lund'],
    ],
    ['Ola Vik and Kari Lund discussed the crisis in Geneva.', people, ['vik MEETS lund asserted']],
    [
      // A story told about someone contacts no one; a warning that something is so threatens
      // no one.
      'Ola Vik told the story of Kari Lund, a dancer.',
      people,
      [],
      ['vik MEETS lund'],
    ],
    [
      'The Zeta Party has warned Globex and Acme they were in danger.',
      [
        ['Zeta Party', 'zeta', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      [],
      ['zeta THREATENS globex', 'zeta THREATENS acme'],
    ],
    [
      // A visit to a person meets them; the place is visited.
      'Ola Vik visited Kari Lund in Tarnby.',
      [...people, ['Tarnby', 'tarnby', 'GPE']],
      ['vik MEETS lund asserted', 'vik VISITS tarnby asserted'],
      ['vik VISITS lund'],
    ],
    [
      // A source quoted is not met: "told", "spoke to" need a person.
      'Ola Vik told Globex Radio that he would resign, and spoke to the Tarnby Times.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Globex Radio', 'radio', 'ORG'],
        ['Tarnby Times', 'times', 'ORG'],
      ],
      [],
      ['vik MEETS radio', 'vik MEETS times'],
    ],
    [
      // The "to" phrase hung on the origin is the verb's.
      'Ola Vik flew from Tarnby to Ostia.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Ostia', 'ostia', 'GPE'],
      ],
      ['vik VISITS ostia asserted'],
      ['vik VISITS tarnby'],
    ],
    [
      // Who is driven or flown somewhere goes there; who flies troops there does not.
      'Ola Vik was driven to Tarnby by Kari Lund.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      ['vik VISITS tarnby asserted', 'lund VISITS tarnby asserted'],
    ],
    [
      // A vehicle driven somewhere visits nothing; nor does a recall call anyone.
      'Ola Vik left Tarnby, and the truck was driven to Ostia.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['truck', 'tarnby', 'GPE', 'pronoun'],
        ['Ostia', 'ostia', 'GPE'],
      ],
      [],
      ['tarnby VISITS ostia'],
    ],
    [
      'Globex is calling back 17,000 Zeta Rangers.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Zeta Rangers', 'rangers', 'PERSON'],
      ],
      [],
      ['globex MEETS rangers'],
    ],
    [
      'Norway flew troops to Lemuria.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['norway DEPLOYS_TO lemuria asserted'],
      ['norway VISITS lemuria'],
    ],
    [
      'The Red Hand smuggled migrants into Lemuria.',
      [
        ['Red Hand', 'hand', 'ORG'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['hand DEPLOYS_TO lemuria asserted'],
    ],
    [
      // Money paid or lent to someone is supplied; idioms of "pay" are not.
      'Ola Vik paid Kari Lund $500 for the car.',
      people,
      ['vik SUPPLIES lund asserted'],
    ],
    [
      'Globex donated $1 million to Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      ['globex SUPPLIES acme asserted'],
    ],
    ['Ola Vik paid tribute to Kari Lund.', people, [], ['vik SUPPLIES lund']],
    [
      // The seller named on the object the parse hung it on.
      'Ola Vik bought a Zeta Taurus from Kari Lund and sold it to Tom Reed.',
      [...people, ['Tom Reed', 'reed', 'PERSON']],
      ['lund SUPPLIES vik asserted', 'vik SUPPLIES reed asserted'],
    ],
    [
      // A person captured is arrested, not annexed.
      'Lemurian troops captured Ola Vik near Tarnby.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['lemuria ARRESTS vik asserted'],
      ['lemuria ANNEXES vik'],
    ],
    [
      // "helps raped women": a participle read as a verb is no attack.
      'Norway helps raped Lemurian women',
      [
        ['Norway', 'norway', 'GPE'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
      ],
      [],
      ['norway ATTACKS lemuria'],
    ],
    [
      // A bare infinitive is a verb of its own.
      'Norway helped destroy Lemurian positions.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
      ],
      ['norway ATTACKS lemuria asserted'],
    ],
  ]);
});

describe('clause: a country lies in no city', () => {
  relationTable([
    [
      'Ola Vik held talks with Turkey in Ankara on Monday.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Turkey', 'turkey', 'GPE'],
        ['Ankara', 'ankara', 'GPE'],
      ],
      ['vik MEETS turkey asserted'],
      ['turkey LOCATED_IN ankara'],
    ],
    [
      'The Vigeland Museum in Oslo reopened.',
      [
        ['Vigeland Museum', 'museum', 'FACILITY'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      ['museum LOCATED_IN oslo asserted'],
    ],
  ]);
});

describe('clause: giving money, arms and goods', () => {
  const reedLind: GivenMention[] = [
    ['Tom Reed', 'reed', 'PERSON'],
    ['Nora Lind', 'lind', 'PERSON'],
  ];
  const states: GivenMention[] = [
    ['Lemuria', 'lemuria', 'GPE'],
    ['Atlantis', 'atlantis', 'GPE'],
  ];
  relationTable([
    ['Tom Reed gave Nora Lind a rifle.', reedLind, ['reed SUPPLIES lind asserted']],
    ['Tom Reed gave Nora Lind the cash on Monday.', reedLind, ['reed SUPPLIES lind asserted']],
    ['Lemuria gave weapons and fuel to Atlantis.', states, ['lemuria SUPPLIES atlantis asserted']],
    ['Lemuria gave $2 million to Atlantis.', states, ['lemuria SUPPLIES atlantis asserted']],
    [
      // The recipient a pronoun names: in a reported clause, the speaker, not the giver.
      'Nora Lind said that Tom Reed gave her $500 in cash.',
      [
        ['Nora Lind', 'lind', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['reed SUPPLIES lind reported'],
    ],
    [
      // Both recipients joined by "and" stay recipients.
      'Tom Reed gave Nora Lind and Ola Vik the money.',
      [...reedLind, ['Ola Vik', 'vik', 'PERSON']],
      ['reed SUPPLIES lind asserted', 'reed SUPPLIES vik asserted'],
    ],
    // What is given and is no goods supplies nothing.
    ['Tom Reed gave Nora Lind a chance.', reedLind, [], ['reed SUPPLIES lind']],
    ['Lemuria gave Atlantis an ultimatum.', states, [], ['lemuria SUPPLIES atlantis']],
    ['Lemuria gave a warning to Atlantis.', states, [], ['lemuria SUPPLIES atlantis']],
    ['Tom Reed gave Nora Lind a hug after the match.', reedLind, [], ['reed SUPPLIES lind']],
  ]);
});

describe('clause: an "as" complement is said of the object', () => {
  const people: GivenMention[] = [
    ['Karl Dahl', 'dahl', 'PERSON'],
    ['Ola Vik', 'vik', 'PERSON'],
  ];
  relationTable([
    [
      'The clerk identified Karl Dahl as the man who shot Ola Vik.',
      people,
      ['dahl ATTACKS vik asserted'],
    ],
    ['Karl Dahl was named as the gunman who shot Ola Vik.', people, ['dahl ATTACKS vik asserted']],
    [
      'Norland sees Lemuria as the country that invaded Atlantis.',
      [
        ['Norland', 'norland', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria ATTACKS atlantis asserted'],
      ['norland ATTACKS atlantis'],
    ],
    [
      // The man is the object here, no "as" complement: who shot is not said.
      'Karl Dahl saw the man who shot Ola Vik.',
      people,
      [],
      ['dahl ATTACKS vik'],
    ],
    [
      // An "as" clause with its own verb is a time, not a complement.
      'Karl Dahl left as the man who shot Ola Vik arrived.',
      people,
      [],
      ['dahl ATTACKS vik'],
    ],
  ]);
});

describe('clause: agents, officers and investigators act for their body', () => {
  relationTable([
    [
      'Norbureau agents arrested Omar Haddad at his home on Friday.',
      [
        ['Norbureau', 'nb', 'ORG'],
        ['Omar Haddad', 'haddad', 'PERSON'],
      ],
      ['nb ARRESTS haddad asserted'],
    ],
    [
      'Lemurian officers detained Omar Haddad in Tarnby.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Omar Haddad', 'haddad', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['lemuria ARRESTS haddad asserted'],
    ],
    [
      // A person's title before a name is no body acting ("Agent Ola Vik").
      'Agent Ola Vik arrested Omar Haddad.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Omar Haddad', 'haddad', 'PERSON'],
      ],
      ['vik ARRESTS haddad asserted'],
    ],
  ]);
});

describe('clause: a ", where" clause after a place name', () => {
  relationTable([
    [
      'They drove to Ashby, where Tom Hale was born.',
      [
        ['Ashby', 'ashby', 'GPE'],
        ['Tom Hale', 'hale', 'PERSON'],
      ],
      ['hale AFFILIATED_WITH ashby asserted'],
    ],
    [
      'The road runs through Ashby, where Tom Hale was born, and on into Tarnby.',
      [
        ['Ashby', 'ashby', 'GPE'],
        ['Tom Hale', 'hale', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['hale AFFILIATED_WITH ashby asserted'],
      ['hale AFFILIATED_WITH tarnby'],
    ],
    [
      // A person is no place a clause is said of.
      'They visited Kari Lund, where Ola Vik was born.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      [],
      ['vik AFFILIATED_WITH lund'],
    ],
  ]);
});

describe('clause: what is launched or fired at a target', () => {
  const states: GivenMention[] = [
    ['Lemuria', 'lemuria', 'GPE'],
    ['Atlantis', 'atlantis', 'GPE'],
  ];
  relationTable([
    ['Lemuria launched rockets at Atlantis.', states, ['lemuria ATTACKS atlantis asserted']],
    [
      'Lemuria launched an offensive against Atlantis on Monday.',
      states,
      ['lemuria ATTACKS atlantis asserted'],
    ],
    ['Lemuria fired three shots at Atlantis.', states, ['lemuria ATTACKS atlantis asserted']],
    [
      'Tom Hale fired his pistol at Ola Vik.',
      [
        ['Tom Hale', 'hale', 'PERSON'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      ['hale ATTACKS vik asserted'],
    ],
    [
      'Lemurian police fired tear gas at Atlantis protesters.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria ATTACKS atlantis asserted'],
    ],
    [
      'Lemuria fired Zeta missiles at Atlantis.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Zeta', 'zeta', 'WEAPON'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria ATTACKS atlantis asserted'],
    ],
    [
      // A service, a product or a bid launched at a place attacks no one.
      'Globex launched a new service at Ashby airport.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Ashby', 'ashby', 'GPE'],
      ],
      [],
      ['globex ATTACKS ashby'],
    ],
    [
      'Globex launched its new phone at the Tarnby fair.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['globex ATTACKS tarnby'],
    ],
  ]);
});

describe('clause: people deported, brought or checking in somewhere', () => {
  const haddad: GivenMention[] = [
    ['Omar Haddad', 'haddad', 'PERSON'],
    ['Lemuria', 'lemuria', 'GPE'],
  ];
  relationTable([
    ['Omar Haddad was deported to Lemuria in May.', haddad, ['haddad VISITS lemuria asserted']],
    [
      'Police brought Omar Haddad to Lemuria for questioning.',
      haddad,
      ['haddad VISITS lemuria asserted'],
    ],
    [
      'Norway deported 40 migrants to Lemuria.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['norway DEPLOYS_TO lemuria asserted'],
      ['norway VISITS lemuria'],
    ],
    [
      'Omar Haddad checked into the Hotel Bristol on Monday.',
      [
        ['Omar Haddad', 'haddad', 'PERSON'],
        ['Hotel Bristol', 'bristol', 'FACILITY'],
      ],
      ['haddad VISITS bristol asserted'],
    ],
    [
      // Things brought somewhere move no one; charges brought are no movement.
      'The deal brought peace and trade to Lemuria.',
      [['Lemuria', 'lemuria', 'GPE']],
      [],
    ],
    [
      'Omar Haddad brought the case to the Lemurian Supreme Court.',
      [
        ['Omar Haddad', 'haddad', 'PERSON'],
        ['Lemurian Supreme Court', 'court', 'ORG'],
      ],
      [],
      ['haddad VISITS court', 'haddad DEPLOYS_TO court'],
    ],
  ]);
});

describe('clause: founding a firm, band or body', () => {
  relationTable([
    [
      'Hollin Media was formed by Petra Galt and Ivo Renn in 1998.',
      [
        ['Hollin Media', 'hollin', 'ORG'],
        ['Petra Galt', 'galt', 'PERSON'],
        ['Ivo Renn', 'renn', 'PERSON'],
      ],
      ['galt LEADER_OF hollin asserted', 'renn LEADER_OF hollin asserted'],
    ],
    [
      'Petra Galt formed Hollin Media in 1998.',
      [
        ['Petra Galt', 'galt', 'PERSON'],
        ['Hollin Media', 'hollin', 'ORG'],
      ],
      ['galt LEADER_OF hollin asserted'],
    ],
    [
      // Countries that found a body are its members, not its leaders.
      'Norway and Denmark formed the Nordic Ferry Council in 1961.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Denmark', 'denmark', 'GPE'],
        ['Nordic Ferry Council', 'council', 'ORG'],
      ],
      ['norway MEMBER_OF council asserted', 'denmark MEMBER_OF council asserted'],
      ['norway LEADER_OF council'],
    ],
    [
      // "form" hands its subject to a pair noun as "forge" does.
      'Lemuria formed an alliance with Atlantis.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria COOPERATES_WITH atlantis asserted'],
    ],
    [
      // A person formed in a place is no founder of it.
      'Petra Galt formed her views in Oslo.',
      [
        ['Petra Galt', 'galt', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      [],
      ['galt LEADER_OF oslo'],
    ],
  ]);
});

describe('clause: the owner of an act stands in for it', () => {
  const two: [string, string, 'GPE'][] = [
    ['Lemuria', 'lemuria', 'GPE'],
    ['Atlantis', 'atlantis', 'GPE'],
  ];
  relationTable([
    [
      "Lemuria condemned Atlantis's decision to close the border.",
      two,
      ['lemuria CRITICIZES atlantis asserted'],
    ],
    [
      "Norvision has supported Globex's action against Initech.",
      [
        ['Norvision', 'norvision', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['norvision SUPPORTS globex asserted'],
      ['norvision SUPPORTS initech'],
    ],
    ["Lemuria welcomed Atlantis's move.", two, ['lemuria SUPPORTS atlantis asserted']],
    [
      // An event noun's possessor who does it.
      "Lemuria condemned Atlantis's invasion of Borduria.",
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
        ['Borduria', 'borduria', 'GPE'],
      ],
      ['lemuria CRITICIZES atlantis asserted', 'atlantis ATTACKS borduria asserted'],
    ],
    [
      // A possessor who suffers the event is no target.
      "Lemuria condemned Atlantis's assassination of Kari Lund.",
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      ['lemuria CRITICIZES atlantis asserted'],
    ],
    [
      "Lemuria condemned Kari Lund's assassination.",
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      [],
      ['lemuria CRITICIZES lund'],
    ],
    [
      // Not any possession: an embassy, a son or a city is no act.
      "Lemuria criticised Atlantis's embassy.",
      two,
      [],
      ['lemuria CRITICIZES atlantis'],
    ],
  ]);
});

describe('goals named by their place phrase', () => {
  relationTable([
    [
      'Tom Reed was taken to a hospital in Tarnby.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['reed VISITS tarnby asserted'],
    ],
    [
      'Tom Reed was transferred to a federal prison in Ostia.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ostia', 'ostia', 'GPE'],
      ],
      ['reed VISITS ostia asserted'],
    ],
    [
      'Police escorted Kari Lund to a hotel in Bergen.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['lund VISITS bergen asserted'],
    ],
    [
      // must not: a company taken to court goes nowhere.
      'Globex took Initech to a court in Ostia.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Ostia', 'ostia', 'GPE'],
      ],
      [],
      ['initech VISITS ostia', 'globex VISITS ostia'],
    ],
    [
      // must not: the place phrase of another noun.
      'Tom Reed was taken to hospital after a crash in Tarnby.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['reed VISITS tarnby'],
    ],
  ]);
});

describe('double objects of verbs of handing over', () => {
  relationTable([
    [
      'Ola Vik sold Tom Reed a gun.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['vik SUPPLIES reed asserted'],
    ],
    [
      'Ola Vik sent Tom Reed a letter.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['vik MEETS reed asserted'],
    ],
    [
      // must not: a chance is no goods.
      'Ola Vik gave Tom Reed a chance.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['vik SUPPLIES reed'],
    ],
    [
      // must not: people sent somewhere are not supplied to it.
      'Ola Vik sent Tom Reed, Kari Lund and Ann Holt to Oslo.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      [],
      ['vik SUPPLIES oslo'],
    ],
  ]);
});

describe('clauses: hiring and fines', () => {
  relationTable([
    [
      'Globex has hired Karl Dahl to run its Asian business.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Karl Dahl', 'dahl', 'PERSON'],
      ],
      ['dahl MEMBER_OF globex asserted'],
      ['globex MEMBER_OF dahl', 'globex RELATED_TO dahl'],
    ],
    [
      'Karl Dahl was recruited by Globex in 2003.',
      [
        ['Karl Dahl', 'dahl', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['dahl MEMBER_OF globex asserted'],
    ],
    [
      'The European Commission fined Globex for abusing its dominance.',
      [
        ['European Commission', 'ec', 'ORG'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['ec SANCTIONS globex asserted'],
    ],
    [
      'Globex has been fined by the European Commission.',
      [
        ['Globex', 'globex', 'ORG'],
        ['European Commission', 'ec', 'ORG'],
      ],
      ['ec SANCTIONS globex asserted'],
    ],
    // must not: a firm hired is no member; a role named with the hiring is the role's.
    [
      'Globex hired Initech to advise on the sale.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['initech MEMBER_OF globex'],
    ],
    [
      'Globex hired Karl Dahl as chief executive in May.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Karl Dahl', 'dahl', 'PERSON'],
      ],
      ['dahl LEADER_OF globex asserted'],
      ['dahl MEMBER_OF globex'],
    ],
  ]);
});

describe('clauses: leaving or quitting a body one belonged to', () => {
  // verb-frames.json leave / quit (direct object), step down (from) → MEMBER_OF; a place left
  // is no body (typeOverrides).
  relationTable([
    [
      'Ann Holt quit Globex in March after ten years.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['holt MEMBER_OF globex asserted'],
    ],
    [
      'Tom Reed, who left Initech last year, now runs a small start-up.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['reed MEMBER_OF initech asserted'],
    ],
    [
      'Ann Holt stepped down from Globex in June.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['holt MEMBER_OF globex asserted'],
    ],
    // Must not: a place left is not a body; leaving for a place is going there.
    [
      'Tom Reed left Lemuria on Monday.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['reed MEMBER_OF lemuria', 'reed AFFILIATED_WITH lemuria'],
    ],
    [
      'Ann Holt left Tarnby for Dunmore on Monday.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Dunmore', 'dunmore', 'GPE'],
      ],
      ['holt VISITS dunmore asserted'],
      ['holt MEMBER_OF tarnby', 'holt AFFILIATED_WITH tarnby'],
    ],
  ]);
});

describe('clauses: a seat on a body, and election to one, is membership', () => {
  relationTable([
    [
      'Ola Berg and Kari Lund sit on the board of Initech.',
      [
        ['Ola Berg', 'berg', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['berg MEMBER_OF initech asserted', 'lund MEMBER_OF initech asserted'],
    ],
    [
      'Ann Holt was elected to the board of Initech in May.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['holt MEMBER_OF initech asserted'],
    ],
    // Must not: a place sat on, or the electors.
    [
      'Kari Lund sat on a bench in Tarnby.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['lund MEMBER_OF tarnby'],
    ],
    [
      'Globex shareholders elected Ann Holt to the board of Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['holt MEMBER_OF initech asserted'],
      ['globex MEMBER_OF initech'],
    ],
  ]);
});

describe('clauses: who founds a body with its founder founds it too', () => {
  relationTable([
    [
      'Bill Gates co-founded Microsoft with Paul Allen in 1975.',
      [
        ['Bill Gates', 'gates', 'PERSON'],
        ['Microsoft', 'microsoft', 'ORG'],
        ['Paul Allen', 'allen', 'PERSON'],
      ],
      ['gates LEADER_OF microsoft asserted', 'allen LEADER_OF microsoft asserted'],
    ],
    // Must not: what a body is founded with is no founder.
    [
      'Ann Holt founded Initech with money from Globex.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['holt LEADER_OF initech asserted'],
      ['globex LEADER_OF initech'],
    ],
  ]);
});
