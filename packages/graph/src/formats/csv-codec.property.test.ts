/** The CSV codec reads back what it writes, for any text, with and without the formula guard. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, unguardCell, writeCsv } from './csv-codec.js';

// Plenty of quotes, separators, line breaks and formula starts among arbitrary text.
const cell = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '"', ',', '\n', '\r', '\t', 'a') }),
);

const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.tuple(
    fc.array(fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme-ascii' }), {
      minLength: width,
      maxLength: width,
    }),
    fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
      maxLength: 8,
    }),
  ),
);

describe('CSV codec', () => {
  it('round-trips any cells', () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        const parsed = parseCsv(writeCsv(header, rows, { guardFormulas: false }), 'test');
        // A row of one empty cell writes as an empty line, which reads back as [''].
        expect(parsed).toEqual([header, ...rows]);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips guarded cells through unguardCell', () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        const [, ...parsed] = parseCsv(writeCsv(header, rows), 'test');
        expect(parsed.map((row) => row.map(unguardCell))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
