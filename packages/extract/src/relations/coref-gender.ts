/**
 * The gender a document gives a person by the honorific it writes before the name: "Mr Reed",
 * "Sir Tom Reed", "Lord Halvering" (he); "Mrs Holt", "Ms Holt", "Dame Ann Holt" (she). News
 * writes one or the other on second mention (BBC house style), so most people named twice carry
 * one. A person given both, or neither, has no gender here and fits either pronoun.
 *
 * coref.ts reads it to keep "he" from a woman and "she" from a man: "Mrs Holt sued Globex. He
 * later visited Bergen" leaves "He" to someone else, not Holt. The honorifics are the closed
 * class of English courtesy titles (titles.json lists them without gender); "Dr", "Rev." and
 * the like say nothing of gender and are not here.
 */
import type { Analysis, MentionSpan } from '../analysis.js';
import { readData } from '../lexicon.js';

export type Gender = 'male' | 'female';

const HONORIFIC_GENDER = new Map<string, Gender>([
  ['mr', 'male'],
  ['mr.', 'male'],
  ['mister', 'male'],
  ['sir', 'male'],
  ['lord', 'male'],
  ['mrs', 'female'],
  ['mrs.', 'female'],
  ['ms', 'female'],
  ['ms.', 'female'],
  ['miss', 'female'],
  ['madam', 'female'],
  ['dame', 'female'],
  ['lady', 'female'],
  ['baroness', 'female'],
]);

const PRONOUN_GENDER = new Map<string, Gender>([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['himself', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['hers', 'female'],
  ['herself', 'female'],
]);

/** The gender of a third-person singular pronoun ("he" → male), else undefined. */
export function pronounGender(word: string): Gender | undefined {
  return PRONOUN_GENDER.get(word);
}

/**
 * Entity id → the gender its honorifics give it, for the PERSON entities of the document that
 * have an honorific right before (or opening) one of their name mentions, all of one gender.
 *
 * @example
 * // "Mrs Ann Holt met Mr Reed." -> { holt: 'female', reed: 'male' }
 */
export function honorificGenders(analysis: Analysis): Map<string, Gender> {
  return personGenders(analysis, (m) => {
    const before = analysis.tokens[m.firstToken - 1];
    const first = analysis.tokens[m.firstToken];
    const sameSentence = before !== undefined && before.sentence === first?.sentence;
    return (
      (sameSentence ? HONORIFIC_GENDER.get(before.lower) : undefined) ??
      (m.lastToken - m.firstToken > 1 ? HONORIFIC_GENDER.get(first?.lower ?? '') : undefined)
    );
  });
}

/**
 * Entity id → the one gender `genderOf` gives the name mentions of a PERSON entity; an entity
 * whose mentions disagree gets none.
 */
function personGenders(
  analysis: Analysis,
  genderOf: (m: MentionSpan) => Gender | undefined,
): Map<string, Gender> {
  const seen = new Map<string, Gender | 'both'>();
  for (const m of analysis.mentions) {
    if (m.kind === 'pronoun') continue;
    const type = analysis.entities.get(m.entityId)?.type ?? m.type;
    if (type !== 'PERSON') continue;
    const g = genderOf(m);
    if (!g) continue;
    const known = seen.get(m.entityId);
    seen.set(m.entityId, known === undefined || known === g ? g : 'both');
  }
  const out = new Map<string, Gender>();
  for (const [id, g] of seen) if (g !== 'both') out.set(id, g);
  return out;
}

/** Whether a pronoun of `word` may stand for entity `id`: no honorific says otherwise. */
export function genderFits(
  genders: ReadonlyMap<string, Gender>,
  word: string,
  id: string,
): boolean {
  const want = pronounGender(word);
  const has = genders.get(id);
  return want === undefined || has === undefined || want === has;
}

interface FirstNamesFile {
  readonly male: readonly string[];
  readonly female: readonly string[];
}

let firstNames: ReadonlyMap<string, Gender> | undefined;

/** Given name (lower case) → the gender data/first-names.json gives it alone. */
function givenNames(): ReadonlyMap<string, Gender> {
  if (!firstNames) {
    const file = readData<FirstNamesFile>('first-names.json');
    const map = new Map<string, Gender>();
    for (const n of file.male) map.set(n, 'male');
    for (const n of file.female) map.set(n, 'female');
    firstNames = map;
  }
  return firstNames;
}

/**
 * Entity id → the gender of the given name that opens a full name of the person ("Joyce Holt":
 * female), for the PERSON entities with a mention of two words or more whose first word
 * `data/first-names.json` lists as one gender only. A person whose full names disagree, or whose
 * first word is no listed name ("President Lula", "Viktor Yushchenko"), gets none.
 *
 * @example
 * // "Joyce Holt met Tom Reed." -> { holt: 'female', reed: 'male' }
 */
export function givenNameGenders(analysis: Analysis): Map<string, Gender> {
  const names = givenNames();
  return personGenders(analysis, (m) => {
    if (m.lastToken - m.firstToken < 2) return undefined;
    const first = analysis.tokens[m.firstToken];
    // A capitalised given name, not a title or initial ("Mr", "J.").
    if (!first || !/^[A-Z][a-z]+$/.test(first.text)) return undefined;
    return names.get(first.lower);
  });
}

/**
 * The gender the document gives each person: by honorific ("Mrs Holt"), else by given name
 * ("Joyce Holt"). The honorific is the document's own word and wins.
 */
export function documentGenders(analysis: Analysis): Map<string, Gender> {
  const out = givenNameGenders(analysis);
  for (const [id, g] of honorificGenders(analysis)) out.set(id, g);
  return out;
}
