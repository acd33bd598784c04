/**
 * Stock indices named after their publisher or market: "the Dow Jones industrial average", "the
 * Nasdaq composite index", "the FTSE 100 index", "the Hang Seng index". A name written right
 * before an index word (*index, indices, composite, industrials*; *industrial / transportation /
 * utility average*; *share / stock index*), with the index's number if it has one ("FTSE 100"),
 * names the index, a product of its publisher, not the company or the exchange ("Dow Jones & Co
 * said", "shares on the Nasdaq market" stay organisations). Not a place or a people the
 * gazetteer knows ("the Tokyo stock index", "the German share index"): there the place says
 * where; nor a body's name ending in an organisation word ("the American Stock Exchange index":
 * the exchange's index, named by the exchange).
 */
import type { Token } from './analysis.js';
import { isAllCaps } from './casing.js';
import { joinSpans } from './join-spans.js';
import type { JoinedSpan } from './join-spans.js';
import type { Lexicon } from './lexicon.js';
import type { Detected, RawMention } from './mentions.js';

/** Words that, right after a name, make it an index. */
const INDEX_WORDS = new Set(['index', 'indices', 'indexes', 'composite', 'industrials']);
/** Words before "average" that make it an index: "industrial average". */
const AVERAGE_LEADS = new Set([
  'industrial',
  'transportation',
  'transport',
  'utilities',
  'utility',
]);
/** Words before an index word: "share index", "stock index". */
const MARKET_WORDS = new Set(['share', 'shares', 'stock', 'stocks', 'all-share']);
/** An index's number: "FTSE 100", "Nikkei 225", "S&P 500". */
const INDEX_NUMBER = /^\d{2,4}$/;

/** Retypes a name right before an index word as the index (PRODUCT); the number joins it. */
export function typeIndexNames(
  tokens: readonly Token[],
  detected: Detected,
  lex: Lexicon,
): Detected {
  const { mentions } = detected;
  const spans: JoinedSpan[] = [];
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.firstToken; i < m.lastToken; i++) covered.add(i);
  const candidates: RawMention[] = mentions.filter(
    (m) =>
      (m.kind === 'name' || m.kind === 'acronym') &&
      m.type !== 'NORP' &&
      !lex.orgSuffix.has(tokens[m.lastToken - 1]?.lower ?? '') &&
      !(m.canonical && (m.entityType === 'GPE' || m.entityType === 'LOC')),
  );
  // A word in capitals no rule kept ("FTSE 100 index"): a name too.
  for (const t of tokens) {
    if (covered.has(t.i) || !isAllCaps(t)) continue;
    candidates.push({
      firstToken: t.i,
      lastToken: t.i + 1,
      type: 'PRODUCT',
      entityType: 'PRODUCT',
      kind: 'name',
      confident: true,
    });
  }
  for (const m of candidates) {
    const end = indexEnd(tokens, m);
    if (end === undefined) continue;
    const { canonical: _c, lexClass: _l, yieldable: _y, learnedPerson: _p, group: _g, ...rest } = m;
    spans.push({
      first: m.firstToken,
      last: end,
      mention: { ...rest, type: 'PRODUCT', entityType: 'PRODUCT', confident: true },
    });
  }
  return joinSpans(detected, spans);
}

/** The end of the index's name (after its number) when an index word follows, or undefined. */
function indexEnd(tokens: readonly Token[], m: RawMention): number | undefined {
  const sentence = tokens[m.firstToken]?.sentence;
  const at = (k: number) => {
    const t = tokens[k];
    return t && t.sentence === sentence ? t : undefined;
  };
  let end = m.lastToken;
  if (INDEX_NUMBER.test(at(end)?.text ?? '')) end++;
  const next = at(end)?.lower ?? '';
  const after = at(end + 1)?.lower ?? '';
  if (INDEX_WORDS.has(next)) return end;
  if (AVERAGE_LEADS.has(next) && after === 'average') return end;
  if (MARKET_WORDS.has(next) && INDEX_WORDS.has(after)) return end;
  return undefined;
}
