/**
 * A web page's metadata as publishers declare it: title (Open Graph, Twitter card, <title>),
 * publication date (article:published_time, Dublin Core and other <meta> names, schema.org
 * datePublished in microdata or JSON-LD, a <time datetime> as the last resort) and site name
 * (og:site_name, application-name). One pass of htmlparser2 over the page; first found wins in
 * the order above.
 */
import { Parser } from 'htmlparser2';

export interface PageMetadata {
  title?: string;
  /** ISO date (YYYY-MM-DD). */
  date?: string;
  site?: string;
}

/** <meta> names and properties that hold each field, most trusted first. */
const TITLE_KEYS = ['og:title', 'twitter:title'];
const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
];
const SITE_KEYS = ['og:site_name', 'application-name'];

/** The longest JSON-LD block read for a date; larger ones are skipped. */
const MAX_JSON_LD = 256 * 1024;

/** An ISO date from a machine-readable date string (`2026-12-01T09:00:00Z`, `2026-12-01`). */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(trimmed)) {
    const day = trimmed.slice(0, 10);
    return Number.isNaN(Date.parse(day)) ? undefined : day;
  }
  if (trimmed.length > 64) return undefined;
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

function tidy(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, 500) : undefined;
}

/** `datePublished` anywhere in a JSON-LD value (an object, a @graph, an array). */
function jsonLdDate(value: unknown, depth = 0): string | undefined {
  if (depth > 8 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = jsonLdDate(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  return jsonLdDate(record['@graph'], depth + 1);
}

/**
 * Title, date and site name of an HTML page, from what it declares in its markup.
 *
 * @example
 * htmlMetadata('<meta property="og:site_name" content="BBC News"><title>Talks</title>');
 * // → { title: 'Talks', site: 'BBC News' }
 */
export function htmlMetadata(html: string): PageMetadata {
  const meta = new Map<string, string>();
  let titleTag = '';
  let inTitle = false;
  let titleDone = false;
  let timeTag: string | undefined;
  let jsonLd: string | undefined;
  let jsonLdDateFound: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          const content = attrs.content;
          if (key && content !== undefined && !meta.has(key)) meta.set(key, content);
        } else if (name === 'title' && !titleDone) {
          inTitle = true;
        } else if (name === 'time' && timeTag === undefined && attrs.datetime) {
          timeTag = attrs.datetime;
        } else if (attrs.itemprop === 'datePublished' && !meta.has('datepublished')) {
          const value = attrs.datetime ?? attrs.content;
          if (value) meta.set('datepublished', value);
        } else if (name === 'script' && attrs.type === 'application/ld+json') {
          jsonLd = '';
        }
      },
      ontext(text) {
        if (inTitle) titleTag += text;
        else if (jsonLd !== undefined && jsonLd.length <= MAX_JSON_LD) jsonLd += text;
      },
      onclosetag(name) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          titleDone = true;
        } else if (name === 'script' && jsonLd !== undefined) {
          if (!jsonLdDateFound && jsonLd.length <= MAX_JSON_LD) {
            try {
              jsonLdDateFound = jsonLdDate(JSON.parse(jsonLd));
            } catch {
              // A page's broken JSON-LD is its own business.
            }
          }
          jsonLd = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  const first = (keys: readonly string[]) =>
    keys.map((k) => tidy(meta.get(k))).find((v) => v !== undefined);
  const title = first(TITLE_KEYS) ?? tidy(titleTag);
  const date =
    DATE_KEYS.map((k) => isoDate(meta.get(k))).find((v) => v !== undefined) ??
    isoDate(jsonLdDateFound) ??
    isoDate(timeTag);
  const site = first(SITE_KEYS);
  return { ...(title ? { title } : {}), ...(date ? { date } : {}), ...(site ? { site } : {}) };
}
