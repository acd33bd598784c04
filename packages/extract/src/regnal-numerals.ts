/**
 * The first of a regnal name's numbers is the letter *I*, which the mention stage reads as the
 * pronoun and leaves out (issue 14): "Queen Mathilde I ruled for ten years", "Charles I (1600 –
 * 1649)", "Olaf I, King of Norway" came out as "Mathilde", "Charles", "Olaf"; "Henry VIII"
 * and "John Paul II" were already whole. A person's name followed, after a
 * space, by a capital *I* takes it in when a ruler's title comes right before the name ("Queen",
 * "King", "Pope", "Emperor", "Tsar" …) or when the *I* ends a phrase: a comma, a bracket, *of*, a
 * possessive or the sentence's end after it ("Charles I of England", "Olaf I's reign").
 *
 * Not "when Sam I went" style speech: without a ruler's title the *I* must end the phrase, and a
 * pronoun *I* is followed by its verb.
 */
import type { Token } from './analysis.js';
import type { Detected, RawMention } from './raw-mention.js';

/** Titles of rulers (lower case) that come before a regnal name. */
const RULERS = new Set([
  'king',
  'queen',
  'pope',
  'emperor',
  'empress',
  'tsar',
  'tsarina',
  'czar',
  'kaiser',
  'sultan',
  'shah',
  'pharaoh',
  'prince',
  'princess',
  'duke',
  'duchess',
  'king-emperor',
]);
/** What may follow the *I* of a regnal name that ends a phrase. */
const PHRASE_END = new Set([',', '(', ')', '.', ';', ':', 'of', "'s", '’s', '—', '–', '-']);

/** Takes a regnal *I* into the person's name before it (see above). */
export function joinRegnalNumerals(tokens: readonly Token[], detected: Detected): Detected {
  const starts = new Set(detected.mentions.map((m) => m.firstToken));
  let changed = false;
  const mentions = detected.mentions.map((m): RawMention => {
    if (m.type !== 'PERSON' || m.kind !== 'name') return m;
    const last = tokens[m.lastToken - 1] as Token;
    const numeral = tokens[m.lastToken];
    if (!numeral || numeral.text !== 'I' || numeral.sentence !== last.sentence) return m;
    if (numeral.start <= last.end || starts.has(m.lastToken)) return m;
    const after = tokens[m.lastToken + 1];
    const ends = !after || after.sentence !== numeral.sentence || PHRASE_END.has(after.lower);
    const title = tokens[m.firstToken - 1];
    const ruled =
      !!title && title.sentence === numeral.sentence && RULERS.has(title.lower) && !!after;
    if (!ends && !ruled) return m;
    changed = true;
    return { ...m, lastToken: m.lastToken + 1 };
  });
  return changed ? { mentions, roles: detected.roles } : detected;
}
