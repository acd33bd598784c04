/**
 * People of a place, then *in* and a name: "officials in **Kelbrook** said", "police in
 * **Dunmore** arrested two men", "Residents in **Fairbanks** were told to stay home" (issue 14:
 * AP-style towns with no gazetteer entry read as people because a saying verb follows). The
 * nouns are `cues.json` *localNounsBefore*; not *at*, which takes companies ("officials at
 * Zentrix"), nor a name owning or modifying what follows ("police in Kelbrook 's north",
 * "workers in Zentrix plants").
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import type { RawMention } from './mentions.js';

/** Is the mention a place named after "in" and a plural noun of people of a place? */
export function placeAfterLocals(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  const sentence = tokens[m.firstToken]?.sentence;
  const at = (i: number) => {
    const t = tokens[i];
    return t && t.sentence === sentence ? t : undefined;
  };
  const prev = at(m.firstToken - 1);
  const before = at(m.firstToken - 2);
  if (prev?.text !== 'in' || !before || !lex.localNounsBefore.has(before.lower)) return false;
  // A capitalised noun only where it opens the sentence ("Police in Dunmore").
  if (before.text !== before.lower && at(m.firstToken - 3)) return false;
  const next = at(m.lastToken);
  if (!next) return true;
  if (/^['’]s?$/.test(next.text)) return false;
  return !(next.text === next.lower && next.pos === 'NOUN');
}
