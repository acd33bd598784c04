/**
 * A word of address, kinship or greeting before a person's name is no part of it ("Aunt Marla",
 * "Welcome Rebecca", "PM Brankovic", "Broker Anil Varghese said"); where what follows is no name
 * ("Doctor Who", "Welcome Centre", "Hello Kitty") or a role noun stands inside a sentence, the
 * run is left as it was. Tables of invented sentences.
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

describe('a lead word before a person name', () => {
  // [sentence, the person, the run that must not be a mention]
  const people: [string, string, string][] = [
    ['Has anyone heard from Aunt Marla since the storm?', 'Marla', 'Aunt Marla'],
    ['We have seen Doctor Kessler for ten years and trust him.', 'Kessler', 'Doctor Kessler'],
    ['Uncle Dmitri drove us to the station.', 'Dmitri', 'Uncle Dmitri'],
    ['In a statement, PM Brankovic said the talks would resume.', 'Brankovic', 'PM Brankovic'],
    ['Welcome Rebecca!', 'Rebecca', 'Welcome Rebecca'],
    ['Good Morning Patricia -', 'Patricia', 'Good Morning Patricia'],
    ['Thanks Gregory, that helps a lot.', 'Gregory', 'Thanks Gregory'],
    ['P.S. Harold, please send me the contract.', 'Harold', 'P.S. Harold'],
    [
      'Broker Anil Varghese said the market would stay firm.',
      'Anil Varghese',
      'Broker Anil Varghese',
    ],
    ['Thanks Gregory!', 'Gregory', 'Thanks Gregory'],
    ['Dear Dr. Helena Marsh,', 'Helena Marsh', 'Dr. Helena Marsh'],
  ];
  it.each(people)('%s → %s', (text, person, whole) => {
    const found = mentionsOf(text);
    expect(found).toContainEqual([person, 'PERSON']);
    expect(found.some(([t]) => t === whole)).toBe(false);
  });

  // [sentence, a run that keeps its first word or is no person]
  const kept: [string, string][] = [
    ['The Welcome Centre opens at nine on Saturday.', 'Centre'],
    ['Fans queued for hours to see Doctor Who at the festival.', 'Who'],
    ['GOOD MORNING AMERICA returned to the air on Monday.', 'AMERICA'],
  ];
  it.each(kept)('%s has no person %s', (text, run) => {
    expect(mentionsOf(text)).not.toContainEqual([run, 'PERSON']);
  });
});
