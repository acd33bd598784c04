import { describe, expect, it } from 'vitest';
import { BACKOFF_CLASSES, backoffClass, induceClusters } from './clusters.js';
import { Vocabulary } from './features.js';

/**
 * A small language with two kinds of words that never share a context: animals follow "the"
 * and come before verbs; verbs follow animals and come before "the". A clustering that learns
 * anything puts each kind in its own class.
 */
function corpus(): string[][] {
  const animals = ['cat', 'dog', 'horse', 'goat', 'cow'];
  const verbs = ['sees', 'likes', 'chases', 'feeds', 'finds'];
  const sentences: string[][] = [];
  for (let i = 0; i < 400; i++) {
    const a = animals[(i * 7) % 5]!;
    const v = verbs[(i * 3) % 5]!;
    const b = animals[(i * 11 + 2) % 5]!;
    sentences.push(['The', a, v, 'the', b, '.']);
  }
  return sentences;
}

describe('induceClusters (bidirectional predictive exchange)', () => {
  const clusters = induceClusters(corpus(), [4, 2], { minCount: 3 });
  const classOf = (w: string, k = 0) => clusters.classes[k]![clusters.words.indexOf(w)];

  it('puts words that share their contexts together, and words that do not apart', () => {
    for (const w of ['dog', 'horse', 'goat', 'cow']) expect(classOf(w)).toBe(classOf('cat'));
    for (const w of ['likes', 'chases', 'feeds', 'finds']) expect(classOf(w)).toBe(classOf('sees'));
    expect(classOf('cat')).not.toBe(classOf('sees'));
    expect(classOf('cat')).not.toBe(classOf('the'));
  });

  it('gives one class per word per clustering, within the size asked for, most frequent first', () => {
    expect(clusters.sizes).toEqual([4, 2]);
    expect(clusters.words[0]).toBe('the');
    for (const [k, size] of clusters.sizes.entries()) {
      expect(clusters.classes[k]).toHaveLength(clusters.words.length);
      for (const c of clusters.classes[k]!) expect(c >= 0 && c < size).toBe(true);
    }
  });

  it('leaves out words seen fewer than minCount times, and is deterministic', () => {
    const text = [...corpus(), ['The', 'yak', 'sees', 'the', 'cat', '.']];
    const once = induceClusters(text, [4, 2], { minCount: 3 });
    expect(once.words).not.toContain('yak');
    expect(induceClusters(text, [4, 2], { minCount: 3 })).toEqual(once);
  });
});

describe('backoffClass (words the clusters do not know)', () => {
  it('puts invented names together and apart from lower-case words, by shape and ending', () => {
    const name = backoffClass('Globex');
    for (const w of ['Lemuria', 'Vik', 'Tarnby', 'Ola']) expect(backoffClass(w)).toBe(name);
    expect(backoffClass('NATO')).not.toBe(name);
    expect(backoffClass('Harbin-based')).not.toBe(name);
    expect(backoffClass('annexed')).toBe(backoffClass('shelled'));
    expect(backoffClass('annexed')).not.toBe(backoffClass('annexing'));
    expect(backoffClass('swiftly')).not.toBe(backoffClass('annexed'));
    expect(backoffClass('1,200')).not.toBe(backoffClass('--'));
    for (const w of ['Globex', 'NATO', 'x-ray', '1,200', '--', 'annexed', 'blorp', 'ferrous'])
      expect(backoffClass(w) >= 0 && backoffClass(w) < BACKOFF_CLASSES).toBe(true);
  });

  it('gives a word with no class its back-off atom only when the clusters ask for it', () => {
    const clusters = induceClusters(corpus(), [4, 2], { minCount: 3 });
    const atoms = (v: Vocabulary, w: string) => {
      const e = v.entry(w);
      return [v.entryFine[e], v.entryCoarse[e]];
    };
    const plain = new Vocabulary(['cat'], clusters);
    const backedOff = new Vocabulary(['cat'], { ...clusters, backoff: 1 });
    // Known words read their classes either way.
    expect(atoms(backedOff, 'cat')).toEqual(atoms(plain, 'cat'));
    // Unknown ones: one "no class" atom, or one per shape, after the classes.
    expect(atoms(plain, 'Globex')).toEqual(atoms(plain, 'annexed'));
    expect(atoms(backedOff, 'Globex')).not.toEqual(atoms(backedOff, 'annexed'));
    expect(atoms(backedOff, 'Globex')).toEqual(atoms(backedOff, 'Lemuria'));
    expect(backedOff.fineClasses).toBe(plain.fineClasses + BACKOFF_CLASSES);
    const [fine, coarse] = atoms(backedOff, 'Globex');
    expect(fine).toBeGreaterThanOrEqual(plain.fineClasses);
    expect(fine).toBeLessThan(backedOff.fineClasses);
    expect(coarse).toBeGreaterThanOrEqual(plain.coarseClasses);
    expect(coarse).toBeLessThan(backedOff.coarseClasses);
  });
});
