/** Coreference in the relation layer: pronouns and definite descriptions over sentences. */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('coreference', () => {
  relationTable([
    [
      // "its" in a phrase listed after a name is that name's, the comma before it the parse's
      // to attach where it likes; not the subject of the sentence before.
      'Yukos sued four firms on Monday. The four firms named in the suit are bank giant Norbank, its unit Norcredit, and state firm Lembank.',
      [
        ['Yukos', 'yukos', 'ORG'],
        ['Norbank', 'norbank', 'ORG'],
        ['Norcredit', 'norcredit', 'ORG'],
        ['Lembank', 'lembank', 'ORG'],
      ],
      ['norcredit PART_OF norbank asserted'],
      ['norcredit PART_OF yukos'],
    ],
    [
      // A noun phrase the parse made a conjunct of a clause: that clause's (passive) subject
      // does not govern a pronoun inside the noun phrase.
      'Crews will wash the bus Vik drove on the night Reed was hurt and the van that carried Vik to a clinic once he had been stabbed by Lund.',
      [
        ['Vik', 'vik', 'PERSON'],
        ['Reed', 'reed', 'PERSON'],
        ['Vik', 'vik', 'PERSON'],
        ['Lund', 'lund', 'PERSON'],
      ],
      ['lund ATTACKS vik asserted'],
      ['lund ATTACKS reed'],
    ],
    [
      'Globex is in trouble. Last month, it signed an agreement with rival Initech to supply it with cars.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['globex SUPPLIES initech asserted'],
      ['initech SUPPLIES globex'],
    ],
    [
      'Lemuria says Atlantis occupies Tarnby, but Atlantis insisted it would not leave.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      [],
      ['atlantis PRESSURES lemuria', 'atlantis PRESSURES tarnby'],
    ],
    [
      'Globex sued Acme in May. It also sued Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Acme', 'acme', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['globex SUES acme asserted', 'globex SUES initech asserted'],
      ['acme SUES initech'],
    ],
    [
      'Globex said it would sue Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      ['globex SUES acme considered'],
    ],
    [
      'Ola Dahl met Kari Nes on Monday. He later visited Bergen.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Kari Nes', 'nes', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['dahl VISITS bergen asserted'],
      ['nes VISITS bergen'],
    ],
    [
      'Globex makes engines. Its founder Ola Dahl was born in Bergen.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['dahl LEADER_OF globex asserted', 'dahl AFFILIATED_WITH bergen asserted'],
    ],
    [
      'Acme hired 300 people in Lyon. The company also sued Globex.',
      [
        ['Acme', 'acme', 'ORG'],
        ['Lyon', 'lyon', 'GPE'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['acme SUES globex asserted'],
    ],
    [
      'Prime Minister Ana Rossi arrived. The prime minister then visited Bergen.',
      [
        ['Ana Rossi', 'rossi', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['rossi VISITS bergen asserted'],
      [],
      [['Prime Minister', 'rossi', undefined, 'LEADER_OF']],
    ],
    [
      // A subject owned by "its" speaks of the same owner: no block on the way up.
      'Lemurian firm Globex dropped the threat. Initech had been expected to win the auction, but ended up not bidding. Globex claims its downfall was punishment for the political ambitions of its founder Ola Vik.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      ['vik LEADER_OF globex asserted'],
      ['vik LEADER_OF initech'],
    ],
    [
      // A clause set off by commas adds to the description; a restrictive one makes a new one.
      'Shares in Globex fell. The firm, which is based in Ashby, sued Initech. The firm that makes tyres sued Hooli.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Ashby', 'ashby', 'GPE'],
        ['Initech', 'initech', 'ORG'],
        ['Hooli', 'hooli', 'ORG'],
      ],
      ['globex SUES initech asserted', 'globex LOCATED_IN ashby asserted'],
      ['globex SUES hooli'],
    ],
    [
      // A pronoun resolved after the last name carries the chain past that name.
      'Ola Vik sang in Oslo. If you went to Bergen he would be recognised everywhere, in places Tom Reed would not be. No doubt a case can be made for him as the greatest. Then he toured Lemuria with Kari Lund.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Bergen', 'bergen', 'GPE'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      ['vik VISITS lemuria asserted'],
      ['reed VISITS lemuria'],
    ],
    [
      'The deal was signed. Its terms favour Acme over Globex.',
      [
        ['Acme', 'acme', 'ORG'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['acme PART_OF globex'],
    ],
    [
      'Prosecutors say he drove to Bergen. Ola Dahl denies it.',
      [
        ['Bergen', 'bergen', 'GPE'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['dahl VISITS bergen'],
    ],
    [
      'Ann Holt spoke in Oslo on Monday. "I strongly support Norway in this dispute," she said.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Norway', 'norway', 'GPE'],
      ],
      ['holt SUPPORTS norway reported'],
    ],
    [
      'Kari Nes spoke on Monday. "The talks have failed," she said. "I condemn Lemuria for it."',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['nes CRITICIZES lemuria asserted'],
    ],
    [
      'Ola Dahl said the plan was sound. I visited Bergen later.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['dahl VISITS bergen'],
    ],
    [
      'Ola Dahl said the talks had failed.\n\n"I visited Bergen," the author wrote.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['dahl VISITS bergen'],
    ],
    [
      'Globex chief executive Ann Holt spoke on Monday. "We will sue Acme over the patent," she said.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Acme', 'acme', 'ORG'],
      ],
      ['globex SUES acme reported'],
      ['holt SUES acme'],
    ],
    // An indefinite body named through a country ("a US court") is an entity of its own: "its"
    // is not the country's.
    [
      'Globex argued that a Lemurian court could rule, since its chief finance officer Ann Holt lives in Bergen.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['holt MEMBER_OF lemuria'],
    ],
    [
      'A Lemurian court ruled on Monday. It said Globex must pay.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['lemuria PRESSURES globex', 'lemuria ACCUSES globex'],
    ],
    // Past a clause its governor's object may control, the subject is no safe antecedent when
    // another name stands between ("pressure on Tehran to stop assisting Russia in its war").
    [
      'Lemuria pressed Atlantis to stop helping Tarnby with its sanctions against Borduria.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Borduria', 'borduria', 'GPE'],
      ],
      ['lemuria PRESSURES atlantis asserted'],
      ['lemuria SANCTIONS borduria'],
    ],
  ]);
});

describe('person descriptions with one candidate', () => {
  relationTable([
    [
      'Globex signed Ola Dahl on Monday. The striker has played for Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['dahl MEMBER_OF initech asserted'],
    ],
    [
      'Ola Dahl said taxes would not rise. The chancellor also attacked Lemuria.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['dahl CRITICIZES lemuria asserted'],
    ],
    // Two people named before: no guess.
    [
      'Ola Dahl met Kari Nes in Oslo. The striker has played for Initech.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Kari Nes', 'nes', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['dahl MEMBER_OF initech', 'nes MEMBER_OF initech'],
    ],
    // The one person named holds another role.
    [
      'Globex chairman Kari Nes spoke on Monday. The striker has played for Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Kari Nes', 'nes', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['nes MEMBER_OF initech'],
    ],
    // A person named earlier in the description's own sentence.
    [
      'Globex fans cheered. Ola Dahl passed to the striker, who plays for Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['dahl MEMBER_OF initech'],
    ],
    // An office description: the only person named holds it only when nothing says otherwise
    // (coref-office.ts).
    [
      'Ola Dahl visited Bergen on Monday. The home secretary also criticised Lemuria.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['dahl CRITICIZES lemuria asserted'],
    ],
    // A suspect, an accused or a victim is not the prosecutor or the minister.
    [
      'Police arrested Ola Dahl on Monday. The prosecutor also criticised Lemuria.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['dahl CRITICIZES lemuria'],
    ],
    [
      'Ola Dahl was charged with fraud. The chancellor also criticised Lemuria.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['dahl CRITICIZES lemuria'],
    ],
    [
      'The victim, Ola Dahl, was found in Bergen. The foreign minister also criticised Lemuria.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['dahl CRITICIZES lemuria'],
    ],
    // A role of another kind given later in the document.
    [
      'Ola Dahl spoke on Monday. The chancellor also criticised Lemuria. Ola Dahl, a Globex striker, left.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['dahl CRITICIZES lemuria'],
    ],
    // Not across a second person the text calls by another role.
    [
      'Ola Dahl was in court on Monday. The judge said little. The prosecutor also criticised Lemuria.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['dahl CRITICIZES lemuria'],
    ],
    // An age used as a noun, whatever roles the person holds.
    [
      'Globex chairman Kari Nes resigned on Monday. The 54-year-old had worked for Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Kari Nes', 'nes', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['nes MEMBER_OF initech asserted'],
    ],
    [
      'Ola Dahl praised Kari Nes. The 20-year-old had worked for Initech.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Kari Nes', 'nes', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['dahl MEMBER_OF initech', 'nes MEMBER_OF initech'],
    ],
    // Past other persons, an age as a subject continues the previous sentence's person subject.
    [
      'Kari Nes hopes to be the first Norwegian to win since Ola Dahl in 1976. The 23-year-old had worked for Initech.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['nes MEMBER_OF initech asserted'],
      ['dahl MEMBER_OF initech'],
    ],
    // Not when its own sentence names a person before it.
    [
      'Kari Nes hopes to win since Ola Dahl in 1976. Unlike Tom Reed, the 23-year-old had worked for Initech.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['nes MEMBER_OF initech', 'reed MEMBER_OF initech'],
    ],
    // Nor when another person is a subject there too.
    [
      'Kari Nes made one change, with Ola Dahl coming in for the injured Tom Reed. The 22-year-old had worked for Initech.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['nes MEMBER_OF initech'],
    ],
    // Nor after a quotation: its speaker is no topic.
    [
      'Kari Nes won the race on Monday. Ola Dahl added: "The crowd was great." The 23-year-old had worked for Initech.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['dahl MEMBER_OF initech', 'nes MEMBER_OF initech'],
    ],
    // Nor when the subject is no person.
    [
      'Globex signed Kari Nes and Ola Dahl on Monday. The 23-year-old had worked for Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Kari Nes', 'nes', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['nes MEMBER_OF initech', 'dahl MEMBER_OF initech'],
    ],
    [
      // "the 25-year-old winger" refers through its noun, and a plural age names a group.
      'Ola Dahl spoke on Monday. Ten of the 16-year-olds had worked for Initech.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['dahl MEMBER_OF initech'],
    ],
  ]);
});

describe('descriptions with a name before the noun', () => {
  relationTable([
    [
      'Globex reported higher profits on Monday. The Danish firm employs 300 people.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Danish', 'denmark', 'NORP', 'demonym'],
      ],
      ['globex LOCATED_IN denmark asserted'],
    ],
    [
      'Globex agreed to buy Kelvo on Monday. The Danish firm employs 300 people.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Kelvo', 'kelvo', 'ORG'],
        ['Danish', 'denmark', 'NORP', 'demonym'],
      ],
      [],
      ['globex LOCATED_IN denmark', 'kelvo LOCATED_IN denmark'],
    ],
    [
      'Globex won the cup on Sunday. The French team lost twice.',
      [
        ['Globex', 'globex', 'ORG'],
        ['French', 'france', 'NORP', 'demonym'],
      ],
      [],
      ['globex LOCATED_IN france'],
    ],
    [
      'Ola Dahl won the race in Oslo. The Norwegian sprinter now leads the series.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Norwegian', 'norway', 'NORP', 'demonym'],
      ],
      ['dahl AFFILIATED_WITH norway asserted'],
    ],
    [
      'Ola Dahl won the race in Oslo. The Bergen-born athlete now leads the series.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['dahl AFFILIATED_WITH bergen asserted'],
    ],
    [
      'Ola Dahl scored twice on Saturday. The Globex striker was replaced after an hour.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['dahl MEMBER_OF globex asserted'],
    ],
    [
      'Ola Dahl praised the crew on Monday. The Norwegian soldiers were tired.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Norwegian', 'norway', 'NORP', 'demonym'],
      ],
      [],
      ['dahl AFFILIATED_WITH norway'],
    ],
    [
      'Ola Dahl played well on Monday. Dahl later beat the Swedish star in Oslo.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Dahl', 'dahl', 'PERSON'],
        ['Swedish', 'sweden', 'NORP', 'demonym'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      [],
      ['dahl AFFILIATED_WITH sweden'],
    ],
    [
      'Ola Dahl played well on Monday. Kari Nes crossed the ball and the Swedish striker scored.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Kari Nes', 'nes', 'PERSON'],
        ['Swedish', 'sweden', 'NORP', 'demonym'],
      ],
      [],
      ['dahl AFFILIATED_WITH sweden'],
    ],
    [
      'Ola Dahl spoke in Oslo on Monday. The Swedish opposition did not notice.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Swedish', 'sweden', 'NORP', 'demonym'],
      ],
      [],
      ['dahl AFFILIATED_WITH sweden', 'dahl MEMBER_OF sweden'],
    ],
  ]);
});
