import { describe, expect, it } from 'vitest';
import { counted, relationLabel, shownOf } from './words.js';

describe('numbers and relations in words', () => {
  it.each([
    [counted(1, 'entity', 'entities'), '1 entity'],
    [counted(13349, 'entity', 'entities'), '13,349 entities'],
    [counted(0, 'source'), '0 sources'],
    [shownOf(150, 13349, 'entity', 'entities'), '150 of 13,349 entities'],
    [shownOf(1, 1, 'relation', 'relations'), '1 relation'],
    [shownOf(26, 26, 'entity', 'entities'), '26 entities'],
  ])('%s', (text, expected) => {
    expect(text).toBe(expected);
  });

  it.each([
    [
      { predicate: 'DEPLOYS_TO', modality: 'reported', evidenceCount: 3, sourceCount: 2 },
      'deploys to · reported · 2 sources',
    ],
    [
      { predicate: 'MEETS', modality: 'asserted', evidenceCount: 1, sourceCount: 1 },
      'meets · 1 source',
    ],
    [
      {
        predicate: 'ATTACKS',
        modality: 'asserted',
        evidenceCount: 4,
        sourceCount: 3,
        contradicted: true,
      },
      'attacks · 3 sources · contradicted',
    ],
    [
      { predicate: 'RELATED_TO', label: 'signs with', modality: 'alleged', evidenceCount: 2 },
      'signs with · alleged · 2 sentences',
    ],
  ] as const)('labels %j', (attrs, expected) => {
    expect(relationLabel(attrs)).toBe(expected);
  });
});
