/** Roles: a role noun links its holder and the body it qualifies. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('roles', () => {
  relationTable([
    // A verb that makes its object something: the object holds the role after it.
    [
      'Globex Corp. named Ann Holt its new chief executive.',
      [
        ['Globex Corp.', 'globex', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['its', 'globex', 'ORG', 'pronoun'],
      ],
      ['holt LEADER_OF globex asserted'],
    ],
    // A company officer's role with no body, read from the tree: the one organisation made a
    // subject in the sentences before.
    [
      'Globex has sued Initech in Lemuria. "Our case is strong," said Ann Holt, the chief executive.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt LEADER_OF globex asserted'],
      ['holt LEADER_OF initech'],
    ],
    [
      // Not in a sports report: the club in focus is no guess for a title with no club named.
      'Globex Rovers won the match after a late goal and a penalty from their striker. "We deserved it," said Ann Holt, the chief executive.',
      [
        ['Globex Rovers', 'globex_rovers', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      [],
      ['holt LEADER_OF globex_rovers'],
    ],
    [
      'Globex has cut 300 jobs in Lemuria. "We regret it," spokeswoman Ann Holt said.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt SPOKESPERSON_OF globex asserted'],
    ],
    [
      // Two organisations made subjects: no guess.
      'Globex has sued Initech. Initech denies it. Ann Holt, the chief executive, said so.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      [],
      ['holt LEADER_OF globex', 'holt LEADER_OF initech'],
    ],
    // A role in its holder's apposition, after a dash too, owned by a person (no body): the
    // organisation after "at" in its own phrase.
    [
      "Ann Holt, Tom Reed's former head of press at Globex Records, said so.",
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Globex Records', 'globex', 'ORG'],
      ],
      ['holt MEMBER_OF globex asserted'],
    ],
    [
      'Ann Holt - head of press at Globex Records - said so.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex Records', 'globex', 'ORG'],
      ],
      ['holt MEMBER_OF globex asserted'],
    ],
    // Taking up, keeping or leaving a role: the "as" phrase is the subject's role.
    [
      'Ann Holt took over as chairman of Globex in May.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['holt LEADER_OF globex asserted'],
    ],
    [
      // The role is no object of "take over": no purchase.
      'Ann Holt will take over as chief executive of Globex.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['holt LEADER_OF globex asserted'],
      ['holt ACQUIRES globex'],
    ],
    [
      'Ann Holt stepped down as chief executive of Globex on Friday.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['holt LEADER_OF globex asserted'],
    ],
    [
      // A particle verb without its particle is no tenure verb; a pretence is no role.
      'Ann Holt took notes as chairman of Globex spoke. Ben Cole posed as a member of the Lemurian Guard.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Ben Cole', 'cole', 'PERSON'],
        ['Lemurian Guard', 'guard', 'ORG'],
      ],
      [],
      ['holt LEADER_OF globex', 'cole MEMBER_OF guard'],
    ],
    // Role nouns coordinated before one body phrase share it.
    [
      'Ann Holt, chairman and chief executive of Globex, said so.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['holt LEADER_OF globex asserted'],
      ['holt MEMBER_OF globex'],
    ],
    [
      'Tom Reed is president and chief executive of the Norland Bank.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Norland Bank', 'bank', 'ORG'],
      ],
      ['reed LEADER_OF bank asserted'],
    ],
    [
      // Each role noun has its own body: nothing shared.
      'Ann Holt, chairman of Initech and chief executive of Globex, said so.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['holt LEADER_OF initech asserted', 'holt LEADER_OF globex asserted'],
    ],
    [
      // A title the entities stage found without its qualifier: read back over lower-case words.
      'Globex team skipper Tom Reed spoke after the match.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['reed MEMBER_OF globex asserted'],
      [],
      [['skipper', 'reed', undefined, 'MEMBER_OF']],
    ],
    [
      'Initech is in talks. Its chief finance officer Ann Holt said so.',
      [
        ['Initech', 'initech', 'ORG'],
        ['Its', 'initech', 'ORG', 'pronoun'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt MEMBER_OF initech asserted'],
      [],
      [['officer', 'holt', undefined, 'MEMBER_OF']],
    ],
    [
      '"We prefer a sensible solution," said Ola Dahl, a spokesman for Globex Investment.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Globex Investment', 'globex', 'ORG'],
      ],
      ['dahl SPOKESPERSON_OF globex asserted'],
    ],
    [
      'But Tom Reed, spokesman for the Medical Foundation, said ministers had failed.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Medical Foundation', 'foundation', 'ORG'],
      ],
      ['reed SPOKESPERSON_OF foundation asserted'],
    ],
    [
      'Prices rose on the rumours, said Ola Dahl, metals economist with Globex Inc.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Globex Inc.', 'globex', 'ORG'],
      ],
      ['dahl MEMBER_OF globex asserted'],
    ],
    [
      'Tom Reed, director of the Globex Foundation and a member of the Initech Network, spoke.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Globex Foundation', 'globex', 'ORG'],
        ['Initech Network', 'initech', 'ORG'],
      ],
      ['reed LEADER_OF globex asserted', 'reed MEMBER_OF initech asserted'],
    ],
    [
      'Ann Holt, the chief executive of Globex, resigned.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['holt LEADER_OF globex asserted'],
    ],
    [
      'The Lemurian leader, Tor Vang, arrived.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Tor Vang', 'vang', 'PERSON'],
      ],
      ['vang LEADER_OF lemuria asserted'],
    ],
    [
      'Jon Berg is the mayor of Bergen.',
      [
        ['Jon Berg', 'berg', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['berg LEADER_OF bergen asserted'],
    ],
    [
      'Jon Berg is not the mayor of Bergen.',
      [
        ['Jon Berg', 'berg', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['berg LEADER_OF bergen negated'],
    ],
    [
      "Globex's founder Ola Dahl sold his shares.",
      [
        ['Globex', 'globex', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      ['dahl LEADER_OF globex asserted'],
    ],
    [
      'Kari Nes, a correspondent for Radio Nord, filed the report.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Radio Nord', 'nord', 'ORG'],
      ],
      ['nes MEMBER_OF nord asserted'],
    ],
    [
      'Our Oslo correspondent Kari Nes filed the report.',
      [
        ['Oslo', 'oslo', 'GPE'],
        ['Kari Nes', 'nes', 'PERSON'],
      ],
      ['nes AFFILIATED_WITH oslo asserted'],
      ['nes MEMBER_OF oslo'],
    ],
    [
      "Tom Reed's assassin, Jon Berg, was caught.",
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Jon Berg', 'berg', 'PERSON'],
      ],
      ['berg ATTACKS reed asserted'],
    ],
    [
      // One of several directors, where she works: a member, not the leader.
      'Kari Nes, who is a director at Globex, spoke.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['nes MEMBER_OF globex asserted'],
      ['nes LEADER_OF globex'],
    ],
    [
      'The award went to Kari Nes, a director of Globex.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['nes MEMBER_OF globex asserted'],
      ['nes LEADER_OF globex'],
    ],
    [
      // A past holder of the post led it; a shared role leads too.
      'The award went to Kari Nes, a former director of Globex, and Ola Dahl, a co-founder of Initech.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['nes LEADER_OF globex asserted', 'dahl LEADER_OF initech asserted'],
    ],
    [
      // A title won: its holder is a member of nothing; a country qualifying it is theirs.
      'Wimbledon champion Kari Nes beat Ola Dahl.',
      [
        ['Wimbledon', 'wimbledon', 'ORG'],
        ['Kari Nes', 'nes', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['nes MEMBER_OF wimbledon'],
      [['champion', 'nes', 'wimbledon', 'MEMBER_OF']],
    ],
    [
      'Norwegian champion Ola Dahl won the final.',
      [
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      ['dahl AFFILIATED_WITH norway asserted'],
      ['dahl MEMBER_OF norway'],
      [['champion', 'dahl', 'norway', 'MEMBER_OF']],
    ],
    [
      // Places in a band are roles in it; a place qualifying one is where the person is from.
      'Zorbex frontman Tom Reed cancelled the show, and Ola Dahl, the lead singer of Glimmer, spoke.',
      [
        ['Zorbex', 'zorbex', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Glimmer', 'glimmer', 'ORG'],
      ],
      ['reed MEMBER_OF zorbex asserted', 'dahl MEMBER_OF glimmer asserted'],
    ],
    [
      'The Wimbledon champion, Kari Nes, beat Ola Dahl.',
      [
        ['Wimbledon', 'wimbledon', 'ORG'],
        ['Kari Nes', 'nes', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['nes MEMBER_OF wimbledon'],
    ],
    [
      'Norway, a member of NATO, voted.',
      [
        ['Norway', 'norway', 'GPE'],
        ['NATO', 'nato', 'ORG', 'acronym'],
      ],
      ['norway MEMBER_OF nato asserted'],
    ],
    [
      'Norway, the host of the summit, welcomed Sweden.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Sweden', 'sweden', 'GPE'],
      ],
      [],
      ['norway LEADER_OF sweden', 'norway MEMBER_OF sweden'],
    ],
    [
      'Globex pundit Kari Nes predicted a fall.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Kari Nes', 'nes', 'PERSON'],
      ],
      ['nes MEMBER_OF globex asserted'],
    ],
    [
      'The Globex driver hit Kari Nes.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Kari Nes', 'nes', 'PERSON'],
      ],
      [],
      ['nes MEMBER_OF globex'],
    ],
    [
      'Lord Barrowby, chairman of Globex, told reporters the plan was sound.',
      [
        ['Barrowby', 'barrowby', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['barrowby LEADER_OF globex asserted'],
    ],
    // The body written right before the role's words, however the parse hung the possessive.
    [
      "Kari Nes, T-Globe's chief executive, told a press conference.",
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['T-Globe', 'tglobe', 'ORG'],
      ],
      ['nes LEADER_OF tglobe asserted'],
    ],
    [
      'Globex shares fell after Ann Holt, a former chief executive, left.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      [],
      ['holt LEADER_OF globex', 'holt MEMBER_OF globex'],
    ],
    [
      "Ola Dahl's chief adviser, Kari Nes, resigned on Monday.",
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Kari Nes', 'nes', 'PERSON'],
      ],
      [],
      ['nes MEMBER_OF dahl', 'nes LEADER_OF dahl'],
    ],
    // A role in a unit of an organisation: its holder is a member of the organisation.
    [
      '"We have overcome a limit," said Ola Dahl, director of Globex\'s photonics lab.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['dahl MEMBER_OF globex asserted'],
      ['dahl LEADER_OF globex'],
    ],
    [
      'Ola Dahl, director of the Globex University venue, said sales had been brisk.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Globex University', 'globex', 'ORG'],
      ],
      ['dahl MEMBER_OF globex asserted'],
    ],
    [
      'Ola Dahl, director of the Lemurian venue, said sales had been brisk.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
      ],
      [],
      ['dahl MEMBER_OF lemuria', 'dahl LEADER_OF lemuria'],
    ],
    [
      // A shop named after its owner is the owner's, no body the owner is a member of.
      '"I saw him," said Eldon Dahl, owner of Dahl\'s Body Shop, on Monday.',
      [
        ['Eldon Dahl', 'eldon', 'PERSON'],
        ['Dahl', 'dahl-shop', 'ORG'],
      ],
      [],
      ['eldon MEMBER_OF dahl-shop', 'eldon LEADER_OF dahl-shop'],
    ],
    [
      // A unit of a firm that bears the holder's name is still the firm's.
      "Bill Ford, head of Ford's truck unit, said sales had been brisk.",
      [
        ['Bill Ford', 'bill', 'PERSON'],
        ['Ford', 'ford', 'ORG'],
      ],
      ['bill MEMBER_OF ford asserted'],
    ],
    [
      'Kari Nes, a spokeswoman for the family of Ola Dahl, said they would appeal.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['nes MEMBER_OF dahl', 'nes SPOKESPERSON_OF dahl'],
    ],
    [
      'Kari Nes, the director of a film about Globex, spoke on Monday.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['nes MEMBER_OF globex', 'nes LEADER_OF globex'],
    ],
    // A genre written like a name says what the holder does, not a body ("R&B" typed ORG).
    [
      'R&B singer Kari Nes leads the race for the awards.',
      [
        ['R&B', 'rnb', 'ORG'],
        ['Kari Nes', 'nes', 'PERSON'],
      ],
      [],
      ['nes MEMBER_OF rnb'],
    ],
    [
      'The Hip-Hop producer, Ola Dahl, signed a new deal.',
      [
        ['Hip-Hop', 'hiphop', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['dahl MEMBER_OF hiphop'],
    ],
    // A person noun in apposition with the role stands for the name it describes.
    [
      "Globex is in trouble. On Tuesday, the company's administrator, turnaround expert Ola Dahl, sued Initech.",
      [
        ['Globex', 'globex', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['dahl LEADER_OF globex asserted'],
    ],
    [
      // Two people listed, not one described twice.
      "On Tuesday, Globex's administrator, and lawyer Ola Dahl, sued Initech.",
      [
        ['Globex', 'globex', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['dahl LEADER_OF globex'],
    ],
    // The parse made the role's phrase and the name after its comma two subjects.
    [
      'The chairman of the Globex Council, Ann Holt QC has warned of a real risk.',
      [
        ['Globex Council', 'globex', 'ORG'],
        ['Ann Holt QC', 'holt', 'PERSON'],
      ],
      ['holt LEADER_OF globex asserted'],
    ],
    // A role in an organisation is one of several there; a place after "in" is no body.
    [
      'Ann Holt has been the national clinical director for children in the Department of Health.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Department of Health', 'doh', 'ORG'],
      ],
      ['holt MEMBER_OF doh asserted'],
      ['holt LEADER_OF doh'],
    ],
    [
      'Ann Holt, the chief executive of Globex in Lemuria, spoke on Monday.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['holt LEADER_OF globex asserted'],
      ['holt MEMBER_OF lemuria', 'holt LEADER_OF lemuria'],
    ],
    // A body that dismisses someone from a role, active or passive.
    [
      'Claudio Ranieri has been sacked as coach by Valencia.',
      [
        ['Claudio Ranieri', 'ranieri', 'PERSON'],
        ['Valencia', 'valencia', 'ORG'],
      ],
      ['ranieri MEMBER_OF valencia asserted'],
    ],
    [
      'Globex fired Ann Holt as chief executive on Monday.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt LEADER_OF globex asserted'],
    ],
    // A company officer's title with no body: the one organisation made a subject before it.
    [
      'Globex has sued Initech in Lemuria. "Our case is strong," said chief executive Ann Holt.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt LEADER_OF globex asserted'],
      ['holt LEADER_OF initech'],
      [['chief executive', 'holt', undefined, 'LEADER_OF']],
    ],
    [
      // Two organisations made subjects: no guess.
      'Globex has sued Initech. Initech denies it. "Our case is strong," said chief executive Ann Holt.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      [],
      ['holt LEADER_OF globex', 'holt LEADER_OF initech'],
      [['chief executive', 'holt', undefined, 'LEADER_OF']],
    ],
    [
      // Not an officer's title: an analyst comments from outside.
      'Globex has sued Initech. "The case is strong," said analyst Ann Holt.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      [],
      ['holt MEMBER_OF globex'],
      [['analyst', 'holt', undefined, 'MEMBER_OF']],
    ],
    // A title the entities stage found with no body: the organisation appointing or dismissing.
    [
      'Coach Ranieri sacked by Valencia.',
      [
        ['Ranieri', 'ranieri', 'PERSON'],
        ['Valencia', 'valencia', 'ORG'],
      ],
      ['ranieri MEMBER_OF valencia asserted'],
      [],
      [['Coach', 'ranieri', undefined, 'MEMBER_OF']],
    ],
    [
      'Chief executive Ann Holt was fired by Globex on Monday.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['holt LEADER_OF globex asserted'],
      [],
      [['Chief executive', 'holt', undefined, 'LEADER_OF']],
    ],
    [
      // A person who dismisses is no body.
      'Coach Ranieri sacked by Jose Mourinho.',
      [
        ['Ranieri', 'ranieri', 'PERSON'],
        ['Jose Mourinho', 'mourinho', 'PERSON'],
      ],
      [],
      ['ranieri MEMBER_OF mourinho'],
      [['Coach', 'ranieri', undefined, 'MEMBER_OF']],
    ],
    // In a sports report a town or country named with a player's role is the side.
    [
      'The coach named his squad for the match. The Cardiff defender, Rhys Weston, is injured.',
      [
        ['Cardiff', 'cardiff', 'GPE'],
        ['Rhys Weston', 'weston', 'PERSON'],
      ],
      ['weston MEMBER_OF cardiff asserted'],
      ['weston AFFILIATED_WITH cardiff'],
    ],
    [
      // A demonym stays the player's nationality.
      'The coach named his squad for the match. The French striker, Thierry Henry, scored.',
      [
        ['French', 'france', 'NORP', 'demonym'],
        ['Thierry Henry', 'henry', 'PERSON'],
      ],
      ['henry AFFILIATED_WITH france asserted'],
      ['henry MEMBER_OF france'],
    ],
    [
      // Outside sport the town is where the holder works.
      'The Cardiff lawyer, Rhys Weston, is ill.',
      [
        ['Cardiff', 'cardiff', 'GPE'],
        ['Rhys Weston', 'weston', 'PERSON'],
      ],
      ['weston AFFILIATED_WITH cardiff asserted'],
      ['weston MEMBER_OF cardiff'],
    ],
    [
      'Globex singer Kari Nes leads the race for the awards.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Kari Nes', 'nes', 'PERSON'],
      ],
      ['nes MEMBER_OF globex asserted'],
    ],
  ]);
});

describe('a holder the parse hung on the role field, a body that includes its members', () => {
  relationTable([
    [
      "Lemuria's minister of sport Kari Lund backed the decision.",
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      ['lund AFFILIATED_WITH lemuria asserted'],
    ],
    [
      'Lemuria is in talks. Its secretary for health Tom Reed resigned on Monday.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Its', 'lemuria', 'GPE', 'pronoun'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['reed AFFILIATED_WITH lemuria asserted'],
    ],
    // A person noun as the field names who is spoken for, not the spokesman.
    [
      'A spokesman for singer Kari Lund said she was resting.',
      [['Kari Lund', 'lund', 'PERSON']],
      [],
      ['lund SPOKESPERSON_OF lund'],
    ],
    [
      'The spokesman for the singer Kari Lund declined to comment.',
      [['Kari Lund', 'lund', 'PERSON']],
      [],
    ],
    [
      'Globex, which also includes members Tom Reed and Ann Holt, topped the charts.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['reed MEMBER_OF globex asserted', 'holt MEMBER_OF globex asserted'],
    ],
    // Members a person has around them belong to no one named.
    [
      'Tom Reed includes members of his family in the business.',
      [['Tom Reed', 'reed', 'PERSON']],
      [],
    ],
    // A role's appositive phrase names the organisation after "at / with / in", wherever the
    // parse hung it.
    [
      "Kari Lund, director in Globex's storage division, would not confirm the plan.",
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['lund MEMBER_OF globex asserted'],
    ],
    [
      'But, says Tom Reed, senior vice-president of design and manufacturing at Initech, it was not the gadget.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['reed MEMBER_OF initech asserted'],
    ],
    [
      '"It is a shift," said Ann Holt, a consumer goods analyst with retail research firm Zorvex.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Zorvex', 'zorvex', 'ORG'],
      ],
      ['holt MEMBER_OF zorvex asserted'],
    ],
    // The phrase ends at its comma, a relative pronoun or a verb: what follows is no body.
    [
      'Ola Dahl, a senior adviser, met officials of Globex in Bergen.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['dahl MEMBER_OF globex', 'dahl LEADER_OF globex'],
    ],
    [
      'Ola Dahl, an analyst who worked with Globex for years, left.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['dahl MEMBER_OF globex'],
    ],
    [
      'Ola Dahl, a spokesman for singer Kari Lund at Globex, declined to comment.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['dahl SPOKESPERSON_OF globex', 'dahl MEMBER_OF globex'],
    ],
    // A maker's role qualified by a work the document calls one made it (PRODUCES).
    [
      'The film Night Harbour opened on Friday. Night Harbour director Kari Lund was there.',
      [
        ['Night Harbour', 'harbour', 'PERSON'],
        ['Night Harbour', 'harbour', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      ['lund PRODUCES harbour asserted'],
      ['lund LEADER_OF harbour', 'lund MEMBER_OF harbour'],
      [['director', 'lund', undefined, 'LEADER_OF']],
    ],
    [
      'Ola Dahl, the author of the novel Silent Fjord, spoke in Bergen.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Silent Fjord', 'fjord', 'ORG'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['dahl PRODUCES fjord asserted'],
      ['dahl LEADER_OF fjord', 'dahl MEMBER_OF fjord'],
    ],
    [
      // An organisation qualifying a maker's title is where the holder works.
      'Globex producer Kari Lund said the series would return.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      [],
      ['lund PRODUCES globex'],
      [['producer', 'lund', undefined, 'MEMBER_OF']],
    ],
    // Two roles of one holder, the second tagged as an adjective with its phrase as an obl.
    [
      'Tom Reed, leader of the Norland Greens and vice-president of the Globex Foundation, spoke.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Norland Greens', 'greens', 'ORG'],
        ['Globex Foundation', 'globex', 'ORG'],
      ],
      ['reed LEADER_OF greens asserted', 'reed MEMBER_OF globex asserted'],
    ],
  ]);
});

describe('roles given by a verb', () => {
  relationTable([
    // The role parsed as a passive's object: the passive subject holds it.
    [
      'Kari Lund was elected mayor of Tarnby in 2004.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['lund LEADER_OF tarnby asserted'],
    ],
    // Held to be: the object, a passive subject, or the name a participle clause follows.
    [
      'Atlantis considers Ola Vik to be the leader of the Red Hand.',
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Ola Vik', 'vik', 'PERSON'],
        ['Red Hand', 'hand', 'ORG'],
      ],
      ['vik LEADER_OF hand considered'],
      ['atlantis LEADER_OF hand'],
    ],
    [
      'Police arrested Jon Berg, considered by Lemuria to be a leader of the Red Hand.',
      [
        ['Jon Berg', 'berg', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Red Hand', 'hand', 'ORG'],
      ],
      ['berg MEMBER_OF hand considered'],
      ['lemuria MEMBER_OF hand', 'lemuria LEADER_OF hand'],
    ],
    // Not a role held: a role noun that is the thing considered, or no copula.
    [
      'Atlantis considered the leader of the Red Hand a threat.',
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Red Hand', 'hand', 'ORG'],
      ],
      [],
      ['atlantis LEADER_OF hand'],
    ],
    [
      'Ola Vik thinks Lemuria wants a leader of the Red Hand.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Red Hand', 'hand', 'ORG'],
      ],
      [],
      ['vik LEADER_OF hand', 'lemuria LEADER_OF hand', 'vik MEMBER_OF hand'],
    ],
  ]);
});

describe('roles held for a person', () => {
  relationTable([
    [
      'Ann Bell, a spokeswoman for Senator Ron Hale, said he would vote.',
      [
        ['Ann Bell', 'bell', 'PERSON'],
        ['Ron Hale', 'hale', 'PERSON'],
      ],
      ['bell SPOKESPERSON_OF hale asserted'],
      ['bell LEADER_OF hale', 'bell MEMBER_OF hale'],
    ],
    [
      "Ron Hale's spokeswoman Ann Bell said he would vote.",
      [
        ['Ron Hale', 'hale', 'PERSON'],
        ['Ann Bell', 'bell', 'PERSON'],
      ],
      ['bell SPOKESPERSON_OF hale asserted'],
    ],
    [
      // A role held in someone's service names them after "to" (`serviceRoles`).
      'Ann Bell, an aide to Ron Hale, said he would vote.',
      [
        ['Ann Bell', 'bell', 'PERSON'],
        ['Ron Hale', 'hale', 'PERSON'],
      ],
      ['bell AFFILIATED_WITH hale asserted'],
      ['bell MEMBER_OF hale'],
    ],
    [
      'Karl Dahl, a close adviser to President Olaf Berg, resigned on Monday.',
      [
        ['Karl Dahl', 'dahl', 'PERSON'],
        ['Olaf Berg', 'berg', 'PERSON'],
      ],
      ['dahl AFFILIATED_WITH berg asserted'],
    ],
    [
      'Marta Lind, deputy to Jon Berg, will take over next year.',
      [
        ['Marta Lind', 'lind', 'PERSON'],
        ['Jon Berg', 'berg', 'PERSON'],
      ],
      ['lind AFFILIATED_WITH berg asserted'],
    ],
    [
      'Ola Vik became an aide to Ann Holt in 2003.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['vik AFFILIATED_WITH holt asserted'],
    ],
    [
      'Jon Berg, a consultant to Globex Corp., was fired.',
      [
        ['Jon Berg', 'berg', 'PERSON'],
        ['Globex Corp.', 'globex', 'ORG'],
      ],
      ['berg MEMBER_OF globex asserted'],
    ],
    // An envoy's "to" phrase is where the envoy is sent; other roles' "to" phrases name no body.
    [
      'Jon Berg, the Atlantis ambassador to Lemuria, was recalled.',
      [
        ['Jon Berg', 'berg', 'PERSON'],
        ['Atlantis', 'atlantis', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['berg MEMBER_OF lemuria', 'berg AFFILIATED_WITH lemuria'],
    ],
    [
      'Ann Bell, a visitor to Ron Hale, said he would vote.',
      [
        ['Ann Bell', 'bell', 'PERSON'],
        ['Ron Hale', 'hale', 'PERSON'],
      ],
      [],
      ['bell AFFILIATED_WITH hale'],
    ],
    [
      "Ann Bell, Ron Hale's adviser, said he would vote.",
      [
        ['Ann Bell', 'bell', 'PERSON'],
        ['Ron Hale', 'hale', 'PERSON'],
      ],
      ['bell AFFILIATED_WITH hale asserted'],
    ],
    // A role that is no service to a person relates no person.
    [
      "Ann Bell, Ron Hale's chairman, said he would vote.",
      [
        ['Ann Bell', 'bell', 'PERSON'],
        ['Ron Hale', 'hale', 'PERSON'],
      ],
      [],
      ['bell AFFILIATED_WITH hale', 'bell LEADER_OF hale'],
    ],
    [
      // A secretary of state is no one's secretary.
      'Also due are Lemurian Secretary of State Ann Bell and Guild Secretary General Ron Hale.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Ann Bell', 'bell', 'PERSON'],
        ['Guild', 'guild', 'ORG'],
        ['Ron Hale', 'hale', 'PERSON'],
      ],
      [],
      ['hale AFFILIATED_WITH bell', 'bell AFFILIATED_WITH hale'],
    ],
    [
      'Ann Bell, the daughter of an aide to Ron Hale, said he would vote.',
      [
        ['Ann Bell', 'bell', 'PERSON'],
        ['Ron Hale', 'hale', 'PERSON'],
      ],
      [],
      ['bell AFFILIATED_WITH hale'],
    ],
  ]);
});

describe("a minister's country in focus", () => {
  relationTable([
    [
      'The Lemurian government welcomed the ruling, with finance minister Ann Holt saying it was fair.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt AFFILIATED_WITH lemuria asserted'],
      ['holt LEADER_OF lemuria'],
    ],
    [
      'The Lemurian cabinet met on Monday. Prime minister Ann Holt said taxes would fall.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt LEADER_OF lemuria asserted'],
      [],
      [['Prime minister', 'holt', undefined, 'LEADER_OF']],
    ],
    // Two countries in focus, or none in the two sentences: no guess.
    [
      'Lemurian and Atlantean officials welcomed the ruling, with finance minister Ann Holt saying it was fair.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Atlantean', 'atlantis', 'NORP', 'demonym'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      [],
      ['holt AFFILIATED_WITH lemuria', 'holt AFFILIATED_WITH atlantis'],
    ],
    [
      'The Lemurian cabinet met on Monday. The talks went on late. The rain fell. Finance minister Ann Holt said taxes would fall.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      [],
      ['holt AFFILIATED_WITH lemuria'],
      [['Finance minister', 'holt', undefined, 'LEADER_OF']],
    ],
    [
      // A country hyphenated to a participle modifies a noun; it does not act.
      'Tom Reed defeated the Lemuria-backed candidate and finance minister Ann Holt in the vote.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE', 'capital'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      [],
      ['holt AFFILIATED_WITH lemuria'],
      [['finance minister', 'holt', undefined, 'LEADER_OF']],
    ],
  ]);
});

describe('tenure through a relative pronoun', () => {
  relationTable([
    [
      'Dan Okafor, who stepped down as chairman of Globex Media last year, said so.',
      [
        ['Dan Okafor', 'okafor', 'PERSON'],
        ['Globex Media', 'globex', 'ORG'],
      ],
      ['okafor LEADER_OF globex asserted'],
    ],
    [
      'Ann Bell praised Dan Okafor, who stepped down as chairman of Globex Media.',
      [
        ['Ann Bell', 'bell', 'PERSON'],
        ['Dan Okafor', 'okafor', 'PERSON'],
        ['Globex Media', 'globex', 'ORG'],
      ],
      ['okafor LEADER_OF globex asserted'],
      ['bell LEADER_OF globex'],
    ],
    [
      // The successor takes the role the object held.
      'Ann Holt succeeded Tom Reed as chief executive of Globex Corp.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Globex Corp.', 'globex', 'ORG'],
      ],
      ['holt LEADER_OF globex asserted', 'reed LEADER_OF globex asserted'],
    ],
    [
      'Ann Holt, who replaced Tom Reed as president of Globex Corp., resigned.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Globex Corp.', 'globex', 'ORG'],
      ],
      ['holt LEADER_OF globex asserted'],
    ],
    [
      // must not: a company that replaces a person as the head of another leads nothing.
      'Globex Corp. replaced Tom Reed as chairman of Initech.',
      [
        ['Globex Corp.', 'globex', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['reed LEADER_OF initech asserted'],
      ['globex LEADER_OF initech'],
    ],
  ]);
});

describe('roles: a town named with a club role is the club, in any document', () => {
  // sportsContext.clubRoles: "striker", "goalkeeper", "manager" … are held in a club; outside a
  // sports report a town before one is still the side, while a country or state stays the
  // holder's affiliation (roles as the entities stage gives them).
  relationTable([
    [
      'Liverpool striker Tom Reed has been charged with assault.',
      [
        ['Liverpool', 'liverpool', 'GPE'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['reed MEMBER_OF liverpool asserted'],
      ['reed AFFILIATED_WITH liverpool'],
      [['striker', 'reed', 'liverpool', 'MEMBER_OF']],
    ],
    [
      'Newcastle manager Tom Reed criticised the referee.',
      [
        ['Newcastle', 'newcastle', 'GPE'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['reed MEMBER_OF newcastle asserted'],
      ['reed AFFILIATED_WITH newcastle'],
      [['manager', 'reed', 'newcastle', 'MEMBER_OF']],
    ],
    // Must not: a country's or a state's player is its national, a town's captain no club's.
    [
      'England striker Tom Reed has been charged with assault.',
      [
        ['England', 'england', 'GPE'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['reed AFFILIATED_WITH england asserted'],
      ['reed MEMBER_OF england'],
      [['striker', 'reed', 'england', 'MEMBER_OF']],
    ],
    [
      'Texas coach Tom Reed was fired.',
      [
        ['Texas', 'texas', 'GPE'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['reed AFFILIATED_WITH texas asserted'],
      ['reed MEMBER_OF texas'],
      [['coach', 'reed', 'texas', 'MEMBER_OF']],
    ],
    [
      'Leeds captain Tom Reed was injured in Basra.',
      [
        ['Leeds', 'leeds', 'GPE'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Basra', 'basra', 'GPE'],
      ],
      ['reed AFFILIATED_WITH leeds asserted'],
      ['reed MEMBER_OF leeds'],
      [['captain', 'reed', 'leeds', 'MEMBER_OF']],
    ],
  ]);
});

describe('roles: the body a holder joins or returns to in the role', () => {
  relationTable([
    [
      'Ann Holt joined Globex as chief executive in 2004.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['holt LEADER_OF globex asserted'],
    ],
    [
      'Tom Reed returned to Initech as chairman in 1997.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['reed LEADER_OF initech asserted'],
    ],
    // Must not: a person joined is no body.
    [
      'Ann Holt joined Tom Reed as chairman of the panel.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['holt LEADER_OF reed'],
    ],
  ]);
});

describe('roles: an appointee the parse read as the complement of "named … as"', () => {
  relationTable([
    [
      'Halvex Corp. named Ann Holt as chief executive.',
      [
        ['Halvex Corp.', 'halvex', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt LEADER_OF halvex asserted'],
    ],
    [
      'The board named Ann Holt as chairman of Initech Inc. on Monday.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Initech Inc.', 'initech', 'ORG'],
      ],
      ['holt LEADER_OF initech asserted'],
    ],
    // Must not: a verb that appoints no one ("described") gives the name no role.
    [
      'Halvex Corp. described Ann Holt as a rival.',
      [
        ['Halvex Corp.', 'halvex', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      [],
      ['holt LEADER_OF halvex', 'holt MEMBER_OF halvex'],
    ],
  ]);
});

describe("roles: a bureau chief is a member of the paper, and the bureau's place no body", () => {
  relationTable([
    [
      "The Ledger's Oslo bureau chief, Mark Dorran, wrote the story.",
      [
        ['Ledger', 'ledger', 'ORG'],
        ['Oslo', 'oslo', 'GPE'],
        ['Mark Dorran', 'dorran', 'PERSON'],
      ],
      ['dorran MEMBER_OF ledger asserted'],
      ['dorran LEADER_OF oslo', 'dorran LEADER_OF ledger'],
    ],
    [
      'Lena Voss, Bergen bureau chief of the Norland Herald, left the paper.',
      [
        ['Lena Voss', 'voss', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
        ['Norland Herald', 'herald', 'ORG'],
      ],
      ['voss MEMBER_OF herald asserted'],
      ['voss LEADER_OF bergen', 'voss LEADER_OF herald'],
    ],
    // Must not: the chief of a body is still its leader.
    [
      'Lena Voss, chief of the Norland Herald, left the paper.',
      [
        ['Lena Voss', 'voss', 'PERSON'],
        ['Norland Herald', 'herald', 'ORG'],
      ],
      ['voss LEADER_OF herald asserted'],
    ],
  ]);
});
