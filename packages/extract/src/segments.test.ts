/**
 * Long documents in segments (issue 16): where the splitter cuts, and what the extractor makes
 * of a document cut into segments: exact offsets, one entity for a name met in several
 * segments, and a document within one segment extracted as if there were no segments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '@kg/schema';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';
import { splitSegments } from './segments.js';

function pieces(text: string, max: number): string[] {
  return splitSegments(text, max).map((s) => text.slice(s.start, s.end));
}

describe('splitSegments', () => {
  it.each([
    ['a text no longer than a segment is one segment', 'One. Two.', 9, ['One. Two.']],
    ['an empty text is one empty segment', '', 8, ['']],
    ['after a blank line first', 'Aa bb.\nCc.\n\nDd ee ff', 14, ['Aa bb.\nCc.\n\n', 'Dd ee ff']],
    [
      'after a line break when no blank line',
      'Aa. Bb cc\nDd ee ff',
      12,
      ['Aa. Bb cc\n', 'Dd ee ff'],
    ],
    ['after a sentence when no line break', 'Aa bb cc. Dd ee ff', 16, ['Aa bb cc. ', 'Dd ee ff']],
    ['at a space when no sentence ends', 'aaa bbb ccc ddd', 10, ['aaa bbb ', 'ccc ddd']],
    ['hard, when there is no space', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['never between the halves of a surrogate pair', 'abc🙂def', 4, ['abc', '🙂de', 'f']],
  ])('cuts %s', (_name, text, max, expected) => {
    expect(pieces(text, max)).toEqual(expected);
  });

  it('only in the second half of a segment', () => {
    // The blank line is in the first half: the cut is at the last space instead.
    expect(pieces('Aa\n\nbb cc dd ee ff gg', 16)).toEqual(['Aa\n\nbb cc dd ee ', 'ff gg']);
  });

  it('covers the text in order, every segment within the size', () => {
    const text = fc.string({ unit: 'binary', maxLength: 400 });
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 50 }), (t, max) => {
        const segments = splitSegments(t, max);
        expect(segments.map((s) => t.slice(s.start, s.end)).join('')).toBe(t);
        let at = 0;
        for (const s of segments) {
          expect(s.start).toBe(at);
          expect(s.end - s.start).toBeLessThanOrEqual(max);
          if (segments.length > 1) expect(s.end).toBeGreaterThan(s.start);
          at = s.end;
        }
      }),
      { numRuns: 150 },
    );
  });
});

function expectOffsetsHold(text: string, out: Extraction): void {
  for (const e of out.entities) {
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  for (const r of out.relations) {
    for (const ev of r.evidence) {
      expect(text.slice(ev.start, ev.end)).toBe(ev.text);
      if (ev.trigger) expect(text.slice(ev.trigger.start, ev.trigger.end)).toBe(ev.trigger.text);
    }
  }
}

describe('extraction in segments', () => {
  const nlp = loadNlp();
  const paragraphs = [
    'Portugal sent drones to Kenya, officials in Nairobi said on Monday.',
    'Talia Mernow, the foreign minister of Portugal, met envoys from Kenya in Nairobi. Mernow said little.',
    'Ms Mernow said Portugal would send more drones to Kenya next year.',
    'Kenya thanked Portugal, and the minister flew home from Nairobi.',
  ];
  const text = paragraphs.join('\n\n');
  // Every paragraph a segment of its own.
  const small = createExtractor({ nlp, segmentChars: 110 });

  it('cuts the test text at its paragraphs', () => {
    expect(splitSegments(text, 110)).toHaveLength(paragraphs.length);
  });

  it('keeps every offset exact and gives a name met in several segments one entity', () => {
    const out = small.extract({ id: 'long.txt', text });
    expectOffsetsHold(text, out);
    for (const name of ['Portugal', 'Kenya', 'Nairobi']) {
      const found = out.entities.filter((e) => e.name === name);
      expect(found, name).toHaveLength(1);
      expect(found[0]?.mentions.length, name).toBeGreaterThanOrEqual(3);
    }
    const ids = out.entities.map((e) => e.id);
    expect(ids).toEqual(ids.map((_, i) => `e${i + 1}`));
    for (const r of out.relations) {
      expect(ids).toContain(r.subject);
      expect(ids).toContain(r.object);
    }
    expect(out.relations.length).toBeGreaterThan(0);
  });

  it('joins the short name of a later segment to the full name written before', () => {
    const out = small.extract({ id: 'long.txt', text });
    const people = out.entities.filter((e) => e.type === 'PERSON');
    expect(people.map((e) => e.name)).toEqual(['Talia Mernow']);
    // "Ms Mernow" in the third paragraph is one of its mentions.
    const third = text.indexOf(paragraphs[2] as string);
    expect(people[0]?.mentions.some((m) => m.start > third && m.text === 'Mernow')).toBe(true);
  });

  it('extracts a document within one segment as without segments', () => {
    const whole = createExtractor({ nlp, segmentChars: 1 << 30 });
    const one = createExtractor({ nlp, segmentChars: text.length });
    expect(one.extract({ id: 'a.txt', text })).toEqual(whole.extract({ id: 'a.txt', text }));
  });

  it('maps HTML segments back to the page', () => {
    const html = `<html><body>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</body></html>`;
    const out = createExtractor({ nlp, segmentChars: 120 }).extract({
      id: 'page.html',
      text: html,
      format: 'html',
    });
    expectOffsetsHold(html, out);
    expect(out.entities.filter((e) => e.name === 'Kenya')).toHaveLength(1);
    for (const e of out.entities) {
      for (const m of e.mentions) expect(m.plain).toBeDefined();
    }
  });
});
