import { describe, expect, it } from 'vitest';
import { htmlDate, isoDate, textDate } from './dates.js';

describe('document dates', () => {
  it.each([
    ['3 March 2023', '2023-03-03'],
    ['Mar. 3, 2023', '2023-03-03'],
    ['Friday, 3rd March 2023', '2023-03-03'],
    ['2023-03-03', '2023-03-03'],
    ['2023-03-03T09:30:00Z', '2023-03-03T09:30:00.000Z'],
    ['31 February 2023', undefined],
    ['3 March', undefined],
    ['soon', undefined],
  ] as const)('reads %s', (text, expected) => {
    expect(isoDate(text)).toBe(expected);
  });

  it.each([
    [
      '<meta property="article:published_time" content="2023-03-14T09:30:00Z">',
      '2023-03-14T09:30:00.000Z',
    ],
    ['<meta content="2021-07-01" name="date">', '2021-07-01'],
    ['<meta itemprop="datePublished" content="2019-11-05">', '2019-11-05'],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-02-02T10:00:00+01:00"}</script>',
      '2020-02-02T09:00:00.000Z',
    ],
    ['<time datetime="2018-06-30" pubdate>30 June</time>', '2018-06-30'],
    ['<p>On 3 March 2023 the talks began.</p>', undefined],
    ['<meta name="description" content="2023-03-03">', undefined],
  ] as const)('finds the date of %s', (html, expected) => {
    expect(htmlDate(`<html><head>${html}</head><body></body></html>`)).toBe(expected);
  });

  it.each([
    ['Talks resume\nPublished: 12 March 2023\n\nThe talks resumed.', '2023-03-12'],
    ['Talks resume\nUpdated on Monday, 13 March 2023, 10:02 GMT\nText.', '2023-03-13'],
    ['LONDON, March 3, 2023 (Reuters) - Britain said on Friday it would', '2023-03-03'],
    ['MOSCOW, 4 April 2022 - Russia said', '2022-04-04'],
    ['Talks resume\n2023-03-12\nThe talks resumed.', '2023-03-12'],
    // Dates in running text are what the story is about, not when it was written.
    ['Labour plans\n\nMaternity pay will rise on 1 April 2007, the minister said.', undefined],
    ['Headline\n\nThe deal, signed on March 3, 2023, was welcomed.', undefined],
  ] as const)('finds the date in %j', (text, expected) => {
    expect(textDate(text)).toBe(expected);
  });
});
