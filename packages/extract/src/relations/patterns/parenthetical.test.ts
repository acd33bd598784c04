/** Bracketed affiliations in squad lists, line-ups and shortlists. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

// A sports report: the document has enough sports words for a bracketed organisation to be a club.
const SQUAD = 'The coach named his squad for the league match. ';

describe('parenthetical affiliations', () => {
  relationTable([
    [
      `${SQUAD}Backs: Mike Blair (Edinburgh Rugby), Andy Craig (Glasgow Rugby).`,
      [
        ['Mike Blair', 'blair', 'PERSON'],
        ['Edinburgh Rugby', 'edinburgh-rugby', 'ORG'],
        ['Andy Craig', 'craig', 'PERSON'],
        ['Glasgow Rugby', 'glasgow-rugby', 'ORG'],
      ],
      ['blair MEMBER_OF edinburgh-rugby asserted', 'craig MEMBER_OF glasgow-rugby asserted'],
      ['blair MEMBER_OF glasgow-rugby', 'craig MEMBER_OF edinburgh-rugby'],
    ],
    [
      `${SQUAD}Forwards: Gordon Bulloch (captain, Glasgow Rugby), Jon Dunbar (Leeds Tykes).`,
      [
        ['Gordon Bulloch', 'bulloch', 'PERSON'],
        ['Glasgow Rugby', 'glasgow-rugby', 'ORG'],
        ['Jon Dunbar', 'dunbar', 'PERSON'],
        ['Leeds Tykes', 'leeds-tykes', 'ORG'],
      ],
      ['bulloch MEMBER_OF glasgow-rugby asserted', 'dunbar MEMBER_OF leeds-tykes asserted'],
    ],
    [
      'The shortlist: Margaret Atwood (Canada), Ismail Kadare (Albania) and Doris Lessing (UK).',
      [
        ['Margaret Atwood', 'atwood', 'PERSON'],
        ['Canada', 'canada', 'GPE'],
        ['Ismail Kadare', 'kadare', 'PERSON'],
        ['Albania', 'albania', 'GPE'],
        ['Doris Lessing', 'lessing', 'PERSON'],
        ['UK', 'uk', 'GPE', 'acronym'],
      ],
      [
        'atwood AFFILIATED_WITH canada asserted',
        'kadare AFFILIATED_WITH albania asserted',
        'lessing AFFILIATED_WITH uk asserted',
      ],
      ['atwood AFFILIATED_WITH albania'],
    ],
    [
      // In a sports report a town in the bracket is the club named after it; a country is not.
      `${SQUAD}Squad: Gabbidon (Cardiff), Partridge (Motherwell), Delaney (Aston Villa). Referee: Paul Honiss (New Zealand).`,
      [
        ['Gabbidon', 'gabbidon', 'PERSON'],
        ['Cardiff', 'cardiff', 'GPE'],
        ['Partridge', 'partridge', 'PERSON'],
        ['Motherwell', 'motherwell', 'GPE'],
        ['Delaney', 'delaney', 'PERSON'],
        ['Aston Villa', 'villa', 'ORG'],
        ['Paul Honiss', 'honiss', 'PERSON'],
        ['New Zealand', 'nz', 'GPE'],
      ],
      [
        'gabbidon MEMBER_OF cardiff asserted',
        'partridge MEMBER_OF motherwell asserted',
        'delaney MEMBER_OF villa asserted',
        'honiss AFFILIATED_WITH nz asserted',
      ],
      ['gabbidon AFFILIATED_WITH cardiff', 'honiss MEMBER_OF nz'],
    ],
    [
      // Outside a sports report a town in the bracket is where the person comes from.
      'The winners are Ann Cole (Leeds) and Tom Reed (Bristol).',
      [
        ['Ann Cole', 'cole', 'PERSON'],
        ['Leeds', 'leeds', 'GPE'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Bristol', 'bristol', 'GPE'],
      ],
      ['cole AFFILIATED_WITH leeds asserted'],
      ['cole MEMBER_OF leeds', 'reed MEMBER_OF bristol'],
    ],
    [
      // Outside a sports report a bracketed organisation may be a film or a show.
      'The nominees are Phil Davis (Vera Drake Films) and Jim Broadbent (Vanity Fair).',
      [
        ['Phil Davis', 'davis', 'PERSON'],
        ['Vera Drake Films', 'vera-drake', 'ORG'],
        ['Jim Broadbent', 'broadbent', 'PERSON'],
        ['Vanity Fair', 'vanity-fair', 'ORG'],
      ],
      [],
      ['davis MEMBER_OF vera-drake', 'broadbent MEMBER_OF vanity-fair'],
    ],
    [
      // A substitution is no affiliation.
      `${SQUAD}Reyes (Clichy 82), Bergkamp (Van Persie 82), Henry.`,
      [
        ['Reyes', 'reyes', 'PERSON'],
        ['Clichy', 'clichy', 'ORG'],
        ['Bergkamp', 'bergkamp', 'PERSON'],
        ['Van Persie', 'van-persie', 'ORG'],
        ['Henry', 'henry', 'PERSON'],
      ],
      [],
      ['reyes MEMBER_OF clichy', 'bergkamp MEMBER_OF van-persie'],
    ],
  ]);
});
