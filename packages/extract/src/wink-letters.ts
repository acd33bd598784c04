/**
 * wink-nlp's tokenizer knows the letters of Latin-1 only: it cuts "Dvořák" into "Dvo", "ř" and
 * "ák", and "Wałęsa", "Erdoğan", "Gdańsk", "Ceaușescu", "Nguyễn" likewise, so the names of
 * Czech, Polish, Turkish, Romanian, Vietnamese … people and places came out cut ("Antonín Dvo")
 * or not at all. wink is shown each such letter as a Latin-1 letter of the same case and of the
 * same length (offsets stay exact): its base letter where it has one ("ř" → "r", "ễ" → "e"), the
 * letter it is written for where it has none ("ł" → "l", "ı" → "i"), else "x". The tokens then
 * take their text back from the original (`tokenise`).
 *
 * Letters of other scripts (Cyrillic, Greek …) are left alone: wink reads a run of them as one
 * token.
 */

/** Latin Extended-A, Extended-B, IPA and Latin Extended Additional: letters past Latin-1. */
const EXTENDED_LATIN = /[\u0100-\u02AF\u1E00-\u1EFF]/gu;

/** Letters with no base letter in their decomposition, and the letter they are written for. */
const WRITTEN_FOR: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ŋ: 'n',
  Ŋ: 'N',
  œ: 'o',
  Œ: 'O',
  ĳ: 'i',
  Ĳ: 'I',
  ſ: 's',
  ə: 'e',
  Ə: 'E',
  ƒ: 'f',
};

const LATIN_1_LETTER = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]$/u;

const folded = new Map<string, string>();

/** The Latin-1 letter wink is shown for one extended Latin character (itself if no letter). */
function foldLetter(c: string): string {
  const known = folded.get(c);
  if (known !== undefined) return known;
  let out = c;
  if (/\p{L}/u.test(c)) {
    const base = c.normalize('NFD')[0] ?? '';
    if (LATIN_1_LETTER.test(base)) out = base;
    else out = WRITTEN_FOR[c] ?? (c === c.toLowerCase() ? 'x' : 'X');
  }
  folded.set(c, out);
  return out;
}

/**
 * `text` with every extended Latin letter shown as a Latin-1 letter (see the file's comment); the
 * same string when there is none.
 *
 * @example
 * foldForWink('Antonín Dvořák'); // 'Antonín Dvorák'
 */
export function foldForWink(text: string): string {
  EXTENDED_LATIN.lastIndex = 0;
  if (!EXTENDED_LATIN.test(text)) return text;
  EXTENDED_LATIN.lastIndex = 0;
  return text.replace(EXTENDED_LATIN, foldLetter);
}
