/**
 * Names and keys: the normal form two surface forms must share to be the same name, stable
 * entity keys derived from type + normal form (`gpe:iran`), edge keys, and the derived short
 * forms (acronyms, surnames) cross-document resolution looks up.
 */
import type { EntityType, RelationType } from '@kg/schema';
import { SYMMETRIC_RELATIONS } from '@kg/schema';

/** Words left out of acronyms ("Bank of England" → "BE", "Organisation for …"). */
const ACRONYM_SKIP = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'de',
  'des',
  'du',
  'la',
  'al',
]);

/**
 * Case, diacritics, possessive and punctuation folded, a leading article dropped:
 * "The Islamic Revolutionary Guard Corps’s" → "islamic revolutionary guard corps".
 */
export function normaliseName(text: string): string {
  let norm = normalised.get(text);
  if (norm === undefined) {
    if (normalised.size >= NORMALISED_CACHE_SIZE) normalised.clear();
    norm = normalise(text);
    normalised.set(text, norm);
  }
  return norm;
}

/** Names recur across documents; their normal forms are kept (bounded) rather than recomputed. */
const NORMALISED_CACHE_SIZE = 200_000;
const normalised = new Map<string, string>();

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/gu, '')
    .replace(/['’`.]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}

/** Stable entity key: `type:normalised-name`, e.g. `gpe:iran`, `org:islamic-revolutionary-guard-corps`. */
export function entityKey(type: EntityType, name: string): string {
  let byName = keys.get(type);
  if (!byName) keys.set(type, (byName = new Map()));
  let key = byName.get(name);
  if (key === undefined) {
    if (byName.size >= NORMALISED_CACHE_SIZE) byName.clear();
    const norm = normaliseName(name);
    const slug = norm.length > 0 ? norm.replace(/ /gu, '-') : name.trim().replace(/[\s|]+/gu, '-');
    // Joined: a flat string, not a rope kept beside its flattened copy (see `relationKey`).
    key = [type.toLowerCase(), ':', slug].join('');
    byName.set(name, key);
  }
  return key;
}

const keys = new Map<EntityType, Map<string, string>>();

/**
 * Edge key `subject|predicate|object`. Joined, not concatenated: a concatenation is a rope that
 * V8 keeps beside its flattened copy once a map has hashed it, for as long as the edge lives.
 */
export function relationKey(subject: string, predicate: RelationType, object: string): string {
  return [subject, predicate, object].join('|');
}

/**
 * Symmetric predicates (COOPERATES_WITH, MEETS) get one canonical direction: the smaller key
 * first. Returns whether the ends were swapped.
 */
export function canonicalEnds(
  subject: string,
  predicate: RelationType,
  object: string,
): { subject: string; object: string; swapped: boolean } {
  if (isSwapped(subject, predicate, object)) {
    return { subject: object, object: subject, swapped: true };
  }
  return { subject, object, swapped: false };
}

/** Whether `canonicalEnds` turns a relation round (a symmetric predicate, the object first). */
export function isSwapped(subject: string, predicate: RelationType, object: string): boolean {
  return SYMMETRIC_RELATIONS.has(predicate) && object < subject;
}

/** "IRGC", "U.N.", "NATO": two to eight capitals or digits, dots allowed. */
export function isAcronym(text: string): boolean {
  const bare = text.replace(/\./gu, '');
  return /^[A-Z][A-Z0-9&]{1,7}$/u.test(bare) && /[A-Z].*[A-Z]/u.test(bare);
}

/**
 * The initials of a multi-word name, skipping function words, in normal form:
 * "Islamic Revolutionary Guard Corps" → "irgc". Undefined for one-word names.
 */
export function acronymOf(name: string): string | undefined {
  const words = normaliseName(name)
    .split(' ')
    .filter((w) => w.length > 0 && !ACRONYM_SKIP.has(w));
  if (words.length < 2) return undefined;
  return words.map((w) => w[0]).join('');
}

/** The last word of a multi-word person name, in normal form: "Vladimir Putin" → "putin". */
export function surnameOf(name: string): string | undefined {
  const words = normaliseName(name).split(' ');
  return words.length >= 2 ? words[words.length - 1] : undefined;
}

/**
 * Whether `short` is a shortened form of `full`: its acronym, its surname, or a run of its
 * words ("Guard Corps" of "Islamic Revolutionary Guard Corps").
 */
export function isVariantOf(short: string, full: string): boolean {
  const s = normaliseName(short);
  const f = normaliseName(full);
  if (s.length === 0 || s === f) return false;
  if (acronymOf(full) === s) return true;
  return ` ${f} `.includes(` ${s} `);
}
