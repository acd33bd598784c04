/**
 * A work named by the part someone had in it (issue 10): a guessed name right before a
 * performer's or presenter's part noun (`works.json` *performerRoles*, *presenterRoles*: star,
 * co-star, actor, actress, presenter, host; up to two lower-case words between: "original
 * star") and a person's name right after is the work, a PRODUCT ("Zorvan Nights star Sam Hale",
 * "The Pelmore Files presenter Ann Holt"), not the body the person works for that a role
 * qualified by a name makes it; so the relation passes credit the person with their part in it
 * (`relations/patterns/work-credit.ts`). Not a maker's noun: a production company's staff are
 * its "producers" too ("Globex producer Tom Reed").
 *
 * Left alone: a name the gazetteer knows ("BBC presenter", "Labour's star"), a place word, an
 * acronym, one word that people's names use too ("Chelsea star": a club or a band as often), a
 * name opening with a given name or a word opening an organisation's name (`orgPrefix`: "Radio
 * Kelby presenter") or ending in one (`orgSuffix`: "Halvex Media presenter"), a name the document writes before a body's role too (`bodyRoles`:
 * "Coral Lights singer" … "Coral Lights star"; a band or a club), and any name of a sports
 * report, where a club's "star" is its player.
 */
import type { Token } from './analysis.js';
import { readData } from './lexicon.js';
import type { Lexicon } from './lexicon.js';
import type { Detected, RawMention } from './raw-mention.js';
import { isSportsReport } from './teams.js';

interface PartNouns {
  performerRoles: string[];
  presenterRoles: string[];
}

let parts: Set<string> | undefined;

/**
 * The performers' and presenters' part nouns of works.json that are no role in a body too, read
 * once. Not a maker's: a production company's staff are its "producers" ("Globex producer").
 */
function partNouns(lex: Lexicon): Set<string> {
  if (parts) return parts;
  const d = readData<PartNouns>('works.json');
  const all = [...d.performerRoles, ...d.presenterRoles];
  parts = new Set(all.filter((w) => !lex.bodyRoles.has(w)));
  return parts;
}

/** Lower-case words that may stand between the title and the part noun ("executive producer"). */
const BETWEEN = /^\p{Ll}[\p{Ll}-]*$/u;
const MAX_BETWEEN = 2;
const MODIFIER_POS = new Set(['ADJ', 'NOUN']);

/**
 * Types as PRODUCT each guessed name that a part noun and a person's name follow, and drops it
 * as the body of that person's role. Changes `detected` in place.
 */
export function markCreditTitles(tokens: readonly Token[], detected: Detected, lex: Lexicon): void {
  const { mentions, roles } = detected;
  const nouns = partNouns(lex);
  let sports: boolean | undefined;
  const byStart = new Map<number, RawMention>();
  for (const m of mentions) byStart.set(m.firstToken, m);
  for (const [index, m] of mentions.entries()) {
    if (!creditedTitle(tokens, m, byStart, nouns, lex)) continue;
    if (bodyElsewhere(tokens, mentions, m, lex)) continue;
    sports ??= isSportsReport(tokens, lex);
    if (sports) return;
    m.type = 'PRODUCT';
    m.entityType = 'PRODUCT';
    m.confident = true;
    delete m.yieldable;
    for (const r of roles) if (r.of === index) delete r.of;
  }
}

/** Is `m` a guessed name before a part noun and a person's name? */
function creditedTitle(
  tokens: readonly Token[],
  m: RawMention,
  byStart: ReadonlyMap<number, RawMention>,
  nouns: ReadonlySet<string>,
  lex: Lexicon,
): boolean {
  if (m.kind !== 'name' || m.canonical || m.lexClass) return false;
  if (m.entityType !== 'ORG' && m.entityType !== 'PERSON' && m.entityType !== 'PRODUCT') {
    if (m.confident) return false;
  }
  const sentence = tokens[m.firstToken]?.sentence;
  const words = tokens.slice(m.firstToken, m.lastToken).map((t) => t.lower);
  const lead = words[0] ?? '';
  if (lex.givenNames.has(lead) || lex.orgPrefix.has(lead)) return false;
  if (lex.orgSuffix.has(words[words.length - 1] ?? '')) {
    return false;
  }
  // "Chelsea star": one word that is a person's name too may be a club or a band.
  if (words.length === 1 && lex.personWords.has(words[0] ?? '')) return false;
  let k = m.lastToken;
  for (let n = 0; n <= MAX_BETWEEN; n++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    if (nouns.has(t.lower) && t.text === t.lower) break;
    // "former star", "executive producer"; not "Tess Daly and actress Anita Dobson".
    if (n === MAX_BETWEEN || !BETWEEN.test(t.text) || !MODIFIER_POS.has(t.pos)) return false;
    k++;
  }
  const person = byStart.get(k + 1);
  return !!person && person.entityType === 'PERSON' && person.kind === 'name';
}

/** Does the document write the name of `m` right before a body's role ("Coral Lights singer")? */
function bodyElsewhere(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  m: RawMention,
  lex: Lexicon,
): boolean {
  const text = surface(tokens, m);
  return mentions.some((o) => {
    if (surface(tokens, o) !== text) return false;
    const next = tokens[o.lastToken];
    return !!next && next.text === next.lower && lex.bodyRoles.has(next.lower);
  });
}

function surface(tokens: readonly Token[], m: RawMention): string {
  return tokens
    .slice(m.firstToken, m.lastToken)
    .map((t) => t.lower)
    .join(' ');
}
