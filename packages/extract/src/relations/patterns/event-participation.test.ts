/** Who takes part in a named event: at / in it, winning or hosting it (issue 10). */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('taking part in a named event', () => {
  relationTable([
    [
      'Kari Lund won the 1,500m at the Lemurian Games in May.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Lemurian Games', 'games', 'EVENT'],
      ],
      ['lund RELATED_TO games asserted'],
    ],
    [
      'Tom Reed will compete in the Bergen Marathon this year.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Bergen Marathon', 'marathon', 'EVENT'],
      ],
      ['reed RELATED_TO marathon asserted'],
    ],
    [
      // The event as the object of winning or hosting.
      'Dunmore won the Norland Cup, and Ashby hosts the Fjord Open next week.',
      [
        ['Dunmore', 'dunmore', 'ORG'],
        ['Norland Cup', 'cup', 'EVENT'],
        ['Ashby', 'ashby', 'ORG'],
        ['Fjord Open', 'open', 'EVENT'],
      ],
      ['dunmore RELATED_TO cup asserted', 'ashby RELATED_TO open asserted'],
      ['dunmore RELATED_TO open'],
    ],
    [
      // A noun of taking part owned by the person.
      'Ann Holt retired a year after her gold at the Lemurian Games.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['her', 'holt', 'PERSON', 'pronoun'],
        ['Lemurian Games', 'games', 'EVENT'],
      ],
      ['holt RELATED_TO games asserted'],
    ],
    [
      // A work at a festival.
      'Sea Fog won top honours at the Tarnby Film Festival on Thursday.',
      [
        ['Sea Fog', 'fog', 'PRODUCT'],
        ['Tarnby Film Festival', 'festival', 'EVENT'],
      ],
      ['fog RELATED_TO festival asserted'],
    ],
    [
      // A relative clause's antecedent.
      'Ola Dahl, who won gold at the Tarnby Games, has retired.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tarnby Games', 'games', 'EVENT'],
      ],
      ['dahl RELATED_TO games asserted'],
    ],
    [
      // Not a passive's subject, a speaker, nor an event that is no name's.
      'Tom Reed was arrested at the Bergen Festival. Ann Holt said at the Fjord Summit that prices rose. Ola Dahl won in Oslo.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Bergen Festival', 'festival', 'EVENT'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Fjord Summit', 'summit', 'EVENT'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      [],
      ['reed RELATED_TO festival', 'holt RELATED_TO summit', 'dahl RELATED_TO oslo'],
    ],
    [
      // A verb whose object event its subject does not take part in.
      'Globex sponsored the Norland Cup while Initech criticised the Fjord Open.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Norland Cup', 'cup', 'EVENT'],
        ['Initech', 'initech', 'ORG'],
        ['Fjord Open', 'open', 'EVENT'],
      ],
      [],
      ['globex RELATED_TO cup', 'initech RELATED_TO open'],
    ],
  ]);
});
