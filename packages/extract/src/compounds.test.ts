/**
 * Names inside hyphenated modifiers: the extraction reports "Ohio-based" as one NORP mention of
 * Ohio; a name followed by a hyphenated name, a spaced dash or a person stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** [mention text, mention type, entity name] of every mention. */
function mentionsOf(text: string): [string, string, string][] {
  const out = extractor.extract({ id: 't.txt', text });
  return out.entities.flatMap((e) =>
    e.mentions.map((m): [string, string, string] => [m.text, m.type, e.name]),
  );
}

describe('names inside hyphenated modifiers', () => {
  // [sentence, mention the extraction reports, its type, the entity it names]
  const cases: [string, string, string, string][] = [
    ['Shares of the Ohio-based lender fell.', 'Ohio-based', 'NORP', 'Ohio'],
    ['Moscow-backed fighters shelled the town.', 'Moscow-backed', 'NORP', 'Moscow'],
    ['She joined a Hong Kong-listed shipping group.', 'Hong Kong-listed', 'NORP', 'Hong Kong'],
    ['The Lyon-based body sent observers.', 'Lyon-based', 'NORP', 'Lyon'],
  ];
  it.each(cases)('%s → %s', (text, mention, type, entity) => {
    expect(mentionsOf(text)).toContainEqual([mention, type, entity]);
  });

  // Not a modifier: a second name after the hyphen, a spaced dash, a person.
  const kept: [string, string][] = [
    ['The Iran-Iraq war lasted eight years.', 'Iran'],
    ['Officials in Ohio - and in Texas - disagreed.', 'Ohio'],
    ['A Clinton-era law was repealed on Friday.', 'Clinton'],
  ];
  it.each(kept)('%s keeps %s whole', (text, mention) => {
    const texts = mentionsOf(text).map(([t]) => t);
    expect(texts).toContain(mention);
    expect(texts.some((t) => t.startsWith(`${mention}-`))).toBe(false);
  });

  it('keeps the name, not the modifier, among the aliases', () => {
    const out = extractor.extract({
      id: 't.txt',
      text: 'The Ohio-based lender grew. Ohio regulators approved the deal.',
    });
    const ohio = out.entities.find((e) => e.name === 'Ohio');
    expect(ohio?.mentions.map((m) => m.text)).toEqual(['Ohio-based', 'Ohio']);
    expect(ohio?.aliases).not.toContain('Ohio-based');
  });
});
