/**
 * A company written with a comma before its legal form, as filings, letterheads and e-mail
 * signatures write it ("Globex, Inc.", "Hooli, LLC", "Initech, Ltd."): the legal form is the
 * name's last word, not an organisation of its own, and the name before it is the company
 * whatever the rules guessed (a place or a person). One ORG mention over the name, the comma
 * and the legal form.
 *
 * Only an abbreviated legal form written with its capital right after the comma ("Inc.",
 * "LLC", "Ltd", "Corp.", "plc"); not a word that is also a noun ("Group", "Holdings",
 * "Company": "sold to Globex, Company officials said"), and only after a name (no pronoun or
 * description), the comma touching it. A run of up to four capitalised words no mention covers
 * before the comma is the name too ("Senior Vice President of CCNG, Inc.").
 */
import type { Token } from './analysis.js';
import { isCap } from './casing.js';
import { joinSpans } from './join-spans.js';
import type { JoinedSpan } from './join-spans.js';
import type { Detected, RawMention } from './raw-mention.js';

/** Abbreviated legal forms, lower-cased: a subset of `cues.json` *legalForms*. */
export const LEGAL_FORMS = new Set([
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'llc',
  'l.l.c.',
  'corp',
  'corp.',
  'co.',
  'plc',
  'llp',
  'lp',
  'gmbh',
  's.a.',
  'n.v.',
  'ag',
  'pty',
  'bhd',
]);

/** Joins a name, a comma and an abbreviated legal form into one ORG mention. */
export function joinCommaLegalForms(tokens: readonly Token[], detected: Detected): Detected {
  const spans: JoinedSpan[] = [];
  for (const m of detected.mentions) {
    if (m.kind !== 'name' && m.kind !== 'acronym') continue;
    const last = tokens[m.lastToken - 1];
    const comma = tokens[m.lastToken];
    const form = tokens[m.lastToken + 1];
    if (!last || !comma || !form || comma.text !== ',' || comma.start !== last.end) continue;
    if (form.sentence !== last.sentence || form.start <= comma.end) continue;
    if (!/^\p{Lu}/u.test(form.text) || !LEGAL_FORMS.has(form.lower)) continue;
    const { canonical: _c, lexClass: _l, yieldable: _y, group: _g, learnedPerson: _p, ...rest } = m;
    const mention: RawMention = {
      ...rest,
      type: 'ORG',
      entityType: 'ORG',
      kind: 'name',
      confident: true,
      lastToken: m.lastToken + 2,
    };
    spans.push({ first: m.firstToken, last: m.lastToken + 2, mention });
  }
  // A name the rules left out before the comma ("of CCNG, Inc."): its run of capitalised words.
  const covered = new Uint8Array(tokens.length);
  for (const m of detected.mentions) {
    if (m.lastToken - m.firstToken > 1 || !LEGAL_FORMS.has(tokens[m.firstToken]?.lower ?? ''))
      covered.fill(1, m.firstToken, m.lastToken);
  }
  for (let k = 2; k < tokens.length; k++) {
    const form = tokens[k] as Token;
    const comma = tokens[k - 1] as Token;
    const last = tokens[k - 2] as Token;
    if (!LEGAL_FORMS.has(form.lower) || !/^\p{Lu}/u.test(form.text)) continue;
    if (comma.text !== ',' || comma.start !== last.end || form.start <= comma.end) continue;
    if (form.sentence !== last.sentence || covered[k - 2] || !isCap(last)) continue;
    let first = k - 2;
    while (
      first > 0 &&
      k - 2 - first < 3 &&
      !covered[first - 1] &&
      tokens[first - 1]?.sentence === last.sentence &&
      isCap(tokens[first - 1] as Token)
    )
      first--;
    spans.push({
      first,
      last: k + 1,
      mention: {
        firstToken: first,
        lastToken: k + 1,
        type: 'ORG',
        entityType: 'ORG',
        kind: 'name',
        confident: true,
      },
    });
  }
  return joinSpans(detected, spans);
}
