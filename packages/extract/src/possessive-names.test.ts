/**
 * A business named with its owner's "'s" ("Dorrick's said", "Dorrick's has") and the same name
 * without it ("Dorrick's sales", the possessive cut off; "Dorrick said") is one entity; a
 * person named in full keeps the bare name ("Ann Holt" … "Holt said" beside "Holt's said")
 * (resolve.ts). Tables of invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** Each entity's mention surfaces, under the entity's name. */
function entitiesOf(text: string): Map<string, string[]> {
  const out = extractor.extract({ id: 't.txt', text });
  return new Map(out.entities.map((e) => [e.name, e.mentions.map((m) => m.text)]));
}

/** The entity whose mentions include `surface`, as the list of its mentions. */
function entityWith(entities: Map<string, string[]>, surface: string): string[] | undefined {
  return [...entities.values()].find((ms) => ms.includes(surface));
}

describe("a business named with and without its owner's 's", () => {
  // [text, name with the 's, name without it]
  const joined: [string, string, string][] = [
    [
      "Dorrick's sales rose 5% in May. Dorrick's has 300 shops. Dorrick said it would open more.",
      "Dorrick's",
      'Dorrick',
    ],
    [
      "Fennimore's posted a loss on Monday. Fennimore's chief executive quit in March.",
      "Fennimore's",
      'Fennimore',
    ],
    [
      "Shares in Quimby's fell. Quimby's said trade was weak. Quimby's shops will close early.",
      "Quimby's",
      'Quimby',
    ],
  ];
  it.each(joined)('%s → one entity', (text, withS, bare) => {
    const entities = entitiesOf(text);
    const one = entityWith(entities, withS);
    expect(one).toBeDefined();
    expect(one).toContain(bare);
  });

  // [text, possessive name, a bare name that stays apart from it]
  const apart: [string, string, string][] = [
    // A person named in full owns the bare name.
    [
      "Ann Holt opened a shop in May. Holt said trade was good. Holt's said sales rose.",
      "Holt's",
      'Holt',
    ],
    // A person's possessive: the owner is the person, no business.
    [
      "Kari Lund's new film opened on Friday. Lund's said it was a hit. Lund said she was glad.",
      "Lund's",
      'Lund',
    ],
  ];
  it.each(apart)('%s → apart', (text, withS, bare) => {
    const entities = entitiesOf(text);
    expect(entityWith(entities, withS) ?? []).not.toContain(bare);
  });
});
