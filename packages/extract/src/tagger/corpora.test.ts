/**
 * GUM's names as Universal NER annotates them (readGum): a person's name is the head and the
 * words joined to it as a name ("flat"), without the titles and places GUM's mention holds
 * ("Vice President Ann Holt" → "Ann Holt", "Governor of Norland Tom Reed" → "Tom Reed" and the
 * place "Norland"); an organisation keeps its words ("General Kelvex Motors"). An invented
 * document in GUM's format.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGum } from './corpora.js';

const row = (cols: (string | number)[]) => cols.join('\t');
const CONLLU = [
  '# newdoc id = GUM_news_invented',
  '# text = Vice President Ann Holt met Governor of Norland Tom Reed at General Kelvex Motors.',
  row([1, 'Vice', 'Vice', 'PROPN', 'NNP', '_', 2, 'compound', '_', 'Entity=(1-person-new']),
  row([2, 'President', 'President', 'PROPN', 'NNP', '_', 3, 'nmod:desc', '_', '_']),
  row([3, 'Ann', 'Ann', 'PROPN', 'NNP', '_', 5, 'nsubj', '_', '_']),
  row([4, 'Holt', 'Holt', 'PROPN', 'NNP', '_', 3, 'flat', '_', 'Entity=1)']),
  row([5, 'met', 'meet', 'VERB', 'VBD', '_', 0, 'root', '_', '_']),
  row([
    6,
    'Governor',
    'Governor',
    'PROPN',
    'NNP',
    '_',
    9,
    'nmod:desc',
    '_',
    'Entity=(2-person-new',
  ]),
  row([7, 'of', 'of', 'ADP', 'IN', '_', 8, 'case', '_', '_']),
  row([8, 'Norland', 'Norland', 'PROPN', 'NNP', '_', 6, 'nmod', '_', 'Entity=(3-place-new)']),
  row([9, 'Tom', 'Tom', 'PROPN', 'NNP', '_', 5, 'obj', '_', '_']),
  row([10, 'Reed', 'Reed', 'PROPN', 'NNP', '_', 9, 'flat', '_', 'Entity=2)']),
  row([11, 'at', 'at', 'ADP', 'IN', '_', 14, 'case', '_', '_']),
  row([
    12,
    'General',
    'General',
    'PROPN',
    'NNP',
    '_',
    14,
    'compound',
    '_',
    'Entity=(4-organization-new',
  ]),
  row([13, 'Kelvex', 'Kelvex', 'PROPN', 'NNP', '_', 14, 'compound', '_', '_']),
  row([14, 'Motors', 'Motors', 'PROPN', 'NNPS', '_', 5, 'obl', '_', 'Entity=4)|SpaceAfter=No']),
  row([15, '.', '.', 'PUNCT', '.', '_', 5, 'punct', '_', '_']),
  '',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'kg-gum-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readGum', () => {
  it('reads people without their titles and places, bodies whole', () => {
    const file = join(dir, 'invented.conllu');
    writeFileSync(file, CONLLU);
    const [doc] = readGum(file, ['news']);
    const names = (doc?.spans ?? [])
      .filter((s) => s.tag !== null)
      .map((s) => `${doc?.text.slice(s.start, s.end)}/${s.tag}`);
    expect(names).toEqual([
      'Ann Holt/PER',
      'Norland/LOC',
      'Tom Reed/PER',
      'General Kelvex Motors/ORG',
    ]);
  });
});
