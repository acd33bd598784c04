/**
 * The standing adversarial suite (issue 16): every family of hostile input, at a few sizes and
 * seeds, and random mixtures of them with a real article. Extraction never throws anything but a
 * typed refusal, and every offset slices the original text to the text it reports. Bounded (a
 * few seconds) and seeded, so it runs in `pnpm test`; the timings live in `pnpm bench`.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '@kg/schema';
import { isKgError } from '@kg/schema';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';
import { ADVERSARIAL_FAMILIES, mutate } from './testing/adversarial.js';

const extractor = createExtractor({ nlp: loadNlp() });
const article = readFileSync(
  new URL('../../../data/iran-drones-crimea.txt', import.meta.url),
  'utf8',
);

/** Every offset in range and slicing `text` to what the extraction says it is. */
function expectExactOffsets(text: string, out: Extraction): void {
  const inRange = (start: number, end: number) =>
    expect(0 <= start && start <= end && end <= text.length).toBe(true);
  for (const e of out.entities) {
    for (const m of e.mentions) {
      inRange(m.start, m.end);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
  for (const r of out.relations) {
    for (const ev of r.evidence) {
      inRange(ev.start, ev.end);
      expect(text.slice(ev.start, ev.end)).toBe(ev.text);
      if (ev.trigger) expect(text.slice(ev.trigger.start, ev.trigger.end)).toBe(ev.trigger.text);
    }
  }
}

/** Extracts; a refusal must be the typed INPUT_TOO_COMPLEX, nothing else may be thrown. */
function extractOrRefuse(
  id: string,
  text: string,
  format: 'text' | 'html',
): Extraction | 'refused' {
  try {
    return extractor.extract({ id, text, format });
  } catch (err) {
    expect(isKgError(err) && err.code === 'INPUT_TOO_COMPLEX').toBe(true);
    return 'refused';
  }
}

describe('adversarial input', () => {
  const cases = ADVERSARIAL_FAMILIES.flatMap((family) =>
    [1024, 8 * 1024, 24 * 1024].map((size, n) => [family.name, size, n + 1] as const),
  );
  it.each(cases)('%s, %i code units (seed %i): no throw, exact offsets', (name, size, seed) => {
    const family = ADVERSARIAL_FAMILIES.find((f) => f.name === name);
    if (!family) throw new Error(name);
    const text = family.generate(size, seed);
    expect(text.length).toBeLessThanOrEqual(size);
    const out = extractOrRefuse(`${name}-${size}`, text, family.format);
    if (out !== 'refused') expectExactOffsets(text, out);
  });

  it('refuses HTML nested deeper than browsers nest, naming the document', () => {
    const html = '<div>Iran '.repeat(600);
    expect(() => extractor.extract({ id: 'deep.html', text: html, format: 'html' })).toThrow(
      /^extract: deep\.html: HTML elements nested more than 512 deep/,
    );
    expect(
      extractor.extract({ id: 'ok.html', text: '<div>Iran '.repeat(500), format: 'html' }),
    ).toBeDefined();
  });

  it('keeps offsets on mutated articles and mixtures of the families', () => {
    const piece = fc
      .tuple(fc.constantFrom(...ADVERSARIAL_FAMILIES), fc.integer({ min: 1, max: 3000 }))
      .map(([family, size]) => family.generate(size, size));
    const text = fc.oneof(
      fc.integer({ min: 1, max: 20_000 }).map((size) => mutate(article, size, size)),
      fc
        .array(fc.oneof(piece, fc.constant(article.slice(0, 1500))), { maxLength: 6 })
        .map((p) => p.join('')),
    );
    fc.assert(
      fc.property(
        text,
        fc.constantFrom<'text' | 'html' | 'auto'>('text', 'html', 'auto'),
        (t, f) => {
          const out = extractOrRefuse('mixture', t, f === 'auto' ? 'text' : f);
          if (out !== 'refused') expectExactOffsets(t, out);
        },
      ),
      { seed: 16, numRuns: 60 },
    );
  });
});
