/**
 * A capitalised everyday word opening a sentence before a role in a body or a playing position
 * and a person's name is the body's name, not a word capitalised only because it opens the
 * sentence (issue 14): "Arsenal keeper Jens Marlo saved well", "Wasps centre Tom Voyce scored",
 * "Bath scrum-half Ollie Greer", "Wolves manager Ann Holt". The mention pass drops a sentence's
 * first word when it is an everyday word (wink's vocabulary knows "arsenal", "wasps", "bath"),
 * so the club was lost and the player's membership with it. The roles are `cues.json`
 * *bodyRoles*; positions that are no typing cue elsewhere ("centre", "lock", "prop") are in
 * `data/curated/positions.json`; a hyphenated one may come as three tokens ("scrum - half").
 *
 * What must follow: the role (one modifier such as "senior" may stand before it), then a
 * capitalised word and one more (a name in full: "Bath prop Matt Stevens"; not "Bath time Tom",
 * nor "Forward planning Ann Holt", where no role follows).
 */
import type { Token } from './analysis.js';
import { readData } from './lexicon.js';
import type { Lexicon } from './lexicon.js';

let positions: Set<string> | undefined;

function positionWords(): Set<string> {
  if (!positions)
    positions = new Set(readData<{ positions: string[] }>('curated/positions.json').positions);
  return positions;
}

/** A title-case word: "Ann", "O'Neil". */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;

/**
 * The number of tokens of a role or position starting at k ("keeper": 1, "chief executive": 2,
 * "scrum - half": 3), or 0.
 */
export function bodyRoleLength(tokens: readonly Token[], k: number, lex: Lexicon): number {
  const sentence = tokens[k]?.sentence;
  const word = (j: number) => {
    const t = tokens[j];
    return t && t.sentence === sentence && t.text === t.lower ? t.lower : undefined;
  };
  const known = (w: string) => lex.bodyRoles.has(w) || positionWords().has(w);
  const one = word(k);
  if (!one) return 0;
  const two = word(k + 1);
  const three = word(k + 2);
  if (two === '-' && three && known(`${one}-${three}`)) return 3;
  if (two && known(`${one} ${two}`)) return 2;
  return known(one) ? 1 : 0;
}

/**
 * Is the word at i followed by a role in a body (a modifier may stand before it) and a person's
 * name of two or more words?
 */
export function leadsBodyRole(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const sentence = tokens[i]?.sentence;
  let k = i + 1;
  if (lex.roleModifiers.has(tokens[k]?.lower ?? '') && tokens[k]?.text === tokens[k]?.lower) k++;
  const length = bodyRoleLength(tokens, k, lex);
  if (!length) return false;
  const given = tokens[k + length];
  const surname = tokens[k + length + 1];
  return (
    !!given &&
    !!surname &&
    given.sentence === sentence &&
    surname.sentence === sentence &&
    NAME_WORD.test(given.text) &&
    /^\p{Lu}/u.test(surname.text)
  );
}
