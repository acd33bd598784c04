/**
 * Places shortened to initials, as wire copy and headlines write them: a direction's initial
 * before a place ("S. Korea", "N. Korea", "S. Africa", "S. KOREA") and a country's initials
 * written apart ("U. S.", "U. K."; a body's too: "U. N."). The mention stage read an initial and a capitalised word as
 * a person ("S. Korea") or, in a headline in capitals, nothing. Issue 14.
 *
 * Only when the spelled-out name is a place of the gazetteer ("South Korea", "U.S."; for initials
 * apart, a body too: "U.N."): the
 * mention takes that entry, its type and its name. A mention reaching past the initials'
 * place ("S. Korea Telecom") is left alone.
 */
import type { Token } from './analysis.js';
import { joinSpans } from './join-spans.js';
import type { JoinedSpan } from './join-spans.js';
import type { GazetteerEntry, Lexicon } from './lexicon.js';
import { longestPhrase } from './lexicon.js';
import type { Detected } from './raw-mention.js';
import { gazetteerMention } from './raw-mention.js';

const DIRECTION_INITIALS: Record<string, string> = {
  n: 'north',
  s: 'south',
  e: 'east',
  w: 'west',
};
const INITIAL = /^\p{Lu}\.$/u;

/** The gazetteer's place (or, with `bodies`, body) for exactly these words, or undefined. */
function placeOf(lex: Lexicon, words: string[], bodies = false): GazetteerEntry | undefined {
  const hit = longestPhrase(
    lex.gazetteer,
    words.map((lower) => ({ lower })),
    0,
    words.length,
  );
  if (!hit || hit.length !== words.length) return undefined;
  const type = hit.value.type;
  return type === 'GPE' || type === 'LOC' || (bodies && type === 'ORG') ? hit.value : undefined;
}

/** Adds or retypes the places written with initials (see above). */
export function markInitialPlaces(
  tokens: readonly Token[],
  detected: Detected,
  lex: Lexicon,
): Detected {
  const spans: JoinedSpan[] = [];
  const add = (first: number, last: number, entry: GazetteerEntry) =>
    spans.push({ first, last, mention: gazetteerMention(first, last, entry) });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!INITIAL.test(t.text)) continue;
    const same = (k: number) => tokens[k]?.sentence === t.sentence;
    // "U. S.", "U. K.": initials apart that spell a place.
    let k = i;
    while (same(k + 1) && INITIAL.test(tokens[k + 1]?.text ?? '') && k - i < 2) k++;
    if (k > i) {
      const entry = placeOf(
        lex,
        [
          tokens
            .slice(i, k + 1)
            .map((x) => x.lower)
            .join(''),
        ],
        true,
      );
      if (entry) {
        add(i, k + 1, entry);
        i = k;
        continue;
      }
    }
    // "S. Korea": a direction's initial before a place's words.
    const direction = DIRECTION_INITIALS[t.lower[0] ?? ''];
    if (!direction || !same(i + 1)) continue;
    for (let end = Math.min(i + 4, tokens.length); end > i + 1; end--) {
      if (!same(end - 1)) continue;
      const words = tokens.slice(i + 1, end);
      if (!words.every((w) => /^\p{Lu}/u.test(w.text))) continue;
      const entry = placeOf(lex, [direction, ...words.map((w) => w.lower)]);
      if (!entry) continue;
      const next = tokens[end];
      // "S. Korea Telecom": the place opens a longer name.
      if (next && same(end) && /^\p{Lu}\p{Ll}/u.test(next.text)) break;
      add(i, end, entry);
      i = end - 1;
      break;
    }
  }
  return joinSpans(detected, spans);
}
