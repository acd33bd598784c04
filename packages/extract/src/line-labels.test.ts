/**
 * The word before the colon of a match report's summary line labels what the line lists
 * ("Scorers :", "Conversions :", "Attendance :"), no name; a side heading its team sheet stays.
 * Invented reports.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** The text of every mention. */
function mentionsOf(text: string): string[] {
  const out = extractor.extract({ id: 't.txt', text });
  return out.entities.flatMap((e) => e.mentions.map((m) => m.text));
}

const REPORT = [
  'SOCCER - LEMURIA BEAT NORWAY IN QUALIFIER .',
  'Lemuria beat Norway 2-1 in a World Cup qualifier on Saturday .',
  'Scorers : Kari Lund ( 12th minute ) , Ola Vik ( 57th ) .',
  'Conversions : Tom Reed ( 2 ) .',
  'Attendence : 12,000',
  'Dunmore : Tavish , Orrel , Quorne , Berg , Lund , Vik .',
].join('\n');

describe('labels of summary lines', () => {
  const labels = ['Scorers', 'Conversions', 'Attendence'];
  it.each(labels)('%s is no name', (label) => {
    expect(mentionsOf(REPORT)).not.toContain(label);
  });
  it('keeps the names the lines list', () => {
    expect(mentionsOf(REPORT)).toEqual(expect.arrayContaining(['Kari Lund', 'Ola Vik']));
  });
  it('keeps a side heading its team sheet', () => {
    expect(mentionsOf(REPORT)).toContain('Dunmore');
  });
});
