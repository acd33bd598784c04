/**
 * A capitalised label between a lower-case modifier and a person named in full is no part of
 * the name (issue 14): "former Beatle Paul McCartney", "the late Beatle George Harrison",
 * "fellow Tory Ann Widdecombe", "veteran Socialist Tom Reed". The mention stage reads the
 * capitalised run as one person ("Beatle Paul McCartney"), so the real name becomes a second
 * entity and the label is glued into the first. The label goes; where it is a name of the
 * gazetteer on its own ("Tory", a party) it is kept as that name, so the membership it states
 * can be read.
 *
 * Only where the words make it sure: a modifier that says what someone was or is among others
 * (*former, late, fellow, veteran, one-time …*) right before the label, the label a title-case
 * word that is no given name (or is a party or people of the gazetteer: "Tory"), then a given name and at least one more word ("former Beatle
 * Paul McCartney"; not "former Paul McCartney", "late Mary Ann Evans", "fellow Tom Reed").
 */
import type { Token } from './analysis.js';
import { longestPhrase } from './lexicon.js';
import type { Lexicon } from './lexicon.js';
import { insertMentions } from './kind-lists.js';
import { givenName } from './person-leads.js';
import { gazetteerMention } from './raw-mention.js';
import type { Detected, RawMention } from './raw-mention.js';

/** Modifiers that set a label of belonging before a person's name. */
const MODIFIERS = new Set([
  'former',
  'late',
  'fellow',
  'veteran',
  'one-time',
  'onetime',
  'erstwhile',
  'ex',
]);

/** A word in title case: "Beatle", "Tory", "O'Neil". */
const TITLE_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;

/** Cuts a label of belonging off the person named after it (see above). */
export function trimLabelLeads(
  tokens: readonly Token[],
  detected: Detected,
  lex: Lexicon,
): Detected {
  const added: RawMention[] = [];
  let changed = false;
  const mentions = detected.mentions.map((m): RawMention => {
    if (!labelled(tokens, m, lex)) return m;
    changed = true;
    const label = longestPhrase(lex.gazetteer, tokens, m.firstToken, m.firstToken + 1);
    if (label && label.length === 1) {
      added.push(gazetteerMention(m.firstToken, m.firstToken + 1, label.value));
    }
    return { ...m, firstToken: m.firstToken + 1 };
  });
  if (!changed) return detected;
  return insertMentions({ mentions, roles: detected.roles }, added);
}

/** Does a label of belonging open the person mention `m`, after a modifier? */
function labelled(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  if (m.entityType !== 'PERSON' || m.kind !== 'name' || m.canonical) return false;
  if (m.lastToken - m.firstToken < 3) return false;
  const label = tokens[m.firstToken] as Token;
  const given = tokens[m.firstToken + 1] as Token;
  const before = tokens[m.firstToken - 1];
  if (!before || before.sentence !== label.sentence || !MODIFIERS.has(before.lower)) return false;
  if (!TITLE_WORD.test(label.text)) return false;
  // "Tory" is a given name too: a party or a people of the gazetteer is a label first.
  const listed = longestPhrase(lex.gazetteer, tokens, m.firstToken, m.firstToken + 1);
  const body = listed?.length === 1 && listed.value.type !== 'PERSON';
  if (givenName(label.lower, lex) && !body) return false;
  return TITLE_WORD.test(given.text) && givenName(given.lower, lex);
}
