/**
 * Names inside hyphenated modifiers: "an Ohio-based bank", "Moscow-backed rebels", "the
 * U.S.-led coalition", "a Hong Kong-listed firm". The name still names its entity (Ohio, the
 * United States) and the relation rules read its tokens as before; the mention the extraction
 * reports covers the whole modifier and is typed NORP, as a demonym is ("Ohioan"), so a place
 * used as a modifier is not counted as the place named as such.
 */
import type { MentionSpan, Token } from './analysis.js';

/** A lower-case word joined by a hyphen: "based", "led", "born", "controlled", "bound". */
const MODIFIER_WORD = /^\p{Ll}{3,}$/u;

/**
 * Marks, in place, the mentions right before a hyphen and a lower-case word written as one
 * (no spaces): their `compoundEnd` is the end of that word. People are left alone ("a
 * Clinton-era law" is about the person). Returns how many were marked.
 */
export function markCompounds(tokens: readonly Token[], mentions: MentionSpan[]): number {
  let marked = 0;
  for (const m of mentions) {
    if (m.type === 'PERSON' || m.kind === 'pronoun' || m.kind === 'nominal') continue;
    const last = tokens[m.lastToken - 1];
    const dash = tokens[m.lastToken];
    const word = tokens[m.lastToken + 1];
    const after = tokens[m.lastToken + 2];
    if (!last || !dash || !word || dash.text !== '-') continue;
    if (dash.start !== last.end || word.start !== dash.end || !MODIFIER_WORD.test(word.text)) {
      continue;
    }
    // "Ohio-based-only" or "Iran-Iraq": a longer chain is not one modifier.
    if (after && after.start === word.end && after.text === '-') continue;
    m.compoundEnd = word.end;
    marked++;
  }
  return marked;
}
