/**
 * Property: the whole extraction pipeline never throws, whatever the text (random Unicode with
 * lone surrogates, markup, news-like prose, empty and large inputs), and every mention, evidence
 * and trigger offset slices the original text to exactly the text it reports.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '@kg/extract';
import type { ExtractInput } from '@kg/extract';
import type { Extraction } from '@kg/schema';

const extractor = createExtractor();

const WORDS = [
  'Iran',
  'Russia',
  'Ukraine',
  'the United States',
  'NATO',
  'John Kirby',
  'Kirby',
  'President',
  'Joe Biden',
  "'s",
  'Iranian',
  'Tehran',
  'Moscow',
  'the IRGC',
  'Revolutionary Guard Corps',
  'sent',
  'accused',
  'drones',
  'to',
  'of',
  'selling',
  'said',
  'reported',
  'denied',
  'will',
  'sanctions on',
  'met',
  'in',
  'Crimea',
  'and',
  ',',
  '.',
  '. ',
  '?',
  '!',
  ' ',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '“',
  '”',
  '‘',
  '’',
  '"',
  '—',
  '-',
  '(',
  ')',
  'U.S.',
  'U.N.',
  'al-',
  'bin',
  'CNN',
  'Read also: ',
  '(Photo : AFP)',
  'Photo by X / AFP',
  'Shahed-136',
  'Kalibr',
  '2022',
  '30%',
  'Zelensky',
  'Émile',
  'Ελλάδα',
  'Москва',
  'دمشق',
  '北京',
  '😀',
  '👩‍👩‍👧',
  '\u00a0',
  '\t',
  '\r\n',
];
const MARKUP = [
  '<p>',
  '</p>',
  '<div class="share">',
  '</div>',
  '<article>',
  '</article>',
  '<h1>',
  '</h1>',
  '<a href="/x">',
  '</a>',
  '<b>',
  '</b>',
  '<br>',
  '<br/>',
  '<script>var a = "<p>";</script>',
  '<style>p{}</style>',
  '<!-- note -->',
  '<figure><figcaption>AFP</figcaption></figure>',
  '&amp;',
  '&nbsp;',
  '&lt;',
  '&gt;',
  '&#8220;',
  '&#x1F600;',
  '&eacute;',
  '&bogus;',
  '&',
  '<',
  '>',
  '<p',
  '</',
  '<![CDATA[x]]>',
  '<title>T</title>',
  '<nav>Home</nav>',
  '<li>',
  '</li>',
];

const loneSurrogates = fc.string({
  unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  maxLength: 5,
});
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(fc.oneof(fc.constantFrom(...WORDS), loneSurrogates), { maxLength: 120 })
    .map((w) => w.join(' ')),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 200 }).map((w) => w.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...MARKUP), fc.constantFrom(...WORDS)), { maxLength: 200 })
    .map((w) => w.join('')),
  fc.constantFrom('', ' ', '\n\n', '<p></p>', '&amp;', '.', '"', "'s"),
);
const format = fc.constantFrom<NonNullable<ExtractInput['format']>>('text', 'html', 'auto');

/** Every offset the extraction reports, as an explanation of what is wrong, or []. */
function offsetProblems(original: string, out: Extraction): string[] {
  const problems: string[] = [];
  const check = (what: string, start: number, end: number, reported: string) => {
    if (!(
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      0 <= start &&
      start <= end &&
      end <= original.length
    )) {
      problems.push(`${what}: bad range ${start}..${end} of ${original.length}`);
    } else if (original.slice(start, end) !== reported) {
      problems.push(
        `${what}: ${JSON.stringify(original.slice(start, end))} != ${JSON.stringify(reported)}`,
      );
    }
  };
  for (const e of out.entities)
    for (const m of e.mentions) check(`mention of ${e.id}`, m.start, m.end, m.text);
  for (const r of out.relations) {
    for (const ev of r.evidence) {
      check(`evidence of ${r.subject} ${r.predicate} ${r.object}`, ev.start, ev.end, ev.text);
      if (ev.trigger) check('trigger', ev.trigger.start, ev.trigger.end, ev.trigger.text);
    }
  }
  return problems;
}

function extractChecked(input: ExtractInput): Extraction {
  const out = extractor.extract(input);
  expect(offsetProblems(input.text, out)).toEqual([]);
  const ids = new Set(out.entities.map((e) => e.id));
  for (const r of out.relations) {
    expect(ids.has(r.subject) && ids.has(r.object)).toBe(true);
  }
  return out;
}

describe('extractor properties', () => {
  it('never throws and every offset slices to its text', () => {
    fc.assert(
      fc.property(text, format, (raw, fmt) => {
        extractChecked({ id: 'prop.txt', text: raw, format: fmt });
      }),
      { numRuns: 100 },
    );
  });

  it('maps mentions in an HTML page back to the page as given', () => {
    const page =
      '<html><head><title>Talks</title></head><body><nav><a href="/">Home</a></nav><article>' +
      '<h1>Iran &amp; France hold talks</h1><p>Foreign ministers of <a href="/iran">Iran</a>' +
      ' and <b>France</b> met in Geneva&nbsp;on Monday, the&nbsp;<i>Associated Press</i>' +
      ' reported. &#8220;We are close,&#8221; said <a href="/p">Catherine Colonna</a>.</p>' +
      '</article><footer>&copy; The Courier</footer></body></html>';
    const out = extractChecked({ id: 'page.html', text: page, format: 'html' });
    const mentioned = out.entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentioned).toEqual(expect.arrayContaining(['Iran', 'France', 'Geneva']));
    expect(mentioned.join(' ')).not.toMatch(/[<>]/);
  });

  it('handles a large news-like document and a large page', () => {
    const paragraph =
      'Iran sent drones to Russia, the United States said on Monday. “We condemn it,” said ' +
      'John Kirby, a spokesman for the National Security Council. Ukraine’s President ' +
      'Volodymyr Zelensky met NATO officials in Brussels.\n\n';
    const big = paragraph.repeat(600);
    const out = extractChecked({ id: 'big.txt', text: big, format: 'text' });
    expect(out.documents[0]?.chars).toBe(big.length);
    const page = `<html><body><article>${paragraph
      .split('\n\n')
      .map((p) => `<p>${p.replace(/&/g, '&amp;')} <a href="#">AT&amp;T</a></p>`)
      .join('')
      .repeat(300)}</article></body></html>`;
    extractChecked({ id: 'big.html', text: page, format: 'html' });
  });
});
