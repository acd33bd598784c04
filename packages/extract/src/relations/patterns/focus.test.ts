/** Roles with no body named: the band or company the whole report is about. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';
import type { GivenMention } from '../test-helper.js';

const band: GivenMention = ['Lemurians', 'lemurians', 'ORG'];
const globex: GivenMention = ['Globex', 'globex', 'ORG'];
const initech: GivenMention = ['Initech', 'initech', 'ORG'];
const holt: GivenMention = ['Ann Holt', 'holt', 'PERSON'];
const reed: GivenMention = ['Tom Reed', 'reed', 'PERSON'];

const MUSIC =
  'Lemurians return\n\nThe Lemurians released a new album on Monday. The band Lemurians toured Norland last year. The Lemurians split in 2001.';

describe('a band in focus', () => {
  relationTable([
    [
      `${MUSIC} The four-piece met when drummer Ann Holt was working at the school where bassist Tom Reed was studying.`,
      [band, band, band, band, holt, reed],
      ['holt MEMBER_OF lemurians asserted', 'reed MEMBER_OF lemurians asserted'],
    ],
    [
      // No band in the report: a singer may sing alone.
      'Lemurians return\n\nThe Lemurians released a new album on Monday. The Lemurians toured Norland last year. The Lemurians split in 2001. The show will feature singer Ann Holt and Tom Reed.',
      [band, band, band, band, holt, reed],
      [],
      ['holt MEMBER_OF lemurians'],
    ],
    [
      // Another organisation in the role's sentence may be the role's.
      `${MUSIC} Singer Ann Holt was signed by Globex last year.`,
      [band, band, band, band, holt, globex],
      [],
      ['holt MEMBER_OF lemurians'],
    ],
    [
      // A peer of the holder names another band.
      `${MUSIC} Ann Holt praised fellow guitarist Tom Reed.`,
      [band, band, band, band, holt, reed],
      [],
      ['reed MEMBER_OF lemurians'],
    ],
    [
      // A singer may sing alone.
      `${MUSIC} The show will feature singer Ann Holt.`,
      [band, band, band, band, holt],
      [],
      ['holt MEMBER_OF lemurians'],
    ],
    [
      // The headline names no band: no report about one.
      'Festival line-up revealed\n\nThe Lemurians released a new album on Monday. The band Lemurians toured Norland last year. The Lemurians split in 2001. Drummer Ann Holt met Tom Reed.',
      [band, band, band, holt, reed],
      [],
      ['holt MEMBER_OF lemurians'],
    ],
  ]);
});

// Globex is the subject of no sentence of the three before the title (role.ts companyInFocus).
const BUSINESS =
  'Globex rejects bid\n\nGlobex has rejected a $6bn offer from Initech. Shareholders in Globex want more. Analysts expect a higher offer for Globex. Markets were calm on Monday.';

describe('a company in focus', () => {
  relationTable([
    [
      `${BUSINESS} Chief executive Ann Holt spent last week meeting Tom Reed.`,
      [globex, globex, initech, globex, globex, holt, reed],
      ['holt LEADER_OF globex asserted'],
      [],
      [['Chief executive', 'holt', undefined, 'LEADER_OF']],
    ],
    [
      // A noun before the title names another body.
      `${BUSINESS} Record label boss Ann Holt met Tom Reed.`,
      [globex, globex, initech, globex, globex, holt, reed],
      [],
      ['holt LEADER_OF globex'],
      [['boss', 'holt', undefined, 'LEADER_OF']],
    ],
    [
      // Two companies named about as often: neither is in focus.
      'Globex and Initech in talks\n\nGlobex has made an offer for Initech. Initech said the offer was too low. Globex wants more. Chief executive Ann Holt met Tom Reed.',
      [globex, initech, globex, initech, initech, globex, holt, reed],
      [],
      ['holt LEADER_OF globex', 'holt LEADER_OF initech'],
      [['Chief executive', 'holt', undefined, 'LEADER_OF']],
    ],
    [
      // The lead, not the headline, names the company.
      'Bid rejected\n\nGlobex has rejected a $6bn offer from Initech. Shareholders in Globex want more. Analysts expect a higher offer for Globex. Markets were calm. Traders were busy. Bond prices fell. Prices rose, chief executive Ann Holt said.',
      [globex, initech, globex, globex, holt],
      ['holt LEADER_OF globex asserted'],
      [],
      [['chief executive', 'holt', undefined, 'LEADER_OF']],
    ],
    [
      // Named only from the third sentence on: no report about it.
      'Bid rejected\n\nShares fell on Monday. An offer for Globex was rejected. Shareholders in Globex want more. Analysts expect a higher offer for Globex. Markets were calm, chief executive Ann Holt said.',
      [globex, globex, globex, holt],
      [],
      ['holt LEADER_OF globex'],
      [['chief executive', 'holt', undefined, 'LEADER_OF']],
    ],
    [
      // A business name with and without its possessive's "'s" is one company.
      "Dorrick's profits rise\n\nDorrick's sales rose 5% in May. Dorrick's chain of shops grew. The Dorrick board met on Monday, chief executive Ann Holt said.",
      [
        ["Dorrick's", 'dorricks', 'ORG'],
        ["Dorrick's", 'dorricks', 'ORG'],
        ['Dorrick', 'dorrick', 'ORG'],
        ['Dorrick', 'dorrick', 'ORG'],
        holt,
      ],
      ['holt LEADER_OF dorrick asserted'],
      [],
      [['chief executive', 'holt', undefined, 'LEADER_OF']],
    ],
    [
      // The other company named in the title's own sentence.
      `${BUSINESS} Initech welcomed the talks, chief executive Ann Holt told Tom Reed.`,
      [globex, globex, initech, globex, globex, initech, holt, reed],
      [],
      ['holt LEADER_OF globex'],
      [['chief executive', 'holt', undefined, 'LEADER_OF']],
    ],
  ]);
});

// A noun for the body's kind right before the role: any role, held in the body in focus.
const CLUB =
  'Dunmore sack their coach\n\nDunmore have sacked coach Ola Vik after a poor run. Dunmore lost again on Saturday. Fans of Dunmore want change. The striker was fit.';
const dunmore: GivenMention = ['Dunmore', 'dunmore', 'ORG'];
const vik: GivenMention = ['Ola Vik', 'vik', 'PERSON'];

describe('a body named by its kind', () => {
  relationTable([
    [
      `${BUSINESS} The cuts were needed, company spokesman Ann Holt said.`,
      [globex, globex, initech, globex, globex, holt],
      ['holt SPOKESPERSON_OF globex asserted'],
      [],
      [['spokesman', 'holt', undefined, 'SPOKESPERSON_OF']],
    ],
    [
      // In a sports report too ("club"), whatever the title.
      `${CLUB} The decision was hard, club president Ann Holt said.`,
      [dunmore, dunmore, vik, dunmore, dunmore, holt],
      ['holt LEADER_OF dunmore asserted'],
      [],
      [['president', 'holt', undefined, 'LEADER_OF']],
    ],
    [
      // A match report's lead names the clubs: only the headline says which it is about.
      'Reed turns down job\n\nFormer Dunmore coach Tom Reed has turned down Ashby. Dunmore won again on Saturday. Fans of Dunmore want change. The striker was fit. The decision was hard, club president Ann Holt said.',
      [dunmore, ['Ashby', 'ashby', 'ORG'], dunmore, dunmore, holt],
      [],
      ['holt LEADER_OF dunmore'],
      [['president', 'holt', undefined, 'LEADER_OF']],
    ],
    [
      // Opening its sentence.
      `${CLUB} Club president Ann Holt said the decision was hard.`,
      [dunmore, dunmore, vik, dunmore, dunmore, holt],
      ['holt LEADER_OF dunmore asserted'],
      [],
      [['president', 'holt', undefined, 'LEADER_OF']],
    ],
    [
      // A noun before the kind names another body ("record company").
      `${BUSINESS} Record company boss Ann Holt met Tom Reed.`,
      [globex, globex, initech, globex, globex, holt, reed],
      [],
      ['holt LEADER_OF globex'],
      [['boss', 'holt', undefined, 'LEADER_OF']],
    ],
    [
      // No body in focus: two clubs named as often.
      'Dunmore and Kelby draw\n\nDunmore drew with Kelby. Kelby led early. Dunmore levelled late. Club president Ann Holt was pleased.',
      [dunmore, ['Kelby', 'kelby', 'ORG'], dunmore, ['Kelby', 'kelby', 'ORG'], dunmore, holt],
      [],
      ['holt LEADER_OF dunmore', 'holt LEADER_OF kelby'],
      [['president', 'holt', undefined, 'LEADER_OF']],
    ],
  ]);
});

const chile: GivenMention = ['Chile', 'chile', 'GPE'];
const chilean: GivenMention = ['Chilean', 'chile', 'NORP', 'demonym'];
const peru: GivenMention = ['Peru', 'peru', 'GPE'];
const ruiz: GivenMention = ['Ana Ruiz', 'ruiz', 'PERSON'];

// Chile acts in no sentence right before the title (role.ts countryInFocus).
const NATIONAL =
  'Chile raises fuel prices\n\nChile will raise fuel prices by 30% next month. Chilean drivers queued at petrol stations. Prices in Chile are among the lowest in the region. Traders expect a rise in inflation.';

describe('a country in focus', () => {
  relationTable([
    [
      `${NATIONAL} Announcing the rise, oil minister Ana Ruiz said subsidies would be cut.`,
      [chile, chile, chilean, chile, ruiz],
      // A country has officials, not members (as with a national office).
      ['ruiz AFFILIATED_WITH chile asserted'],
      [],
      [['oil minister', 'ruiz', undefined, 'MEMBER_OF']],
    ],
    [
      // Another country in the title's sentence may be the minister's.
      `${NATIONAL} Oil minister Ana Ruiz said Peru would help.`,
      [chile, chile, chilean, chile, ruiz, peru],
      [],
      ['ruiz AFFILIATED_WITH chile', 'ruiz MEMBER_OF chile'],
      [['Oil minister', 'ruiz', undefined, 'MEMBER_OF']],
    ],
    [
      // A bare minister's title: often a minister of home in a report about abroad.
      `${NATIONAL} Former minister Ana Ruiz said subsidies would be cut.`,
      [chile, chile, chilean, chile, ruiz],
      [],
      ['ruiz AFFILIATED_WITH chile', 'ruiz MEMBER_OF chile'],
      [['minister', 'ruiz', undefined, 'MEMBER_OF']],
    ],
    [
      // A bare title the entities stage found, with its portfolio right before it.
      `${NATIONAL} Announcing the rise, agriculture minister Ana Ruiz said subsidies would be cut.`,
      [chile, chile, chilean, chile, ruiz],
      ['ruiz AFFILIATED_WITH chile asserted'],
      [],
      [['minister', 'ruiz', undefined, 'MEMBER_OF']],
    ],
    [
      // "junior", "former", "cabinet" name no portfolio.
      `${NATIONAL} Junior minister Ana Ruiz said subsidies would be cut.`,
      [chile, chile, chilean, chile, ruiz],
      [],
      ['ruiz AFFILIATED_WITH chile', 'ruiz MEMBER_OF chile'],
      [['minister', 'ruiz', undefined, 'MEMBER_OF']],
    ],
    [
      // A headline about something else: no country in focus.
      'Fuel prices to rise\n\nChile will raise fuel prices by 30% next month. Chilean drivers queued at petrol stations. Prices in Chile are among the lowest in the region. Traders expect a rise in inflation. Oil minister Ana Ruiz said subsidies would be cut.',
      [chile, chilean, chile, ruiz],
      [],
      ['ruiz AFFILIATED_WITH chile', 'ruiz MEMBER_OF chile'],
      [['Oil minister', 'ruiz', undefined, 'MEMBER_OF']],
    ],
  ]);
});
