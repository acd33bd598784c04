/**
 * An acronym in capitals that the tagger reads as an organisation in running text stays a name
 * though wink-nlp knows its lower-case form ("nasa"); everyday words written in capitals for
 * emphasis or as a disease's name stay words. Tables of invented sentences.
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

describe('acronyms the tagger reads as organisations', () => {
  // [sentence, the organisation]
  const bodies: [string, string][] = [
    ['Officials at NASA said the launch would slip to May.', 'NASA'],
    ['NASA plans to retire its oldest rover next year.', 'NASA'],
  ];
  it.each(bodies)('%s → %s', (text, org) => {
    expect(mentionsOf(text)).toContainEqual([org, 'ORG']);
  });

  // [text, a word in capitals that is no organisation]
  const none: [string, string][] = [
    ['He was diagnosed with AIDS last year and now campaigns for treatment.', 'AIDS'],
    ['Get a FREE quote today from our friendly team.', 'FREE'],
    ['A LASER beam hit the plane as it landed.', 'LASER'],
  ];
  it.each(none)('%s has no organisation %s', (text, word) => {
    expect(mentionsOf(text)).not.toContainEqual([word, 'ORG']);
  });
});
