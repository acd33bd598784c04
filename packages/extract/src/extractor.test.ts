/**
 * The extractor on arbitrary input: it never throws, every mention and evidence offset slices
 * the original text to the text it reports, and repeated relations are merged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '@kg/schema';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

function expectOffsetsHold(text: string, out: Extraction): void {
  for (const e of out.entities) {
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  for (const r of out.relations) {
    for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  }
}

describe('createExtractor', () => {
  it('never throws and keeps offsets on random text, markup and names', () => {
    const word = fc.constantFrom(
      'Iran',
      'Russia',
      'drones',
      'President',
      'Joe',
      'Biden',
      'said',
      'the',
      'of',
      'IRGC',
      '(',
      ')',
      "'s",
      '<p>',
      '</p>',
      '&amp;',
      '\n',
      'Kyiv',
      'he',
      'the latter',
      'É',
      '🙂',
      'U.S.',
      '-',
    );
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.array(word, { maxLength: 60 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(text, (t) => {
        const out = extractor.extract({ id: 'random', text: t });
        expectOffsetsHold(t, out);
      }),
      { numRuns: 150 },
    );
  });

  it('marks the mentions of players on a team sheet in the extraction', () => {
    const text =
      'The striker scored twice as the league leaders won the match, and the coach praised ' +
      'the team.\nDunmore: Tavish, Orrel, Quorne, Brisket, Vellan.';
    const out = extractor.extract({ id: 'report', text });
    const quorne = out.entities.find((e) => e.name === 'Quorne');
    expect(quorne?.mentions.map((m) => m.sheet)).toEqual([true]);
    const side = out.entities.find((e) => e.name === 'Dunmore');
    expect(side?.mentions.map((m) => m.sheet)).toEqual([undefined]);
  });

  it('returns one document and no entities for empty text', () => {
    const out = extractor.extract({ id: 'empty', text: '' });
    expect(out.documents).toHaveLength(1);
    expect(out.entities).toEqual([]);
  });

  it('maps mentions back to the original offsets of an HTML page', () => {
    const html =
      '<html><head><title>T</title></head><body><article><p>Canada and Chile signed a trade ' +
      'deal, officials in Ottawa said.</p></article></body></html>';
    const out = extractor.extract({ id: 'page.html', text: html, format: 'html' });
    expect(out.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Canada', 'Chile']));
    expectOffsetsHold(html, out);
  });
});
