/** Cross-document merge: entities by name and alias within a family, relations re-keyed. */
import { describe, expect, it } from 'vitest';
import type { Entity, EntityType, Extraction, Modality, Relation } from '@kg/schema';
import { mergeExtractions } from './merge.js';

function entity(
  doc: string,
  id: string,
  name: string,
  type: EntityType,
  aliases: string[] = [],
): Entity {
  return {
    id,
    name,
    type,
    aliases,
    mentions: [{ doc, start: 0, end: name.length, text: name, type }],
  };
}

function relation(
  doc: string,
  subject: string,
  predicate: Relation['predicate'],
  object: string,
  modality: Modality = 'asserted',
  confidence = 0.8,
  start = 0,
): Relation {
  return {
    subject,
    predicate,
    object,
    modality,
    confidence,
    evidence: [{ doc, start, end: start + 10, text: 'x'.repeat(10), modality, confidence }],
  };
}

function extraction(doc: string, entities: Entity[], relations: Relation[] = []): Extraction {
  return {
    extractorVersion: '1',
    documents: [{ id: doc, hash: doc, format: 'text', chars: 100 }],
    entities,
    relations,
  };
}

const names = (x: Extraction) => x.entities.map((e) => `${e.id} ${e.type} ${e.name}`);

describe('mergeExtractions', () => {
  it('merges one entity named alike in two documents, with all mentions', () => {
    const merged = mergeExtractions([
      extraction('a', [entity('a', 'e1', 'Iran', 'GPE'), entity('a', 'e2', 'Russia', 'GPE')]),
      extraction('b', [
        entity('b', 'e1', 'Russia', 'GPE'),
        entity('b', 'e2', 'the Kremlin', 'ORG'),
      ]),
    ]);
    expect(names(merged)).toEqual(['e1 GPE Iran', 'e2 GPE Russia', 'e3 ORG the Kremlin']);
    expect(merged.entities[1]?.mentions.map((m) => m.doc)).toEqual(['a', 'b']);
    expect(merged.documents.map((d) => d.id)).toEqual(['a', 'b']);
  });

  it.each<[string, Entity, Entity, number]>([
    ['case, dots and "the"', entity('a', 'e1', 'U.S.', 'GPE'), entity('b', 'e1', 'us', 'GPE'), 1],
    [
      'a name that is an alias',
      entity('a', 'e1', 'Iran', 'GPE', ['Tehran', 'Iranian']),
      entity('b', 'e1', 'Tehran', 'GPE'),
      1,
    ],
    [
      'an alias that is a name',
      entity('a', 'e1', 'IRGC', 'ORG'),
      entity('b', 'e1', 'Revolutionary Guard', 'ORG', ['IRGC']),
      1,
    ],
    [
      'places of different types',
      entity('a', 'e1', 'Crimea', 'LOC'),
      entity('b', 'e1', 'Crimea', 'GPE'),
      1,
    ],
    [
      'a person and a country',
      entity('a', 'e1', 'Jordan', 'PERSON'),
      entity('b', 'e1', 'Jordan', 'GPE'),
      2,
    ],
    [
      'two names sharing an alias only',
      entity('a', 'e1', 'John Kirby', 'PERSON', ['Kirby']),
      entity('b', 'e1', 'Mary Kirby', 'PERSON', ['Kirby']),
      2,
    ],
  ])('%s', (_name, a, b, count) => {
    const merged = mergeExtractions([extraction('a', [a]), extraction('b', [b])]);
    expect(merged.entities).toHaveLength(count);
  });

  it('leaves an ambiguous short name alone', () => {
    const merged = mergeExtractions([
      extraction('a', [entity('a', 'e1', 'John Kirby', 'PERSON', ['Kirby'])]),
      extraction('b', [entity('b', 'e1', 'Mary Kirby', 'PERSON', ['Kirby'])]),
      extraction('c', [entity('c', 'e1', 'Kirby', 'PERSON')]),
    ]);
    expect(names(merged)).toEqual([
      'e1 PERSON John Kirby',
      'e2 PERSON Mary Kirby',
      'e3 PERSON Kirby',
    ]);
  });

  it('names the merged entity by its most mentioned name and keeps the others as aliases', () => {
    const often = entity('b', 'e1', 'Iran', 'GPE', ['Iranian']);
    often.mentions.push({ ...often.mentions[0]!, start: 20, end: 24 });
    const merged = mergeExtractions([
      extraction('a', [entity('a', 'e1', 'Tehran', 'GPE', ['Iran'])]),
      extraction('b', [often]),
    ]);
    expect(merged.entities).toHaveLength(1);
    expect(merged.entities[0]).toMatchObject({
      id: 'e1',
      name: 'Iran',
      aliases: ['Tehran', 'Iranian'],
    });
    expect(merged.entities[0]?.mentions).toHaveLength(3);
  });

  it('re-keys relations and joins the evidence of the same relation', () => {
    const merged = mergeExtractions([
      extraction(
        'a',
        [entity('a', 'e1', 'Iran', 'GPE'), entity('a', 'e2', 'Russia', 'GPE')],
        [relation('a', 'e1', 'SUPPLIES', 'e2', 'considered', 0.5)],
      ),
      extraction(
        'b',
        [
          entity('b', 'e1', 'Ukraine', 'GPE'),
          entity('b', 'e2', 'Russia', 'GPE'),
          entity('b', 'e3', 'Iran', 'GPE'),
        ],
        [
          relation('b', 'e3', 'SUPPLIES', 'e2', 'asserted', 0.9),
          relation('b', 'e2', 'ATTACKS', 'e1'),
        ],
      ),
    ]);
    expect(names(merged)).toEqual(['e1 GPE Iran', 'e2 GPE Russia', 'e3 GPE Ukraine']);
    expect(
      merged.relations.map((r) => `${r.subject} ${r.predicate} ${r.object} ${r.modality}`),
    ).toEqual(['e1 SUPPLIES e2 asserted', 'e2 ATTACKS e3 asserted']);
    expect(merged.relations[0]?.evidence.map((e) => e.doc)).toEqual(['a', 'b']);
    expect(merged.relations[0]?.confidence).toBe(0.9);
  });

  it('joins a symmetric relation seen in both directions', () => {
    const merged = mergeExtractions([
      extraction(
        'a',
        [entity('a', 'e1', 'Iran', 'GPE'), entity('a', 'e2', 'Russia', 'GPE')],
        [relation('a', 'e1', 'MEETS', 'e2')],
      ),
      extraction(
        'b',
        [entity('b', 'e1', 'Russia', 'GPE'), entity('b', 'e2', 'Iran', 'GPE')],
        [relation('b', 'e1', 'MEETS', 'e2')],
      ),
    ]);
    expect(merged.relations).toHaveLength(1);
    expect(merged.relations[0]).toMatchObject({ subject: 'e1', object: 'e2' });
    expect(merged.relations[0]?.evidence).toHaveLength(2);
  });

  it('drops a relation whose two ends became one entity', () => {
    const merged = mergeExtractions([
      extraction(
        'a',
        [entity('a', 'e1', 'Iran', 'GPE'), entity('a', 'e2', 'IRAN', 'GPE')],
        [relation('a', 'e1', 'ATTACKS', 'e2')],
      ),
    ]);
    expect(merged.entities).toHaveLength(1);
    expect(merged.relations).toEqual([]);
  });

  it('returns an empty extraction for no input', () => {
    expect(mergeExtractions([])).toMatchObject({ documents: [], entities: [], relations: [] });
  });
});
