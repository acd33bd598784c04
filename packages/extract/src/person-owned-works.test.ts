/**
 * A person named in full owning a work ("Paul Varden's Le Grand Soir") stays a person: only a
 * name that is no person's full name is a club or a body when it owns a person named in full
 * ("Everton's Duncan Ferguson"; `possessesPerson` in context.ts). Tables of invented sentences.
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

describe('a person owning a work', () => {
  // [text, mention, type]
  const rows: [string, string, string][] = [
    ["He starred in Paul Varden's Le Grand Soir.", 'Paul Varden', 'PERSON'],
    ["She read Anna Holt's Brideshead Revisited.", 'Anna Holt', 'PERSON'],
    ["They staged Jean Morvan's Les Enfants Terribles in 1990.", 'Jean Morvan', 'PERSON'],
    // A body owning a person named in full stays a body.
    ["Everton's Duncan Ferguson was sent off.", 'Everton', 'ORG'],
  ];
  it.each(rows)('%s → %s %s', (text, name, type) => {
    expect(mentionsOf(text)).toContainEqual([name, type]);
  });
});
