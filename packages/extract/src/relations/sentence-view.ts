/**
 * A sentence as a row of units: each mention is one unit, every other token one unit. The rules
 * walk these rows; noun-phrase regions, coordination chains and verb groups are found here
 * from POS tags alone (wink-nlp has no parser).
 */
import type { Analysis, MentionSpan, Sentence, Token } from '../analysis.js';
import { countryMentionOf } from './countries.js';
import type { Lexicon } from './lexicon.js';

export interface Unit {
  u: number;
  /** First token index (Analysis.tokens). */
  first: number;
  /** Exclusive. */
  last: number;
  mention?: MentionSpan;
  /** Entity type of a mention's entity (NORP mentions count as their entity's type). */
  entityType?: string;
  lower: string;
  lemma: string;
  /** Universal POS; 'MENTION' for mentions. */
  pos: string;
  start: number;
  end: number;
}

export interface SentenceView {
  analysis: Analysis;
  sentence: Sentence;
  units: Unit[];
}

/**
 * Views of the sentences that can hold a relation: two mentions or more, or a titled person
 * (whose country may come from data/leaders.json). The others cost nothing.
 */
export function* sentenceViews(analysis: Analysis, lex: Lexicon): Generator<SentenceView> {
  const bySentence = new Map<number, MentionSpan[]>();
  for (const m of analysis.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const titled = new Set<number>();
  for (const r of analysis.roles ?? []) {
    const person = analysis.mentions[r.person];
    if (person) titled.add(person.sentence);
  }
  for (const sentence of analysis.sentences) {
    const mentions = bySentence.get(sentence.i);
    if (!mentions) continue;
    // One entity named (however often) relates to nothing, unless a title may bring its country.
    const distinct = mentions.some((m) => m.entityId !== mentions[0]?.entityId);
    if (!distinct && !titled.has(sentence.i)) continue;
    yield buildView(analysis, sentence, mentions, lex);
  }
}

function buildView(
  analysis: Analysis,
  sentence: Sentence,
  mentions: MentionSpan[],
  lex: Lexicon,
): SentenceView {
  const mentionAt = new Map<number, MentionSpan>();
  for (const m of mentions) {
    for (let t = m.firstToken; t < m.lastToken; t++) if (!mentionAt.has(t)) mentionAt.set(t, m);
  }
  const units: Unit[] = [];
  let t = sentence.firstToken;
  while (t < sentence.lastToken) {
    const m = mentionAt.get(t);
    if (m && m.firstToken === t) {
      const named = governmentOf(analysis, m, lex);
      const type = analysis.entities.get(named.entityId)?.type ?? m.type;
      units.push({
        u: units.length,
        first: m.firstToken,
        last: m.lastToken,
        mention: named,
        entityType: type,
        lower: m.text.toLowerCase(),
        lemma: m.text.toLowerCase(),
        pos: 'MENTION',
        start: m.start,
        end: m.end,
      });
      t = Math.max(m.lastToken, t + 1);
      continue;
    }
    const token = analysis.tokens[t] as Token;
    t++;
    if (m || token.pos === 'SPACE') continue;
    units.push({
      u: units.length,
      first: token.i,
      last: token.i + 1,
      lower: token.lower,
      lemma: token.lemma.toLowerCase(),
      pos: token.pos,
      start: token.start,
      end: token.end,
    });
  }
  return { analysis, sentence, units };
}

/** "the Biden administration" names the person's country when data/leaders.json knows it. */
function governmentOf(analysis: Analysis, m: MentionSpan, lex: Lexicon): MentionSpan {
  if (m.type !== 'PERSON') return m;
  let t = m.lastToken;
  if (/^['’]s?$/.test(analysis.tokens[t]?.lower ?? '')) t++;
  const next = analysis.tokens[t];
  if (!next || next.sentence !== m.sentence || !lex.governmentHeads.has(next.lower)) return m;
  const country = countryMentionOf(analysis, m.entityId);
  return country ? { ...m, entityId: country.entityId } : m;
}

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'SYM', 'MENTION']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const COORDINATORS = new Set([',', 'and', 'or', '&']);

export const isMention = (x: Unit | undefined): x is Unit & { mention: MentionSpan } =>
  x?.mention !== undefined;

export const isPossessive = (x: Unit | undefined): boolean =>
  x !== undefined && x.pos === 'PART' && /^['’]s?$/.test(x.lower);

export const isQuote = (x: Unit | undefined): boolean =>
  x !== undefined && x.pos === 'PUNCT' && QUOTES.has(x.lower);

/** Past-participle or gerund looking word used as a verb. */
export const isVerbLike = (x: Unit | undefined): boolean =>
  x !== undefined &&
  (x.pos === 'VERB' || (x.pos === 'ADJ' && /(ed|en|ing)$/.test(x.lower))) &&
  !isMention(x);

/** "Iranian-made": a hyphen and a participle between a modifier and its noun. */
export function isCompoundParticiple(units: Unit[], i: number): boolean {
  const prev = units[i - 1];
  return isVerbLike(units[i]) && prev !== undefined && prev.lower === '-';
}

/** A VERB-ing between a possessive/determiner/adjective and a noun: "Iran's deepening involvement". */
export function isPremodifierVerb(units: Unit[], i: number): boolean {
  const x = units[i];
  const prev = units[i - 1];
  const next = units[i + 1];
  if (!x || x.pos !== 'VERB' || !/ing$/.test(x.lower) || !prev || !next) return false;
  const prevOk = isPossessive(prev) || prev.pos === 'DET' || prev.pos === 'ADJ';
  return prevOk && (next.pos === 'NOUN' || (isMention(next) && prev.pos !== 'DET'));
}

function npToken(units: Unit[], i: number): boolean {
  const x = units[i];
  if (!x) return false;
  if (NP_POS.has(x.pos)) return true;
  if (isPossessive(x) || isQuote(x)) return true;
  if (x.pos === 'PRON' && (isMention(x) || POSSESSIVE_DETERMINERS.has(x.lower))) return true;
  if (x.lower === '-' && isVerbLike(units[i + 1])) return true;
  if (isCompoundParticiple(units, i) || isPremodifierVerb(units, i)) return true;
  if (x.lower === '%') return true;
  return false;
}

/** Would the NP starting at `i` be the subject of a following verb ("... and France said")? */
function startsClause(units: Unit[], i: number): boolean {
  let j = i;
  while (j < units.length && npToken(units, j)) j++;
  const after = units[j];
  return (
    after !== undefined &&
    (after.pos === 'AUX' || (after.pos === 'VERB' && !isPremodifierVerb(units, j)))
  );
}

/** The noun-phrase region ending right before `end` (exclusive); returns its start. */
export function regionLeft(units: Unit[], end: number): number {
  let i = end - 1;
  while (i >= 0) {
    const x = units[i] as Unit;
    if (npToken(units, i)) {
      i--;
      continue;
    }
    const next = units[i + 1];
    const prev = units[i - 1];
    if (x.pos === 'ADV' && next && i + 1 < end && /^(ADJ|ADV|NUM)$/.test(next.pos)) {
      i--;
      continue;
    }
    if (x.lower === 'of' && prev && /^(NOUN|PROPN|NUM|MENTION|ADJ)$/.test(prev.pos)) {
      i--;
      continue;
    }
    if (COORDINATORS.has(x.lower) && coordinatesMentions(units, i, end)) {
      i--;
      continue;
    }
    break;
  }
  return i + 1;
}

/** The noun-phrase region starting at `start`; returns its end (exclusive). */
export function regionRight(units: Unit[], start: number, limit = units.length): number {
  let i = start;
  while (i < limit) {
    const x = units[i] as Unit;
    const next = units[i + 1];
    const prev = units[i - 1];
    if (npToken(units, i)) {
      i++;
      continue;
    }
    if (x.pos === 'ADV' && next && /^(ADJ|ADV|NUM)$/.test(next.pos)) {
      i++;
      continue;
    }
    if (
      x.lower === 'of' &&
      i > start &&
      prev &&
      /^(NOUN|PROPN|NUM|ADJ|PUNCT)$/.test(prev.pos) &&
      next &&
      (npToken(units, i + 1) || next.pos === 'ADV')
    ) {
      i++;
      continue;
    }
    if (COORDINATORS.has(x.lower) && i > start && coordinatesForward(units, i)) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** Skips determiners, quotes and honorifics ("the", "Mr", "Lord") between a coordinator and a name. */
function skipDet(units: Unit[], i: number, step: 1 | -1): number {
  let j = i;
  while (units[j] && (units[j]?.pos === 'DET' || isQuote(units[j]) || isHonorific(units[j]))) {
    j += step;
  }
  return j;
}

const isHonorific = (x: Unit | undefined): boolean =>
  x !== undefined &&
  !isMention(x) &&
  x.pos === 'PROPN' &&
  HONORIFICS.has(x.lower.replace(/\.$/, ''));

const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'lord',
  'lady',
  'dame',
  'gen',
  'col',
  'capt',
  'prof',
  'sen',
  'rep',
]);

/** A coordinator between two mentions: "the US, the UK, and France". */
function coordinatesMentions(units: Unit[], i: number, end: number): boolean {
  let r = i + 1;
  // A bare comma lists only when an "and"/"or" closes the list ("A, B and C"), not in
  // "According to CBS, Kirby said".
  if (units[i]?.lower === ',' && !/^(and|or)$/.test(units[r]?.lower ?? '')) {
    let closed = false;
    for (let k = i + 1; k < end; k++) if (/^(and|or)$/.test(units[k]?.lower ?? '')) closed = true;
    if (!closed) return false;
  }
  if (units[r]?.lower === 'and' || units[r]?.lower === 'or') r++;
  r = skipDet(units, r, 1);
  let l = i - 1;
  if (units[l]?.lower === ',') l--;
  return isMention(units[r]) && isMention(units[l]);
}

function coordinatesForward(units: Unit[], i: number): boolean {
  let r = i + 1;
  if (units[i]?.lower === ',' && (units[r]?.lower === 'and' || units[r]?.lower === 'or')) r++;
  r = skipDet(units, r, 1);
  const target = units[r];
  if (!target || !npToken(units, r)) return false;
  if (startsClause(units, r)) return false;
  const prev = units[i - 1];
  if (isMention(target)) return isMention(prev) || prev?.pos === 'NOUN' || prev?.pos === 'PROPN';
  // Coordinated common nouns ("trainers and tech support") only after a common noun.
  return units[i]?.lower !== ',' && (prev?.pos === 'NOUN' || prev?.pos === 'PROPN');
}

/** Mentions of a region grouped into coordination chains, in order. */
export function chains(units: Unit[], from: number, to: number): Unit[][] {
  const out: Unit[][] = [];
  let current: Unit[] | undefined;
  let linked = false;
  for (let i = from; i < to; i++) {
    const x = units[i] as Unit;
    if (isMention(x)) {
      if (current && linked) current.push(x);
      else {
        current = [x];
        out.push(current);
      }
      linked = false;
    } else if (COORDINATORS.has(x.lower) && current) {
      linked = true;
    } else if (x.pos === 'DET' || isQuote(x) || isHonorific(x)) {
      // keeps the link across "and the UK"
    } else {
      linked = false;
      current = undefined;
    }
  }
  return out;
}

export interface HeadChain {
  chain: Unit[];
  /** Units after the chain's last mention inside the region (the head noun, if any). */
  trailing: Unit[];
  /** The chain is a possessor: "Moscow's forces". */
  possessor: boolean;
}

/** The last chain of a region and what follows it inside the region. */
export function headChain(units: Unit[], from: number, to: number): HeadChain | undefined {
  const all = chains(units, from, to);
  const chain = all[all.length - 1];
  if (!chain) return undefined;
  const lastU = (chain[chain.length - 1] as Unit).u;
  const trailing = units.slice(lastU + 1, to);
  return { chain, trailing, possessor: isPossessive(trailing[0]) };
}

/** Can the head chain act (be a subject) given what follows it: "Moscow's forces" yes, "Russia's drone weapons" no. */
export function actsAsActor(head: HeadChain, lex: Lexicon): boolean {
  for (const t of head.trailing) {
    if (isPossessive(t) || t.pos === 'ADJ' || t.pos === 'DET' || isQuote(t)) continue;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && lex.actorHeads.has(t.lemma)) continue;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && lex.actorHeads.has(t.lower)) continue;
    return false;
  }
  return true;
}

export function unitText(view: SentenceView, from: number, to: number): string {
  const a = view.units[from];
  const b = view.units[to - 1];
  if (!a || !b) return '';
  return view.analysis.text.slice(a.start, b.end);
}
