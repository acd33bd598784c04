/**
 * Bodies whose name opens with a demonym: "the Iraqi National Congress", "the Indonesian
 * Democratic Party", "the North Korean Red Cross", "the American Stock Exchange". The mention
 * stage reads the demonym as a mention of its own and the rest as the organisation; when the
 * rest is only everyday words ending in an organisation word (a descriptive name that names no
 * one body without its people: there are many National Congresses), the demonym is the first
 * word of the name and the two become one organisation.
 *
 * Not a state's own organ, where the demonym says whose it is ("the German Foreign Ministry",
 * "Iraqi Army", "the Iranian Parliament"): those stay a body of the state. Not a name with a
 * word of its own ("Russian Gazprom", "the German Bundesbank"), nor across a hyphen, a comma or
 * a line break.
 */
import type { Token } from './analysis.js';
import { isCap } from './casing.js';
import { joinSpans } from './join-spans.js';
import type { JoinedSpan } from './join-spans.js';
import type { Lexicon } from './lexicon.js';
import type { Detected, RawMention } from './mentions.js';

/** Organisation words that name a state's organ: the demonym says whose it is. */
const STATE_ORGANS = new Set([
  'ministry',
  'ministries',
  'department',
  'office',
  'bureau',
  'embassy',
  'government',
  'cabinet',
  'administration',
  'police',
  'army',
  'navy',
  'forces',
  'guard',
  'guards',
  'command',
  'court',
  'tribunal',
  'parliament',
  'senate',
  'assembly',
  'secretariat',
  'directorate',
  'service',
  'services',
  'reserve',
  'team',
]);
/** Lower-case words inside a descriptive name: "Organisation for Security and Cooperation". */
const CONNECTORS = new Set(['of', 'for', 'and', 'the', '&']);

/** Joins a demonym and the descriptive organisation name after it into one ORG mention. */
export function joinDemonymOrgs(
  tokens: readonly Token[],
  detected: Detected,
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): Detected {
  const { mentions } = detected;
  const spans: JoinedSpan[] = [];
  for (let k = 1; k < mentions.length; k++) {
    const org = mentions[k] as RawMention;
    const people = mentions[k - 1] as RawMention;
    if (org.entityType !== 'ORG' || org.kind !== 'name') continue;
    if (people.type !== 'NORP' || people.lastToken !== org.firstToken) continue;
    if (people.kind === 'pronoun' || people.kind === 'nominal') continue;
    if (!sideBySide(tokens, people.lastToken - 1, org.firstToken)) continue;
    if (!descriptive(tokens, org, lex, isCommon)) continue;
    const { canonical: _c, lexClass: _l, yieldable: _y, group: _g, ...rest } = org;
    spans.push({
      first: people.firstToken,
      last: org.lastToken,
      mention: { ...rest, firstToken: people.firstToken, confident: true },
    });
  }
  return joinSpans(detected, spans);
}

/** Tokens a and b (= a + 1) in one sentence with only a space between. */
function sideBySide(tokens: readonly Token[], a: number, b: number): boolean {
  const x = tokens[a];
  const y = tokens[b];
  return !!x && !!y && x.sentence === y.sentence && y.start > x.end;
}

/**
 * Everyday capitalised words (and connectors) ending in an organisation word that is no
 * state's organ: "National Congress", "Democratic Party", "Red Cross", "Stock Exchange".
 */
function descriptive(
  tokens: readonly Token[],
  org: RawMention,
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): boolean {
  const words = tokens.slice(org.firstToken, org.lastToken);
  const head = words[words.length - 1];
  if (!head || !isCap(head) || STATE_ORGANS.has(head.lower)) return false;
  if (!lex.orgSuffix.has(head.lower) && words.length < 2) return false;
  if (!isCap(words[0] as Token)) return false;
  return words.every((t) =>
    CONNECTORS.has(t.lower) ? t.text === t.lower : isCap(t) && isCommon(t.lower),
  );
}
