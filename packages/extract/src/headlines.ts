/**
 * Headlines and sentences in capitals: their capitals carry no information, so the mention pass
 * takes only gazetteer entries there, and this pass adds the names the document's running text
 * has already found ("PORTVALE MAYOR RESIGNS" after "Portvale" in the story).
 */
import type { Sentence, Token } from './analysis.js';
import { hasLetter, isCap } from './casing.js';
import type { Mode } from './casing.js';
import { addPhrase, longestPhrase } from './lexicon.js';
import type { Lexicon, PhraseTable } from './lexicon.js';
import type { RawMention } from './raw-mention.js';

/**
 * Adds, with `push`, each name or acronym of `mentions` written again in a sentence whose `modes`
 * entry is not 'normal' (capitals or title case), longest first, on tokens no mention holds yet;
 * the copy takes the confident reading when the document has two.
 */
export function matchHeadlines(
  tokens: Token[],
  lex: Lexicon,
  sentences: readonly Sentence[],
  modes: readonly Mode[],
  mentions: readonly RawMention[],
  push: (m: RawMention) => number,
): void {
  if (modes.every((m) => m === 'normal')) return;
  const known = new Map<string, RawMention>();
  const table: PhraseTable<RawMention> = { root: new Map() };
  for (const m of mentions) {
    if (m.kind !== 'name' && m.kind !== 'acronym') continue;
    const words = tokens.slice(m.firstToken, m.lastToken).map((t) => t.lower);
    const key = words.join(' ');
    if (key.length < 3 || lex.stopCapitals.has(key)) continue;
    const existing = known.get(key);
    if (!existing || (m.confident && !existing.confident)) {
      known.set(key, m);
      addPhrase(table, words, m);
    }
  }
  if (!known.size) return;
  const taken = new Set<number>();
  for (const m of mentions) for (let i = m.firstToken; i < m.lastToken; i++) taken.add(i);
  sentences.forEach((s, n) => {
    if (modes[n] === 'normal') return;
    for (let i = s.firstToken; i < s.lastToken;) {
      const hit = taken.has(i) ? undefined : longestPhrase(table, tokens, i, s.lastToken);
      const span = hit ? tokens.slice(i, i + hit.length) : [];
      if (
        !hit ||
        span.some((t) => taken.has(t.i)) ||
        !span.every((t) => isCap(t) || !hasLetter(t.text))
      ) {
        i++;
        continue;
      }
      push({ ...hit.value, firstToken: i, lastToken: i + hit.length });
      i += hit.length;
    }
  });
}
