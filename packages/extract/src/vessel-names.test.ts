/**
 * A name right after a warship noun, or listed after it, is the ship, a named weapon ("the
 * aircraft carrier Vinson"); a country or a person the rules are sure of stays what it is.
 * Tables of invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** [mention text, mention type] of every mention. */
function mentionsOf(text: string): [string, string][] {
  const out = extractor.extract({ id: 't.txt', text });
  return out.entities.flatMap((e) => e.mentions.map((m): [string, string] => [m.text, m.type]));
}

describe('warships named after their class noun', () => {
  // [sentence, the ships' mentions]
  const ships: [string, string[]][] = [
    ['The aircraft carrier Carl Vinson was already in the Gulf.', ['Carl Vinson']],
    ['The aircraft carriers Vinson and Enterprise left port on Monday.', ['Vinson', 'Enterprise']],
    ['Two tugs towed the frigate Montrose into the harbour.', ['Montrose']],
  ];
  it.each(ships)('%s → %j', (text, names) => {
    const mentions = mentionsOf(text);
    for (const name of names) expect(mentions).toContainEqual([name, 'WEAPON']);
  });

  // [sentence, a mention that keeps its type]
  const kept: [string, string, string][] = [
    // A country opening a clause about the ships.
    ['The warships Britain sent to the Gulf arrived on Friday.', 'Britain', 'GPE'],
    // A person the rules are sure of.
    ['The submarines President Kessler ordered were late.', 'Kessler', 'PERSON'],
  ];
  it.each(kept)('%s keeps %s %s', (text, mention, type) => {
    const mentions = mentionsOf(text);
    expect(
      mentions.some(([t, ty]) => (t === mention || t.endsWith(` ${mention}`)) && ty === type),
    ).toBe(true);
  });
});
