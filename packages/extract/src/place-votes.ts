/**
 * One name, one reading, for unknown places: a name the rules only guessed, and guessed a place
 * where a place preposition governs it ("to Coralba", "in Coralba", "from Coralba"), is a place
 * where the same words open a clause with no cue ("Coralba is a town …", "Coralba was founded
 * …"). There the mention stage's default is an organisation, and resolution's vote over the
 * guesses counts each default as much as each reading after a preposition, so a town named as
 * often at the start of a sentence as after "in" came out an organisation. Issue 14.
 *
 * Only guesses (no gazetteer entry, no cue word, no confident type) of one word, typed a place
 * after a locative preposition at least twice, with no guess of the same words typed a person;
 * then the organisation guesses take the place's type. A name a cue types (a company's shares,
 * a group's fighters) is confident and outside the vote; so is a sure name of the same words.
 */
import type { EntityType } from '@kg/schema';
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import type { Detected, RawMention } from './raw-mention.js';

/** How many place readings after a preposition settle a name's other guesses. */
const MIN_PLACE_READINGS = 2;

const isPlace = (t: EntityType) => t === 'GPE' || t === 'LOC';

/** Retypes, in place, the organisation guesses of names read as places (see above). */
export function votePlaceGuesses(
  tokens: readonly Token[],
  detected: Detected,
  lex: Lexicon,
): Detected {
  const groups = new Map<string, RawMention[]>();
  const sure = new Set<string>();
  for (const m of detected.mentions) {
    if (m.kind !== 'name' || m.lastToken - m.firstToken !== 1) continue;
    const k = (tokens[m.firstToken] as Token).lower;
    if (m.canonical || m.confident) {
      sure.add(k);
      continue;
    }
    const list = groups.get(k) ?? [];
    list.push(m);
    groups.set(k, list);
  }
  for (const [k, guesses] of groups) {
    if (sure.has(k) || guesses.some((m) => m.entityType === 'PERSON')) continue;
    const governed = guesses.filter((m) => {
      const prev = tokens[m.firstToken - 1];
      return (
        isPlace(m.entityType) &&
        !!prev &&
        prev.sentence === tokens[m.firstToken]?.sentence &&
        lex.locativePrepositions.has(prev.lower)
      );
    });
    if (governed.length < MIN_PLACE_READINGS) continue;
    const type = (governed[0] as RawMention).entityType;
    for (const m of guesses) {
      if (m.entityType !== 'ORG') continue;
      m.type = type;
      m.entityType = type;
    }
  }
  return detected;
}
