/**
 * "lives" after a conjunction read as a noun: "Ann Holt was born in Norland and lives in
 * Lemuria", "who grew up in Ashby but now lives in Dunmore". The tagger reads "lives" as the
 * plural noun it often is ("saved many lives"), so the parse makes it a conjunct of the place
 * before it and hangs the place after it on that noun: nobody lives anywhere, and "Norland" seems
 * to lie in "Lemuria".
 *
 * "lives" right after *and / but* (an adverb such as *now, still* may stand between) and right
 * before a preposition, with a verb earlier in the sentence and no plural noun right before the
 * conjunction ("their homes and lives in Ashby" are nouns), is that verb's conjunct: a verb, its
 * conjunction and the phrase after it its own.
 */
import type { RepairContext } from './context.js';
import { attach, head, label } from './context.js';

const CONJUNCTIONS = new Set(['and', 'but']);
const BETWEEN = new Set(['now', 'still', 'also', 'currently', 'today']);
const PREPOSITIONS = new Set(['in', 'near', 'outside', 'with', 'at', 'on']);
const PLURAL = /s$/;

export function livesAsVerb(c: RepairContext): void {
  for (let i = c.first + 2; i < c.end - 1; i++) {
    const t = c.tokens[i];
    if (!t || t.lower !== 'lives' || t.upos === 'VERB') continue;
    let cc = i - 1;
    if (BETWEEN.has(c.tokens[cc]?.lower ?? '')) cc--;
    if (cc <= c.first || !CONJUNCTIONS.has(c.tokens[cc]?.lower ?? '')) continue;
    const before = c.tokens[cc - 1];
    if (!before || (before.upos === 'NOUN' && PLURAL.test(before.lower))) continue;
    const prep = i + 1;
    if (!PREPOSITIONS.has(c.tokens[prep]?.lower ?? '')) continue;
    let v = cc - 1;
    while (v >= c.first && c.tokens[v]?.upos !== 'VERB') v--;
    if (v < c.first) continue;
    (c.arcs.tags ??= [])[i - c.first] = 'VERB';
    attach(c, i, v, 'conj');
    attach(c, cc, i, 'cc');
    if (cc !== i - 1) attach(c, i - 1, i, 'advmod');
    // The phrase after "lives": the word its preposition is the case of.
    const object = head(c, prep);
    if (object > prep && label(c, prep) === 'case') attach(c, object, i, 'obl');
  }
}
