/**
 * Context typing, on sentences written for these tests (invented names, so neither the
 * gazetteer nor the name lists know them): place nouns before or after a name, datelines,
 * company words, group words, and one reading per name in a document.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from './analysis.js';
import { loadNlp } from './nlp.js';
import { analyse } from './pipeline.js';

const run = (text: string): Analysis => analyse(loadNlp(), 'test', text);

/** Types of the mentions with this exact text, in document order. */
const typesOf = (a: Analysis, text: string) =>
  a.mentions.filter((m) => m.text === text && m.kind !== 'pronoun').map((m) => m.type);

describe('the words around a name say what it names', () => {
  const cases: [string, string, string[]][] = [
    ['The blast hit a market in the hill town of Dar Kulem on Monday.', 'Dar Kulem', ['GPE']],
    ['Troops entered the northern province of Vesharan after dawn.', 'Vesharan', ['GPE']],
    ['The plant is in the Hovandi province of the country.', 'Hovandi', ['GPE']],
    ['Shots echoed in the nearby Zarkhem mountains on Friday.', 'Zarkhem', ['LOC']],
    ['Brokers said the price of Telvoran stock rose sharply.', 'Telvoran', ['ORG']],
    ['The fund holds 2 million shares of Quorvix after the sale.', 'Quorvix', ['ORG']],
    ["The report was sent to Malvesco 's head office in May.", 'Malvesco', ['ORG']],
    ['Brandek said its output rose by a third in the half year.', 'Brandek', ['ORG']],
    ['Zelvika newspaper said the men had been arrested.', 'Zelvika', ['ORG']],
    ['The story was first reported by Korvanti news agency on Friday.', 'Korvanti', ['ORG']],
    [
      'Mr Pell said the new rail link between Lahore and Qasimpur "will cut journeys by half".',
      'Qasimpur',
      ['GPE'],
    ],
    ['Mr Orla said the road between Mumbai and Tarvesh "is closed".', 'Tarvesh', ['GPE']],
  ];
  it.each(cases)('%s → %s', (text, name, expected) => {
    expect(typesOf(run(text), name)).toEqual(expected);
  });
});

describe('a name owning a person, or taking a plural verb, is a team or a body', () => {
  // [text, name, types]: the name must come out ORG.
  const cases: [string, string, string[]][] = [
    ["The winner came from Drovantia 's Kellan Moray in the 80th minute.", 'Drovantia', ['ORG']],
    ['After the defeat , Velborn are bottom of the table.', 'Velborn', ['ORG']],
    ['Tarnhollow have won five of their last six games.', 'Tarnhollow', ['ORG']],
    ['Fans said that Quillmere were unlucky to lose.', 'Quillmere', ['ORG']],
  ];
  it.each(cases)('%s → %s', (text, name, expected) => {
    expect(typesOf(run(text), name)).toEqual(expected);
  });

  // Not a plural, the last of a list, or a name inside a phrase.
  const people: [string, string, string][] = [
    ['Dorran Pelkit and Sessaly Varn are expected to testify.', 'Sessaly Varn', 'ORG'],
    ['An injury to Mirabel Ostrava have forced changes.', 'Mirabel Ostrava', 'ORG'],
    ['The tanks advancing on Vorkesh were seen at dawn.', 'Vorkesh', 'ORG'],
  ];
  it.each(people)('%s → %s is no %s', (text, name, type) => {
    expect(typesOf(run(text), name)).not.toContain(type);
  });
});

describe("a death after a possessive is a person's", () => {
  const cases: [string, string, string[]][] = [
    ["Crowds gathered in the square after Qarvelon 's assassination .", 'Qarvelon', ['PERSON']],
    ["Inquiries into Drevanta 's assassination were closed in 1990.", 'Drevanta', ['PERSON']],
    ["Police reopened the file on Tesmarok 's murder last week.", 'Tesmarok', ['PERSON']],
  ];
  it.each(cases)('%s → %s', (text, name, expected) => {
    expect(typesOf(run(text), name)).toEqual(expected);
  });
});

describe('group words make a name an armed or political group', () => {
  const cases: [string, string, string[]][] = [
    ['Dozens of Korvash Tuleni fighters crossed the border at night.', 'Korvash Tuleni', ['ORG']],
    ['Villagers said militants of Vessar Amrak burned the school.', 'Vessar Amrak', ['ORG']],
    ['The armed wing of Zelmar Quent fired rockets on Sunday.', 'Zelmar Quent', ['ORG']],
    ['Orvan Delsi claimed responsibility for the bombing.', 'Orvan Delsi', ['ORG']],
    ['Orvan Delsi , which has claimed responsibility , denied it.', 'Orvan Delsi', ['ORG']],
  ];
  it.each(cases)('%s → %s', (text, name, expected) => {
    expect(typesOf(run(text), name)).toEqual(expected);
  });
  // A person's supporters, and a person who claims something else, stay people.
  const people: [string, string, string][] = [
    ['Thousands of Marek Olvany supporters rallied on Sunday.', 'Marek Olvany', 'ORG'],
    ['Marek Olvany claimed victory in the vote.', 'Marek Olvany', 'ORG'],
  ];
  it.each(people)('%s → %s is no %s', (text, name, type) => {
    expect(typesOf(run(text), name)).not.toContain(type);
  });
});

describe('datelines', () => {
  const cases: [string, string, string[]][] = [
    ['ZAVROTA , Bosnia 1996-08-31\nPolice said the road was closed.', 'ZAVROTA', ['GPE']],
    ['KELMORIN ( Reuters ) - Police said the road was closed.', 'KELMORIN', ['GPE']],
    ['BARVONE - Police said the road was closed.', 'BARVONE', ['GPE']],
  ];
  it.each(cases)('%s → %s', (text, name, expected) => {
    expect(typesOf(run(text), name)).toEqual(expected);
  });
  it("a headline's topic before a dash is no dateline", () => {
    const a = run('ZANTEK - BARVONE OPENS NEW PLANT .\nZantek opened a plant.');
    expect(a.mentions.filter((m) => m.type === 'GPE')).toEqual([]);
  });
});

describe('one name, one reading in a document', () => {
  it('a dateline settles the guesses of the same name in the body', () => {
    const a = run(
      'VORTASH , Bosnia 1996-08-31\nA reporter who entered Vortash on Saturday found it calm.\n' +
        'Men were seen walking towards Vortash , officials said.',
    );
    expect(typesOf(a, 'Vortash')).toEqual(['GPE', 'GPE']);
  });
  it('a company context settles the other mentions', () => {
    const a = run(
      'Quorvix reported a loss for the year. Analysts sold shares of Quorvix on Monday.',
    );
    expect(typesOf(a, 'Quorvix')).toEqual(['ORG', 'ORG']);
  });
});

describe('a guessed person after "the" is an organisation', () => {
  const cases: [string, string, string[]][] = [
    ['The report was first published by the Delmar Varko on Saturday.', 'Delmar Varko', ['ORG']],
    // So is a name typed a person only by its words being surnames.
    ['They joined the Golden Stones in 1973.', 'Golden Stones', ['ORG']],
    // A name before the noun it modifies, and a name without an article, stay people.
    ['Lorna Velcek met Arvid Tamsel on Monday.', 'Arvid Tamsel', ['PERSON']],
  ];
  it.each(cases)('%s → %s', (text, name, expected) => {
    expect(typesOf(run(text), name)).toEqual(expected);
  });
});
