/**
 * Extraction is a function of the document: a text gives the same output read first by a fresh
 * process and read after other documents. wink-nlp's tokenizer remembers forms it has read (a
 * possessive run into punctuation, a dotted short form without its full stop), so this file's
 * first extraction must be the text alone: keep it the first `extract` call of the file.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';

const TEXT = [
  "LONDON (Reuters) - Vornacor's chief executive Ann Kerrigan said on Monday that the U.S. unit",
  "would be sold to Zelbrook's parent, Halvard Group, based in Oslo. Kerrigan's deal follows",
  "Moscow's talks with the Q.X. in Geneva, where Halvard's lawyers met officials of the Q.X.",
].join('\n');

const OTHERS = [
  "The merger was Vornacor's, and the unit's buyer was Zelbrook's. Kerrigan's.",
  "They met in the U.S for talks on Moscow's, Halvard's and the Q.X's plans.",
  'Ann Kerrigan, Vornacor Ltd, Zelbrook Inc and Halvard Group were named in Oslo and Geneva.',
];

describe('extraction is a function of the document', () => {
  it('gives the same output for a text alone and after other texts', () => {
    const extractor = createExtractor();
    const alone = extractor.extract({ id: 'a.txt', text: TEXT });
    OTHERS.forEach((text, i) => extractor.extract({ id: `other-${i}.txt`, text }));
    const after = extractor.extract({ id: 'a.txt', text: TEXT });
    expect(after).toEqual(alone);
    expect(alone.entities.map((e) => e.name)).toContain('Vornacor');
  });
});
