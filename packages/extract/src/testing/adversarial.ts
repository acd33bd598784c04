/**
 * Adversarial input families for the fuzz test and `pnpm bench` part `adversarial`: text built to
 * find work that grows faster than the input (backtracking patterns, long tokens, runs of
 * punctuation, huge sentences, many names). Every family is seeded and sized in UTF-16 code
 * units, so the same call gives the same text on every run. Internal: not exported from the
 * package index; the bench imports the built file by path.
 */

/** A deterministic pseudo-random source (mulberry32): numbers in [0, 1). */
export type Random = () => number;

/** A seeded generator: the same seed gives the same sequence. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface AdversarialFamily {
  /** Short kebab-case name, shown in the bench table. */
  name: string;
  /** What the text looks like. */
  description: string;
  format: 'text' | 'html';
  /** Text of about `size` code units (never more), from `seed`. */
  generate(size: number, seed: number): string;
}

const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

/** `unit` repeated to exactly `size` code units (the last copy cut). */
function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Pieces from `next()` joined until `size` code units; never more than `size`. */
function fill(size: number, next: () => string): string {
  const parts: string[] = [];
  let length = 0;
  for (;;) {
    const piece = next();
    if (length + piece.length > size || piece.length === 0) break;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('');
}

/** `body` padded on the right with `tail` when it fits (a real sentence after the junk). */
function withTail(body: (size: number) => string, tail: string, size: number): string {
  if (size <= tail.length) return body(size);
  return body(size - tail.length) + tail;
}

const SENTENCE = ' Iran attacked Russia.';

const GIVEN = ['John', 'Maria', 'Ali', 'Chen', 'Olga', 'Kwame', 'Sofia', 'Dmitri', 'Amina', 'Raj'];
const SYLLABLES = ['ka', 'ro', 'lin', 'mar', 'tes', 'vo', 'del', 'un', 'sha', 'pri', 'qu', 'zen'];
const PUNCTUATION = '-.,;:!?\'"()[]{}/\\|@#$%^&*_=+~`<>–—…«»';

/** A made-up capitalised word, 2 to 4 syllables. */
function nameWord(random: Random): string {
  const n = 2 + Math.floor(random() * 3);
  let word = '';
  for (let i = 0; i < n; i++) word += pick(random, SYLLABLES);
  return word[0]?.toUpperCase() + word.slice(1);
}

/** A random code point from the planes text really uses, surrogates and controls included. */
function randomCodePoint(random: Random): string {
  const r = random();
  if (r < 0.3) return String.fromCharCode(0x20 + Math.floor(random() * 0x5f));
  if (r < 0.4) return pick(random, [' ', ' ', '\n', '\t', '\r\n', '\u00a0', '\u2028']);
  if (r < 0.45) return String.fromCharCode(0xd800 + Math.floor(random() * 0x800)); // lone surrogate
  if (r < 0.55) return String.fromCodePoint(0x1f300 + Math.floor(random() * 0x300)); // emoji
  if (r < 0.6) return String.fromCharCode(0x300 + Math.floor(random() * 0x70)); // combining marks
  return String.fromCharCode(0xa0 + Math.floor(random() * (0xd7ff - 0xa0)));
}

const TAGS = ['p', 'div', 'span', 'a', 'b', 'i', 'h1', 'h2', 'li', 'ul', 'table', 'td', 'script'];

function htmlSoupPiece(random: Random): string {
  const r = random();
  const tag = pick(random, TAGS);
  if (r < 0.25) return `<${tag}${random() < 0.3 ? ` class="${nameWord(random)}"` : ''}>`;
  if (r < 0.45) return `</${tag}>`;
  if (r < 0.55)
    return pick(random, ['&amp;', '&lt;', '&#x41;', '&nbsp;', '&bogus;', '&', '<', '>']);
  if (r < 0.6) return pick(random, ['<!--', '-->', '<![CDATA[', ']]>', '<!doctype html>', '<br/>']);
  return `${nameWord(random)} ${pick(random, ['said', 'met', 'attacked', 'and', 'of'])} `;
}

/**
 * The families. Sizes are in UTF-16 code units; every family is linear-time territory for a
 * tokenizer, and each one once cost kg time that grew with the square of its size.
 */
export const ADVERSARIAL_FAMILIES: readonly AdversarialFamily[] = [
  {
    name: 'spaces',
    description: 'spaces, then one sentence',
    format: 'text',
    generate: (size) => withTail((n) => ' '.repeat(n), SENTENCE, size),
  },
  {
    name: 'crlf',
    description: 'CR LF line ends only',
    format: 'text',
    generate: (size) => repeatTo('\r\n', size),
  },
  {
    name: 'hyphens',
    description: 'one token of hyphens',
    format: 'text',
    generate: (size) => repeatTo('-', size),
  },
  {
    name: 'long-word',
    description: 'one word of letters',
    format: 'text',
    generate: (size) => repeatTo('a', size),
  },
  {
    name: 'initials',
    description: '"U.U.U.…", one token',
    format: 'text',
    generate: (size) => repeatTo('U.', size),
  },
  {
    name: 'al-prefix',
    description: '"Al-Al-Al-…", one token',
    format: 'text',
    generate: (size) => repeatTo('Al-', size),
  },
  {
    name: 'punctuation',
    description: 'random punctuation, an occasional space',
    format: 'text',
    generate: (size, seed) => {
      const random = seededRandom(seed);
      return fill(size, () => (random() < 0.02 ? ' ' : pick(random, [...PUNCTUATION])));
    },
  },
  {
    name: 'he-said',
    description: 'the same reported sentence over and over',
    format: 'text',
    generate: (size) => repeatTo('Iran attacked Russia, he said. ', size),
  },
  {
    name: 'names',
    description: 'short sentences, made-up people and places',
    format: 'text',
    generate: (size, seed) => {
      const random = seededRandom(seed);
      return fill(size, () => {
        const a = `${pick(random, GIVEN)} ${nameWord(random)}`;
        const b = `${pick(random, GIVEN)} ${nameWord(random)}`;
        return `${a} met ${b} in ${nameWord(random)}, ${b.split(' ')[1]} said. `;
      });
    },
  },
  {
    name: 'one-sentence',
    description: 'one sentence: a list of countries and names without a full stop',
    format: 'text',
    generate: (size, seed) => {
      const random = seededRandom(seed);
      const countries = ['Iran', 'Russia', 'France', 'the US', 'China', 'Ukraine', 'Syria'];
      return fill(size, () =>
        random() < 0.5
          ? `${pick(random, countries)}, `
          : `${pick(random, GIVEN)} ${nameWord(random)} and `,
      );
    },
  },
  {
    name: 'capitals',
    description: 'capitalised words, no punctuation',
    format: 'text',
    generate: (size, seed) => {
      const random = seededRandom(seed);
      return fill(size, () => `${nameWord(random)} `);
    },
  },
  {
    name: 'quotes',
    description: 'quote marks and apostrophes around words',
    format: 'text',
    generate: (size, seed) => {
      const random = seededRandom(seed);
      return fill(size, () => `${pick(random, ['"', '“', '‘', "'", '«'])}${nameWord(random)}'s `);
    },
  },
  {
    name: 'unicode',
    description: 'random code points: lone surrogates, emoji, combining marks, CJK',
    format: 'text',
    generate: (size, seed) => {
      const random = seededRandom(seed);
      return fill(size, () => randomCodePoint(random));
    },
  },
  {
    name: 'amp-entities',
    description: 'HTML: a paragraph of "&amp;" entities',
    format: 'html',
    generate: (size) => `<p>${repeatTo('&amp;', Math.max(0, size - 7))}</p>`.slice(0, size),
  },
  {
    name: 'p-tags',
    description: 'HTML: "<p>" open tags only',
    format: 'html',
    generate: (size) => repeatTo('<p>', size),
  },
  {
    name: 'p-blocks',
    description: 'HTML: many one-sentence paragraphs',
    format: 'html',
    generate: (size) => repeatTo('<p>Iran attacked Russia.</p>', size),
  },
  {
    name: 'nested-divs',
    description: 'HTML: divs nested ever deeper, a word in each',
    format: 'html',
    generate: (size) => repeatTo('<div>Iran ', size),
  },
  {
    name: 'html-soup',
    description: 'HTML: random tags, entities, comments and words',
    format: 'html',
    generate: (size, seed) => {
      const random = seededRandom(seed);
      return fill(size, () => htmlSoupPiece(random));
    },
  },
];

/**
 * A news-like text mutated at random: characters swapped for punctuation, spaces removed,
 * pieces doubled. `source` is the article to mutate (the sample in data/, a BBC article).
 */
export function mutate(source: string, size: number, seed: number): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size && source.length > 0) {
    const start = Math.floor(random() * source.length);
    let piece = source.slice(start, start + 20 + Math.floor(random() * 400));
    const r = random();
    if (r < 0.2) piece = piece.replace(/ /g, '');
    else if (r < 0.4) piece = piece.replace(/[aeiou]/g, () => pick(random, [...PUNCTUATION]));
    else if (r < 0.5) piece = piece.repeat(2 + Math.floor(random() * 5));
    else if (r < 0.6) piece = piece.toUpperCase();
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, size);
}
