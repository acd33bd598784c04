/**
 * A role written with "ex-" glued to its first word (issue 14): "Ex-President Carter", "the
 * ex-chancellor Ola Vik", "Ex-Prime Minister Major". The tokenizer keeps "Ex-President" as one
 * token, which the role table (one lower-case word per step) does not know, so the name after
 * it was read as an uncued guess, and a surname that is also an everyday word ("Carter",
 * "Major") was dropped. The role is the one after "ex-", the holder a former one, as after
 * "former".
 */
import type { Token } from './analysis.js';
import { longestPhrase } from './lexicon.js';
import type { Lexicon, RoleRelation } from './lexicon.js';

const EX = /^ex-(\p{L}[\p{L}.'-]*)$/u;

/**
 * The role opening at token i with "ex-" glued to its first word: its length in tokens (the
 * glued token counts as one) and the relation it implies; undefined where none does.
 */
export function exRoleAt(
  lex: Lexicon,
  tokens: readonly Token[],
  i: number,
  end: number,
): { length: number; value: RoleRelation } | undefined {
  const rest = EX.exec(tokens[i]?.lower ?? '')?.[1];
  if (!rest) return undefined;
  const view = [{ lower: rest }, ...tokens.slice(i + 1, end)];
  return longestPhrase(lex.roles, view, 0, view.length);
}

/** Does the token at i open with "ex-" and a word ("Ex-President", "ex-chairman")? */
export function isExWord(token: Token | undefined): boolean {
  return !!token && EX.test(token.lower);
}
