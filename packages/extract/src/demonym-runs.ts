/**
 * Peoples named by two demonyms: "Iraqi Kurds", "Bosnian Serbs", "American Catholics", "the
 * Iraqi Kurdish group". The mention stage reads each demonym as a mention of its own; written
 * side by side (a space between, nothing else) they name one people, the second word its head
 * (Kurds who live in Iraq), so they become one NORP mention that resolves as the head does.
 * A hyphen keeps them apart ("German-Israeli talks": two countries that meet), as do commas and
 * conjunctions ("Iraqi, Iranian and Syrian leaders").
 */
import type { Token } from './analysis.js';
import { joinSpans } from './join-spans.js';
import type { JoinedSpan } from './join-spans.js';
import type { Detected, RawMention } from './mentions.js';

/** A demonym used as a name (not a pronoun or a noun phrase). */
const isDemonym = (m: RawMention | undefined): m is RawMention =>
  !!m && m.type === 'NORP' && m.kind !== 'pronoun' && m.kind !== 'nominal';

/** Joins runs of demonyms written side by side into one NORP mention; roles follow. */
export function joinDemonymRuns(tokens: readonly Token[], detected: Detected): Detected {
  const { mentions } = detected;
  const spans: JoinedSpan[] = [];
  for (let k = 0; k < mentions.length; k++) {
    if (!isDemonym(mentions[k])) continue;
    let j = k;
    while (adjacent(tokens, mentions[j] as RawMention, mentions[j + 1])) j++;
    if (j === k) continue;
    const first = (mentions[k] as RawMention).firstToken;
    const head = mentions[j] as RawMention;
    spans.push({
      first,
      last: head.lastToken,
      mention: { ...head, firstToken: first },
    });
    k = j;
  }
  return joinSpans(detected, spans);
}

/** Is `next` a demonym right after `m`, in the same sentence, with only a space between? */
function adjacent(tokens: readonly Token[], m: RawMention, next: RawMention | undefined): boolean {
  if (!isDemonym(next) || next.firstToken !== m.lastToken) return false;
  const end = tokens[m.lastToken - 1];
  const start = tokens[next.firstToken];
  if (!end || !start || end.sentence !== start.sentence) return false;
  return start.start > end.end;
}
