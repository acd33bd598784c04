/**
 * A word of address, kinship or greeting written with a capital right before a person's name is
 * no part of the name (issue 14): "Any news from Aunt Marla?", "trusting Doctor Kessler with our
 * teeth", "PM Brankovic is responsible", "Welcome Rebecca!", "Good Morning Patricia -", "P.S. Harold,
 * please call", and at a sentence's start a role noun capitalised only because it opens it:
 * "Broker Anil Varghese said". The mention stage reads the capitalised run as one name (typed a
 * person, or a body: "Aunt Marla" was an organisation); the lead word goes and the rest is a
 * person. The words are data (`data/curated/person-leads.json`).
 *
 * What is left must read as a name: a kinship or address word needs a given name (the lexicon's
 * or `data/first-names.json`) or a capitalised word that is no everyday word after it ("Uncle Joe", "PM Brankovic"; not
 * "Doctor Who", "Cousin Marriage"); a greeting needs a given name ("Welcome Rebecca"; not
 * "Welcome Centre", "Hello Kitty"). Not a gazetteer name ("Uncle Sam" stays if listed), not a
 * possessive run ("Trader Joe's"), not a work, event or product, not a line of capitals. A
 * greeting opening its sentence before a given name no mention covers ("Thanks Gregory!", "Dear
 * Dr. Helena Marsh,": a title-case line the mention stage left as a headline) adds the
 * person.
 */
import type { Token } from './analysis.js';
import { readData } from './lexicon.js';
import type { Lexicon } from './lexicon.js';
import { insertMentions } from './kind-lists.js';
import type { Detected, RawMention } from './raw-mention.js';
import { coveredTokens } from './join-spans.js';

interface LeadsFile {
  kin: string[];
  greetings: string[];
  sentenceFirst: string[];
}

interface FirstNamesFile {
  eitherGender: string[];
  male: string[];
  female: string[];
}

type LeadKind = 'kin' | 'greeting' | 'sentenceFirst';

let leads: Map<string, LeadKind> | undefined;
let firstNames: Set<string> | undefined;

/** Given names of `data/first-names.json` (lower case), beside the lexicon's own. */
export function givenName(lower: string, lex: Lexicon): boolean {
  if (lex.givenNames.has(lower)) return true;
  if (!firstNames) {
    const file = readData<FirstNamesFile>('first-names.json');
    firstNames = new Set(
      [...file.eitherGender, ...file.male, ...file.female].map((w) => w.toLowerCase()),
    );
  }
  return firstNames.has(lower);
}

/** Lead phrase (lower case, words joined by one space) → its kind. */
function leadWords(): Map<string, LeadKind> {
  if (leads) return leads;
  const file = readData<LeadsFile>('curated/person-leads.json');
  leads = new Map<string, LeadKind>([
    ...file.kin.map((w): [string, LeadKind] => [w, 'kin']),
    ...file.greetings.map((w): [string, LeadKind] => [w, 'greeting']),
    ...file.sentenceFirst.map((w): [string, LeadKind] => [w, 'sentenceFirst']),
  ]);
  return leads;
}

/** A word with a capital and then lower case: "Marla", "Anil", "O'Neil". */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;
/** A lead written with a capital: "Aunt", "PM", "P.S.", "Good". */
const CAPITAL = /^\p{Lu}/u;
const POSSESSIVE = /^['’]s?$/;
/** Mention types a lead word may have been read into. */
const NAME_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FACILITY']);

/** Cuts a leading word of address or greeting off the names it was read into (see above). */
export function trimPersonLeads(
  tokens: readonly Token[],
  detected: Detected,
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): Detected {
  let changed = false;
  const mentions = detected.mentions.map((m): RawMention => {
    const cut = leadLength(tokens, m, lex, isCommon);
    if (!cut) return m;
    changed = true;
    const { canonical: _c, lexClass: _l, yieldable: _y, group: _g, ...rest } = m;
    return {
      ...rest,
      firstToken: m.firstToken + cut,
      type: 'PERSON',
      entityType: 'PERSON',
      kind: 'name',
      confident: true,
    };
  });
  const trimmed = changed ? { mentions, roles: detected.roles } : detected;
  return addGreeted(tokens, trimmed, lex);
}

/**
 * A greeting that opens its sentence before a given name no mention covers ("Thanks Gregory!",
 * "Dear Dr. Helena Marsh,", "Hi Melissa"): a line of title-case words, which the mention
 * stage reads as a headline and leaves, is a salutation; the name (an honorific before it
 * skipped, the capitalised words after the given name taken in) is a person.
 */
function addGreeted(tokens: readonly Token[], detected: Detected, lex: Lexicon): Detected {
  const covered = coveredTokens(tokens.length, detected.mentions);
  const table = leadWords();
  const added: RawMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (covered[k] || !CAPITAL.test(t.text) || !sentenceFirst(tokens, k)) continue;
    let at = k + 1;
    let kind = table.get(t.lower);
    const second = tokens[k + 1];
    if (second && second.sentence === t.sentence && table.get(`${t.lower} ${second.lower}`)) {
      kind = table.get(`${t.lower} ${second.lower}`);
      at = k + 2;
    }
    if (kind !== 'greeting') continue;
    while (
      tokens[at] &&
      tokens[at]?.sentence === t.sentence &&
      lex.honorifics.has(tokens[at]?.lower ?? '')
    )
      at++;
    const given = tokens[at];
    if (!given || given.sentence !== t.sentence || covered[at]) continue;
    if (!NAME_WORD.test(given.text) || !givenName(given.lower, lex)) continue;
    let last = at + 1;
    while (
      tokens[last] &&
      tokens[last]?.sentence === t.sentence &&
      !covered[last] &&
      NAME_WORD.test(tokens[last]?.text ?? '') &&
      (tokens[last]?.start ?? 0) > (tokens[last - 1]?.end ?? 0)
    )
      last++;
    // "Thank You Barry's Auto Tech!": a business named after its owner.
    const after = tokens[last];
    if (after && after.sentence === t.sentence && /^(?:['’]?s|['’])$/.test(after.text)) continue;
    added.push({
      firstToken: at,
      lastToken: last,
      type: 'PERSON',
      entityType: 'PERSON',
      kind: 'name',
      confident: true,
    });
    k = last;
  }
  return added.length ? insertMentions(detected, added) : detected;
}

/** How many tokens of `m` are a lead word before a person's name (0: none). */
function leadLength(
  tokens: readonly Token[],
  m: RawMention,
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): number {
  if (m.kind !== 'name' || !NAME_TYPES.has(m.type)) return 0;
  if (m.canonical !== undefined && m.confident) return 0;
  const words = tokens.slice(m.firstToken, m.lastToken);
  if (words.length < 2 || words.some((t) => POSSESSIVE.test(t.text))) return 0;
  // A line of capitals: "GOOD MORNING AMERICA".
  if (words.every((t) => t.text === t.text.toUpperCase())) return 0;
  const table = leadWords();
  for (const size of [2, 1]) {
    if (words.length <= size) continue;
    const lead = words.slice(0, size);
    if (!lead.every((t) => CAPITAL.test(t.text))) continue;
    if (lead.some((t, k) => k > 0 && t.start === (lead[k - 1] as Token).end)) continue;
    const kind = table.get(lead.map((t) => t.lower).join(' '));
    if (!kind) continue;
    const name = words[size] as Token;
    if (name.sentence !== (lead[0] as Token).sentence || !NAME_WORD.test(name.text)) return 0;
    const given = givenName(name.lower, lex);
    if (kind === 'greeting' && !given) return 0;
    if (kind !== 'greeting' && !given && isCommon(name.lower)) return 0;
    if (kind === 'sentenceFirst' && !sentenceFirst(tokens, m.firstToken)) return 0;
    return size;
  }
  return 0;
}

/** Is token `i` the first word of its sentence (an opening quote or dash before it aside)? */
function sentenceFirst(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  for (let k = i - 1; k >= 0; k--) {
    const p = tokens[k] as Token;
    if (p.sentence !== t.sentence) return true;
    if (!/^["“'‘(\-–—]$/.test(p.text)) return false;
  }
  return true;
}
