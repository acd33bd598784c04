/** Works and their makers: an owner, a participle of making with "by", "by", a subject. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('works and their makers', () => {
  relationTable([
    [
      // A hyphenated modifier the tokeniser splits ("award - winning") is one modifier.
      "Kari Lund's award-winning album Blue Harbour topped the charts.",
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Blue Harbour', 'harbour', 'PRODUCT'],
      ],
      ['lund PRODUCES harbour asserted'],
    ],
    [
      // Still only an authored work: a person's film is as often the one who stars in it.
      "Kari Lund's award-winning film Night Ferry opened in May.",
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Night Ferry', 'ferry', 'PRODUCT'],
      ],
      [],
      ['lund PRODUCES ferry'],
    ],
    [
      "Singer Ola Dahl's new album Blue Harbour sold well in Lemuria.",
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Blue Harbour', 'harbour', 'ORG'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['dahl PRODUCES harbour asserted'],
      ['harbour PART_OF dahl', 'dahl MEMBER_OF harbour'],
    ],
    [
      'Kari Lund toured Norland in May. Blue Harbour, her third album, entered the charts.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Norland', 'norland', 'GPE'],
        ['Blue Harbour', 'harbour', 'ORG'],
        ['her', 'lund', 'PERSON', 'pronoun'],
      ],
      ['lund PRODUCES harbour asserted'],
    ],
    [
      'The comedy Night Ferry, directed by Kari Lund, opens in Bergen on Friday.',
      [
        ['Night Ferry', 'ferry', 'ORG'],
        ['Kari Lund', 'lund', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['lund PRODUCES ferry asserted'],
    ],
    [
      'Cold Ridge, a thriller written by Ola Dahl, won the prize in Tarnby.',
      [
        ['Cold Ridge', 'ridge', 'GPE'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['dahl PRODUCES ridge asserted'],
    ],
    [
      'Readers in Norland loved the novel Silent Fjord by Ola Dahl.',
      [
        ['Norland', 'norland', 'GPE'],
        ['Silent Fjord', 'fjord', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      ['dahl PRODUCES fjord asserted'],
    ],
    [
      'Globex Pictures released the thriller Cold Ridge in March.',
      [
        ['Globex Pictures', 'globex', 'ORG'],
        ['Cold Ridge', 'ridge', 'ORG'],
      ],
      ['globex PRODUCES ridge asserted'],
    ],
    [
      'Kari Lund directed Night Ferry before she moved to Bergen.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Night Ferry', 'ferry', 'ORG'],
        ['she', 'lund', 'PERSON', 'pronoun'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['lund PRODUCES ferry asserted'],
    ],
    [
      "The network Zeta TV's quiz show Top Brain drew ten million viewers.",
      [
        ['Zeta TV', 'zeta', 'ORG'],
        ['Top Brain', 'brain', 'ORG'],
      ],
      ['zeta PRODUCES brain asserted'],
    ],
    [
      'Globex Pictures may release the comedy Night Ferry in Lemuria.',
      [
        ['Globex Pictures', 'globex', 'ORG'],
        ['Night Ferry', 'ferry', 'ORG'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['globex PRODUCES ferry considered'],
    ],
    [
      "Critics praised Ola Dahl's The Night Ferry at the festival in Bergen.",
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Night Ferry', 'ferry', 'ORG'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['dahl PRODUCES ferry asserted'],
      ['dahl LEADER_OF ferry'],
    ],
    [
      "Readers loved Ola Dahl's novel Silent Fjord.",
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Silent Fjord', 'fjord', 'ORG'],
      ],
      ['dahl PRODUCES fjord asserted'],
      ['dahl LEADER_OF fjord'],
    ],
    // A pronoun pointing forward to the author named after it is no earlier person's.
    [
      'Tom Reed praised the idea. In his new book, Silent Fjord, Ola Dahl argues the case.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['his', 'reed', 'PERSON', 'pronoun'],
        ['Silent Fjord', 'fjord', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['reed PRODUCES fjord'],
    ],
    [
      'Ola Dahl said the studio was where Kari Lund recorded her last album, Blue Harbour.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
        ['her', 'lund', 'PERSON', 'pronoun'],
        ['Blue Harbour', 'harbour', 'ORG'],
      ],
      [],
      ['dahl PRODUCES harbour'],
    ],
    // A demonym or a known place is no title; a title cut short is none either.
    [
      'Fans in Lemuria loved the song Norwegian by Ola Dahl.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['dahl PRODUCES norway'],
    ],
    [
      "Kari Lund recorded Ola Dahl's ballad Bergen By Night in Oslo.",
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      [],
      ['dahl PRODUCES bergen'],
    ],
    [
      "Fans queued for Ola Dahl's The Queen of Tarnby in Bergen.",
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Queen', 'queen', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['dahl PRODUCES queen'],
    ],
    // Acting, hosting and a person's film or show make nothing; a person is no work.
    [
      'The comedy Night Ferry, starring Kari Lund, opens on Friday.',
      [
        ['Night Ferry', 'ferry', 'ORG'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      [],
      ['lund PRODUCES ferry'],
    ],
    [
      "Ola Dahl's romantic comedy Night Ferry took $5m at the box office.",
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Night Ferry', 'ferry', 'ORG'],
      ],
      [],
      ['dahl PRODUCES ferry'],
    ],
    [
      'The awards were hosted by Kari Lund and the show Top Brain won.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Top Brain', 'brain', 'ORG'],
      ],
      [],
      ['lund PRODUCES brain'],
    ],
    [
      'Kari Lund wrote Ola Dahl a letter about the album.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['lund PRODUCES dahl'],
    ],
    [
      'Ola Dahl, directed by his coach Kari Lund, won the race in Bergen.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['lund PRODUCES dahl'],
    ],
    [
      "Lemuria's film industry made a loss while Globex bought the studio.",
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['lemuria PRODUCES globex'],
    ],
    // A maker noun and its "of" phrase: any name for an author, a known work for a director.
    [
      'Ola Dahl, the author of Silent Fjord, spoke in Bergen.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Silent Fjord', 'fjord', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['dahl PRODUCES fjord asserted'],
      ['dahl PRODUCES bergen'],
    ],
    [
      'Kari Lund is the writer of Cold Sea.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Cold Sea', 'sea', 'LOC'],
      ],
      ['lund PRODUCES sea asserted'],
    ],
    [
      'Ola Dahl, director of Globex, spoke in Bergen.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['dahl LEADER_OF globex asserted'],
      ['dahl PRODUCES globex'],
    ],
  ]);
});

describe('a title between an owner and a work noun', () => {
  relationTable([
    // A broadcaster's programme: its maker, not a body of the broadcaster.
    [
      "Ola Vik told Zeta Radio's Night Desk programme that rates would rise.",
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Zeta Radio', 'zeta', 'ORG'],
        ['Night Desk', 'desk', 'ORG'],
      ],
      ['zeta PRODUCES desk asserted'],
      ['desk PART_OF zeta'],
    ],
    [
      "You can hear more on the Norland Service's Go Local programme.",
      [
        ['Norland Service', 'service', 'ORG'],
        ['Go Local', 'local', 'ORG'],
      ],
      ['service PRODUCES local asserted'],
      ['local PART_OF service'],
    ],
    [
      "Globex's Tiny Town series sold well in Lemuria.",
      [
        ['Globex', 'globex', 'ORG'],
        ['Tiny Town', 'town', 'PRODUCT'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['globex PRODUCES town asserted'],
    ],
    // A person makes an authored work only.
    [
      "Kari Lund's Silent Fjord novel sold a million copies.",
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Silent Fjord', 'fjord', 'PRODUCT'],
      ],
      ['lund PRODUCES fjord asserted'],
    ],
    [
      "Wes Rand's Dead Lake film opened in May.",
      [
        ['Wes Rand', 'rand', 'PERSON'],
        ['Dead Lake', 'lake', 'PRODUCT'],
      ],
      [],
      ['rand PRODUCES lake'],
    ],
    // A person's name before the noun is the presenter's show, not a title.
    [
      "Zeta TV's Ola Dahl show drew ten million viewers.",
      [
        ['Zeta TV', 'zeta', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['zeta PRODUCES dahl'],
    ],
    // The work noun modifies another noun: no title of a work.
    [
      "Zeta Radio's Night Desk programme makers went on strike.",
      [
        ['Zeta Radio', 'zeta', 'ORG'],
        ['Night Desk', 'desk', 'ORG'],
      ],
      [],
      ['zeta PRODUCES desk'],
    ],
    // A country owns no programme it makes.
    [
      "Lemuria's Night Desk programme was cancelled.",
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Night Desk', 'desk', 'ORG'],
      ],
      [],
      ['lemuria PRODUCES desk'],
    ],
  ]);
});
