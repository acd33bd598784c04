/** Which documents are sports reports (sports-report.ts), on texts written for these tests. */
import { describe, expect, it } from 'vitest';
import { loadNlp } from '../nlp.js';
import { analyse } from '../pipeline.js';
import { relationLexicon } from './lexicon.js';
import { isSportsReport } from './sports-report.js';
import { findRelations } from './index.js';

const sports = (text: string) => isSportsReport(analyse(loadNlp(), 'd', text), relationLexicon());

describe('sports reports', () => {
  it.each([
    // Sports words, one of them at least no weak cue ("striker", "league").
    'Dunmore beat Kelby in the league match, and their striker scored twice.',
    // A two-word cue ("grand slam") counts.
    "Wales chase a grand slam in Saturday's match after their hooker was passed fit.",
    // A short match report: its headline sets two sides apart with a result or "v".
    'Kelby 1-1 Dunmore\n\nKelby win 3-1 on penalties.',
    'Kelby v Dunmore (Sat)\n\nThe hosts are unchanged up front, with their striker fit.',
  ])('reads a sports report: %s', (text) => {
    expect(sports(text)).toBe(true);
  });

  it.each([
    // Words other news uses as often: a games maker's "players", "title", "win" and "set".
    'Tarvex shares fell after the games maker lost its title to a rival. Its manager said the ' +
      'firm would win back players and set new targets.',
    // A party that "won" a "test" and "lost" a "race".
    'Labour won the first test of its new leader but lost the race for the mayor, the party said.',
    // "v" between two names and no sports word but weak ones: a court case.
    'Globex v Initech\n\nGlobex won the first round of its patent case, the court said.',
    // A headline with a result between no names.
    'Profits up 3-1 on last year\n\nThe bank said profits rose.',
  ])('reads no sports report: %s', (text) => {
    expect(sports(text)).toBe(false);
  });
});

describe('a business story with words of games is no sports report', () => {
  it('gives the company in focus its officer', () => {
    const text =
      'Tarvex profits fall as games sales slow\n\n' +
      'Tarvex said profits fell 12% as players bought fewer games over Christmas. Tarvex said it ' +
      'would set out new plans to win back its title as the biggest maker. Tarvex shares fell ' +
      '4%. "We had a difficult quarter," said chief executive Ann Holt.';
    const a = analyse(loadNlp(), 'd', text);
    const holt = [...a.entities.values()].find((e) => e.name === 'Ann Holt')?.id;
    const tarvex = [...a.entities.values()].find((e) => e.name === 'Tarvex')?.id;
    const found = findRelations(a).map((r) => `${r.subject} ${r.predicate} ${r.object}`);
    expect(found).toContain(`${holt} LEADER_OF ${tarvex}`);
  });
});
