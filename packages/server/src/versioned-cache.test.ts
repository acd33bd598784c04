import { describe, expect, it } from 'vitest';
import { createVersionedCache } from './versioned-cache.js';

describe('versioned cache', () => {
  it('computes once per key and version, and forgets on a new version', async () => {
    let version = 1;
    let computed = 0;
    const cache = createVersionedCache<number>(() => version, 10);
    const compute = async () => ++computed;
    expect(await Promise.all([cache.get('a', compute), cache.get('a', compute)])).toEqual([1, 1]);
    expect(await cache.get('a', compute)).toBe(1);
    version = 2;
    expect(await cache.get('a', compute)).toBe(2);
  });

  it('drops the least recently used entry past its size, and never keeps a failure', async () => {
    const cache = createVersionedCache<string>(() => 0, 2);
    await cache.get('a', async () => 'a');
    await cache.get('b', async () => 'b');
    await cache.get('a', async () => 'a');
    await cache.get('c', async () => 'c');
    expect(cache.peek('b')).toBeUndefined();
    expect(cache.peek('a')).toBeDefined();
    await expect(cache.get('x', async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(cache.peek('x')).toBeUndefined();
  });
});
