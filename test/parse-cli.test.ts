/**
 * `kg parse` end to end with the built CLI and the model shipped in @kg/parse: the readable tree,
 * JSON and CoNLL-U outputs, CoNLL-U in and out with given words, and the same typed errors as
 * `kg extract` for bad input. Needs the build (`npx tsc -b`); root `pnpm test` builds first.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConllu } from '@kg/parse';

const kg = fileURLToPath(new URL('../packages/cli/dist/main.js', import.meta.url));
const fixture = fileURLToPath(
  new URL('../packages/parse/src/__fixtures__/ewt-dev-80.conllu', import.meta.url),
);
const dir = mkdtempSync(join(tmpdir(), 'kg-parse-cli-'));
const path = (name: string) => join(dir, name);

function parse(...args: string[]) {
  const res = spawnSync(process.execPath, [kg, 'parse', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

interface JsonWord {
  id: number;
  text: string;
  start: number;
  end: number;
  upos: string;
  head: number;
  deprel: string;
}
interface JsonOutput {
  documents: { id: string; sentences: { text: string; words: JsonWord[] }[] }[];
}

beforeAll(() => {
  writeFileSync(path('news.txt'), 'Iran sent drones to Russia.\nMoscow denied it.\n');
  writeFileSync(path('empty.txt'), '');
  writeFileSync(path('bad.conllu'), '1\tHi\t_\n\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg parse', () => {
  const sentence = 'Iran sent troops to Crimea to help Russia.';

  it('finds who did what to whom in "Iran sent troops to Crimea to help Russia."', () => {
    const { code, stdout, stderr } = parse(sentence, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [s] = (JSON.parse(stdout) as JsonOutput).documents[0]!.sentences;
    const word = (text: string) => s!.words.find((w) => w.text === text)!;
    const sent = word('sent');
    expect(word('troops')).toMatchObject({ head: sent.id, deprel: 'obj' });
    expect(word('Crimea').head).toBe(sent.id);
    expect(word('Crimea').deprel).toMatch(/^obl/);
    expect(word('help').head).toBe(sent.id);
    expect(['xcomp', 'advcl']).toContain(word('help').deprel);
    expect(word('Iran')).toMatchObject({ head: sent.id, deprel: 'nsubj' });
  });

  it('prints a readable tree by default', () => {
    const { code, stdout } = parse(sentence);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`# ${sentence}`);
    expect(lines[1]).toBe('sent VERB root [2]');
    expect(lines).toContain('├── troops NOUN obj [3]');
  });

  it('reads a file, one tree per sentence, with offsets into the file', () => {
    const { code, stdout } = parse(path('news.txt'), '--format', 'json');
    expect(code).toBe(0);
    const doc = (JSON.parse(stdout) as JsonOutput).documents[0]!;
    expect(doc.id).toBe(path('news.txt'));
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Iran sent drones to Russia.',
      'Moscow denied it.',
    ]);
    const text = readFileSync(path('news.txt'), 'utf8');
    for (const s of doc.sentences) {
      expect(s.words.filter((w) => w.head === 0)).toHaveLength(1);
      for (const w of s.words) expect(text.slice(w.start, w.end)).toBe(w.text);
    }
  });

  it('writes CoNLL-U that reads back with one root per sentence', () => {
    const { code, stdout } = parse(path('news.txt'), '--format', 'conllu');
    expect(code).toBe(0);
    const sentences = readConllu(stdout);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]?.comments).toContain('# text = Iran sent drones to Russia.');
    for (const s of sentences) expect(s.words.filter((w) => w.head === -1)).toHaveLength(1);
  });

  it('keeps the words of a CoNLL-U file and predicts UPOS, HEAD and DEPREL (--conllu)', () => {
    const { code, stdout } = parse('--conllu', fixture);
    expect(code).toBe(0);
    const gold = readConllu(readFileSync(fixture, 'utf8'));
    const predicted = readConllu(stdout);
    expect(predicted.map((s) => s.words.map((w) => w.form))).toEqual(
      gold.map((s) => s.words.map((w) => w.form)),
    );
    let words = 0;
    let attached = 0;
    gold.forEach((s, i) =>
      s.words.forEach((w, k) => {
        words++;
        if (predicted[i]?.words[k]?.head === w.head) attached++;
      }),
    );
    expect(attached / words).toBeGreaterThan(0.7);
  });

  const bad: [string, string[], RegExp][] = [
    ['a missing file', ['missing.txt'], /no such file\. \[NOT_FOUND\]/],
    ['an empty file', ['empty.txt'], /empty file, skipped\. \[EMPTY_INPUT\]/],
    [
      'malformed CoNLL-U',
      ['--conllu', 'bad.conllu'],
      /line 1: expected 10 tab-separated columns.*\[PARSE_ERROR\]/,
    ],
  ];
  it.each(bad)('refuses %s with a typed error, exit 1', (_, args, message) => {
    const { code, stderr } = parse(...args.map((a) => (a.startsWith('--') ? a : path(a))));
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });

  it('refuses a call without input as a usage error, exit 2', () => {
    const { code, stderr } = parse();
    expect(code).toBe(2);
    expect(stderr).toMatch(/no TEXT or FILE given/);
  });
});
