/**
 * A capitalised word of direction right before a place names a part of it, one place: "South
 * Australia", "Western Australia", "South Vietnam", "Southern California", "North Wales". The
 * mention stage read the place alone and left the direction out, or took it for a place or a
 * people of its own ("Western" as a demonym). Issue 14.
 *
 * Only a direction written with a capital inside the sentence (a sentence's first word is
 * capitalised whatever it is: "Northern Iraq has been …" may be the north of Iraq), not itself
 * continuing a name before it ("Jewish West Bank" is left alone), before a place mention (GPE or LOC, no demonym) that ends the name: no
 * capitalised word follows it ("South Africa Ltd", "South China Sea" are other names). The
 * joined place keeps the place's type and drops its gazetteer identity ("South China" is not
 * China).
 */
import type { Token } from './analysis.js';
import { COMPASS_POINTS } from './compass.js';
import { joinSpans } from './join-spans.js';
import type { JoinedSpan } from './join-spans.js';
import type { Detected, RawMention } from './raw-mention.js';

/** Words of direction that open a place's name. */
const DIRECTIONS = new Set([
  ...COMPASS_POINTS,
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
]);
const TITLE_WORD = /^\p{Lu}[\p{Ll}-]+$/u;

/** Joins each direction to the place after it (see above). */
export function joinCompassPlaces(tokens: readonly Token[], detected: Detected): Detected {
  const covering = new Map<number, RawMention>();
  for (const m of detected.mentions) {
    for (let k = m.firstToken; k < m.lastToken; k++) covering.set(k, m);
  }
  const spans: JoinedSpan[] = [];
  for (const m of detected.mentions) {
    if ((m.type !== 'GPE' && m.type !== 'LOC') || m.kind === 'demonym') continue;
    if (m.entityType !== 'GPE' && m.entityType !== 'LOC') continue;
    const d = m.firstToken - 1;
    const direction = tokens[d];
    const place = tokens[m.firstToken] as Token;
    if (!direction || direction.sentence !== place.sentence) continue;
    if (!TITLE_WORD.test(direction.text) || !DIRECTIONS.has(direction.lower)) continue;
    if (direction.end >= place.start) continue;
    // The direction alone, or no mention at all: not a word of a longer name.
    const own = covering.get(d);
    if (own && (own.firstToken !== d || own.lastToken !== d + 1)) continue;
    // Not the sentence's first word, capitalised whatever it is ("Northern Iraq has been …").
    const before = tokens[d - 1];
    if (!before || before.sentence !== place.sentence || /^["'(‘“:-]$/.test(before.text)) continue;
    if (/^\p{Lu}/u.test(before.text) && (covering.has(d - 1) || before.pos === 'PROPN')) continue;
    const after = tokens[m.lastToken];
    if (after && after.sentence === place.sentence && /^\p{Lu}/u.test(after.text)) continue;
    const { canonical: _c, lexClass: _l, group: _g, ...rest } = m;
    spans.push({
      first: d,
      last: m.lastToken,
      mention: { ...rest, kind: 'name', confident: true, firstToken: d, lastToken: m.lastToken },
    });
  }
  return joinSpans(detected, spans);
}
