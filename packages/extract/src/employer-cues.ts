/**
 * The body after a role and *at / for / with* (issue 14): news names where someone works right
 * after their role, so the name there is an organisation, however it reads alone — "Ann Holt,
 * an analyst at **Nomura**" (no place after a locative *at*), "chief economist at **Globex**",
 * "a spokesman for **Initech**" (no person after *for*), "an analyst with **Jupiter
 * Research**", "head of research at **Globex**" (a head *of* a department, then the body), and
 * after *of* a body's role only ("a director of **Zentrix**", "co-founder of **Zelvik**", "a
 * spokesman of **Brovane**"; not "professor of Economics"). A role in the plural counts, and so
 * does one opening its sentence ("Analysts at **Torvane** were cautious").
 * Read by the context pass (context.ts) on guesses only; the gazetteer's places ("a coach at
 * Southampton") stay as they are.
 *
 * The roles are `cues.json` *bodyRoles* (the roles of someone working in a body: "spokesman",
 * "analyst", "chief executive") and *employerRoles* (jobs held at a firm or a university:
 * "trader", "banker", "researcher", "professor"), the last word before the preposition, in lower
 * case. Not a person: a name led by a given name ("a spokesman for Tom Reed"), a bare given name
 * ("a spokesman for Helen"), after *for* or *of* a name of two words or more led by a person-name word
 * ("a spokeswoman for Ola Vik", "the coach of Ola Vik"), the surname of a person the document names in full ("a spokesman
 * for Reed" after "Tom Reed"); not a name owning or modifying what follows ("a lawyer for Reed's
 * family", "a trader at Kelby market": the market is the workplace; "chairman of Kelby-based
 * consultancy Orvane": the body is named after it).
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import type { RawMention } from './raw-mention.js';
import { surnameOfNamedPerson } from './person-surnames.js';
import { inSentence } from './sentence-tokens.js';

/** Prepositions between a role and the body it is held in. */
const EMPLOYER_PREPOSITIONS = new Set(['at', 'for', 'with']);
/** Heads of a department before *of*: "head of research at", "director of trading at". */
const DEPARTMENT_HEADS = new Set(['head', 'director', 'chief', 'manager', 'vice-president']);
const POSSESSIVE = /^['’]s?$/;

/** Is the guess m the body a role held at / for / with it names ("an analyst at Nomura")? */
export function employerAfterRole(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  m: RawMention,
  lex: Lexicon,
): boolean {
  const sentence = tokens[m.firstToken]?.sentence;
  const at = inSentence(tokens, sentence);
  // A lower-case word of the sentence at i, or undefined.
  const lower = (i: number) => {
    const t = at(i);
    return t && t.text === t.lower ? t.lower : undefined;
  };
  const prep = lower(m.firstToken - 1);
  if (prep === 'of') {
    // "a director of Zentrix", "co-founder of Zelvik": a body's role only (not "professor of
    // Economics", a subject).
    if (!lex.bodyRoles.has(lower(m.firstToken - 2) ?? '')) return false;
  } else if (!prep || !EMPLOYER_PREPOSITIONS.has(prep)) return false;
  else if (!roleEndsAt(roleWord(tokens, sentence, lower), m.firstToken - 2, lex)) return false;
  // Not a person: "a spokesman for Tom Reed", "a spokesman for Helen".
  const words = tokens.slice(m.firstToken, m.lastToken);
  const lead = words[0]?.lower ?? '';
  if (lex.givenNames.has(lead) && !lex.companyWords.has(lead)) return false;
  // "for" and "of" take people too, named in full: "a spokeswoman for Ola Vik", "the coach of
  // Ola Vik" (person-name words),
  // where "at" and "with" do not ("an analyst at Smith Barney"). A bare surname is a person's
  // only where the document names that person in full (below): "a spokesman for Fox" is the body.
  const personLed = lex.personWords.has(lead) && !lex.companyWords.has(lead);
  if ((prep === 'for' || prep === 'of') && words.length > 1 && personLed) return false;
  if (surnameOfNamedPerson(tokens, mentions, m)) return false;
  // Not an owner or a modifier: "a lawyer for Reed 's family", "a trader at Kelby market".
  const next = at(m.lastToken);
  if (next && POSSESSIVE.test(next.text)) return false;
  // "chairman of Kelby-based consultancy Orvane": the body is named after the hyphen.
  if (next?.text === '-' || /-\p{Ll}+$/u.test(tokens[m.lastToken - 1]?.text ?? '')) return false;
  return !(next && next.text === next.lower && next.pos === 'NOUN');
}

/**
 * A lower-case word of the sentence at i, or its first word whatever its case: "Analysts at
 * Torvane were cautious" opens with the role.
 */
function roleWord(
  tokens: readonly Token[],
  sentence: number | undefined,
  lower: (i: number) => string | undefined,
): (i: number) => string | undefined {
  return (i: number) => {
    const t = tokens[i];
    if (!t || t.sentence !== sentence) return undefined;
    const first = tokens[i - 1]?.sentence !== sentence;
    return lower(i) ?? (first && /^\p{Lu}\p{Ll}+$/u.test(t.text) ? t.lower : undefined);
  };
}

/** A role of someone in a body, or its plural ("analysts at Nomura", "traders with Zelvik"). */
function isRole(word: string, lex: Lexicon): boolean {
  const role = (w: string) => lex.bodyRoles.has(w) || lex.employerRoles.has(w);
  return role(word) || (word.endsWith('s') && role(word.slice(0, -1)));
}

/** Does a role end at token k: "analyst", "chief economist", "head of fixed income"? */
function roleEndsAt(lower: (i: number) => string | undefined, k: number, lex: Lexicon): boolean {
  const word = lower(k);
  if (!word) return false;
  if (isRole(word, lex)) return true;
  // "head of research", "director of fixed income".
  for (let of = k - 1; of >= k - 3; of--) {
    if (lower(of) === 'of') return DEPARTMENT_HEADS.has(lower(of - 1) ?? '');
    if (!lower(of)) return false;
  }
  return false;
}
