/**
 * A name right before an index word names the stock index ("the Dow Jones industrial average",
 * "the FTSE 100 index"), a product; the company, the exchange and a place stay what they are.
 * Tables of invented sentences.
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

describe('stock indices named after their publisher', () => {
  // [sentence, the index's mention]
  const indices: [string, string][] = [
    ['The Dow Jones industrial average fell 41 points to 7,210 on Tuesday.', 'Dow Jones'],
    ['The Nasdaq composite index closed 8.5 points higher at 1,602.', 'Nasdaq'],
    ['In London the FTSE 100 index rose 12 points by midday.', 'FTSE 100'],
    // A lone acronym a news report keeps (news-style.ts) is a name before its index word too.
    [
      'Dealers in the city said on Friday that the FTSE 100 index ended the week 30 points ' +
        'higher as investors bought banks and sold oil shares in a quiet session.',
      'FTSE 100',
    ],
  ];
  it.each(indices)('%s → %s', (text, index) => {
    expect(mentionsOf(text)).toContainEqual([index, 'PRODUCT']);
  });

  // [sentence, a mention that keeps its type]
  const kept: [string, string, string][] = [
    // The company, without an index word.
    ['Dow Jones & Co said its profit rose in the quarter.', 'Dow Jones & Co', 'ORG'],
    // An exchange's index is named by the exchange.
    ['The American Stock Exchange index was down 1.6 points.', 'American Stock Exchange', 'ORG'],
    // A place says where.
    ['The Tokyo stock index ended the week lower.', 'Tokyo', 'GPE'],
  ];
  it.each(kept)('%s keeps %s %s', (text, mention, type) => {
    expect(mentionsOf(text)).toContainEqual([mention, type]);
  });
});
