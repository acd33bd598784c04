/**
 * A company written with a comma before its abbreviated legal form is one organisation over the
 * name, the comma and the form ("Globex, Inc."); a legal-form word that is also a noun after a
 * comma is no part of a name. Tables of invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** [mention text, mention type] of every mention. */
function mentionsOf(text: string): [string, string][] {
  const out = extractor.extract({ id: 't.txt', text });
  return out.entities.flatMap((e) => e.mentions.map((m): [string, string] => [m.text, m.type]));
}

describe('a company with a comma before its legal form', () => {
  // [sentence, the company's one mention]
  const joined: [string, string][] = [
    ['Since March my salary has come from Globex, Inc. of Springfield.', 'Globex, Inc.'],
    ['Kari Lund, a vice president of ZQRT, Inc. phoned on Monday.', 'ZQRT, Inc.'],
    ['The lease was signed by Acme Widgets, LLC and the city.', 'Acme Widgets, LLC'],
  ];
  it.each(joined)('%s → %s', (text, company) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContainEqual([company, 'ORG']);
    const form = company.split(', ')[1] as string;
    expect(mentions.some(([t]) => t === form)).toBe(false);
  });

  // [sentence, a run that is no mention]
  const apart: [string, string][] = [
    // A legal-form word that is also a noun.
    ['He sold the plant to Globex, Company officials said.', 'Globex, Company'],
    // No comma: the legal form is read as before.
    ['Globex Inc. said profits rose.', 'Globex, Inc.'],
  ];
  it.each(apart)('%s has no %s', (text, run) => {
    expect(mentionsOf(text).some(([t]) => t === run)).toBe(false);
  });

  it('makes the company with and without its legal form one entity', () => {
    const text =
      'Tomsk Drilling, Inc. said on Monday it would cut jobs. Tomsk Drilling shares fell.';
    const out = extractor.extract({ id: 't.txt', text });
    const firms = out.entities.filter((e) => e.name.startsWith('Tomsk'));
    expect(firms).toHaveLength(1);
    expect(firms[0]?.mentions.map((m) => m.text)).toEqual([
      'Tomsk Drilling, Inc.',
      'Tomsk Drilling',
    ]);
  });
});
