/**
 * A programme named after its channel's possessive (issue 14): "Channel 4's Big Brother drew
 * eight million viewers", "HBO's The Sopranos", "a rival to NBC's The Contender". After a
 * channel or network (`data/curated/broadcasters.json`) and "'s", a run of capitalised words
 * (a capital "The" first, title words such as *of, and, the* between) is a show: one PRODUCT
 * mention, surely, with the channel an organisation; every other guess of the same words in the
 * document follows. Not a person ("the BBC's Nick Robinson", "Fox's Rupert Murdoch": a given name
 * or a person-name word first, or a role: "ITV's Director General"), not a word modifying a noun
 * after it ("the BBC's Africa correspondent"), not another channel ("the BBC's Radio 4").
 */
import type { Token } from './analysis.js';
import { joinSpans } from './join-spans.js';
import type { JoinedSpan } from './join-spans.js';
import { readData } from './lexicon.js';
import type { Lexicon } from './lexicon.js';
import type { Detected, RawMention } from './raw-mention.js';

const POSSESSIVE = /^['’]s?$/;
/** A capitalised word or a number inside a title: "Big", "Brother", "24". */
const TITLE_WORD = /^(?:\p{Lu}[\p{L}'’-]*|\d+)$/u;
/** Small words between a title's capitalised words: "Trading Places and Faces". */
const CONNECTORS = new Set(['of', 'the', 'and', 'a', 'in', 'on', 'to', 'for', 'with', '&']);
/** At most this many words in a title. */
const MAX_WORDS = 6;

let channels: Set<string> | undefined;
function broadcasters(): Set<string> {
  channels ??= new Set(
    readData<{ broadcasters: string[] }>('curated/broadcasters.json').broadcasters,
  );
  return channels;
}

/** Joins each channel's programme (and the channel) into sure mentions. */
export function joinBroadcastTitles(
  tokens: readonly Token[],
  detected: Detected,
  lex: Lexicon,
): Detected {
  const names = broadcasters();
  const spans: JoinedSpan[] = [];
  const titles = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const owner = channelEndingAt(tokens, i, names);
    if (owner === undefined) continue;
    const title = titleAfter(tokens, i + 2, lex, names);
    if (!title) continue;
    spans.push(span(owner, i + 1, 'ORG'));
    spans.push(span(title.first, title.last, 'PRODUCT'));
    titles.add(words(tokens, title.first, title.last));
    i = title.last - 1;
  }
  if (!spans.length) return detected;
  const joined = joinSpans(detected, spans);
  // "… similar to Big Brother": the document's other guesses of a title follow it.
  for (const m of joined.mentions) {
    if (m.canonical || (m.confident && !m.yieldable)) continue;
    if (!titles.has(words(tokens, m.firstToken, m.lastToken))) continue;
    sure(m, 'PRODUCT');
  }
  return joined;
}

function span(first: number, last: number, type: 'ORG' | 'PRODUCT'): JoinedSpan {
  const mention: RawMention = {
    firstToken: first,
    lastToken: last,
    type,
    entityType: type,
    kind: 'name',
    confident: true,
  };
  return { first, last, mention };
}

function sure(m: RawMention, type: 'PRODUCT'): void {
  m.type = type;
  m.entityType = type;
  m.confident = true;
  delete m.yieldable;
}

const words = (tokens: readonly Token[], first: number, last: number) =>
  tokens
    .slice(first, last)
    .map((t) => t.lower)
    .join(' ');

/**
 * The first token of a channel's name ending at i, capitalised as a name, with a possessive
 * after it in the same sentence; undefined otherwise.
 */
function channelEndingAt(
  tokens: readonly Token[],
  i: number,
  names: Set<string>,
): number | undefined {
  const t = tokens[i];
  const owner = tokens[i + 1];
  if (!t || !owner || owner.sentence !== t.sentence || !POSSESSIVE.test(owner.text)) {
    return undefined;
  }
  // The longest name first: "BBC One", then "One".
  for (let first = Math.max(0, i - 2); first <= i; first++) {
    const head = tokens[first] as Token;
    if (head.sentence !== t.sentence || !/^\p{Lu}/u.test(head.text)) continue;
    if (names.has(words(tokens, first, i + 1))) return first;
  }
  return undefined;
}

/** The programme's title starting at k, or undefined when none or it reads as no show. */
function titleAfter(
  tokens: readonly Token[],
  k: number,
  lex: Lexicon,
  names: Set<string>,
): { first: number; last: number } | undefined {
  const start = tokens[k];
  if (!start) return undefined;
  const sentence = start.sentence;
  const at = (i: number) => {
    const t = tokens[i];
    return t && t.sentence === sentence ? t : undefined;
  };
  let j = k;
  if (at(j)?.text === 'The') j++;
  const lead = at(j);
  if (!lead || !TITLE_WORD.test(lead.text) || /^\d/.test(lead.text)) return undefined;
  // A person or a role: "Nick Robinson", "Director General".
  if (lex.givenNames.has(lead.lower) || lex.personWords.has(lead.lower)) return undefined;
  if (lex.roles.root.get(lead.lower)) return undefined;
  let last = j + 1;
  let n = 1;
  for (let i = j + 1; i < k + MAX_WORDS + 1; i++) {
    const t = at(i);
    if (!t) break;
    if (TITLE_WORD.test(t.text)) {
      if (lex.givenNames.has(t.lower)) return undefined;
      last = i + 1;
      n++;
      continue;
    }
    if (!CONNECTORS.has(t.lower) || !TITLE_WORD.test(at(i + 1)?.text ?? '')) break;
  }
  if (n > MAX_WORDS) return undefined;
  const next = at(last);
  // "the BBC's Africa correspondent": the name modifies a noun after it.
  if (next && next.text === next.lower && next.pos === 'NOUN') return undefined;
  if (next && POSSESSIVE.test(next.text)) return undefined;
  if (names.has(words(tokens, j, last))) return undefined;
  return { first: k, last };
}
