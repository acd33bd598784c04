/** Normalisation: boilerplate lines blanked with offsets kept, HTML text mapped back exactly. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBoilerplateLine, looksLikeHtml, normalise } from './normalise.js';

describe('plain text boilerplate lines', () => {
  const blanked: string[] = [
    '(Photo : Reuters/Jane Doe)',
    '(Photo by ANNA SMITH/AFP via Getty Images)',
    'Photo by Omar Haddad / AFP',
    'Photo: Associated Press',
    'Pictured: the harbour at dawn',
    '(AP Photo/Evan Vucci, File)',
    'Image source, Getty Images',
    'ANNA SMITH/AFP via Getty Images',
    'Getty Images',
    'Read also: Ministers resign after budget vote; what next?',
    'Read Also: Floods hit the north',
    'READ MORE: Ceasefire talks stall',
    'Read more',
    'Related Article: Markets fall on rate fears',
    'Related: Markets fall on rate fears',
    'Related stories',
    'See also: Timeline of the crisis',
    'Also read - Opposition leader arrested',
    "Don't miss: The week in pictures",
    'Follow us on Twitter and Facebook',
    'Follow The Daily Courier on Google News',
    'Share this article',
    'Share on WhatsApp',
    'Share | Tweet | Email',
    'Subscribe to our newsletter for free daily updates',
    'Sign up for our morning briefing',
    'Advertisement',
    'Story continues below advertisement',
    'Copyright 2023 The Daily Courier. All rights reserved.',
    '© 2024 Example Media',
    'Click here to read the full report',
  ];
  it.each(blanked)('blanks %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  const kept: string[] = [
    'Photographers gathered outside the court on Monday.',
    'Related parties signed the agreement in Geneva.',
    'Share prices fell sharply in Tokyo after the announcement.',
    'Getty Images agreed to buy a rival picture agency, its chief said.',
    'Follow-up talks are planned for next week in Vienna.',
    'Read the full report on the ministry website.',
    'Copyright law was changed in 2019 after a long debate.',
    'Advertisement spending rose by 5% last year.',
    'The photo agency AFP said its reporter was detained.',
    'See you in court, the senator told reporters.',
    'Subscribers complained that the service was down.',
    'Image is everything, the campaign manager said in an interview.',
  ];
  it.each(kept)('keeps %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it('blanks lines in place: same length, same offsets everywhere else', () => {
    const raw = [
      'Talks Resume in Geneva',
      '(Photo by ANNA SMITH/AFP via Getty Images)',
      'Diplomats from Iran and France met on Monday.',
      '',
      'Read Also: Floods hit the north',
      'They agreed to meet again.',
    ].join('\n');
    const n = normalise(raw, 'text');
    expect(n.format).toBe('text');
    expect(n.text).toHaveLength(raw.length);
    const lines = n.text.split('\n');
    expect(lines[1]).toMatch(/^ +$/);
    expect(lines[4]).toMatch(/^ +$/);
    for (const word of ['Iran', 'France', 'Monday', 'again']) {
      const i = n.text.indexOf(word);
      expect(raw.slice(n.toOriginal(i), n.toOriginal(i + word.length))).toBe(word);
    }
    expect(n.text).not.toContain('AFP');
    expect(n.text).not.toContain('Floods');
  });

  it.each([
    [
      'curly quotes',
      'He said “no” and ‘maybe’ — Iran’s move',
      "He said \"no\" and 'maybe' — Iran's move",
    ],
    ['CR LF line ends', 'Line one.\r\nLine two.\rThree.', 'Line one. \nLine two.\nThree.'],
    ['odd spaces', 'Kyiv\u00a0city\u202fcentre', 'Kyiv city centre'],
  ])('fixes %s without changing the length', (_name, raw, expected) => {
    const n = normalise(raw, 'text');
    expect(n.text).toBe(expected);
    expect(n.text).toHaveLength(raw.length);
  });

  it.each([
    ['Iran Sends Drones to Russia\n\nThe drones arrived.', 'Iran Sends Drones to Russia'],
    ['The drones arrived on Monday.\nMore later.', undefined],
    ['Only one line', undefined],
  ])('takes a headline-like first line as the title: %j', (raw, title) => {
    expect(normalise(raw, 'text').title).toBe(title);
  });
});

describe('HTML', () => {
  const page = `<!DOCTYPE html>
<html><head><title>Talks resume | The Courier</title>
<style>p { color: red }</style><script>var s = "<p>Iran</p>";</script></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header class="masthead">The Courier</header>
<div class="sidebar">Most read: Floods in the north</div>
<article>
  <h1>Iran &amp; France resume talks</h1>
  <figure><img src="a.jpg"><figcaption>Photo: AFP</figcaption></figure>
  <p>Diplomats from <a href="/iran">Iran</a>   met
     <b>John Kirby</b>'s team in Geneva&nbsp;on Monday, the <i>AT&amp;T</i> report said.</p>
  <p>Read also: <a href="/x">Floods hit the north of the country</a></p>
  <div class="share-tools">Share Tweet Email</div>
  <p>“We are close,” said Émile Dubois of the caf&eacute; &#8220;Le Zinc&#8221; &#x1F600; group.<br>
  Talks continue in Vienna.</p>
  <p hidden>Secret text</p>
  <p>More paragraphs follow here, so that the article is clearly the main content of the page.</p>
</article>
<aside>Related: Another story</aside>
<footer>© 2024 The Courier</footer>
</body></html>`;
  const n = normalise(page, 'auto');

  it('keeps the main content as blocks and drops the page furniture', () => {
    expect(n.format).toBe('html');
    expect(n.title).toBe('Talks resume | The Courier');
    expect(
      n.text.startsWith('Iran & France resume talks\n\nDiplomats from Iran met John Kirby'),
    ).toBe(true);
    expect(n.text).toContain('Talks continue in Vienna.');
    for (const gone of [
      'Home',
      'Most read',
      'masthead',
      'Photo',
      'Floods',
      'Share',
      'Secret',
      'Another',
      '©',
      'color',
      'var s',
    ]) {
      expect(n.text).not.toContain(gone);
    }
    expect(n.text).toContain(
      '"We are close," said Émile Dubois of the café "Le Zinc" 😀 group.\nTalks',
    );
  });

  it('maps every word back to the same characters in the original HTML', () => {
    const words = [...n.text.matchAll(/[\p{L}\p{N}]+/gu)];
    expect(words.length).toBeGreaterThan(40);
    for (const m of words) {
      const start = m.index;
      const end = start + m[0].length;
      const span = n.toOriginalSpan(start, end);
      const slice = page.slice(span.start, span.end);
      const expected = m[0] === 'café' ? 'caf&eacute;' : m[0];
      expect(slice).toBe(expected);
      expect(page.slice(n.toOriginal(start), n.toOriginal(end))).toBe(expected);
    }
  });

  it.each([
    ['John Kirby', 'John Kirby'],
    ['AT&T', 'AT&amp;T'],
    ['Geneva on Monday', 'Geneva&nbsp;on Monday'],
    ['Iran met', 'Iran</a>   met'],
    ['"Le Zinc"', '&#8220;Le Zinc&#8221;'],
  ])('maps the span %j to the original %j', (text, original) => {
    const start = n.text.indexOf(text);
    expect(start).toBeGreaterThanOrEqual(0);
    const span = n.toOriginalSpan(start, start + text.length);
    expect(page.slice(span.start, span.end)).toBe(original);
    expect(page.slice(n.toOriginal(start), n.toOriginal(start + text.length))).toBe(original);
  });

  it('maps every character of a page of 20,000 entities and words back to its own source', () => {
    // Far more pieces and runs than the columns start with: each entity is a piece of its own.
    const units = ['&amp;', 'Vik', '&#x41;', ' ', '&nbsp;', 'Globex', '&lt;', '  \n '];
    const parts = Array.from({ length: 20_000 }, (_, i) => units[(i * 7 + (i >> 3)) % 8] ?? '');
    const html = `<p>${parts.join('')}</p><p>Ola met Kari&#8217;s team.</p>`;
    const out = normalise(html, 'html');
    // The character fixes make the curly apostrophe a straight one, in place.
    expect(out.text.endsWith("Ola met Kari's team.")).toBe(true);
    const decoded: Record<string, string> = { '&': '&amp;', A: '&#x41;', '<': '&lt;' };
    for (let i = 0; i < out.text.length; i++) {
      const char = out.text[i] ?? '';
      const span = out.toOriginalSpan(i, i + 1);
      const source = html.slice(span.start, span.end);
      if (char === '\n') expect(source).toBe('');
      else if (char === ' ') expect(source.replaceAll('&nbsp;', '').trim()).toBe('');
      else if (char === "'") expect(source).toBe('&#8217;');
      else if (char in decoded && source.startsWith('&')) expect(source).toBe(decoded[char]);
      else expect(source).toBe(char);
    }
  });

  it('uses the first heading as the title when there is no <title>', () => {
    expect(normalise('<h1>Floods &amp; storms</h1><p>Rain fell.</p>', 'html').title).toBe(
      'Floods & storms',
    );
  });

  it("keeps an article's own header but not the page's", () => {
    const html =
      '<header><h1>The Courier</h1></header><article><header><h2>Floods in Sindh</h2></header>' +
      `<p>${'Rain fell across the province of Sindh for a week. '.repeat(5)}</p></article>`;
    const text = normalise(html, 'html').text;
    expect(text).toContain('Floods in Sindh');
    expect(text).not.toContain('Courier');
  });

  it('leaves no separator for a block of only whitespace', () => {
    const html = '<p>Vela Corp grew.</p><p> &nbsp; </p><div>\n</div><br><p>Jon Aas left.</p>';
    const n = normalise(html, 'html');
    expect(n.text).toBe('Vela Corp grew.\n\nJon Aas left.');
    const at = n.text.indexOf('Jon');
    expect(html.slice(n.toOriginalSpan(at, at + 3).start, n.toOriginalSpan(at, at + 3).end)).toBe(
      'Jon',
    );
  });

  it('keeps text of thousands of entities whole across its internal chunks', () => {
    // Thousands of pieces in a title, a heading and a body; the text is made a string 8,192 code
    // units at a time, and an astral character (two code units) straddles two of those chunks:
    // the title's at 8,191 / 8,192, the body's at 16,383 / 16,384.
    const amps = '&amp;&#x1F600;'.repeat(3000);
    const html = `<head><title>${amps}B</title></head><h1>C${amps}D</h1><p>E${amps}F</p>`;
    const n = normalise(html, 'html');
    const decoded = '&\u{1F600}'.repeat(3000);
    expect(n.title === `${decoded}B`).toBe(true);
    expect(n.text === `C${decoded}D\n\nE${decoded}F`).toBe(true);
    expect(n.text.charCodeAt(16_383)).toBe(0xd83d);
    // The last two characters before "F" map back to the last two entities of the body.
    const f = n.text.indexOf('F');
    const span = n.toOriginalSpan(f - 3, f);
    expect(html.slice(span.start, span.end + 1)).toBe('&amp;&#x1F600;F');
  });

  it('reads the whole body when there is no main-content container', () => {
    const html = '<div><p>Iran and Russia.</p><p>Talks ended.</p></div><footer>x</footer>';
    expect(normalise(html, 'html').text).toBe('Iran and Russia.\n\nTalks ended.');
  });

  it.each<[string, boolean]>([
    ['<!doctype html><p>x</p>', true],
    ['<html><body>Iran</body></html>', true],
    ['<p>One</p><p>Two</p><p>Three</p>', true],
    ['Iran said 3 < 4 and 5 > 2 in a statement.', false],
    ['He wrote <b>bold</b> once.', false],
  ])('sniffs %j as HTML: %s', (raw, html) => {
    expect(looksLikeHtml(raw)).toBe(html);
    expect(normalise(raw, 'auto').format).toBe(html ? 'html' : 'text');
  });

  it('handles empty input and markup without text', () => {
    for (const raw of ['', '<html></html>', '<script>x</script>']) {
      const out = normalise(raw, 'html');
      expect(out.text).toBe('');
      expect(out.toOriginal(0)).toBe(0);
    }
  });
});

describe('scans instead of backtracking patterns', () => {
  // The patterns the scans replaced; on short strings they give the answers to match.
  const oldHeadline = (text: string): string | undefined => {
    const line = /^\s*([^\n]+)\n\s*\S/.exec(text)?.[1]?.trim();
    if (!line || line.length > 200 || /[.!?:;,]$/.test(line)) return undefined;
    return line;
  };
  const oldLooksLikeHtml = (raw: string): boolean =>
    /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/i.test(
      raw.slice(0, 4096),
    ) ||
    (raw.slice(0, 65536).match(/<\/?(p|div|br|span|a|h[1-6]|article|section|li|ul)\b[^>]*>/gi)
      ?.length ?? 0) >= 3;
  const textOf = (pieces: string[]) =>
    fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

  it('finds the same headline as /^\\s*([^\\n]+)\\n\\s*\\S/', () => {
    const text = textOf([' ', '\n', '\t', '\u00a0', '\u2003', 'Iran', 'a.', 'said', '\r\n', ':']);
    fc.assert(
      fc.property(text, (raw) => {
        const n = normalise(raw, 'text');
        expect(n.title).toBe(oldHeadline(n.text));
      }),
      { seed: 16, numRuns: 500 },
    );
  });

  it('sniffs HTML as /<\\/?(p|div|…)\\b[^>]*>/gi did', () => {
    const text = textOf([
      '<',
      '>',
      '/',
      'p',
      'P',
      'div',
      'a',
      'h1',
      'h7',
      'span',
      'spanx',
      '_',
      ' ',
      'x',
      '\n',
    ]);
    fc.assert(
      fc.property(text, (raw) => {
        expect(looksLikeHtml(raw)).toBe(oldLooksLikeHtml(raw));
      }),
      { seed: 16, numRuns: 1000 },
    );
  });
});
