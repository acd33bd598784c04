/** Normal forms, keys and the short forms resolution looks up. */
import { describe, expect, it } from 'vitest';
import {
  acronymOf,
  canonicalEnds,
  entityKey,
  isAcronym,
  isVariantOf,
  normaliseName,
  surnameOf,
} from './names.js';

describe('normaliseName', () => {
  it.each([
    ['The Islamic Revolutionary Guard Corps’s', 'islamic revolutionary guard corps'],
    ['  São   Paulo ', 'sao paulo'],
    ['U.S.', 'us'],
    ['Al-Qaeda', 'al qaeda'],
    ["O'Brien", 'obrien'],
    ['Theatre', 'theatre'],
    ['المنامة', 'المنامة'],
  ])('%s → %s', (name, norm) => {
    expect(normaliseName(name)).toBe(norm);
  });
});

describe('entityKey', () => {
  it.each([
    ['GPE', 'Iran', 'gpe:iran'],
    ['ORG', 'The White House', 'org:white-house'],
    ['PERSON', 'Volodymyr Zelensky', 'person:volodymyr-zelensky'],
    ['ORG', '???', 'org:???'],
  ] as const)('%s %s → %s', (type, name, key) => {
    expect(entityKey(type, name)).toBe(key);
  });
});

describe('short forms', () => {
  it.each([
    ['Islamic Revolutionary Guard Corps', 'irgc'],
    ['Bank of England', 'be'],
    ['United Arab Emirates', 'uae'],
    ['Iran', undefined],
  ])('acronym of %s is %s', (name, acronym) => {
    expect(acronymOf(name)).toBe(acronym);
  });

  it.each([
    ['IRGC', true],
    ['U.N.', true],
    ['NATO', true],
    ['Nato', false],
    ['I', false],
  ])('%s is an acronym: %s', (text, expected) => {
    expect(isAcronym(text)).toBe(expected);
  });

  it.each([
    ['Vladimir Putin', 'putin'],
    ['Putin', undefined],
  ])('surname of %s is %s', (name, surname) => {
    expect(surnameOf(name)).toBe(surname);
  });

  it.each([
    ['IRGC', 'Islamic Revolutionary Guard Corps', true],
    ['Putin', 'Vladimir Putin', true],
    ['Guard Corps', 'Islamic Revolutionary Guard Corps', true],
    ['Tehran', 'Iran', false],
    ['Iran', 'Iran', false],
    ['Put', 'Vladimir Putin', false],
  ])('%s is a short form of %s: %s', (short, full, expected) => {
    expect(isVariantOf(short, full)).toBe(expected);
  });
});

describe('canonicalEnds', () => {
  it.each([
    ['gpe:russia', 'MEETS', 'gpe:iran', ['gpe:iran', 'gpe:russia', true]],
    ['gpe:iran', 'MEETS', 'gpe:russia', ['gpe:iran', 'gpe:russia', false]],
    ['gpe:russia', 'ATTACKS', 'gpe:iran', ['gpe:russia', 'gpe:iran', false]],
  ] as const)('%s %s %s', (s, p, o, [subject, object, swapped]) => {
    expect(canonicalEnds(s, p, o)).toEqual({ subject, object, swapped });
  });
});
