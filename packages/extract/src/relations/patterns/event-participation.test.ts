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

describe('taking part in a named event, by a noun the event names', () => {
  relationTable([
    // The owner of the noun, a pronoun resolved to the person.
    [
      'Eva Moss has moved up five places after her Lemurian Open win.',
      [
        ['Eva Moss', 'moss', 'PERSON'],
        ['her', 'moss', 'PERSON', 'pronoun'],
        ['Lemurian Open', 'open', 'EVENT'],
      ],
      ['moss RELATED_TO open asserted'],
    ],
    // A named owner over a score.
    [
      "Dunmore's 2-1 Norland Cup win over Ashby lifted the mood.",
      [
        ['Dunmore', 'dunmore', 'ORG'],
        ['Norland Cup', 'cup', 'EVENT'],
        ['Ashby', 'ashby', 'ORG'],
      ],
      ['dunmore RELATED_TO cup asserted'],
      ['ashby RELATED_TO cup'],
    ],
    // The subject of a verb of winning or holding whose object the noun is.
    [
      'Tom Reed won the Fjord Open title after a long final against Ola Dahl.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Fjord Open', 'open', 'EVENT'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      ['reed RELATED_TO open asserted'],
      ['dahl RELATED_TO open'],
    ],
    // An infinitive of purpose is its governor's subject's, not its object's.
    [
      'Tom Reed beat Ola Dahl to win the Fjord Open title.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Fjord Open', 'open', 'EVENT'],
      ],
      ['reed RELATED_TO open asserted'],
      ['dahl RELATED_TO open'],
    ],
    [
      'Kari Lund added the Norland Championship trophy to her list of successes.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Norland Championship', 'championship', 'EVENT'],
        ['her', 'lund', 'PERSON', 'pronoun'],
      ],
      ['lund RELATED_TO championship asserted'],
    ],
    [
      'Ann Holt, who recently picked up five Velmora Award nominations, finished 15th.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Velmora Award', 'award', 'EVENT'],
      ],
      ['holt RELATED_TO award asserted'],
    ],
    // A passive's agent won it.
    [
      'The Halvard Prize was won by Ola Dahl last year.',
      [
        ['Halvard Prize', 'prize', 'EVENT'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      ['dahl RELATED_TO prize asserted'],
    ],
    // Watching or reporting on the event is no part in it.
    [
      'Tom Reed watched the Fjord Open final on television.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Fjord Open', 'open', 'EVENT'],
      ],
      [],
      ['reed RELATED_TO open'],
    ],
    [
      'Ola Dahl praised the Norland Cup win of his rivals.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Norland Cup', 'cup', 'EVENT'],
        ['his', 'dahl', 'PERSON', 'pronoun'],
      ],
      [],
      ['dahl RELATED_TO cup'],
    ],
    [
      'The Halvard Prize was given to Ola Dahl by the jury.',
      [
        ['Halvard Prize', 'prize', 'EVENT'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['dahl RELATED_TO prize'],
    ],
  ]);
});

describe('winners, champions and nominees of a named event', () => {
  relationTable([
    [
      'Lemurian Open champion Tom Reed beat Ola Dahl in the first round.',
      [
        ['Lemurian Open', 'open', 'EVENT'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      ['reed RELATED_TO open asserted'],
      ['dahl RELATED_TO open'],
    ],
    [
      'Fjord Cup winners Dunmore Rovers lost at home on Saturday.',
      [
        ['Fjord Cup', 'cup', 'EVENT'],
        ['Dunmore Rovers', 'dunmore', 'ORG'],
      ],
      ['dunmore RELATED_TO cup asserted'],
    ],
    [
      'Halvard Prize nominee Kari Lund was also on the list.',
      [
        ['Halvard Prize', 'prize', 'EVENT'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      ['lund RELATED_TO prize asserted'],
    ],
    // In apposition, said of a subject, or named so.
    [
      'Eva Moss, the Lemurian Open champion, lost in the final.',
      [
        ['Eva Moss', 'moss', 'PERSON'],
        ['Lemurian Open', 'open', 'EVENT'],
      ],
      ['moss RELATED_TO open asserted'],
    ],
    [
      'Eva Moss is the winner of the Halvard Prize.',
      [
        ['Eva Moss', 'moss', 'PERSON'],
        ['Halvard Prize', 'prize', 'EVENT'],
      ],
      ['moss RELATED_TO prize asserted'],
    ],
    [
      'Ann Holt and Per Lind were named the winners of the Velmora Awards.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Per Lind', 'lind', 'PERSON'],
        ['Velmora Awards', 'awards', 'EVENT'],
      ],
      ['holt RELATED_TO awards asserted', 'lind RELATED_TO awards asserted'],
    ],
    // The holder is someone else than the one the sentence names.
    [
      'Tom Reed praised the Lemurian Open champion after the match.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Lemurian Open', 'open', 'EVENT'],
      ],
      [],
      ['reed RELATED_TO open'],
    ],
    [
      'Tom Reed met the winner of the Halvard Prize in Bergen.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Halvard Prize', 'prize', 'EVENT'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['reed RELATED_TO prize'],
    ],
  ]);
});
