/** Event nouns and their arguments from the noun phrase or a light verb. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('event nouns', () => {
  relationTable([
    // Nouns of killing: the "of" phrase is the victim, a "by" phrase or possessor the killer.
    [
      'Tom Reed pleaded guilty to the slaying of Ivo Renn.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ivo Renn', 'renn', 'PERSON'],
      ],
      ['reed ATTACKS renn asserted'],
      ['renn ATTACKS reed'],
    ],
    [
      'The stabbing of Ivo Renn by Tom Reed shocked the town.',
      [
        ['Ivo Renn', 'renn', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['reed ATTACKS renn asserted'],
      ['renn ATTACKS reed'],
    ],
    [
      'The Red Hand claimed responsibility for the attack on Tarnby.',
      [
        ['Red Hand', 'hand', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['hand ATTACKS tarnby asserted'],
    ],
    [
      'The Red Hand denied responsibility for the attack on Tarnby.',
      [
        ['Red Hand', 'hand', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['hand ATTACKS tarnby'],
    ],
    [
      'The EU embargo on arms exports to Lemuria stays.',
      [
        ['EU', 'eu', 'ORG', 'acronym'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['eu SANCTIONS lemuria asserted'],
    ],
    [
      'Leaders praised the alliance of Norway, Sweden and Finland.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Sweden', 'sweden', 'GPE'],
        ['Finland', 'finland', 'GPE'],
      ],
      [
        'norway COOPERATES_WITH sweden asserted',
        'norway COOPERATES_WITH finland asserted',
        'sweden COOPERATES_WITH finland asserted',
      ],
    ],
    [
      "Atlantis's invasion of Lemuria failed.",
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['atlantis ATTACKS lemuria asserted'],
    ],
    [
      "Jon Berg was convicted of Tom Reed's murder.",
      [
        ['Jon Berg', 'berg', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['berg ATTACKS reed asserted'],
      ['reed ATTACKS berg'],
    ],
    [
      'Sweden imposed new sanctions on Lemuria.',
      [
        ['Sweden', 'sweden', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['sweden SANCTIONS lemuria asserted'],
    ],
    [
      'Sweden lifted sanctions on Lemuria.',
      [
        ['Sweden', 'sweden', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['sweden SANCTIONS lemuria negated'],
    ],
    [
      'Norway condemned the attack on Lemuria.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['norway ATTACKS lemuria'],
    ],
    [
      'Acme struck a deal with Globex.',
      [
        ['Acme', 'acme', 'ORG'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['acme COOPERATES_WITH globex asserted'],
    ],
    [
      // Two names before a pair noun are its two parties.
      'The Lemuria-Atlantis talks ended on Friday without a deal.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria MEETS atlantis asserted'],
    ],
    [
      'Globex has filed a damages claim against Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      ['globex SUES acme asserted'],
    ],
    [
      // A claim that something happened is no legal claim.
      'Globex rejected the claim that Acme copied its designs.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      [],
      ['globex SUES acme', 'acme SUES globex'],
    ],
    [
      // Who takes part in an event did it.
      'Three men were convicted of conspiring with Jon Berg in the assassination of President Tom Reed.',
      [
        ['Jon Berg', 'berg', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['berg ATTACKS reed asserted'],
    ],
    [
      'Ola Vik was involved in the bombing of Tarnby.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['vik ATTACKS tarnby asserted'],
    ],
    [
      'Lemuria denied any role in the killing of Tom Reed.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['lemuria ATTACKS reed negated'],
    ],
    [
      // Being hurt in an event is no part in doing it.
      'Ola Vik was injured in the bombing of Tarnby.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['vik ATTACKS tarnby'],
    ],
    [
      // Who serves a term for an event did it.
      'Ola Vik is serving a life sentence for the murder of Tom Reed.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['vik ATTACKS reed asserted'],
    ],
    [
      // Taking part in an attack on a person is violence, not criticism.
      'Ola Vik took part in the attack on Tom Reed.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['vik ATTACKS reed asserted'],
      ['vik CRITICIZES reed'],
    ],
    [
      // A person's own attack on a person is still read as words.
      "Ola Vik's attack on Tom Reed was harsh.",
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['vik CRITICIZES reed asserted'],
      ['vik ATTACKS reed asserted'],
    ],
    [
      // Every name of a coordinated modifier does the event.
      'US and EU sanctions on Lemuria have hurt its economy.',
      [
        ['US', 'norway', 'GPE', 'acronym'],
        ['EU', 'sweden', 'ORG', 'acronym'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['norway SANCTIONS lemuria asserted', 'sweden SANCTIONS lemuria asserted'],
    ],
    [
      'Norwegian and Swedish troops attacked Lemurian positions.',
      [
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Swedish', 'sweden', 'NORP', 'demonym'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
      ],
      ['norway ATTACKS lemuria asserted'],
    ],
    [
      // A course of action parties named together take together.
      'Finland welcomed the decision by Norway and Sweden to open a rail link.',
      [
        ['Finland', 'finland', 'GPE'],
        ['Norway', 'norway', 'GPE'],
        ['Sweden', 'sweden', 'GPE'],
      ],
      ['norway COOPERATES_WITH sweden asserted'],
    ],
    [
      'Ola Vik praised the efforts of both Norway and Sweden.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Norway', 'norway', 'GPE'],
        ['Sweden', 'sweden', 'GPE'],
      ],
      ['norway COOPERATES_WITH sweden asserted'],
    ],
    [
      // One party's decision, welcomed by another, is no joint action.
      'The decision by Norway to open a rail link was welcomed by Sweden.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Sweden', 'sweden', 'GPE'],
      ],
      [],
      ['norway COOPERATES_WITH sweden'],
    ],
    [
      'Ola Vik is serving as a witness for the defence of Tom Reed.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['vik ATTACKS reed asserted'],
    ],
  ]);
});

describe('event noun: contact', () => {
  relationTable([
    [
      // Who attends or joins an event takes part in it.
      'Ola Vik will attend talks with Lemuria on Friday.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['vik MEETS lemuria asserted'],
    ],
    [
      'Sweden joined sanctions on Lemuria.',
      [
        ['Sweden', 'sweden', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['sweden SANCTIONS lemuria asserted'],
    ],
    [
      'Ola Vik had a phone conversation with Kari Lund.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      ['vik MEETS lund asserted'],
    ],
    [
      'The call between Ola Vik and Kari Lund lasted an hour.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      ['vik MEETS lund asserted'],
    ],
    [
      // A call for something is no contact.
      'Ola Vik repeated his call for calm in Tarnby.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['vik MEETS tarnby'],
    ],
  ]);
});

describe('event noun: legal action', () => {
  relationTable([
    [
      // A place before a lawsuit is where it is brought.
      'Globex is seeking $20bn in a separate Lemurian lawsuit against Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Acme', 'acme', 'ORG'],
      ],
      [],
      ['lemuria SUES acme'],
    ],
    [
      'The Globex lawsuit against Acme dragged on.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      ['globex SUES acme asserted'],
    ],
  ]);
});

describe('event noun: who owns up to an event did it', () => {
  const pair: [string, string, 'PERSON'][] = [
    ['Ola Vik', 'vik', 'PERSON'],
    ['Tom Reed', 'reed', 'PERSON'],
  ];
  relationTable([
    ['Ola Vik pleaded guilty to the murder of Tom Reed.', pair, ['vik ATTACKS reed asserted']],
    ['Ola Vik confessed to the murder of Tom Reed.', pair, ['vik ATTACKS reed asserted']],
    [
      'Ola Vik pleaded not guilty to the murder of Tom Reed.',
      pair,
      [],
      ['vik ATTACKS reed asserted'],
    ],
    [
      // A confession by someone else names no doer.
      'Ola Vik listened to the confession of Tom Reed.',
      pair,
      [],
      ['vik ATTACKS reed asserted'],
    ],
  ]);
});

describe('event nouns: a "by" phrase between the event noun and its verb', () => {
  const three: [string, string, 'PERSON' | 'GPE'][] = [
    ['Karl Dahl', 'dahl', 'PERSON'],
    ['Omar Haddad', 'haddad', 'PERSON'],
    ['Lemuria', 'lemuria', 'GPE'],
  ];
  relationTable([
    [
      'The killing of Karl Dahl by Omar Haddad was condemned by Lemuria.',
      three,
      ['haddad ATTACKS dahl asserted', 'lemuria CRITICIZES haddad asserted'],
    ],
    [
      'The murder of Karl Dahl by Omar Haddad was reported in Lemuria.',
      three,
      ['haddad ATTACKS dahl asserted'],
    ],
    [
      // After the verb, a "by" phrase is the verb's agent, not the noun's.
      'The murder of Karl Dahl was reported by Omar Haddad in Lemuria.',
      three,
      [],
      ['haddad ATTACKS dahl'],
    ],
  ]);
});

describe('event nouns: verbs of coming by a stake or holding', () => {
  const two: [string, string, 'ORG'][] = [
    ['Globex', 'globex', 'ORG'],
    ['Initech', 'initech', 'ORG'],
  ];
  relationTable([
    ['Globex bought a 20% stake in Initech last year.', two, ['globex ACQUIRES initech asserted']],
    ['Globex has acquired a majority stake in Initech.', two, ['globex ACQUIRES initech asserted']],
    ['Globex raised its stake in Initech.', two, ['globex ACQUIRES initech asserted']],
    ['Globex bought a large holding in Initech.', two, ['globex ACQUIRES initech asserted']],
    ['Globex wants to buy a stake in Initech.', two, ['globex ACQUIRES initech considered']],
    ['Globex denied buying a stake in Initech.', two, ['globex ACQUIRES initech negated']],
    // Parting with a stake undoes it.
    ['Globex sold its stake in Initech last year.', two, ['globex ACQUIRES initech negated']],
    ['Globex cut its stake in Initech to 5%.', two, ['globex ACQUIRES initech negated']],
    // A stake bought from someone: the seller acquires nothing.
    [
      'Initech bought a stake in Vorland from Globex.',
      [
        ['Initech', 'initech', 'ORG'],
        ['Vorland', 'vorland', 'ORG'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['initech ACQUIRES vorland asserted'],
      ['globex ACQUIRES vorland'],
    ],
    // A purchase of a stake buys into the company the stake is in.
    [
      "Analysts welcomed Globex's purchase of a stake in Initech.",
      two,
      ['globex ACQUIRES initech asserted'],
    ],
    // A nested noun of another relation passes up only its "to / on / against / for / with".
    [
      "Analysts welcomed Globex's purchase of a factory in Initech.",
      two,
      [],
      ['globex ACQUIRES initech'],
    ],
    // "bought" with no stake is no light verb for other event nouns.
    ['Globex bought the shipment to Initech.', two, [], ['globex SUPPLIES initech']],
  ]);
});

describe('event nouns: an extradition names who takes the person', () => {
  const three: [string, string, 'PERSON' | 'GPE'][] = [
    ['Lemuria', 'lemuria', 'GPE'],
    ['Tom Arlen', 'arlen', 'PERSON'],
    ['Atlantis', 'atlantis', 'GPE'],
  ];
  relationTable([
    [
      'Lemuria approved the extradition of Tom Arlen to Atlantis.',
      three,
      ['atlantis ARRESTS arlen asserted'],
      ['lemuria ARRESTS arlen', 'arlen ARRESTS atlantis'],
    ],
    [
      "Lemuria confirmed Tom Arlen's extradition to Atlantis on Friday.",
      three,
      ['atlantis ARRESTS arlen asserted'],
      ['arlen ARRESTS atlantis', 'lemuria ARRESTS arlen'],
    ],
    [
      // The country the person is sent from holds them; it takes no one.
      'Lemuria ordered the extradition of Tom Arlen from Atlantis.',
      three,
      ['lemuria ARRESTS arlen asserted'],
      ['atlantis ARRESTS arlen'],
    ],
    [
      // A meal had with someone is a meeting.
      'Ola Vik had dinner with Tom Reed in Oslo.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      ['vik MEETS reed asserted'],
    ],
    [
      // must not: a meal with no one met.
      'Ola Vik had lunch in Oslo with Globex shares on his mind.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['vik MEETS oslo'],
    ],
  ]);
});

describe('event nouns: the purpose of a journey', () => {
  relationTable([
    [
      'Ann Holt flew to Paris on Monday for talks with Tom Reed.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Paris', 'paris', 'GPE'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['holt MEETS reed asserted', 'holt VISITS paris asserted'],
    ],
    [
      'Ann Holt headed to Paris for talks with Tom Reed.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Paris', 'paris', 'GPE'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['holt MEETS reed asserted'],
    ],
    [
      'The Lemurian envoy travelled to Oslo for a meeting with Atlantis.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Oslo', 'oslo', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria MEETS atlantis asserted'],
    ],
    // must not: a purpose of a verb that goes nowhere, or no meeting.
    [
      'Tom Reed arrived in Ashby for a two-year contract with Globex.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ashby', 'ashby', 'GPE'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['reed VISITS ashby asserted'],
      ['reed COOPERATES_WITH globex'],
    ],
    [
      'Ann Holt praised Globex for talks with Tom Reed.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['holt MEETS reed'],
    ],
  ]);
});

describe('event nouns: two parties joined in a merger, venture or accord', () => {
  // Pair nouns (nominal-frames.json pairNouns): the parties of "of / between" or the coordinated
  // subject of a light verb cooperate, as with a deal or an alliance.
  relationTable([
    [
      'The merger of Globex and Initech created the largest bank in Lemuria.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['globex COOPERATES_WITH initech asserted'],
    ],
    [
      // A merger blocked did not happen, as one called off (failedDeals): negated.
      'The merger between Globex and Initech was blocked by regulators.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['globex COOPERATES_WITH initech negated'],
    ],
    [
      'Globex and Initech announced a merger on Monday.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['globex COOPERATES_WITH initech asserted'],
    ],
    [
      'Globex and Initech formed a joint venture to make chips in Lemuria.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['globex COOPERATES_WITH initech asserted'],
    ],
    [
      'The accord between Lemuria and Atlantis ended the border dispute.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria COOPERATES_WITH atlantis asserted'],
    ],
    // A merger called off is negated; one party alone pairs with nothing.
    [
      'Globex said the merger would create jobs in Lemuria.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['globex COOPERATES_WITH lemuria'],
    ],
    [
      'Globex and Initech called off their merger.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['globex COOPERATES_WITH initech negated'],
    ],
  ]);
});

describe("event nouns: a meeting or visit set beside a clause is the subject's", () => {
  relationTable([
    [
      'Lemuria agreed to suspend the tests after talks with Atlantis and Gondor.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
        ['Gondor', 'gondor', 'GPE'],
      ],
      ['lemuria MEETS atlantis asserted', 'lemuria MEETS gondor asserted'],
    ],
    [
      'Ann Holt spoke to reporters after a meeting with Tom Reed.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['holt MEETS reed asserted'],
    ],
    [
      'During a visit to Tarnby, Ann Holt praised the government.',
      [
        ['Tarnby', 'tarnby', 'GPE'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt VISITS tarnby asserted'],
    ],
    // Must not: a meeting that is another's, or a noun of another kind.
    [
      "Ann Holt spoke after Tom Reed's meeting with Kari Lund.",
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      ['reed MEETS lund asserted'],
      ['holt MEETS lund'],
    ],
    [
      'Ann Holt resigned after a row with Tom Reed.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['holt MEETS reed'],
    ],
  ]);
});

describe('event nouns: who is tried for an event did it', () => {
  relationTable([
    [
      'Ola Vik went on trial in Bergen for the murder of Tom Reed.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['vik ATTACKS reed asserted'],
    ],
    [
      'Ola Vik is on trial for the murder of Tom Reed.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['vik ATTACKS reed asserted'],
    ],
    [
      'Ola Vik faces trial for the killing of Tom Reed.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['vik ATTACKS reed asserted'],
    ],
    // Must not: a witness at a trial, or a trial for someone else's act.
    [
      'Ola Vik gave evidence at the trial of Kari Lund for the murder of Tom Reed.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['vik ATTACKS reed asserted'],
    ],
  ]);
});

describe("'has links to X': links are ties", () => {
  relationTable([
    [
      'Globex has close links with Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['globex COOPERATES_WITH initech asserted'],
    ],
    // Must not: a road or rail link to a place ties no one to it.
    [
      'The rail link to Ostia opened in May.',
      [['Ostia', 'ostia', 'GPE']],
      [],
      ['ostia COOPERATES_WITH ostia'],
    ],
    // Must not: a physical connection between two places is no tie between them
    // (nominal-frames.json connectionWords).
    [
      'A bus link between Kelby and Dunmore opened.',
      [
        ['Kelby', 'kelby', 'GPE'],
        ['Dunmore', 'dunmore', 'GPE'],
      ],
      [],
      ['kelby COOPERATES_WITH dunmore'],
    ],
    [
      'Talks on a ferry link between Norland and Lemuria began.',
      [
        ['Norland', 'norland', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['norland COOPERATES_WITH lemuria'],
    ],
    // Guard: relations between them still are.
    [
      'Relations between Norland and Lemuria improved.',
      [
        ['Norland', 'norland', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['norland COOPERATES_WITH lemuria asserted'],
    ],
  ]);
});
