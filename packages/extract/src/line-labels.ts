/**
 * Labels of a match report's summary lines: "Scorers : Kari Lund ( 12th ) , Ola Vik ( 57th )",
 * "Conversions : Tom Reed ( 2 )", "Attendance : 12,000". The word before the colon names what the
 * line lists, not a body or a person, however the rules guessed it. A label is a guessed
 * one-word name right before a colon (no gazetteer entry, no cue: a side heading its team sheet,
 * "Ashby : Lund , Vik , Berg", is a name), an everyday word or one followed only by a number,
 * whose line goes on with a number alone or with a name and its minute ("12th") or count
 * ("( 2 )"), as scorers' lines do and team sheets do not.
 */
import type { Token } from './analysis.js';
import { dropMentions } from './join-spans.js';
import type { Detected, RawMention } from './mentions.js';

/** A minute of a match: "12th", "81st". */
const MINUTE = /^\d{1,3}(?:st|nd|rd|th)$/;
/** A number standing alone after a label: "12,000", "200". */
const NUMBER = /^\d[\d,.]*$/;
/** A count in brackets after a name: "( 2 )". */
const COUNT = /^\d{1,2}$/;

/** Drops the guessed names that label a summary line (see the module comment). */
export function dropLineLabels(
  tokens: readonly Token[],
  detected: Detected,
  isCommon: (lower: string) => boolean,
): Detected {
  return dropMentions(detected, (m) => isLabel(tokens, m, isCommon));
}

function isLabel(
  tokens: readonly Token[],
  m: RawMention,
  isCommon: (lower: string) => boolean,
): boolean {
  if (m.lastToken - m.firstToken !== 1 || m.canonical || (m.confident && !m.yieldable)) {
    return false;
  }
  const word = tokens[m.firstToken] as Token;
  const colon = tokens[m.lastToken];
  if (colon?.text !== ':' || colon.sentence !== word.sentence) return false;
  const line: Token[] = [];
  for (let k = m.lastToken + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== word.sentence) break;
    line.push(t);
  }
  const rest = line.filter((t) => t.text !== '.');
  // "Attendance : 12,000".
  if (rest.length === 1 && NUMBER.test(rest[0]?.text ?? '')) return true;
  // "Scorers", "Conversions": the plural's singular may be the word the vocabulary knows.
  const singular = word.lower.endsWith('s') ? word.lower.slice(0, -1) : word.lower;
  if (!isCommon(word.lower) && !isCommon(singular)) return false;
  return line.some(
    (t, k) =>
      MINUTE.test(t.text) ||
      (t.text === '(' && COUNT.test(line[k + 1]?.text ?? '') && line[k + 2]?.text === ')'),
  );
}
