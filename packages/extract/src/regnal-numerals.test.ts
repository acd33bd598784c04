/**
 * A regnal *I* belongs to the name before it after a ruler's title or where it ends the phrase
 * ("Queen Mathilde I ruled", "Harald I's reign", "Olaf I, King of Norway"); a pronoun *I*
 * after a name stays out ("I told Sam I would come"). Tables of invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** Texts of every person mention. */
function peopleOf(text: string): string[] {
  const out = extractor.extract({ id: 't.txt', text });
  return out.entities.flatMap((e) =>
    e.mentions.filter((m) => m.type === 'PERSON').map((m) => m.text),
  );
}

describe('a regnal I after a name', () => {
  // [sentence, the whole name]
  const whole: [string, string][] = [
    ['Queen Mathilde I ruled for ten years.', 'Mathilde I'],
    ['King Olaf I ruled for five years.', 'Olaf I'],
    ["Harald I's reign began in 872.", 'Harald I'],
  ];
  it.each(whole)('%s → %s', (text, name) => {
    expect(peopleOf(text)).toContain(name);
  });

  // [sentence, the name without a pronoun after it]
  const alone: [string, string][] = [['I told Sam I would come on Friday.', 'Sam']];
  it.each(alone)('%s keeps %s', (text, name) => {
    const people = peopleOf(text);
    expect(people).toContain(name);
    expect(people).not.toContain(`${name} I`);
  });
});
