/**
 * A document's own date: from HTML metadata (article:published_time and its kin, schema.org
 * datePublished in microdata or JSON-LD, a <time pubdate>), else from the top of the text — a
 * "Published/Posted/Updated …" line, a wire dateline ("LONDON, March 3, 2023 (Reuters) -") or
 * a line that is only a date. Dates in running text are events, not the document's date, and
 * are never taken. No date found: the document stays undated (never the day it was read).
 */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?`;
const WEEKDAY = `(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?,?\\s+)?`;

/** Day-month-year and month-day-year in words, and ISO; the capture gives the date text. */
const DATE_TEXT = [
  `\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?`,
  `${WEEKDAY}\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+\\d{4}`,
  `${WEEKDAY}${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
].join('|');

const pad = (n: number): string => String(n).padStart(2, '0');

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\./g, '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(w));
}

/**
 * A date as ISO (`YYYY-MM-DD`, or the full timestamp when one is given in ISO form), or
 * undefined when it is not a real calendar date.
 *
 * @example
 * isoDate('3 March 2023'); // '2023-03-03'
 * isoDate('Mar. 3, 2023'); // '2023-03-03'
 */
export function isoDate(text: string): string | undefined {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})([T ].*)?$/.exec(value);
  let year: number;
  let month: number;
  let day: number;
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (iso[4] && !Number.isNaN(Date.parse(value.replace(' ', 'T')))) {
      return new Date(value.replace(' ', 'T')).toISOString();
    }
  } else {
    const words = value
      .replace(/,/g, ' ')
      .split(/\s+/)
      .filter((w) => (w && !/^(mon|tue|wed|thu|fri|sat|sun)/i.test(w)) || /^\d/.test(w));
    const numbers = words.filter((w) => /^\d/.test(w)).map((w) => parseInt(w, 10));
    const named = words.find((w) => !/^\d/.test(w) && monthIndex(w) >= 0);
    if (!named || numbers.length < 2) return undefined;
    month = monthIndex(named) + 1;
    year = numbers.find((n) => n > 31) ?? NaN;
    day = numbers.find((n) => n <= 31) ?? NaN;
  }
  if (!(year >= 1800 && year <= 2200 && month >= 1 && month <= 12 && day >= 1)) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Metadata names that carry the publication date, strongest first. */
const META_NAMES = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'sailthru.date',
  'parsely-pub-date',
  'date',
];

/** The publication date an HTML page states about itself, if any. */
export function htmlDate(html: string): string | undefined {
  const found = new Map<string, string>();
  for (const tag of html.slice(0, 200_000).match(/<meta\b[^>]*>/gi) ?? []) {
    const attr = (name: string): string | undefined =>
      new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
        .exec(tag)
        ?.slice(2)
        .find((v) => v !== undefined);
    const key = (attr('property') ?? attr('name') ?? attr('itemprop') ?? '').toLowerCase();
    const content = attr('content');
    if (key && content && META_NAMES.includes(key) && !found.has(key)) found.set(key, content);
  }
  for (const name of META_NAMES) {
    const value = found.get(name);
    const date = value ? isoDate(value) : undefined;
    if (date) return date;
  }
  const ld = /"datePublished"\s*:\s*"([^"]{8,40})"/.exec(html);
  const fromLd = ld?.[1] ? isoDate(ld[1]) : undefined;
  if (fromLd) return fromLd;
  const time =
    /<time\b[^>]*\b(?:pubdate|itemprop\s*=\s*["']?datePublished)[^>]*\bdatetime\s*=\s*["']([^"']+)["']/i.exec(
      html,
    ) ??
    /<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["'][^>]*\b(?:pubdate|itemprop\s*=\s*["']?datePublished)/i.exec(
      html,
    );
  return time?.[1] ? isoDate(time[1]) : undefined;
}

/** Lines from the top of a document that may state its date. */
const TOP_LINES = 12;

const CUED = new RegExp(
  `^(?:first\\s+)?(?:published|posted|updated|last\\s+updated|date|dated|issued)\\b[^\\d\\w]*(?:on\\s+)?(?:[a-z]+\\s+)??(${DATE_TEXT})`,
  'i',
);
const DATELINE = new RegExp(
  `^[A-Z][A-Za-z .'-]{1,40},\\s*(?:[A-Z][A-Za-z .'-]{1,30},\\s*)?(${DATE_TEXT})\\s*(?:\\([A-Za-z .&-]{2,40}\\)\\s*)?[-\u2013\u2014:]`,
  'i',
);
const ALONE = new RegExp(
  `^(${DATE_TEXT})(?:\\s*[,|-]?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]m)?(?:\\s*[A-Z]{2,4})?)?$`,
  'i',
);

/** The date a plain text states about itself near its top, if any. */
export function textDate(text: string): string | undefined {
  const lines = text
    .slice(0, 4000)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, TOP_LINES);
  for (const line of lines) {
    for (const pattern of [CUED, DATELINE, ALONE]) {
      const match = pattern.exec(line);
      const date = match?.[1] ? isoDate(match[1]) : undefined;
      if (date) return date;
    }
  }
  return undefined;
}
