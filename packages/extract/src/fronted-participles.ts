/**
 * The subject after an opening participle phrase (issue 14): "Born in Lagos, **Ade Bello** moved
 * to London", "Raised in Kelby, **Tom Vask** studied law": only people are born, raised or
 * educated, so the name right after the comma that closes such a phrase is a person, not one
 * more place of a list ("in Lagos, Abuja and Kano") as the tagger reads it. Likewise a body is
 * founded, set up or incorporated: "Founded in 1990, **Globex** makes chips" → ORG. Only where
 * the phrase opens the sentence and a lower-case word (the verb) follows the name; one phrase of
 * at most eight tokens before the comma.
 */
import type { EntityType } from '@kg/schema';
import type { Token } from './analysis.js';
import type { RawMention } from './raw-mention.js';

/** Participles that only a person is the subject of. */
const PERSON_PARTICIPLES = new Set([
  'born',
  'raised',
  'educated',
  'orphaned',
  'widowed',
  'schooled',
]);
/** Participles that only a body is the subject of. */
const BODY_PARTICIPLES = new Set(['founded', 'established', 'incorporated', 'formed']);

/** The type an opening participle phrase gives the subject m after its comma, or undefined. */
export function subjectOfParticiple(
  tokens: readonly Token[],
  m: RawMention,
): EntityType | undefined {
  const first = tokens[m.firstToken];
  const comma = tokens[m.firstToken - 1];
  const next = tokens[m.lastToken];
  if (!first || comma?.text !== ',' || comma.sentence !== first.sentence) return undefined;
  if (!next || next.sentence !== first.sentence || next.text !== next.lower) return undefined;
  // The phrase opens the sentence and holds no other comma.
  let k = m.firstToken - 2;
  for (; k >= 0 && k > m.firstToken - 10; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== first.sentence) break;
    if (t.text === ',') return undefined;
  }
  const opener = tokens[k + 1];
  if (!opener || opener.sentence !== first.sentence) return undefined;
  const before = tokens[k];
  if (before && before.sentence === first.sentence) return undefined;
  if (PERSON_PARTICIPLES.has(opener.lower)) return 'PERSON';
  if (BODY_PARTICIPLES.has(opener.lower)) return 'ORG';
  return undefined;
}
