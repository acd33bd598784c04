/**
 * Two demonyms side by side name one people ("Iraqi Kurds", "Bosnian Serb forces"); a hyphen,
 * a comma or a conjunction keeps them apart. Tables of invented sentences.
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

describe('peoples named by two demonyms', () => {
  // [sentence, the people's one mention]
  const joined: [string, string][] = [
    ['Iraqi Kurds marched through the town on Tuesday.', 'Iraqi Kurds'],
    ['The talks were meant to calm Bosnian Serb leaders before the vote.', 'Bosnian Serb'],
    ['The bishop spoke to American Catholics in a letter read on Sunday.', 'American Catholics'],
    ['An Iraqi Kurdish group said the road was closed.', 'Iraqi Kurdish'],
  ];
  it.each(joined)('%s → %s', (text, people) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContainEqual([people, 'NORP']);
    const [first] = people.split(' ');
    expect(mentions).not.toContainEqual([first, 'NORP']);
  });

  // [sentence, demonyms that stay mentions of their own]
  const apart: [string, string[]][] = [
    // A hyphen: two peoples, two countries ("German-Israeli talks" are a meeting).
    ['The German-Israeli talks resumed in Bonn on Monday.', ['German', 'Israeli']],
    // A list.
    ['Iraqi, Iranian and Syrian ministers met in Damascus.', ['Iraqi', 'Iranian', 'Syrian']],
    ['French and Italian troops left the port.', ['French', 'Italian']],
  ];
  it.each(apart)('%s keeps %j apart', (text, peoples) => {
    const mentions = mentionsOf(text);
    for (const p of peoples) expect(mentions).toContainEqual([p, 'NORP']);
  });
});
