/**
 * Named storms (issue 14), on sentences written for these tests: the storm word and the name are
 * one EVENT, whatever the name alone reads as (a person, a company, a city).
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from './analysis.js';
import { loadNlp } from './nlp.js';
import { analyse } from './pipeline.js';

const run = (text: string): Analysis => analyse(loadNlp(), 'test', text);

const names = (a: Analysis) => [...a.entities.values()].map((e) => `${e.name}/${e.type}`);

describe('must: a storm word and its name are one event', () => {
  const cases: [string, string][] = [
    ['Hurricane Marvella hit the coast in 2005.', 'Hurricane Marvella/EVENT'],
    ['The town was flooded after Hurricane Odalys.', 'Hurricane Odalys/EVENT'],
    ['Typhoon Keltor killed dozens on the island.', 'Typhoon Keltor/EVENT'],
    ['Tropical Storm Brenna flooded the valley.', 'Tropical Storm Brenna/EVENT'],
    // A city's name: the storm, not the city.
    ['Hurricane Florence made landfall on Friday.', 'Hurricane Florence/EVENT'],
    ['Storm Ciaran brought gales to the coast.', 'Storm Ciaran/EVENT'],
  ];
  it.each(cases)('%s → %s', (text, entity) => {
    expect(names(run(text))).toContain(entity);
  });
});

describe('must not: storm words that name no storm', () => {
  const cases: [string, string][] = [
    ['The Hurricane season starts in June.', 'Hurricane'],
    ['Storm Hits Coast', 'Storm Hits'],
    ['The storm hit Norland on Monday.', 'storm'],
    ['Forecasters at the National Hurricane Center said the storm weakened.', 'Hurricane Center'],
  ];
  it.each(cases)('%s → no storm in %s', (text) => {
    expect(names(run(text)).filter((n) => n.endsWith('/EVENT'))).toEqual([]);
  });
});

const typesOf = (a: Analysis, text: string) =>
  a.mentions.filter((m) => m.text === text).map((m) => a.entities.get(m.entityId)?.type);

describe("must: the storm's name alone, after the storm is named in full, is the storm", () => {
  const cases: [string, string][] = [
    ['Hurricane Marvella hit Varna. Marvella packed winds of 200 km an hour.', 'Marvella'],
    ["Cyclone Keltor weakened. Keltor's winds fell as it moved inland.", 'Keltor'],
  ];
  it.each(cases)('%s → %s is the storm', (text, name) => {
    expect(typesOf(run(text), name)).toEqual(['EVENT']);
  });
});

describe('must not: a person of that name before the storm, or in a longer name', () => {
  const cases: [string, string, string][] = [
    ['Marvella Holt said Hurricane Marvella was strong.', 'Marvella Holt', 'PERSON'],
    ['Marvella said on Monday she would stay. Hurricane Marvella hit Varna.', 'Marvella', 'PERSON'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typesOf(run(text), name)).toEqual([type]);
  });
});
