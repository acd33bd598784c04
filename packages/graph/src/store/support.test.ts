import { describe, expect, it } from 'vitest';
import type { Modality } from '@kg/schema';
import { sourceOf, supportOf } from './support.js';

const item = (
  docId: string,
  modality: Modality = 'asserted',
  attribution?: string,
  docSource = `${docId}.txt`,
) => ({
  docId,
  docSource,
  modality,
  ...(attribution ? { attribution } : {}),
});

describe('relation support', () => {
  it.each([
    [
      'one document',
      [item('a'), item('a')],
      { documentCount: 1, sourceCount: 1, contradicted: false },
    ],
    [
      'two documents',
      [item('a'), item('b')],
      { documentCount: 2, sourceCount: 2, contradicted: false },
    ],
    [
      'one agency quoted in two documents',
      [item('a', 'reported', 'Reuters'), item('b', 'reported', 'reuters')],
      { documentCount: 2, sourceCount: 1, contradicted: false },
    ],
    [
      'two pages of one site',
      [
        item('a', 'asserted', undefined, 'https://www.bbc.co.uk/1'),
        item('b', 'asserted', undefined, 'https://bbc.co.uk/2'),
      ],
      { documentCount: 2, sourceCount: 1, contradicted: false },
    ],
    [
      'one source asserts, another denies',
      [item('a', 'asserted'), item('b', 'negated', 'the Kremlin')],
      { documentCount: 2, sourceCount: 2, contradicted: true },
    ],
    [
      'a source that asserts and denies in one story is no contradiction between sources',
      [item('a', 'asserted'), item('a', 'negated')],
      { documentCount: 1, sourceCount: 1, contradicted: false },
    ],
    [
      'denials only',
      [item('a', 'negated'), item('b', 'negated')],
      { documentCount: 2, sourceCount: 2, contradicted: false },
    ],
  ] as const)('%s', (_name, items, expected) => {
    expect(supportOf(items)).toEqual(expected);
  });

  it('names a source by attribution, then publisher, then document', () => {
    expect(sourceOf(item('a', 'reported', ' CNN '))).toBe('said:cnn');
    expect(sourceOf(item('a', 'asserted', undefined, 'https://www.apnews.com/x'))).toBe(
      'site:apnews.com',
    );
    expect(sourceOf(item('a'))).toBe('doc:a');
  });
});
