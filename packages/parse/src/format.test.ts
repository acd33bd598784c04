import { describe, expect, it } from 'vitest';
import { renderTree } from './format.js';

describe('renderTree', () => {
  it('draws dependents under their head in text order', () => {
    const words = [
      { text: 'Iran', upos: 'PROPN', head: 1, deprel: 'nsubj' },
      { text: 'sent', upos: 'VERB', head: -1, deprel: 'root' },
      { text: 'troops', upos: 'NOUN', head: 1, deprel: 'obj' },
      { text: 'to', upos: 'ADP', head: 4, deprel: 'case' },
      { text: 'Crimea', upos: 'PROPN', head: 1, deprel: 'obl' },
    ];
    expect(renderTree(words)).toBe(
      [
        'sent VERB root [2]',
        '├── Iran PROPN nsubj [1]',
        '├── troops NOUN obj [3]',
        '└── Crimea PROPN obl [5]',
        '    └── to ADP case [4]',
      ].join('\n'),
    );
  });

  it('shows every word of a tree with a cycle', () => {
    const words = [
      { text: 'a', upos: 'X', head: 1, deprel: 'dep' },
      { text: 'b', upos: 'X', head: 0, deprel: 'dep' },
    ];
    expect(renderTree(words).split('\n')).toHaveLength(2);
  });
});
