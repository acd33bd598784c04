/** Repairs of the parse errors the relation layer meets most, checked on the repaired tree. */
import { describe, expect, it } from 'vitest';
import { relationLexicon } from './lexicon.js';
import type { GivenMention } from './test-helper.js';
import { analysisOf } from './test-helper.js';
import { sentenceTrees } from './tree.js';

/** The repaired head word and label of `word` in `text`. */
function arc(text: string, mentions: GivenMention[], word: string): string {
  const analysis = analysisOf(text, mentions);
  const [tree] = sentenceTrees(analysis, relationLexicon());
  const i = analysis.tokens.findIndex((t) => t.text === word);
  if (!tree || i < 0) throw new Error(`no "${word}"`);
  const h = tree.parent(i);
  return `${tree.label(i)} ${h >= 0 ? analysis.tokens[h]?.text : 'ROOT'}`;
}

describe('repairs', () => {
  it('makes a hyphenated participle modify the noun after it', () => {
    const text = 'Rebels fired Lemurian-made rockets at the base.';
    const m: GivenMention[] = [['Lemurian', 'lemuria', 'NORP', 'demonym']];
    expect(arc(text, m, 'made')).toBe('amod rockets');
    expect(arc(text, m, 'Lemurian')).toMatch(/ made$/);
    expect(arc(text, m, 'rockets')).toBe('obj fired');
  });

  it('makes a hyphenated modifier modify the noun after it', () => {
    const text = 'US-German carmaker Daimler raised its stake.';
    const m: GivenMention[] = [
      ['US', 'us', 'GPE', 'acronym'],
      ['German', 'germany', 'NORP', 'demonym'],
      ['Daimler', 'daimler', 'ORG'],
    ];
    expect(arc(text, m, 'German')).toMatch(/ carmaker$/);
    expect(arc(text, m, 'US')).toBe('compound German');
  });

  it('hangs a name after a comma on the role noun before it', () => {
    const text = 'The head of the WFP, Ann Fry, spoke.';
    const m: GivenMention[] = [
      ['WFP', 'wfp', 'ORG', 'acronym'],
      ['Ann Fry', 'fry', 'PERSON'],
    ];
    expect(arc(text, m, 'Ann')).toBe('appos head');
  });

  it('keeps a name in one subtree', () => {
    const text = "Chile's ambassador to the UN, Rosa Vidal, met Tom Ek.";
    const m: GivenMention[] = [
      ['Chile', 'chile', 'GPE'],
      ['UN', 'un', 'ORG', 'acronym'],
      ['Rosa Vidal', 'vidal', 'PERSON'],
      ['Tom Ek', 'ek', 'PERSON'],
    ];
    expect(arc(text, m, 'Vidal')).toBe('flat Rosa');
  });

  it('never leaves a preposition on a subject', () => {
    const text = 'On Thursday Mr Straw was in India visiting the temple.';
    const m: GivenMention[] = [
      ['Straw', 'straw', 'PERSON'],
      ['India', 'india', 'GPE'],
    ];
    expect(arc(text, m, 'India')).not.toMatch(/^nsubj/);
  });

  it('hangs a title noun parsed as a sibling subject on the name after it', () => {
    const text = 'Globex pundit Kari Nes predicted a fall.';
    const m: GivenMention[] = [
      ['Globex', 'globex', 'ORG'],
      ['Kari Nes', 'nes', 'PERSON'],
    ];
    expect(arc(text, m, 'pundit')).toBe('nmod:desc Kari');
    expect(arc(text, m, 'Kari')).toBe('nsubj predicted');
  });

  it('hangs a place phrase right after a name on the name', () => {
    const text = 'The band played at the Vigeland Museum, in Oslo, on Monday.';
    const m: GivenMention[] = [
      ['Vigeland Museum', 'museum', 'FACILITY'],
      ['Oslo', 'oslo', 'GPE'],
    ];
    expect(arc(text, m, 'Oslo')).toBe('nmod Museum');
  });
});
