/**
 * A parsed sentence as a readable indented tree: the root first, each word's dependents under it
 * in text order, with its relation and tag. What `kg parse` prints by default.
 */

export interface TreeWord {
  text: string;
  upos: string;
  /** Index of the head in the sentence, 0-based; -1 for the root. */
  head: number;
  deprel: string;
}

/**
 * Renders one sentence's tree, one word a line.
 *
 * @example
 * renderTree([
 *   { text: 'Iran', upos: 'PROPN', head: 1, deprel: 'nsubj' },
 *   { text: 'sent', upos: 'VERB', head: -1, deprel: 'root' },
 *   { text: 'troops', upos: 'NOUN', head: 1, deprel: 'obj' },
 * ]);
 * // sent VERB root [2]
 * // ├── Iran PROPN nsubj [1]
 * // └── troops NOUN obj [3]
 */
export function renderTree(words: readonly TreeWord[]): string {
  const children: number[][] = words.map(() => []);
  const roots: number[] = [];
  words.forEach((w, i) => {
    if (w.head >= 0 && w.head < words.length && w.head !== i) children[w.head]!.push(i);
    else roots.push(i);
  });
  const lines: string[] = [];
  const seen = new Set<number>();
  const label = (i: number) => {
    const w = words[i]!;
    return `${w.text} ${w.upos} ${w.deprel} [${i + 1}]`;
  };
  const visit = (i: number, prefix: string, last: boolean, top: boolean) => {
    if (seen.has(i)) return;
    seen.add(i);
    lines.push(top ? label(i) : `${prefix}${last ? '└── ' : '├── '}${label(i)}`);
    const below = top ? '' : `${prefix}${last ? '    ' : '│   '}`;
    const kids = children[i]!;
    kids.forEach((k, j) => visit(k, below, j === kids.length - 1, false));
  };
  for (const r of roots) visit(r, '', true, true);
  // A cycle (never produced by the parser, possible in a hand-made tree) still shows every word.
  words.forEach((_, i) => visit(i, '', true, true));
  return lines.join('\n');
}
