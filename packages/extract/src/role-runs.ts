/**
 * A role written in capitals is no name (issue 14): "The House Speaker, Tom Foley, said",
 * "the Defence Secretary said", "The Chief Constable said". A role before a name is read as a
 * role (`titles.json`); set off from the name by a comma, or standing for its holder, the
 * capitalised run was read as a name of its own and typed an organisation ("House Speaker") or
 * a person ("Defence Secretary"). A run that ends in a role, after *the*, whose other words
 * are everyday words ("House", "Defence", "Chief"), names no one: the holder, where named, is
 * the name after it.
 *
 * Not a run with a name before the role ("the Kelby Mayor": the town qualifies the role), a
 * gazetteer entry, a run a cue typed ("the House Ethics Committee"), nor a run not led by *the*
 * ("Speaker Tom Foley" is a role before its holder, read elsewhere).
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import { longestPhrase } from './lexicon.js';
import type { RawMention } from './raw-mention.js';

const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Is the mention a capitalised role after "the", with only everyday words before the role? */
export function isRoleRun(
  tokens: readonly Token[],
  m: RawMention,
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): boolean {
  // Two words at least: "the Queen", "the Pope" stand for one person, whom gold names.
  if (m.canonical || m.kind !== 'name' || m.lastToken - m.firstToken < 2) return false;
  const sentence = tokens[m.firstToken]?.sentence;
  const before = tokens[m.firstToken - 1];
  if (!before || before.sentence !== sentence || before.lower !== 'the') return false;
  for (let j = m.firstToken; j < m.lastToken; j++) {
    const role = j > m.firstToken ? longestPhrase(lex.roles, tokens, j, m.lastToken) : undefined;
    if (role && j + role.length === m.lastToken) return true;
    const word = tokens[j] as Token;
    if (!TITLE_WORD.test(word.text) || !isCommon(word.lower)) return false;
    if (lex.personWords.has(word.lower) && !lex.roleModifiers.has(word.lower)) return false;
  }
  return false;
}
