import { describe, expect, it } from 'vitest';
import { bucketsOf } from './timeline.js';

describe('timeline buckets', () => {
  it('uses days for a short span and fills the gaps', () => {
    const { unit, buckets } = bucketsOf([
      { day: '2005-01-30', count: 2 },
      { day: '2005-02-02', count: 1 },
    ]);
    expect(unit).toBe('day');
    expect(buckets.map((b) => [b.start, b.count])).toEqual([
      ['2005-01-30', 2],
      ['2005-01-31', 0],
      ['2005-02-01', 0],
      ['2005-02-02', 1],
    ]);
  });

  it('uses months for a span of years, each bucket ending on its last day', () => {
    const { unit, buckets } = bucketsOf([
      { day: '2004-11-15', count: 1 },
      { day: '2005-02-01', count: 3 },
      { day: '2005-02-20', count: 1 },
      { day: '2006-01-01', count: 1 },
    ]);
    expect(unit).toBe('month');
    expect(buckets[0]).toEqual({ start: '2004-11-01', end: '2004-11-30', count: 1 });
    expect(buckets.find((b) => b.start === '2005-02-01')).toEqual({
      start: '2005-02-01',
      end: '2005-02-28',
      count: 4,
    });
    expect(buckets).toHaveLength(15);
  });

  it('is empty without dated evidence', () => {
    expect(bucketsOf([]).buckets).toEqual([]);
  });
});
