import { describe, expect, it } from 'vitest';
import { extractionPieces } from './pieces.js';
import type { Entity, Extraction, Relation } from './types.js';

/** An entity mentioned `mentions` times. */
function entity(i: number, mentions: number): Entity {
  return {
    id: `e${i}`,
    name: `Name${i}`,
    type: 'ORG',
    aliases: [],
    mentions: Array.from({ length: mentions }, (_, m) => ({
      doc: 'd',
      start: m * 10,
      end: m * 10 + 5,
      text: `Name${i}`,
      type: 'ORG',
    })),
  };
}

/** A relation with one evidence sentence of `chars` characters. */
function relation(i: number, chars: number): Relation {
  return {
    subject: `e${i}`,
    predicate: 'MEETS',
    object: `e${i + 1}`,
    modality: 'asserted',
    confidence: 0.9,
    evidence: [
      { doc: 'd', start: 0, end: chars, text: 'x'.repeat(chars), modality: 'asserted' },
    ] as Relation['evidence'],
  } as Relation;
}

function extraction(entities: Entity[], relations: Relation[]): Extraction {
  return { extractorVersion: 'v', documents: [], entities, relations };
}

const many = <T>(n: number, make: (i: number) => T): T[] =>
  Array.from({ length: n }, (_, i) => make(i));

describe('extractionPieces', () => {
  // [case, entities, relations, max weight, pieces]
  const cases: [string, Entity[], Relation[], number, number][] = [
    ['nothing', [], [], 100, 0],
    [
      'a light extraction stays whole',
      many(20, (i) => entity(i, 1)),
      many(30, (i) => relation(i, 50)),
      100,
      0,
    ],
    [
      'one relation over: two pieces',
      many(20, (i) => entity(i, 1)),
      many(31, (i) => relation(i, 50)),
      100,
      2,
    ],
    [
      'entities and relations share a piece',
      many(10, (i) => entity(i, 4)),
      many(100, (i) => relation(i, 50)),
      100,
      3,
    ],
    ['an entity mentioned often weighs its mentions', many(4, (i) => entity(i, 60)), [], 100, 4],
    [
      'an entity heavier than a piece makes one of its own',
      [entity(0, 1), entity(1, 500), entity(2, 1)],
      [],
      100,
      3,
    ],
    ['long evidence sentences weigh their length', [], many(10, (i) => relation(i, 2000)), 100, 3],
  ];
  it.each(cases)('%s', (_, entities, relations, maxWeight, pieces) => {
    const whole = extraction(entities, relations);
    const cut = extractionPieces(whole, maxWeight);
    expect(cut.pieces).toHaveLength(pieces);
    if (pieces === 0) expect(cut.head).toBe(whole);
    // Put together again in order, it is the extraction it was.
    const again = {
      ...cut.head,
      entities: [...cut.head.entities],
      relations: [...cut.head.relations],
    };
    for (const piece of cut.pieces) {
      expect(piece.entities.length + piece.relations.length).toBeGreaterThan(0);
      again.entities.push(...piece.entities);
      again.relations.push(...piece.relations);
    }
    expect(again).toEqual(whole);
  });
});
