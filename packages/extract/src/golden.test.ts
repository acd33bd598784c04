/**
 * Golden test of the sample article (data/iran-drones-crimea.txt): the entities, their types and
 * aliases must match the reviewed golden file, the key aliases must resolve to their country, and
 * every mention offset must slice the original text. After an intended change, regenerate the
 * golden file from the extractor's output and review the diff.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';

const articleUrl = new URL('../../../data/iran-drones-crimea.txt', import.meta.url);
const goldenUrl = new URL('./__golden__/iran-drones-crimea.entities.json', import.meta.url);

interface GoldenEntity {
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
}

describe('sample article (golden)', () => {
  const text = readFileSync(articleUrl, 'utf8');
  const extraction = createExtractor().extract({ id: 'iran-drones-crimea.txt', text });
  const golden = JSON.parse(readFileSync(goldenUrl, 'utf8')) as GoldenEntity[];

  it('matches the reviewed entities, types and aliases', () => {
    const actual = extraction.entities
      .map((e) => ({
        name: e.name,
        type: e.type,
        aliases: [...e.aliases].sort(),
        mentions: e.mentions.length,
      }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    expect(actual).toEqual(golden);
  });

  const resolves: [string, string, string][] = [
    ['Tehran', 'Iran', 'GPE'],
    ['Iranian', 'Iran', 'GPE'],
    ['Iranians', 'Iran', 'GPE'],
    ['Moscow', 'Russia', 'GPE'],
    ['Russians', 'Russia', 'GPE'],
    ['US', 'United States', 'GPE'],
    ['American', 'United States', 'GPE'],
    ['British', 'United Kingdom', 'GPE'],
    ['Kirby', 'John Kirby', 'PERSON'],
    ['Biden', 'Joe Biden', 'PERSON'],
    ['Iranian Revolutionary Guard Corps', 'Islamic Revolutionary Guard Corps', 'ORG'],
    ['unmanned aerial vehicles', 'drones', 'WEAPON'],
  ];
  it.each(resolves)('%s resolves to %s', (surface, name, type) => {
    const entity = extraction.entities.find((e) => e.mentions.some((m) => m.text === surface));
    expect(entity?.name).toBe(name);
    expect(entity?.type).toBe(type);
  });

  it('keeps photo credits and link lines out of the entities', () => {
    const names = extraction.entities.flatMap((e) => [e.name, ...e.aliases]);
    expect(names).not.toContain('Getty Images');
    expect(names).not.toContain('Liz Truss');
  });

  it('gives every mention offsets into the original text', () => {
    for (const e of extraction.entities) {
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
