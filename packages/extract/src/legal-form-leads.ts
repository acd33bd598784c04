/**
 * A company whose name ends in an abbreviated legal form keeps the capitalised words before it
 * (issue 14): "Bury Textiles Ltd said …", "Varna Harbour Ltd said …". wink may read a sentence's
 * first word as a verb ("Bury"), which cuts the run there: the company lost its first word
 * ("Textiles Ltd" alone), or a place the gazetteer knows became a name of its own. A legal form
 * closes one company's name, so a capitalised word right before that name, one space away in the
 * same sentence, opens it: a word no mention covers, or a one-word place the gazetteer read there.
 * Up to two such words.
 *
 * Only an abbreviated legal form written with a capital ("Corp", "Inc.", "Ltd", "plc": not
 * "Group" or "Holdings", which are nouns too), and not a stop capital ("In", "The", "Monday"),
 * a word after a mark that ends a name ("Reuters:"), or a mention of any other kind ("told
 * Ola Vik Globex Corp would …" keeps the person).
 */
import type { Token } from './analysis.js';
import { isCap } from './casing.js';
import { LEGAL_FORMS } from './comma-legal-forms.js';
import { joinSpans } from './join-spans.js';
import type { JoinedSpan } from './join-spans.js';
import type { Lexicon } from './lexicon.js';
import type { Detected, RawMention } from './raw-mention.js';

/** How many words before the name a legal form may pull in. */
const MAX_LEAD = 2;

/** Joins the capitalised words a legal-form name lost at its start into that name. */
export function joinLegalFormLeads(
  tokens: readonly Token[],
  detected: Detected,
  lex: Lexicon,
): Detected {
  const byLast = new Map<number, RawMention>();
  for (const m of detected.mentions) byLast.set(m.lastToken, m);
  const spans: JoinedSpan[] = [];
  for (const m of detected.mentions) {
    if (m.entityType !== 'ORG' || m.kind !== 'name') continue;
    const form = tokens[m.lastToken - 1];
    if (!form || !isCap(form) || !LEGAL_FORMS.has(form.lower)) continue;
    let first = m.firstToken;
    while (m.firstToken - first < MAX_LEAD) {
      const word = tokens[first - 1];
      const next = tokens[first] as Token;
      if (!word || word.sentence !== next.sentence || next.start - word.end !== 1) break;
      if (!isCap(word) || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) break;
      if (lex.stopCapitals.has(word.lower)) break;
      const covering = byLast.get(first);
      if (covering) {
        const place = covering.entityType === 'GPE' || covering.entityType === 'LOC';
        if (!place || covering.lastToken - covering.firstToken !== 1) break;
      }
      first--;
    }
    if (first === m.firstToken) continue;
    const { canonical: _c, lexClass: _l, yieldable: _y, group: _g, learnedPerson: _p, ...rest } = m;
    spans.push({
      first,
      last: m.lastToken,
      mention: { ...rest, firstToken: first, confident: true },
    });
  }
  return joinSpans(detected, spans);
}
