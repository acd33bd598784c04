/**
 * Bodies named after the state or union they belong to, written with its short form: "the U.S.
 * Treasury Department", "the U.S. Agriculture Department", "the US National Hurricane Center",
 * "the U.N. Interim Force in Lebanon". The mention stage reads the short form as the country (or
 * the United Nations) and the rest as the organisation; news style writes the short form as the
 * first word of the body's name, as it does in the names the gazetteer already holds ("U.S.
 * Congress", "US Army", "U.N. Security Council"). The two become one organisation.
 *
 * Only a short form of capitals ("U.S.", "US", "UK", "U.N.", "EU") that the gazetteer knows as a
 * country or body, right before (a space between) an organisation name that opens with a
 * capitalised word; not before an acronym ("US FDA"), a person, a place or a people, nor across
 * a comma, a hyphen or a line break ("the U.S.-Treasury talks", "U.S., Treasury").
 */
import type { Token } from './analysis.js';
import { isCap } from './casing.js';
import { joinSpans } from './join-spans.js';
import type { JoinedSpan } from './join-spans.js';
import type { Lexicon } from './lexicon.js';
import type { Detected, RawMention } from './mentions.js';

/** A country's or union's short form in capitals: "U.S.", "U.N.", "US", "UK", "EU". */
export const SHORT_FORM = /^(?:\p{Lu}{2,3}|(?:\p{Lu}\.){2,3})$/u;
/** An acronym: a body of its own, whose short form before it says where it works. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]+$/u;

/** Joins a state's short form and the organisation name after it into one ORG mention. */
export function joinShortFormOrgs(
  tokens: readonly Token[],
  detected: Detected,
  lex: Lexicon,
): Detected {
  const { mentions } = detected;
  const spans: JoinedSpan[] = [];
  for (let k = 1; k < mentions.length; k++) {
    const org = mentions[k] as RawMention;
    const state = mentions[k - 1] as RawMention;
    if (org.entityType !== 'ORG' || org.kind !== 'name' || org.type !== 'ORG') continue;
    if (!shortForm(tokens, state) || state.lastToken !== org.firstToken) continue;
    if (!sideBySide(tokens, state.firstToken, org.firstToken)) continue;
    const first = tokens[org.firstToken] as Token;
    if (!isCap(first) || ACRONYM.test(first.text)) continue;
    if (!bodyName(tokens, org, lex)) continue;
    const { canonical: _c, lexClass: _l, yieldable: _y, group: _g, ...rest } = org;
    spans.push({
      first: state.firstToken,
      last: org.lastToken,
      mention: { ...rest, firstToken: state.firstToken, confident: true },
    });
  }
  return joinSpans(detected, spans);
}

/**
 * A body by its name: one the gazetteer lists as an organisation ("Treasury") or one that ends in
 * an organisation word ("Agriculture Department", "National Hurricane Center"); not a title
 * that was only guessed a body ("US Wife Swap", a headline's "US Bomb").
 */
function bodyName(tokens: readonly Token[], org: RawMention, lex: Lexicon): boolean {
  if (org.canonical !== undefined && org.confident) return true;
  const head = tokens[org.lastToken - 1];
  return !!head && isCap(head) && lex.orgSuffix.has(head.lower);
}

/** A one-token gazetteer country or body written as a short form of capitals. */
function shortForm(tokens: readonly Token[], m: RawMention): boolean {
  if (m.lastToken - m.firstToken !== 1 || !m.confident) return false;
  if (m.kind === 'pronoun' || m.kind === 'nominal' || m.kind === 'demonym') return false;
  if (m.type !== 'GPE' && m.type !== 'ORG') return false;
  return SHORT_FORM.test(tokens[m.firstToken]?.text ?? '');
}

/** Tokens a and b (= a + 1) in one sentence with only a space between. */
function sideBySide(tokens: readonly Token[], a: number, b: number): boolean {
  const x = tokens[a];
  const y = tokens[b];
  return !!x && !!y && b === a + 1 && x.sentence === y.sentence && y.start > x.end;
}
