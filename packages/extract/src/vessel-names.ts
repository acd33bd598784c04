/**
 * Warships named after their class noun: "the aircraft carrier Vinson", "the frigate Montrose",
 * "the aircraft carriers Vinson and Enterprise". The mention stage reads the class noun as the
 * weapon class (`data/curated/weapons.json`, *warships*) and guesses the name after it a person,
 * a place or a company; a name written right after that noun, or listed after it, is the ship:
 * a named weapon. Not a name the gazetteer knows ("the frigate Britain sent", "the warships
 * Russia built": a country that opens a clause about the ship), nor a person the rules are sure
 * of ("the warships President Kessler ordered").
 */
import type { Token } from './analysis.js';
import { isCap } from './casing.js';
import type { Detected, RawMention } from './mentions.js';
import { settleName } from './raw-mention.js';

/** The weapon class whose members carry names of their own. */
const VESSEL_CLASS = 'warships';

/** Retypes, in place, the names written right after a warship noun as named weapons. */
export function markVesselNames(tokens: readonly Token[], detected: Detected): Detected {
  const { mentions } = detected;
  const byFirst = new Map<number, RawMention>();
  for (const m of mentions) byFirst.set(m.firstToken, m);
  for (const noun of mentions) {
    if (noun.type !== 'WEAPON' || noun.canonical !== VESSEL_CLASS || noun.kind !== 'nominal') {
      continue;
    }
    const sentence = tokens[noun.firstToken]?.sentence;
    const names: RawMention[] = [];
    let at = noun.lastToken;
    for (;;) {
      const m = byFirst.get(at);
      if (!m || !shipName(tokens, m, sentence)) break;
      names.push(m);
      const sep = tokens[m.lastToken];
      if (sep?.text === ',' || sep?.lower === 'and') at = m.lastToken + 1;
      else break;
    }
    for (const m of names) {
      settleName(m, 'WEAPON');
      delete m.learnedPerson;
    }
  }
  return detected;
}

/** A capitalised name in the sentence that no gazetteer entry makes a place or a people. */
function shipName(tokens: readonly Token[], m: RawMention, sentence: number | undefined): boolean {
  const t = tokens[m.firstToken];
  if (!t || t.sentence !== sentence || !isCap(t) || m.kind !== 'name') return false;
  if (m.type === 'NORP' || m.type === 'WEAPON' || m.canonical) return false;
  return !(m.entityType === 'PERSON' && m.confident && !m.yieldable);
}
