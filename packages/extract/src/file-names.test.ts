/**
 * Words of a file name or a web address are no names ("Kessler_notes.doc", "WheatPrices.pdf",
 * "go to Tixmart.com"); a name before a sentence's full stop, or before a dot and a word that is
 * no file ending, stays. Tables of invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** Texts of every mention. */
function mentionsOf(text: string): string[] {
  const out = extractor.extract({ id: 't.txt', text });
  return out.entities.flatMap((e) => e.mentions.map((m) => m.text));
}

describe('file names and web addresses', () => {
  // [text, a word of a file name or address that is no mention]
  const none: [string, string][] = [
    ['Please find attached Marcus_resume.doc for the opening.', 'Marcus'],
    ['(See attached file: WheatPrices.pdf)', 'WheatPrices'],
    ['- SoybeanOutlook.xls', 'SoybeanOutlook'],
    ['Go to Tixmart.com and order the tickets there.', 'Tixmart'],
    ['The draft is in Quarterly_Review_Denver.xls now.', 'Denver'],
  ];
  it.each(none)('%s has no mention %s', (text, word) => {
    expect(mentionsOf(text)).not.toContain(word);
  });

  // [text, a name that stays]
  const kept: [string, string][] = [
    ['The team flew to Denver. Doc Rivers said it was a long trip.', 'Denver'],
    ['Marcus Kessler signed the contract on Friday.', 'Marcus Kessler'],
  ];
  it.each(kept)('%s keeps %s', (text, name) => {
    expect(mentionsOf(text)).toContain(name);
  });
});
