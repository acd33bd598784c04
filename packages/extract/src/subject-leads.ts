/**
 * A coined name opening its sentence as the subject of a verb (issue 14): "Ryanair cut fares by
 * a tenth", "Velkor plans to open 40 stores", "Babrovski won in straight sets". The rules guess
 * such a word (a company or a person, from its letters and what follows) and the tagger, which
 * has seen few of them and none with a cue, reads it as no name and would drop it. A word no
 * vocabulary knows, whose letters read as a name (`readsAsName`), right before a lower-case verb
 * is kept with the rules' guess.
 *
 * Not a common word ("Slowdowns in the US could …", "Spyware is considered …": known words, or
 * letters that read as no name), not a word after another in its sentence ("the Ryanair cut"
 * is read by the other rules), not before a noun ("Eurozone interest rates").
 */
import type { Token } from './analysis.js';
import type { RawMention } from './raw-mention.js';
import { readsAsName } from './uncued-names.js';

/** Marks that may open a sentence before its first word. */
const OPENERS = new Set(['"', '“', '‘', "'", '(']);

/** Is the guess `m` a coined name opening its sentence before a verb? */
export function uncuedSubject(
  tokens: readonly Token[],
  m: RawMention,
  isCommon: (lower: string) => boolean,
): boolean {
  if (!readsAsName(tokens, m, isCommon)) return false;
  const word = tokens[m.firstToken] as Token;
  const prev = tokens[m.firstToken - 1];
  if (prev && prev.sentence === word.sentence && !OPENERS.has(prev.text)) return false;
  const next = tokens[m.lastToken];
  if (!next || next.sentence !== word.sentence || next.text !== next.lower) return false;
  return next.pos === 'VERB' || next.pos === 'AUX';
}
