/**
 * People's given names written in lower case, as forum posts, chats and e-mail write whole
 * sentences ("tom and jen are at the bar", "do n't tell kyla", "i think rhona and i are
 * staying", "nina brandt finishes her exam today"): in a sentence with no capital letter at all
 * (the writer capitalises nothing, not even *I*), a word that is a given name of the name lists
 * (the lexicon's or `data/first-names.json`) and no everyday word is a person; a lower-case word
 * right after it that is no everyday word either is the surname ("nina brandt"). Issue 14.
 *
 * Not an everyday word ("max", "mark", "grace", "hector" stay words), not a word glued to a dot,
 * slash, @, # or underscore (addresses, handles, file names: "marcus_resume.doc"), not inside
 * another mention, and not in a sentence that writes any capital: edited text capitalises names,
 * and a lower-case word there is no name.
 */
import type { Token } from './analysis.js';
import { insertMentions } from './kind-lists.js';
import type { Lexicon } from './lexicon.js';
import { givenName } from './person-leads.js';
import { glued } from './sentence-tokens.js';
import type { Detected, RawMention } from './raw-mention.js';
import { coveredTokens } from './join-spans.js';

const LOWER_WORD = /^\p{Ll}+$/u;
const CAPITAL = /\p{Lu}/u;
/** Tags of a word a name does not follow directly. */
const BEFORE_NOT = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);
/** Tags of a word that may follow a name. */
const AFTER = new Set(['VERB', 'AUX', 'CCONJ', 'ADP', 'ADV', 'PUNCT', 'PART', 'SCONJ']);

/** Adds a PERSON mention for each lower-case given name of an all-lower-case sentence. */
export function markLowerCaseNames(
  tokens: readonly Token[],
  detected: Detected,
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): Detected {
  const covered = coveredTokens(tokens.length, detected.mentions);
  const capitalised = new Set<number>();
  for (const t of tokens) if (CAPITAL.test(t.text)) capitalised.add(t.sentence);
  const added: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered[i] || capitalised.has(t.sentence) || !LOWER_WORD.test(t.text)) continue;
    if (t.text.length < 3 || !givenName(t.lower, lex) || isCommon(t.lower)) continue;
    let last = i + 1;
    const next = tokens[last];
    if (
      next &&
      next.sentence === t.sentence &&
      !covered[last] &&
      LOWER_WORD.test(next.text) &&
      next.text.length > 2 &&
      !isCommon(next.lower) &&
      (next.pos === 'PROPN' || next.pos === 'NOUN')
    )
      last++;
    if (glued(tokens, i, last) || !nameSlot(tokens, i, last)) continue;
    added.push({
      firstToken: i,
      lastToken: last,
      type: 'PERSON',
      entityType: 'PERSON',
      kind: 'name',
      confident: true,
    });
    i = last - 1;
  }
  return added.length ? insertMentions(detected, added) : detected;
}

/**
 * Does the run stand where a person's name stands? A sentence of three tokens or more ("hmm?",
 * a lone word on a line, is no sentence to read), no noun or adjective right before it ("air
 * lanka": a name's head), and after it a verb, an auxiliary, a conjunction, a preposition, an
 * adverb, punctuation or the sentence's end: not a possessive ("bettys 's": a shop), a pronoun
 * ("cos i 'll go") or a noun it would modify ("gare lyonnais storage").
 */
function nameSlot(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first] as Token;
  let size = 0;
  for (const u of tokens) if (u.sentence === t.sentence) size++;
  if (size < 3) return false;
  const prev = tokens[first - 1];
  if (prev && prev.sentence === t.sentence && BEFORE_NOT.has(prev.pos)) return false;
  const next = tokens[last];
  if (!next || next.sentence !== t.sentence) return true;
  if (/^['’]?s$/.test(next.text)) return false;
  return AFTER.has(next.pos);
}
