/**
 * A lone acronym in news copy names a body ("the PLO said", "his WBA title") even where the
 * tagger reads no name in it; in e-mails, reviews and forum posts, written in the first and
 * second person, it is as often a product or a shout, and the tagger's reading stands.
 * Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { isNewsStyle } from './news-style.js';
import { loadNlp } from './nlp.js';
import { tokenise } from './tokens.js';

const nlp = loadNlp();
const extractor = createExtractor({ nlp });

/** [mention text, mention type] of every mention. */
function mentionsOf(text: string): [string, string][] {
  const out = extractor.extract({ id: 't.txt', text });
  return out.entities.flatMap((e) => e.mentions.map((m): [string, string] => [m.text, m.type]));
}

const NEWS = [
  'Harlow Grain said on Tuesday it had sold its mill in the north to a group led by Vardex.',
  'Two groups had bid for the mill, and a consortium of a local TPK group and two foreign firms',
  'placed the highest offer. After the terms were changed, the foreign investors pulled out,',
  'officials said. Boxer Tom Reed retained his WBF lightweight title on Saturday when his',
  'opponent was retired by his corner in the ninth round.',
].join(' ');

const FORUM = [
  'I bought the mill stuff from a shop last week and you know what, it broke!',
  'My brother said we should have gone with the other one.',
  'Do you think I should complain to them or just give up? Tom Reed kept his WBF title too lol.',
].join('\n');

const REVIEW = [
  'great little place',
  'We went there for lunch and the staff were friendly.',
  'our food came fast and the prices were fair, will be back with my kids for sure.',
].join('\n');

describe('news style', () => {
  const table: [string, string, boolean][] = [
    ['third-person report', NEWS, true],
    [
      'report quoting a speaker',
      'The minister said on Monday the talks would go on. "We will not give up and I am sure ' +
        'our partners will not either," he told reporters in the capital after a two-hour ' +
        'meeting with the envoys of the three states.',
      true,
    ],
    ['forum post', FORUM, false],
    ['review', REVIEW, false],
    ['too short to tell', 'The TPK said so.', false],
  ];
  it.each(table)('%s', (_name, text, news) => {
    const { tokens, sentences } = tokenise(nlp, text);
    expect(isNewsStyle(tokens, sentences)).toBe(news);
  });
});

describe('lone acronyms in news copy', () => {
  it('keeps an acronym the tagger reads as no name in a report', () => {
    expect(mentionsOf(NEWS)).toContainEqual(['WBF', 'ORG']);
  });
  it('leaves it to the tagger in a forum post', () => {
    expect(mentionsOf(FORUM).map(([text]) => text)).not.toContain('WBF');
  });
});
