/**
 * Awards and prizes are named by their last word ("the Booker Prize", "the Brit Awards", "a
 * Lifetime Achievement Award", "the Royal Gold Medal"): an event, as a championship or a
 * festival is (`cues.json` eventSuffix), not an organisation; a body named after a prize keeps
 * its own last word ("the Zelvik Prize Foundation"). Tables of invented sentences.
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

describe('awards and prizes', () => {
  // [text, mention, type]
  const awards: [string, string, string][] = [
    ['Kari Lund won the Halvard Prize for her second novel.', 'Halvard Prize', 'EVENT'],
    ['The band was nominated at the Velmora Music Awards.', 'Velmora Music Awards', 'EVENT'],
    ['He received the Lifetime Achievement Award in 2012.', 'Lifetime Achievement Award', 'EVENT'],
    ['She was given the Tarnby Gold Medal on Monday.', 'Tarnby Gold Medal', 'EVENT'],
  ];
  it.each(awards)('%s → %s %s', (text, name, type) => {
    expect(mentionsOf(text)).toContainEqual([name, type]);
  });

  // [text, mention, type]
  const bodies: [string, string, string][] = [
    ['The Zelvik Prize Foundation said it would fund the race.', 'Zelvik Prize Foundation', 'ORG'],
  ];
  it.each(bodies)('%s → %s %s', (text, name, type) => {
    expect(mentionsOf(text)).toContainEqual([name, type]);
  });
});
