/**
 * Degrees and fields of study name no one ("a PhD in Linguistics", "a degree in Philosophy and
 * Economics", "Professor of Physics"); a name that is no everyday word stays, as do places the
 * gazetteer knows. Tables of invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** Mention texts. */
function namesOf(text: string): string[] {
  const out = extractor.extract({ id: 't.txt', text });
  return out.entities.flatMap((e) => e.mentions.map((m) => m.text));
}

describe('degrees and fields of study', () => {
  // [text, words that must not be a mention]
  const none: [string, string][] = [
    ['Kari Lund earned a PhD in Linguistics in 1961.', 'Linguistics'],
    ['Kari Lund earned a PhD in Linguistics in 1961.', 'PhD'],
    ['Tom Reed holds a degree in Philosophy and Economics.', 'Philosophy'],
    ['Tom Reed holds a degree in Philosophy and Economics.', 'Economics'],
    ["She has a master's degree in Educational Leadership.", 'Educational Leadership'],
    ['The professor of Media Studies at Tarnby University spoke.', 'Media Studies'],
  ];
  it.each(none)('%s has no mention %s', (text, name) => {
    expect(namesOf(text)).not.toContain(name);
  });

  // [text, mention that stays]
  const kept: [string, string][] = [
    ['Kari Lund earned a PhD in Linguistics in 1961.', 'Kari Lund'],
    ['He earned a degree in Paris before moving to Oslo.', 'Paris'],
    ['She took a degree in Tarnby before the war.', 'Tarnby'],
    ['Jack Ma of Ant Group said on Monday the plan would go ahead.', 'Ant Group'],
    ['The professor of Media Studies at Tarnby University spoke.', 'Tarnby University'],
  ];
  it.each(kept)('%s keeps %s', (text, name) => {
    expect(namesOf(text)).toContain(name);
  });
});
