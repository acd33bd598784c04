/** Table-driven tests for each family of relation rules, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { analysisOf, relationTable } from './test-helper.js';
import { findRelations } from './index.js';

const check = relationTable;

describe('active SVO and prepositional frames', () => {
  check([
    [
      'Atlantis attacked Lemuria on Monday.',
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['atlantis ATTACKS lemuria asserted'],
    ],
    [
      'Norway sold anti-ship missiles to Chile last year.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Chile', 'chile', 'GPE'],
      ],
      ['norway SUPPLIES chile asserted'],
    ],
    [
      'Chile bought Exocet missiles in 2019.',
      [
        ['Chile', 'chile', 'GPE'],
        ['Exocet', 'exocet', 'WEAPON'],
      ],
      ['chile ACQUIRES exocet asserted'],
    ],
    [
      'Chile bought Exocet missiles from France in 2019.',
      [
        ['Chile', 'chile', 'GPE'],
        ['Exocet', 'exocet', 'WEAPON'],
        ['France', 'france', 'GPE'],
      ],
      ['chile ACQUIRES exocet asserted', 'france SUPPLIES chile asserted'],
      ['chile SUPPLIES france'],
    ],
    [
      'Poland sent two brigades to Lithuania.',
      [
        ['Poland', 'poland', 'GPE'],
        ['Lithuania', 'lithuania', 'GPE'],
      ],
      ['poland DEPLOYS_TO lithuania asserted'],
      ['poland SUPPLIES lithuania'],
    ],
    [
      'Poland sent ammunition to Lithuania.',
      [
        ['Poland', 'poland', 'GPE'],
        ['Lithuania', 'lithuania', 'GPE'],
      ],
      ['poland SUPPLIES lithuania asserted'],
      ['poland DEPLOYS_TO lithuania'],
    ],
    ['The minister flew back to Bergen on Friday.', [['Bergen', 'bergen', 'GPE']], [], []],
    [
      'Holmberg flew back to Bergen on Friday.',
      [
        ['Holmberg', 'holmberg', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['holmberg VISITS bergen asserted'],
    ],
    ['The army took delivery of Leopard tanks in March.', [['Leopard', 'leopard', 'WEAPON']], []],
    [
      'Egypt later took delivery of Rafale jets from France.',
      [
        ['Egypt', 'egypt', 'GPE'],
        ['Rafale', 'rafale', 'WEAPON'],
        ['France', 'france', 'GPE'],
      ],
      ['egypt ACQUIRES rafale asserted'],
    ],
    [
      'Kate Lind met Spanish Prime Minister Ana Ruiz in Madrid.',
      [
        ['Kate Lind', 'lind', 'PERSON'],
        ['Spanish', 'spain', 'NORP', 'demonym'],
        ['Ana Ruiz', 'ruiz', 'PERSON'],
        ['Madrid', 'madrid', 'GPE'],
      ],
      ['lind MEETS ruiz asserted'],
      ['lind MEETS spain'],
    ],
    [
      'Estonia expelled Latvia.',
      [
        ['Estonia', 'estonia', 'GPE'],
        ['Latvia', 'latvia', 'GPE'],
      ],
      ['estonia RELATED_TO latvia asserted'],
    ],
    [
      'Turkish jets struck PKK positions in Iraq.',
      [
        ['Turkish', 'turkey', 'NORP', 'demonym'],
        ['PKK', 'pkk', 'ORG', 'acronym'],
        ['Iraq', 'iraq', 'GPE'],
      ],
      ['turkey ATTACKS pkk asserted'],
    ],
    [
      'The drones attacked Odesa overnight.',
      [
        ['drones', 'drones', 'WEAPON'],
        ['Odesa', 'odesa', 'GPE'],
      ],
      [],
      ['drones ATTACKS odesa'],
    ],
  ]);
});

describe('signing a person', () => {
  // verb-frames.json sign: the one signed is a member of the signer; a signed thing is nobody.
  check([
    [
      'Rovers have signed striker Karl Dahl from Lyon.',
      [
        ['Rovers', 'rovers', 'ORG'],
        ['Karl Dahl', 'dahl', 'PERSON'],
        ['Lyon', 'lyon', 'GPE'],
      ],
      ['dahl MEMBER_OF rovers asserted'],
      ['rovers MEMBER_OF dahl'],
    ],
    [
      'Globex signed Ann Holt on a three-year contract.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt MEMBER_OF globex asserted'],
    ],
    [
      'Globex signed the Initech deal in May.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['initech MEMBER_OF globex'],
    ],
  ]);
});

describe('deals said to have failed', () => {
  // nominal-frames.json failedDeals: a takeover, deal or sale that collapsed, was blocked or
  // failed did not happen (negated); talks that broke down were held.
  check([
    [
      'The takeover of Initech by Globex collapsed on Monday.',
      [
        ['Initech', 'initech', 'ORG'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['globex ACQUIRES initech negated'],
      ['globex ACQUIRES initech asserted'],
    ],
    [
      "Globex's failed takeover of Initech cost it $2m.",
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['globex ACQUIRES initech negated'],
    ],
    [
      'The merger of Globex and Initech was blocked by regulators.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['globex COOPERATES_WITH initech negated'],
    ],
    [
      // The "by" phrase hung on the target is the takeover's, not the agent of "blocked".
      'The takeover of Initech by Globex was blocked by regulators.',
      [
        ['Initech', 'initech', 'ORG'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['globex ACQUIRES initech negated'],
    ],
    [
      'The takeover of Initech by Globex was completed in May.',
      [
        ['Initech', 'initech', 'ORG'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['globex ACQUIRES initech asserted'],
    ],
    [
      'Talks between Norland and Lemuria collapsed on Friday.',
      [
        ['Norland', 'norland', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['norland MEETS lemuria asserted'],
    ],
  ]);
});

describe('passive voice', () => {
  check([
    [
      'Kherson was shelled by Russia for hours.',
      [
        ['Kherson', 'kherson', 'GPE'],
        ['Russia', 'russia', 'GPE'],
      ],
      ['russia ATTACKS kherson asserted'],
    ],
    [
      'Fighters of the Wagner Group were sent to Mali in 2021.',
      [
        ['Wagner Group', 'wagner', 'ORG'],
        ['Mali', 'mali', 'GPE'],
      ],
      ['wagner DEPLOYS_TO mali asserted'],
    ],
    [
      'Northland, which is a region of Atlantis seized by Lemuria in 2010, has its own flag.',
      [
        ['Northland', 'northland', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['lemuria ANNEXES northland asserted', 'northland PART_OF atlantis asserted'],
      ['lemuria ANNEXES atlantis'],
    ],
  ]);
});

describe('weapons standing for their owner, bare passives, symmetric verbs', () => {
  check([
    [
      'Syrian rockets hit Haifa on Monday.',
      [
        ['Syrian', 'syria', 'NORP', 'demonym'],
        ['rockets', 'rockets', 'WEAPON'],
        ['Haifa', 'haifa', 'GPE'],
      ],
      ['syria ATTACKS haifa asserted'],
      ['rockets ATTACKS haifa'],
    ],
    [
      "Odesa was hit by Russia's drones overnight.",
      [
        ['Odesa', 'odesa', 'GPE'],
        ['Russia', 'russia', 'GPE'],
        ['drones', 'drones', 'WEAPON'],
      ],
      ['russia ATTACKS odesa asserted'],
    ],
    [
      'Moscow launched a drone attack on Odesa.',
      [
        ['Moscow', 'russia', 'GPE', 'capital'],
        ['drone', 'drones', 'WEAPON'],
        ['Odesa', 'odesa', 'GPE'],
      ],
      ['russia ATTACKS odesa asserted'],
      ['drones ATTACKS odesa'],
    ],
    [
      'China and Brazil held talks in Beijing.',
      [
        ['China', 'china', 'GPE'],
        ['Brazil', 'brazil', 'GPE'],
        ['Beijing', 'china', 'GPE', 'capital'],
      ],
      ['china MEETS brazil asserted'],
    ],
    [
      'Iran has no plans to send troops to Syria.',
      [
        ['Iran', 'iran', 'GPE'],
        ['Syria', 'syria', 'GPE'],
      ],
      ['iran DEPLOYS_TO syria negated'],
    ],
  ]);
});

describe('coordination', () => {
  check([
    [
      'Germany, Italy and Spain condemned Belarus on Tuesday.',
      [
        ['Germany', 'germany', 'GPE'],
        ['Italy', 'italy', 'GPE'],
        ['Spain', 'spain', 'GPE'],
        ['Belarus', 'belarus', 'GPE'],
      ],
      [
        'germany CRITICIZES belarus asserted',
        'italy CRITICIZES belarus asserted',
        'spain CRITICIZES belarus asserted',
      ],
    ],
    [
      'Ankara used Bayraktar and Anka drones.',
      [
        ['Ankara', 'turkey', 'GPE', 'capital'],
        ['Bayraktar', 'bayraktar', 'WEAPON'],
        ['Anka', 'anka', 'WEAPON'],
      ],
      ['turkey USES bayraktar asserted', 'turkey USES anka asserted'],
    ],
    [
      'According to Reuters, Kirby said that Oslo acted alone.',
      [
        ['Reuters', 'reuters', 'ORG'],
        ['Kirby', 'kirby', 'PERSON'],
        ['Oslo', 'norway', 'GPE', 'capital'],
      ],
      [],
    ],
  ]);
});

describe('infinitive and gerund complements', () => {
  check([
    [
      'Belarus sent troops to help Russia.',
      [
        ['Belarus', 'belarus', 'GPE'],
        ['Russia', 'russia', 'GPE'],
      ],
      ['belarus SUPPORTS russia asserted', 'belarus DEPLOYS_TO russia asserted'],
    ],
    [
      'Japan, Canada and Australia accused Syria of selling rockets to Hezbollah.',
      [
        ['Japan', 'japan', 'GPE'],
        ['Canada', 'canada', 'GPE'],
        ['Australia', 'australia', 'GPE'],
        ['Syria', 'syria', 'GPE'],
        ['Hezbollah', 'hezbollah', 'ORG'],
      ],
      [
        'japan ACCUSES syria asserted',
        'canada ACCUSES syria asserted',
        'australia ACCUSES syria asserted',
        'syria SUPPLIES hezbollah alleged',
      ],
      ['japan SUPPLIES hezbollah'],
    ],
    [
      'Lemuria has turned to Atlantean-built rockets to bomb Mu.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantean', 'atlantis', 'NORP', 'demonym'],
        ['rockets', 'rockets', 'WEAPON'],
        ['Mu', 'mu', 'GPE'],
      ],
      [
        'lemuria USES rockets asserted',
        'lemuria ATTACKS mu asserted',
        'atlantis PRODUCES rockets asserted',
      ],
      ['atlantis ATTACKS mu'],
    ],
    [
      'Serbia denied supplying weapons to Azerbaijan.',
      [
        ['Serbia', 'serbia', 'GPE'],
        ['Azerbaijan', 'azerbaijan', 'GPE'],
      ],
      ['serbia SUPPLIES azerbaijan negated'],
    ],
    [
      'The advisers work to assist Malian soldiers in using Turkish drones.',
      [
        ['Malian', 'mali', 'NORP', 'demonym', 'soldiers'],
        ['Turkish', 'turkey', 'NORP', 'demonym'],
        ['drones', 'drones', 'WEAPON'],
      ],
      ['mali USES drones asserted'],
    ],
  ]);
});

describe('nominal forms', () => {
  check([
    [
      "China's support for Russia has worried Brussels.",
      [
        ['China', 'china', 'GPE'],
        ['Russia', 'russia', 'GPE'],
        ['Brussels', 'belgium', 'GPE'],
      ],
      ['china SUPPORTS russia asserted'],
    ],
    [
      'The EU imposed fresh sanctions on Minsk.',
      [
        ['EU', 'eu', 'ORG', 'acronym'],
        ['Minsk', 'belarus', 'GPE', 'capital'],
      ],
      ['eu SANCTIONS belarus asserted'],
    ],
    [
      'Officials praised the growing ties between India and Japan.',
      [
        ['India', 'india', 'GPE'],
        ['Japan', 'japan', 'GPE'],
      ],
      ['india COOPERATES_WITH japan asserted'],
    ],
    [
      'Mu denounced the Lemurian war on Atlantis.',
      [
        ['Mu', 'mu', 'GPE'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria ATTACKS atlantis asserted'],
    ],
    [
      'Militants fired Iranian-supplied rockets.',
      [
        ['Iranian', 'iran', 'NORP', 'demonym'],
        ['rockets', 'rockets', 'WEAPON'],
      ],
      ['iran SUPPLIES rockets asserted'],
    ],
    [
      'Villagers found North Korean-made shells near the border.',
      [
        ['North Korean', 'north_korea', 'NORP', 'demonym'],
        ['shells', 'shells', 'WEAPON'],
      ],
      ['north_korea PRODUCES shells asserted'],
    ],
  ]);
});

describe('roles and structure', () => {
  check([
    [
      'French President Emmanuel Macron arrived on Monday.',
      [
        ['French', 'france', 'NORP', 'demonym'],
        ['Emmanuel Macron', 'macron', 'PERSON'],
      ],
      ['macron LEADER_OF france asserted'],
      [],
      [['President', 'macron', 'france', 'LEADER_OF']],
    ],
    [
      'Jens Stoltenberg, the secretary general of NATO, spoke first.',
      [
        ['Jens Stoltenberg', 'stoltenberg', 'PERSON'],
        ['NATO', 'nato', 'ORG', 'acronym'],
      ],
      ['stoltenberg LEADER_OF nato asserted'],
    ],
    [
      'Maria Vell, the deputy head of the Aral Council, resigned.',
      [
        ['Maria Vell', 'vell', 'PERSON'],
        ['Aral Council', 'aral', 'ORG'],
      ],
      ['vell MEMBER_OF aral asserted'],
      ['vell LEADER_OF aral'],
    ],
    [
      'Estonian journalist Kaja Tamm was detained.',
      [
        ['Estonian', 'estonia', 'NORP', 'demonym'],
        ['Kaja Tamm', 'tamm', 'PERSON'],
      ],
      ['tamm AFFILIATED_WITH estonia asserted'],
    ],
    [
      'Police held two Latvian citizens, Ilze Berg and Juris Ozols, on Friday.',
      [
        ['Latvian', 'latvia', 'NORP', 'demonym'],
        ['Ilze Berg', 'berg', 'PERSON'],
        ['Juris Ozols', 'ozols', 'PERSON'],
      ],
      ['berg AFFILIATED_WITH latvia asserted', 'ozols AFFILIATED_WITH latvia asserted'],
    ],
    [
      'Vestas, which is based in Aarhus, cut 300 jobs.',
      [
        ['Vestas', 'vestas', 'ORG'],
        ['Aarhus', 'aarhus', 'GPE'],
      ],
      ['vestas LOCATED_IN aarhus asserted'],
    ],
    [
      'Chad, a member of the African Union, and Niger, a close ally of France, signed the pact.',
      [
        ['Chad', 'chad', 'GPE'],
        ['African Union', 'au', 'ORG'],
        ['Niger', 'niger', 'GPE'],
        ['France', 'france', 'GPE'],
      ],
      ['chad MEMBER_OF au asserted', 'niger COOPERATES_WITH france asserted'],
    ],
    [
      "Chile's ambassador to the UN, Rosa Vidal, met Tom Ek. The head of the WFP, Ann Fry, spoke.",
      [
        ['Chile', 'chile', 'GPE'],
        ['UN', 'un', 'ORG', 'acronym'],
        ['Rosa Vidal', 'vidal', 'PERSON'],
        ['Tom Ek', 'ek', 'PERSON'],
        ['WFP', 'wfp', 'ORG', 'acronym'],
        ['Ann Fry', 'fry', 'PERSON'],
      ],
      [
        'vidal AFFILIATED_WITH chile asserted',
        'vidal MEETS ek asserted',
        'fry LEADER_OF wfp asserted',
      ],
      ['chile MEETS ek'],
    ],
    [
      'Tibet is a region of China.',
      [
        ['Tibet', 'tibet', 'LOC'],
        ['China', 'china', 'GPE'],
      ],
      ['tibet PART_OF china asserted'],
    ],
    [
      'Acme Robotics, based in Lyon, makes drones.',
      [
        ['Acme Robotics', 'acme', 'ORG'],
        ['Lyon', 'lyon', 'GPE'],
        ['drones', 'drones', 'WEAPON'],
      ],
      ['acme LOCATED_IN lyon asserted'],
    ],
  ]);
});

describe('semi-modals, event objects, pair nouns and argument types', () => {
  check([
    [
      'Arnor is about to restore full diplomatic ties with Gondor.',
      [
        ['Arnor', 'arnor', 'GPE'],
        ['Gondor', 'gondor', 'GPE'],
      ],
      ['arnor COOPERATES_WITH gondor considered'],
    ],
    [
      'Rohan and Gondor have renewed diplomatic ties after a long rift.',
      [
        ['Rohan', 'rohan', 'GPE'],
        ['Gondor', 'gondor', 'GPE'],
      ],
      ['rohan COOPERATES_WITH gondor asserted'],
    ],
    [
      'Peru, Chile and Bolivia agreed to boost cooperation on lithium.',
      [
        ['Peru', 'peru', 'GPE'],
        ['Chile', 'chile', 'GPE'],
        ['Bolivia', 'bolivia', 'GPE'],
      ],
      [
        'peru COOPERATES_WITH chile asserted',
        'peru COOPERATES_WITH bolivia asserted',
        'chile COOPERATES_WITH bolivia asserted',
      ],
    ],
    [
      'Arnor cut ties with Gondor in May.',
      [
        ['Arnor', 'arnor', 'GPE'],
        ['Gondor', 'gondor', 'GPE'],
      ],
      ['arnor COOPERATES_WITH gondor negated'],
    ],
    [
      'The Arnor government condemned an attack by Gondor on Thursday.',
      [
        ['Arnor', 'arnor', 'GPE', 'name', 'government'],
        ['Gondor', 'gondor', 'GPE'],
      ],
      ['arnor CRITICIZES gondor asserted'],
    ],
    [
      'Kate Lind attacked Tom Ruiz over the budget.',
      [
        ['Kate Lind', 'lind', 'PERSON'],
        ['Tom Ruiz', 'ruiz', 'PERSON'],
      ],
      ['lind CRITICIZES ruiz asserted'],
      ['lind ATTACKS ruiz'],
    ],
    [
      'Ruiz sent a letter to the Senate Ethics Committee.',
      [
        ['Ruiz', 'ruiz', 'PERSON'],
        ['Senate Ethics Committee', 'ethics', 'ORG'],
      ],
      [],
      ['ruiz SUPPLIES ethics', 'ruiz DEPLOYS_TO ethics'],
    ],
    [
      'Mr Holt and Lord Fenwick flew back to Belfast.',
      [
        ['Holt', 'holt', 'PERSON'],
        ['Fenwick', 'fenwick', 'PERSON'],
        ['Belfast', 'belfast', 'GPE'],
      ],
      ['holt VISITS belfast asserted', 'fenwick VISITS belfast asserted'],
    ],
    [
      'The car was built in Japan using French engines.',
      [
        ['Japan', 'japan', 'GPE'],
        ['French', 'france', 'NORP', 'demonym'],
      ],
      [],
      ['japan USES france'],
    ],
  ]);
});

describe('asides and qualifiers', () => {
  check([
    [
      'The Tamil Front, which is part of the Lanka Alliance, is backed by India.',
      [
        ['Tamil Front', 'front', 'ORG'],
        ['Lanka Alliance', 'alliance', 'ORG'],
        ['India', 'india', 'GPE'],
      ],
      ['india SUPPORTS front asserted', 'front PART_OF alliance asserted'],
      ['india SUPPORTS alliance'],
    ],
    [
      'Baku accused the Armenian ARF of shelling border villages.',
      [
        ['Baku', 'azerbaijan', 'GPE', 'capital'],
        ['Armenian', 'armenia', 'NORP', 'demonym'],
        ['ARF', 'arf', 'ORG', 'acronym'],
      ],
      ['azerbaijan ACCUSES arf asserted'],
      ['azerbaijan ACCUSES armenia'],
    ],
  ]);
});

describe('what is not a relation', () => {
  check([
    [
      'Ms Vale visited the Somali community in Leeds and held talks with her Kenyan counterpart, Joy Maina.',
      [
        ['Vale', 'vale', 'PERSON'],
        ['Somali', 'somalia', 'NORP', 'demonym'],
        ['Leeds', 'leeds', 'GPE'],
        ['Kenyan', 'kenya', 'NORP', 'demonym'],
        ['Joy Maina', 'maina', 'PERSON'],
      ],
      ['vale MEETS maina asserted'],
      ['vale VISITS somalia', 'vale MEETS kenya'],
    ],
    [
      'Norway condemned the attack on Chile.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Chile', 'chile', 'GPE'],
      ],
      [],
      ['norway ATTACKS chile'],
    ],
    [
      'The Interior Ministry ordered the departure of Norwegian staff.',
      [
        ['Interior Ministry', 'ministry', 'ORG'],
        ['Norwegian', 'norway', 'NORP', 'demonym'],
      ],
      // A government ordering another's people out pressures that country (expulsion.ts).
      ['ministry PRESSURES norway asserted'],
    ],
    [
      'Sir Ian Brook, the acting chief of the NPS, Mr Tom Hale, and others attended.',
      [
        ['Ian Brook', 'brook', 'PERSON'],
        ['NPS', 'nps', 'ORG', 'acronym'],
        ['Tom Hale', 'hale', 'PERSON'],
      ],
      [],
      ['brook LEADER_OF hale'],
    ],
  ]);
});

describe('heads of prepositional objects and noun complements', () => {
  check([
    [
      'Lemuria has offered to supply 40,000 tonnes of wheat flour a month to Atlantis.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria SUPPLIES atlantis considered'],
    ],
    [
      'Globex sued bank giant Norbank, its unit Norcredit, and Lembank.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Norbank', 'norbank', 'ORG'],
        ['Norcredit', 'norcredit', 'ORG'],
        ['Lembank', 'lembank', 'ORG'],
      ],
      ['globex SUES norbank asserted'],
      ['norbank PART_OF globex'],
    ],
    [
      "Barclays held talks with US bank Wells Fargo and signed a deal with India's Infosys.",
      [
        ['Barclays', 'barclays', 'ORG'],
        ['US', 'us', 'GPE', 'acronym'],
        ['Wells Fargo', 'wells', 'ORG'],
        ['India', 'india', 'GPE'],
        ['Infosys', 'infosys', 'ORG'],
      ],
      ['barclays MEETS wells asserted', 'barclays COOPERATES_WITH infosys asserted'],
      ['barclays MEETS us', 'barclays COOPERATES_WITH india'],
    ],
    [
      'Russia forced the sale of Yugansk as part of a campaign to destroy Yukos.',
      [
        ['Russia', 'russia', 'GPE'],
        ['Yugansk', 'yugansk', 'ORG'],
        ['Yukos', 'yukos', 'ORG'],
      ],
      [],
      ['yugansk ATTACKS yukos'],
    ],
  ]);
});

describe('people whose country the text does not name (data/leaders.json)', () => {
  check([
    [
      'President Barack Obama spoke in Ohio about the United States economy.',
      [
        ['Barack Obama', 'obama', 'PERSON'],
        ['Ohio', 'ohio', 'GPE'],
        ['United States', 'us', 'GPE'],
      ],
      ['obama LEADER_OF us asserted'],
      [],
      [['President', 'obama', undefined, 'LEADER_OF']],
    ],
    [
      'Barack Obama met aides. The United States said the Obama administration will impose sanctions on Syria.',
      [
        ['Barack Obama', 'obama', 'PERSON'],
        ['United States', 'us', 'GPE'],
        ['Obama', 'obama', 'PERSON'],
        ['Syria', 'syria', 'GPE'],
      ],
      ['us SANCTIONS syria reported'],
      ['obama SANCTIONS syria'],
    ],
  ]);
});

describe('modality and attribution', () => {
  check([
    [
      'Russia shelled Kharkiv again, Reuters reported.',
      [
        ['Russia', 'russia', 'GPE'],
        ['Kharkiv', 'kharkiv', 'GPE'],
        ['Reuters', 'reuters', 'ORG'],
      ],
      ['russia ATTACKS kharkiv reported'],
    ],
    [
      'According to the BBC, Israel struck Gaza.',
      [
        ['BBC', 'bbc', 'ORG', 'acronym'],
        ['Israel', 'israel', 'GPE'],
        ['Gaza', 'gaza', 'GPE'],
      ],
      ['israel ATTACKS gaza reported'],
    ],
    [
      'The EU is weighing new sanctions on Minsk.',
      [
        ['EU', 'eu', 'ORG', 'acronym'],
        ['Minsk', 'belarus', 'GPE', 'capital'],
      ],
      ['eu SANCTIONS belarus considered'],
    ],
    [
      'Turkey threatened to invade Syria.',
      [
        ['Turkey', 'turkey', 'GPE'],
        ['Syria', 'syria', 'GPE'],
      ],
      ['turkey ATTACKS syria considered', 'turkey THREATENS syria asserted'],
    ],
    [
      'Washington threatened to impose sanctions on Ankara.',
      [
        ['Washington', 'us', 'GPE', 'capital'],
        ['Ankara', 'turkey', 'GPE', 'capital'],
      ],
      ['us SANCTIONS turkey considered', 'us THREATENS turkey asserted'],
    ],
    [
      'Iran may send advisers to Syria.',
      [
        ['Iran', 'iran', 'GPE'],
        ['Syria', 'syria', 'GPE'],
      ],
      ['iran DEPLOYS_TO syria considered'],
    ],
    [
      'Minsk is said to have sent two battalions to Russia.',
      [
        ['Minsk', 'belarus', 'GPE', 'capital'],
        ['Russia', 'russia', 'GPE'],
      ],
      ['belarus DEPLOYS_TO russia reported'],
    ],
    [
      'Pyongyang is suspected of supplying shells to Russia.',
      [
        ['Pyongyang', 'north_korea', 'GPE', 'capital'],
        ['Russia', 'russia', 'GPE'],
      ],
      ['north_korea SUPPLIES russia alleged'],
    ],
    [
      'Moscow allegedly attacked Georgia.',
      [
        ['Moscow', 'russia', 'GPE', 'capital'],
        ['Georgia', 'georgia', 'GPE'],
      ],
      ['russia ATTACKS georgia alleged'],
    ],
    [
      'Israel did not strike Iran.',
      [
        ['Israel', 'israel', 'GPE'],
        ['Iran', 'iran', 'GPE'],
      ],
      ['israel ATTACKS iran negated'],
    ],
    [
      'Norway never sold rifles to Chile.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Chile', 'chile', 'GPE'],
      ],
      ['norway SUPPLIES chile negated'],
    ],
  ]);

  it('names the source of a reported claim', () => {
    const analysis = analysisOf('Russia shelled Kharkiv again, Reuters reported.', [
      ['Russia', 'russia', 'GPE'],
      ['Kharkiv', 'kharkiv', 'GPE'],
      ['Reuters', 'reuters', 'ORG'],
    ]);
    const [relation] = findRelations(analysis);
    expect(relation?.attribution).toBe('Reuters');
    expect(analysis.text.slice(relation?.trigger?.start, relation?.trigger?.end)).toBe('shelled');
  });
});
