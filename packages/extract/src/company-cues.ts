/**
 * Companies the gazetteers do not know, read from what news says of them: a name that holds
 * officers, posts profits, cuts jobs or hires executives is an organisation, however it is
 * spelled ("Tarvex", "Varnel", and "Eli Lilly", which reads as a person's name). Read by
 * the context pass (context.ts) on guesses only. The cues:
 *
 * - the object of an officer's title: "chief executive of **Varnel**", "chairman of
 *   **Harbex**", "the managing director of **Torvane**";
 * - the possessor of an officer's title: "**Eli Lilly**'s chief medical officer", "**Tarvex**'s
 *   managing director", "**Drexon**'s chief operating officer", "**Globex**'s head of research",
 *   "**Globex**'s chief economist";
 * - the subject of a company's verb: "**Torvane** posted profits of …", "**Drexon** reported a
 *   pre-tax loss", "**Drexon** announced 500 job cuts", "**Veltro** is to cut 300 jobs",
 *   "**Kelvor** has hired Ann Holt as finance director", "**Kelvor** named Ann Holt its new
 *   chairman".
 *
 * A name owning what follows ("chairman of Reed's firm") is the owner, no company, and a name
 * modifying a noun after it ("chairman of P9 network Red Quill") is no company; people hire
 * lawyers, post letters and announce retirements, so only these objects count.
 */
import type { Token } from './analysis.js';
import { inSentence } from './sentence-tokens.js';

/** Officer titles that only companies and bodies have, as lower-case word sequences. */
const OFFICER_TITLES: readonly (readonly string[])[] = [
  ['chief', 'executive'],
  ['chief', 'executive', 'officer'],
  ['chairman'],
  ['chairwoman'],
  ['chairperson'],
  ['ceo'],
  ['managing', 'director'],
  ['finance', 'director'],
  ['financial', 'director'],
  ['sales', 'director'],
  ['marketing', 'director'],
  ['board', 'of', 'directors'],
  // "Globex's head of research", "Globex's chief economist, Ann Holt".
  ['head', 'of'],
  ['chief', 'economist'],
  ['chief', 'strategist'],
];
/** "chief operating officer", "chief medical officer", "chief financial officer". */
const CHIEF = 'chief';
const OFFICER = 'officer';

/** What a company posts or reports: "profits", "a pre-tax loss", "record sales". */
const RESULTS = new Set([
  'profit',
  'profits',
  'loss',
  'losses',
  'earnings',
  'revenue',
  'revenues',
  'sales',
  'turnover',
  'dividend',
  'results',
]);
/** Words between a results verb and its object: "posted a record pre-tax profit". */
const RESULT_MODIFIERS = new Set([
  'a',
  'an',
  'its',
  'their',
  'record',
  'pre-tax',
  'pretax',
  'net',
  'operating',
  'annual',
  'quarterly',
  'half-year',
  'first-half',
  'full-year',
  'higher',
  'lower',
  'bigger',
  'smaller',
  'better-than-expected',
  'worse-than-expected',
  'strong',
  'weak',
  'healthy',
  'disappointing',
]);
const RESULT_VERBS = new Set(['posted', 'posts', 'reported', 'reports', 'announced', 'announces']);
/** Verbs of cutting jobs: "cut 500 jobs", "shed jobs", "announced 200 job cuts". */
const CUT_VERBS = new Set(['cut', 'cuts', 'cutting', 'shed', 'sheds', 'axe', 'axes', 'axed']);
const JOB_WORDS = new Set(['jobs', 'posts', 'staff', 'workers', 'employees']);
const HIRE_VERBS = new Set(['hired', 'hires', 'appointed', 'appoints', 'named', 'names']);
/** Auxiliaries between the subject and its verb: "has hired", "is to cut", "will shed". */
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'will', 'would', 'to', 'plans', 'also']);
const POSSESSIVE = /^['’]s?$/;

/** Is a company named by the words around the tokens first … last (exclusive)? */
export function companyCue(tokens: readonly Token[], first: number, last: number): boolean {
  const sentence = tokens[first]?.sentence;
  const at = inSentence(tokens, sentence);
  const word = (i: number) => at(i)?.lower ?? '';
  const next = at(last);
  if (
    word(first - 1) === 'of' &&
    !(next && POSSESSIVE.test(next.text)) &&
    !modifier(tokens, last)
  ) {
    if (officerEndsAt(word, first - 2)) return true;
  }
  if (next && POSSESSIVE.test(next.text) && officerStartsAt(word, last + 1)) return true;
  return companyVerbAfter(word, last);
}

/**
 * Does the name ending before `last` modify what follows: "chairman of P9 network Red Quill",
 * "director of Aberdeen-based consultancy Orrel" (the company is named after it)?
 */
function modifier(tokens: readonly Token[], last: number): boolean {
  const end = tokens[last - 1];
  const next = tokens[last];
  if (end && /-\p{Ll}+$/u.test(end.text)) return true;
  // "Aberdeen - based" in three tokens.
  if (end && next?.text === '-' && next.start === end.end) return true;
  return (
    !!next &&
    next.sentence === end?.sentence &&
    next.text === next.lower &&
    (next.pos === 'NOUN' || next.pos === 'ADJ' || /-\p{Ll}+$/u.test(next.text))
  );
}

/** Does an officer's title end at token k ("chief executive", "chief operating officer")? */
function officerEndsAt(word: (i: number) => string, k: number): boolean {
  for (const title of OFFICER_TITLES) {
    if (title.every((w, n) => word(k - title.length + 1 + n) === w)) return true;
  }
  // "chief operating officer", "chief medical officer".
  return word(k) === OFFICER && (word(k - 2) === CHIEF || word(k - 3) === CHIEF);
}

/** Does an officer's title start at token k (not "chief of staff", a person's aide)? */
function officerStartsAt(word: (i: number) => string, k: number): boolean {
  for (const title of OFFICER_TITLES) {
    if (title.every((w, n) => word(k + n) === w)) return true;
  }
  return word(k) === CHIEF && (word(k + 2) === OFFICER || word(k + 3) === OFFICER);
}

/** "posted profits", "has hired Ann Holt as finance director", "is to cut 500 jobs". */
function companyVerbAfter(word: (i: number) => string, last: number): boolean {
  let k = last;
  for (let gap = 0; gap < 3 && AUXILIARIES.has(word(k)); gap++) k++;
  const verb = word(k);
  if (RESULT_VERBS.has(verb)) {
    let j = k + 1;
    while (j < k + 5 && RESULT_MODIFIERS.has(word(j))) j++;
    if (RESULTS.has(word(j))) return true;
    // "announced 500 job cuts", "announced job cuts".
    if (/^[\d,]+$/.test(word(j))) j++;
    return word(j) === 'job' && (word(j + 1) === 'cuts' || word(j + 1) === 'losses');
  }
  if (CUT_VERBS.has(verb)) {
    let j = k + 1;
    if (/^[\d,]+$/.test(word(j)) || word(j) === 'more' || word(j) === 'hundreds') j++;
    if (word(j) === 'of') j++;
    return JOB_WORDS.has(word(j));
  }
  if (HIRE_VERBS.has(verb)) {
    // "hired Ann Holt as finance director", "named Ola Vik as its new chief executive", "named
    // Ola Vik its new chairman".
    for (let j = k + 1; j < k + 6; j++) {
      if (word(j) !== 'as' && word(j) !== 'its') continue;
      let t = word(j) === 'as' ? j + 1 : j;
      while (t < j + 4 && ['a', 'an', 'its', 'the', 'new', 'interim', 'acting'].includes(word(t)))
        t++;
      return OFFICER_TITLES.some((title) => title.every((w, n) => word(t + n) === w));
    }
  }
  return false;
}
