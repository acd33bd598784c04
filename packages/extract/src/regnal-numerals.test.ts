/**
 * A regnal *I* belongs to the name before it after a ruler's title or where it ends the phrase
 * ("Queen Elizabeth I was born", "Pedro I's reign", "Olaf I, King of Norway"); a pronoun *I*
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
    ['Queen Elizabeth I was born in 1533.', 'Elizabeth I'],
    ['King Olaf I ruled for five years.', 'Olaf I'],
    ["Pedro I's reign began in 1822.", 'Pedro I'],
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
