/**
 * People in sports results, on lines written for these tests: a name in brackets after a
 * side's score and before a minute is a scorer; a name before a country in brackets is a
 * competitor where the document's sure names stand so; clubs and sides stay what they were.
 * And in a sports report, a lone unknown word the tagger reads as a person stays a guess (a
 * side), unless a name in the document vouches for it.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from './analysis.js';
import { loadNlp } from './nlp.js';
import { analyse } from './pipeline.js';

const run = (text: string): Analysis => analyse(loadNlp(), 'test', text);

const typesOf = (a: Analysis, text: string) =>
  a.mentions.filter((m) => m.text === text).map((m) => m.type);

const RESULTS = 'Results of German first division matches on Saturday:\n';
const ATHLETICS = "Results of the women's 1,500 metres on Friday:\n";

describe('players in results lines', () => {
  const cases: [string, string, string[]][] = [
    // Scorers: in brackets after a score, before the minute.
    [
      `${RESULTS}Harbach 3 ( Quellner 29th , Dorvan 44th ) Westerfeld 0 .\n`,
      'Quellner',
      ['PERSON'],
    ],
    [`${RESULTS}Harbach 3 ( Quellner 29th , Dorvan 44th ) Westerfeld 0 .\n`, 'Dorvan', ['PERSON']],
    [`${RESULTS}Harbach 3 ( Quellner 29th , Dorvan 44th ) Westerfeld 0 .\n`, 'Westerfeld', ['ORG']],
    // A bracket not after a score holds no scorer ("Orvania ( Lemuria ) 70").
    [`${RESULTS}Orvania ( Quellner 29th ) 70 .\n`, 'Quellner', ['ORG']],
    // Competitors before a country in brackets, where sure names stand so.
    [
      `${ATHLETICS}1. Maria Tolvanen ( Finland ) 4:02.11\n2. Anna Berglund ( Sweden ) 4:03.50\n3. Dravcenko ( Ukraine ) 4:04.02\n`,
      'Dravcenko',
      ['PERSON'],
    ],
    // Not without them: a club is written so too.
    [`${RESULTS}Dravcenko ( Ukraine ) 70 Orvania ( Greece ) 68\n`, 'Dravcenko', ['ORG']],
  ];
  it.each(cases)('%s → %s', (text, name, expected) => {
    expect(typesOf(run(text), name)).toEqual(expected);
  });
});

describe('lone words in a sports report', () => {
  const report =
    'Title rivals Essex , Dorrington and Surrey all closed in on victory while Pellworth made up ' +
    'for lost time . The striker Tom Vardell scored twice before the referee stopped play , and ' +
    'the coach praised the league leaders . Vardell said he was tired .';
  const cases: [string, string, string[]][] = [
    // Sides named bare: the tagger's person reading does not stand.
    [report, 'Dorrington', ['ORG']],
    [report, 'Pellworth', ['ORG']],
    // A player's surname after his full name stays his.
    [report, 'Vardell', ['PERSON']],
  ];
  it.each(cases)('%s → %s', (text, name, expected) => {
    expect(typesOf(run(text), name)).toEqual(expected);
  });
});
