/**
 * Named storms (issue 14): "Hurricane Katrina", "Typhoon Haiyan", "Tropical Storm Allison",
 * "Cyclone Idai", "Storm Ciara" are one EVENT mention over the storm word and the name, whatever
 * the rules or the tagger read the name as (a company, a person, a city: "Hurricane Florence").
 * The storm word is capitalised and the name is one or two capitalised words right after it;
 * not a lower-case "storm" ("the storm Monday") nor a storm word alone ("Hurricane season").
 * The storm's name alone after it is named in full is the storm too ("Marvella packed winds").
 */
import type { Token } from './analysis.js';
import { hasLetter, isCap } from './casing.js';
import type { JoinedSpan } from './join-spans.js';
import { joinSpans } from './join-spans.js';
import type { Detected } from './mentions.js';
import { HEADLINE_MINOR_WORDS } from './tokens.js';

/** Words that name a kind of storm before its name. */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'depression']);
/** Words that may stand before a storm word inside the name ("Tropical Storm", "Super Typhoon"). */
const STORM_MODIFIERS = new Set(['tropical', 'super', 'post-tropical', 'subtropical']);
/** Words after a storm word that are no storm's name. */
const NOT_NAMES = new Set([
  'season',
  'center',
  'centre',
  'warning',
  'watch',
  'hunters',
  'category',
]);

/** Joins each named storm into one EVENT mention; roles follow. */
export function joinStormNames(tokens: readonly Token[], detected: Detected): Detected {
  const spans: JoinedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!STORM_WORDS.has(t.lower) || !isCap(t)) continue;
    const name = (k: number) => {
      const w = tokens[k];
      return (
        !!w &&
        w.sentence === t.sentence &&
        isCap(w) &&
        hasLetter(w.text) &&
        w.text !== w.text.toUpperCase() &&
        !STORM_WORDS.has(w.lower) &&
        !NOT_NAMES.has(w.lower)
      );
    };
    if (!name(i + 1)) continue;
    // Not in a headline in title case or capitals ("Storm Hits Coast").
    if (headline(tokens, i)) continue;
    let first = i;
    const prev = tokens[i - 1];
    if (prev && prev.sentence === t.sentence && isCap(prev) && STORM_MODIFIERS.has(prev.lower)) {
      first = i - 1;
    }
    // A second capitalised proper noun is part of the name ("Hurricane Santa Ana").
    const last = name(i + 2) && tokens[i + 2]?.pos === 'PROPN' ? i + 3 : i + 2;
    spans.push({
      first,
      last,
      mention: {
        firstToken: first,
        lastToken: last,
        type: 'EVENT',
        entityType: 'EVENT',
        kind: 'name',
        confident: true,
      },
    });
    i = last - 1;
  }
  return stormShortNames(tokens, joinSpans(detected, spans), spans);
}

/**
 * "Hurricane Marvella hit … Marvella packed winds of …", "the size of Keltor": the storm's name alone,
 * elsewhere in the document, is the storm too (EVENT), not the person or place the rules or
 * the tagger read it as. The name words must match exactly, and the storm must be named in
 * full before.
 */
function stormShortNames(
  tokens: readonly Token[],
  detected: Detected,
  spans: readonly JoinedSpan[],
): Detected {
  if (!spans.length) return detected;
  const names = new Map<string, number>();
  for (const span of spans) {
    let k = span.first;
    while (k < span.last && !STORM_WORDS.has((tokens[k] as Token).lower)) k++;
    const words = tokens.slice(k + 1, span.last).map((w) => w.lower);
    const key = words.join(' ');
    if (words.length && !names.has(key)) names.set(key, span.first);
  }
  for (const m of detected.mentions) {
    if (m.entityType === 'EVENT' || m.kind !== 'name') continue;
    const key = tokens
      .slice(m.firstToken, m.lastToken)
      .map((w) => w.lower)
      .join(' ');
    const first = names.get(key);
    if (first === undefined || first > m.firstToken) continue;
    m.type = 'EVENT';
    m.entityType = 'EVENT';
    m.confident = true;
    delete m.yieldable;
    delete m.learnedPerson;
  }
  return detected;
}

/** Has the sentence of token i no lower-case word but a headline's minor words (a headline)? */
function headline(tokens: readonly Token[], i: number): boolean {
  const sentence = tokens[i]?.sentence;
  const lower = (t: Token) =>
    t.text === t.lower && hasLetter(t.text) && !HEADLINE_MINOR_WORDS.has(t.lower);
  for (let k = i; k >= 0 && tokens[k]?.sentence === sentence; k--) {
    if (lower(tokens[k] as Token)) return false;
  }
  for (let k = i + 1; k < tokens.length && tokens[k]?.sentence === sentence; k++) {
    if (lower(tokens[k] as Token)) return false;
  }
  return true;
}
