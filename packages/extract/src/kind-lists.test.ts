/**
 * Names given as examples of a kind take its type ("towns such as Kadugli", "Samarra and other
 * cities", "a town called Ashwell", "lenders including Berenberg", "games such as Farmstead");
 * gazetteer names keep theirs,
 * and a name before a possessive or after a verb "like" is no example. Tables of invented
 * sentences.
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

describe('names given as examples of a kind', () => {
  // [sentence, name, type]
  const typed: [string, string, string][] = [
    ['Fighting spread to Dahuk and other cities north of the capital.', 'Dahuk', 'GPE'],
    ['Rebels hold towns such as Kadugli, Talodi and Dilling.', 'Kadugli', 'GPE'],
    ['Rebels hold towns such as Kadugli, Talodi and Dilling.', 'Dilling', 'GPE'],
    ['He grew up in a small town called Ashwell.', 'Ashwell', 'GPE'],
    ['Chocolate makers such as Scharffen Berger raised prices.', 'Scharffen Berger', 'ORG'],
    ['Banks including Berenberg and Metzler cut their forecasts.', 'Metzler', 'ORG'],
    ['Startups such as Zipdash and Urchin were bought last year.', 'Urchin', 'ORG'],
    ['The festival drew writers, including Okonkwo and Adichie.', 'Okonkwo', 'PERSON'],
    // Works and products (PRODUCT).
    ['He made games such as Farmstead and Tidewater.', 'Tidewater', 'PRODUCT'],
    ['She appeared in films including Cold Ridge and Lantern Bay.', 'Cold Ridge', 'PRODUCT'],
    ['The studio released a game called Quillmark last year.', 'Quillmark', 'PRODUCT'],
    // A dash or a bracket opening an aside after the kind noun.
    ['Other retailers - including Dornan, Velks and Tesco - did well.', 'Velks', 'ORG'],
    ['Several lenders (including Morvel and Pask) cut their rates.', 'Morvel', 'ORG'],
  ];
  it.each(typed)('%s → %s %s', (text, name, type) => {
    expect(mentionsOf(text)).toContainEqual([name, type]);
  });

  // [sentence, name, a type it must not take]
  const kept: [string, string, string][] = [
    ['Countries such as Jordan and Egypt sent aid.', 'Jordan', 'PERSON'],
    ['Players like Ronaldo earn millions, critics say.', 'Ronaldo', 'GPE'],
    ['The label signed artists including Run-DMC and others.', 'Run', 'PERSON'],
    ['Investors like Berkshire Hathaway, analysts said.', 'Berkshire Hathaway', 'GPE'],
    [
      'Critics of reform in the country, such as Tomas Brinkov, attacked the plan.',
      'Tomas Brinkov',
      'GPE',
    ],
    ['Critics of the town - like Tomas Brinkov - were angry.', 'Tomas Brinkov', 'GPE'],
  ];
  it.each(kept)('%s keeps %s from %s', (text, name, type) => {
    expect(mentionsOf(text)).not.toContainEqual([name, type]);
  });
});
