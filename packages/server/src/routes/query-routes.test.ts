/** Export file names: safe characters only, whatever the query held. */
import { describe, expect, it } from 'vitest';
import { safeFileName } from './query-routes.js';

describe('safeFileName', () => {
  it.each([
    ['a plain name', 'kg-iran-2024-05-01', 'kg-iran-2024-05-01.json'],
    ['a path', '../../etc/passwd', 'etc-passwd.json'],
    ['only dots', '..', 'kg-graph.json'],
    ['accents and quotes', 'Émile "Zola"', 'E-mile-Zola.json'],
    [
      'a long inner run of dashes and dots',
      `a${'-.'.repeat(20_000)}b`,
      `a${'-.'.repeat(39)}-.json`,
    ],
  ])('%s', (_label, base, name) => {
    expect(safeFileName(base, 'json')).toBe(name);
  });
});
