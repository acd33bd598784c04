/**
 * Features of the entity tagger, hashed into a fixed table. Each feature is a template id mixed
 * with a value (a word, a shape, a tag…) into one 32-bit number; nothing is a string at run time
 * but the per-word facts, which are computed once per distinct word form and cached. Three kinds:
 *
 * - *static* (per token, computed once per document): the word and its neighbours, shape,
 *   affixes, wink's POS tags, case pattern, sentence mode (capitals, title case), membership in
 *   the gazetteer and the cue and title lists, and document facts that need no tags (the word
 *   written with a capital inside running text elsewhere, or in lower case, or after a title);
 * - *history*: the two previous labels, alone and with the word or shape;
 * - *document tags*: how the same word was tagged elsewhere in the document in a first pass.
 */
import type { Sentence, Token } from '../analysis.js';
import { hasLetter, isAllCaps, isCap, sentenceMode } from '../casing.js';
import type { Mode } from '../casing.js';
import { longestPhrase } from '../lexicon.js';
import type { Lexicon } from '../lexicon.js';
import type { RawMention } from '../mentions.js';

/** What the features read besides the tokens. */
export interface FeatureContext {
  lex: Lexicon;
  /** Is a lower-case word in wink's vocabulary (everyday English)? */
  isCommon: (lower: string) => boolean;
}

// ---- hashing ------------------------------------------------------------------------------------

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes two 32-bit values (murmur3 finaliser steps). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

// Template ids (changing one changes the model: bump MODEL_FORMAT in model.ts).
const enum T {
  Bias = 1,
  W0,
  Wm1,
  Wp1,
  Shape0,
  Shapes3,
  Pre1,
  Pre2,
  Pre3,
  Suf1,
  Suf2,
  Suf3,
  Suf4,
  Pos0,
  PosM1P0,
  Pos0P1,
  Flag0,
  FlagM1,
  FlagP1,
  Gaz0,
  GazM1,
  GazP1,
  ModeShape,
  ModeW0,
  First,
  Role,
  DocCapElse,
  DocLowElse,
  DocPersonCue,
  DocRunLast,
  DocRunFirst,
  DocOrgCue,
  DocLocCue,
  W0Wp1,
  Wm1W0,
  T1,
  T2T1,
  T1W0,
  T1Shape,
  T1Pos,
  DocTag,
  DocTagShape,
  Rule0,
  RuleM1,
  RuleP1,
  Rule0Shape,
}

// ---- per-word facts -------------------------------------------------------------------------------

const enum F {
  Cap = 1 << 0,
  AllCaps = 1 << 1,
  Digit = 1 << 2,
  Initial = 1 << 3,
  Acronym = 1 << 4,
  Hyphen = 1 << 5,
  Common = 1 << 6,
  GivenName = 1 << 7,
  PersonWord = 1 << 8,
  OrgSuffix = 1 << 9,
  LocSuffix = 1 << 10,
  FacilitySuffix = 1 << 11,
  EventSuffix = 1 << 12,
  OrgPrefix = 1 << 13,
  LocPrefix = 1 << 14,
  FacilityPrefix = 1 << 15,
  Honorific = 1 << 16,
  RoleWord = 1 << 17,
  StopCapital = 1 << 18,
  LocativePrep = 1 << 19,
  PersonVerb = 1 << 20,
  NameConnector = 1 << 21,
  Punct = 1 << 22,
  Lower = 1 << 23,
  GroupNoun = 1 << 24,
  InnerCap = 1 << 25,
  Period = 1 << 26,
  OrgNoun = 1 << 27,
  PersonNoun = 1 << 28,
  PlaceNoun = 1 << 29,
  CompanyWord = 1 << 30,
}
const FLAG_COUNT = 31;
/** Facts of the previous word worth a feature of their own. */
const LEFT_FLAGS =
  F.Cap |
  F.Honorific |
  F.RoleWord |
  F.LocativePrep |
  F.GivenName |
  F.NameConnector |
  F.Punct |
  F.OrgNoun |
  F.PersonNoun |
  F.PlaceNoun |
  F.CompanyWord;
/** Facts of the next word worth a feature of their own. */
const RIGHT_FLAGS =
  F.Cap |
  F.OrgSuffix |
  F.LocSuffix |
  F.FacilitySuffix |
  F.EventSuffix |
  F.PersonVerb |
  F.GroupNoun |
  F.Punct |
  F.Digit |
  F.CompanyWord;

interface WordFacts {
  lower: number;
  shape: number;
  shortShape: number;
  affixes: number[];
  flags: number;
}

const ACRONYM = /^(?:\p{Lu}[\p{Lu}\d&]{1,6}|(?:\p{Lu}\.){2,4})$/u;
const INITIAL = /^\p{Lu}\.$/u;
const INNER_CAP = /^\p{Lu}?\p{Ll}+\p{Lu}/u;

function shapeOf(text: string, maxRun: number): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of text) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c === last) {
      run++;
      if (run >= maxRun) continue;
    } else {
      last = c;
      run = 0;
    }
    out += c;
  }
  return out;
}

const WORD_CACHE_LIMIT = 200_000;
const wordCache = new Map<string, WordFacts>();
let cachedLexicon: Lexicon | undefined;

function factsOf(text: string, token: Token, ctx: FeatureContext): WordFacts {
  if (cachedLexicon !== ctx.lex) {
    wordCache.clear();
    cachedLexicon = ctx.lex;
  }
  let facts = wordCache.get(text);
  if (facts) return facts;
  const lower = token.lower;
  const lex = ctx.lex;
  let flags = 0;
  const cap = isCap(token);
  if (cap) flags |= F.Cap;
  if (isAllCaps(token)) flags |= F.AllCaps;
  if (/\d/.test(text)) flags |= F.Digit;
  if (INITIAL.test(text)) flags |= F.Initial;
  if (ACRONYM.test(text)) flags |= F.Acronym;
  if (text.length > 1 && text.includes('-')) flags |= F.Hyphen;
  if (!hasLetter(text) && !/\d/.test(text)) flags |= F.Punct;
  if (text.endsWith('.')) flags |= F.Period;
  if (!cap && hasLetter(text)) flags |= F.Lower;
  if (cap && INNER_CAP.test(text)) flags |= F.InnerCap;
  if (cap && text !== lower && ctx.isCommon(lower)) flags |= F.Common;
  if (lex.givenNames.has(lower)) flags |= F.GivenName;
  if (lex.personWords.has(lower)) flags |= F.PersonWord;
  if (lex.orgSuffix.has(lower)) flags |= F.OrgSuffix;
  if (lex.locSuffix.has(lower)) flags |= F.LocSuffix;
  if (lex.facilitySuffix.has(lower)) flags |= F.FacilitySuffix;
  if (lex.eventSuffix.has(lower)) flags |= F.EventSuffix;
  if (lex.orgPrefix.has(lower)) flags |= F.OrgPrefix;
  if (lex.locPrefix.has(lower)) flags |= F.LocPrefix;
  if (lex.facilityPrefix.has(lower)) flags |= F.FacilityPrefix;
  if (lex.honorifics.has(lower)) flags |= F.Honorific;
  if (lex.roles.root.get(lower)?.value !== undefined) flags |= F.RoleWord;
  if (lex.stopCapitals.has(lower)) flags |= F.StopCapital;
  if (lex.locativePrepositions.has(lower)) flags |= F.LocativePrep;
  if (lex.personVerbs.has(lower)) flags |= F.PersonVerb;
  if (lex.nameConnectors.has(lower)) flags |= F.NameConnector;
  if (lex.groupNouns.has(lower)) flags |= F.GroupNoun;
  if (lex.orgNouns.has(lower)) flags |= F.OrgNoun;
  if (lex.personNouns.has(lower)) flags |= F.PersonNoun;
  if (lex.placeNouns.has(lower)) flags |= F.PlaceNoun;
  if (cap && lex.companyWords.has(lower)) flags |= F.CompanyWord;
  const affixes: number[] = [];
  for (let n = 1; n <= 3; n++) affixes.push(lower.length > n ? hashString(lower.slice(0, n)) : 0);
  for (let n = 1; n <= 4; n++) affixes.push(lower.length > n ? hashString(lower.slice(-n)) : 0);
  facts = {
    lower: hashString(lower),
    shape: hashString(shapeOf(text, 3)),
    shortShape: hashString(shapeOf(text, 1)),
    affixes,
    flags,
  };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(text, facts);
  return facts;
}

const posHashes = new Map<string, number>();
function posHash(pos: string): number {
  let h = posHashes.get(pos);
  if (h === undefined) {
    h = hashString(pos);
    posHashes.set(pos, h);
  }
  return h;
}

const NONE = 0x5bd1e995;
const MODE_CODE: Record<Mode, number> = { normal: 1, caps: 2, title: 3 };

// ---- per-document features ------------------------------------------------------------------------

/** Static feature hashes of a document, flat: token i owns `hashes[offsets[i]..offsets[i+1]]`. */
export interface DocFeatures {
  hashes: Uint32Array;
  offsets: Uint32Array;
  /** Per token: lower-case word hash (for history and document-tag features). */
  words: Uint32Array;
  shapes: Uint32Array;
  pos: Uint32Array;
  /** Per token: the sentence's first token (history resets there). */
  sentenceFirst: Uint32Array;
  /** Per token: capitalised in running text (not first, not in a caps or title sentence). */
  informativeCap: Uint8Array;
  /** Per token, when given: 1 = not needed (no features; decoding labels it O). */
  skip?: Uint8Array;
}

const MAX_FEATURES = 64;
/** Largest scratch table kept between documents, in features (4 MB). */
const MAX_SCRATCH = 1 << 20;
let scratch = new Uint32Array(0);

/**
 * Per token, a code for the rule-based mention covering it (position in the mention, mention
 * type, kind, and how the rules typed it: gazetteer, cue, name lists or a guess); 0 outside.
 */
export function ruleCodes(count: number, mentions: readonly RawMention[]): Uint32Array {
  const out = new Uint32Array(count);
  for (const m of mentions) {
    const basis = m.canonical ? 'gazetteer' : m.yieldable ? 'names' : m.confident ? 'cue' : 'guess';
    const code = (position: string) => ruleCode(`${position}|${m.type}|${m.kind}|${basis}`);
    const width = m.lastToken - m.firstToken;
    if (width === 1) out[m.firstToken] = code('U');
    else {
      out[m.firstToken] = code('B');
      for (let k = m.firstToken + 1; k < m.lastToken - 1; k++) out[k] = code('I');
      out[m.lastToken - 1] = code('L');
    }
  }
  return out;
}

const ruleCodeCache = new Map<string, number>();
function ruleCode(key: string): number {
  let h = ruleCodeCache.get(key);
  if (h === undefined) {
    h = hashString(key);
    ruleCodeCache.set(key, h);
  }
  return h;
}

/**
 * Builds the static features of every token of a document; `rules` are the rule-based
 * mentions as `ruleCodes` gives them (the tagger learns how far to trust each kind).
 */
export function documentFeatures(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  ctx: FeatureContext,
  rules?: Uint32Array,
  skip?: Uint8Array,
  transient = false,
): DocFeatures {
  const n = tokens.length;
  const facts: WordFacts[] = new Array<WordFacts>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    facts[i] = factsOf(t.text, t, ctx);
  }
  const modes = new Uint8Array(n);
  const sentenceFirst = new Uint32Array(n);
  const sentenceLast = new Uint32Array(n);
  const informativeCap = new Uint8Array(n);
  for (const s of sentences) {
    const mode = sentenceMode(tokens as Token[], s);
    for (let i = s.firstToken; i < s.lastToken; i++) {
      modes[i] = MODE_CODE[mode];
      sentenceFirst[i] = s.firstToken;
      sentenceLast[i] = s.lastToken;
      if (
        mode === 'normal' &&
        i > s.firstToken &&
        (facts[i] as WordFacts).flags & F.Cap &&
        !/^["'(‘“:-]$/.test(tokens[i - 1]?.text ?? '')
      ) {
        informativeCap[i] = 1;
      }
    }
  }
  const gaz = gazetteerCodes(tokens, sentences, ctx.lex);
  const afterRole = roleEnds(tokens, sentences, ctx.lex);
  const doc = documentFacts(tokens, facts, informativeCap, afterRole, ctx.lex);

  // Room for the features of the tokens not skipped. Tagging reuses one scratch table (its
  // features live only until the next document) while it is small; a large document's table,
  // hundreds of bytes a token, is its own and goes with it.
  let active = n;
  if (skip) for (let i = 0; i < n; i++) if (skip[i]) active--;
  const size = active * MAX_FEATURES;
  if (transient && size <= MAX_SCRATCH && scratch.length < size) scratch = new Uint32Array(size);
  const hashes = transient && size <= MAX_SCRATCH ? scratch : new Uint32Array(size);
  const offsets = new Uint32Array(n + 1);
  const words = new Uint32Array(n);
  const shapes = new Uint32Array(n);
  const pos = new Uint32Array(n);
  let k = 0;
  const add = (template: number, value: number) => {
    hashes[k++] = mix(template, value);
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const limit = k + MAX_FEATURES;
    const f = facts[i] as WordFacts;
    const first = sentenceFirst[i] as number;
    const end = sentenceLast[i] as number;
    const prev = i > first ? facts[i - 1] : undefined;
    const next = i + 1 < end ? facts[i + 1] : undefined;
    const t = tokens[i] as Token;
    const p0 = posHash(t.pos);
    const pm1 = i > first ? posHash((tokens[i - 1] as Token).pos) : NONE;
    const pp1 = i + 1 < end ? posHash((tokens[i + 1] as Token).pos) : NONE;
    const mode = modes[i] as number;
    words[i] = f.lower;
    shapes[i] = f.shortShape;
    pos[i] = p0;
    if (skip && skip[i]) continue;

    add(T.Bias, 0);
    add(T.W0, f.lower);
    add(T.Wm1, prev ? prev.lower : NONE);
    add(T.Wp1, next ? next.lower : NONE);
    add(T.W0Wp1, mix(f.lower, next ? next.lower : NONE));
    add(T.Wm1W0, mix(prev ? prev.lower : NONE, f.lower));
    add(T.Shape0, f.shape);
    add(
      T.Shapes3,
      mix(mix(prev ? prev.shortShape : NONE, f.shortShape), next ? next.shortShape : NONE),
    );
    // Prefixes of two and three letters, suffixes of two to four.
    for (let a = 1; a < 7; a++) {
      const v = f.affixes[a] as number;
      if (v && a !== 3) add(T.Pre1 + a, v);
    }
    add(T.Pos0, p0);
    add(T.PosM1P0, mix(pm1, p0));
    add(T.Pos0P1, mix(p0, pp1));
    for (let b = 0; b < FLAG_COUNT; b++) {
      const bit = 1 << b;
      if (f.flags & bit) add(T.Flag0, mix(b, f.flags & F.Cap));
      if (prev && prev.flags & bit & LEFT_FLAGS) add(T.FlagM1, b);
      if (next && next.flags & bit & RIGHT_FLAGS) add(T.FlagP1, b);
    }
    if (!prev) add(T.FlagM1, 99);
    if (!next) add(T.FlagP1, 99);
    const g = gaz[i] as number;
    add(T.Gaz0, g);
    add(T.GazM1, i > first ? (gaz[i - 1] as number) : NONE);
    add(T.GazP1, i + 1 < end ? (gaz[i + 1] as number) : NONE);
    add(T.ModeShape, mix(mode, f.shortShape));
    if (mode !== MODE_CODE.normal) add(T.ModeW0, mix(mode, f.lower));
    add(T.First, (i === first ? 1 : 0) | (f.flags & F.Common ? 2 : 0) | (f.flags & F.Cap ? 4 : 0));
    if (afterRole[i]) add(T.Role, afterRole[i] as number);
    const d = doc[i] as number;
    const situation = informativeCap[i] ? 1 : f.flags & F.Cap ? 2 : 3;
    add(T.DocCapElse, mix(situation, d & 1));
    add(T.DocLowElse, mix(situation, (d >> 1) & 1));
    if (d & 4) add(T.DocPersonCue, situation);
    if (d & 8) add(T.DocRunLast, situation);
    if (d & 16) add(T.DocRunFirst, situation);
    if (d & 32) add(T.DocOrgCue, situation);
    if (d & 64) add(T.DocLocCue, situation);
    if (rules) {
      const r = rules[i] as number;
      add(T.Rule0, r);
      add(T.RuleM1, i > first ? (rules[i - 1] as number) : NONE);
      add(T.RuleP1, i + 1 < end ? (rules[i + 1] as number) : NONE);
      add(T.Rule0Shape, mix(r, f.shortShape));
    }
    if (k > limit) throw new Error('tagger: too many features for one token');
  }
  offsets[n] = k;
  return {
    hashes: hashes.subarray(0, k),
    offsets,
    words,
    shapes,
    pos,
    sentenceFirst,
    informativeCap,
    ...(skip ? { skip } : {}),
  };
}

/** History features of token i given the two previous labels (-1 at a sentence start). */
export function historyFeatures(
  doc: DocFeatures,
  i: number,
  prev: number,
  prev2: number,
  out: Uint32Array,
): number {
  const p = prev + 2;
  const q = prev2 + 2;
  out[0] = mix(T.T1, p);
  out[1] = mix(T.T2T1, mix(q, p));
  out[2] = mix(T.T1W0, mix(p, doc.words[i] as number));
  out[3] = mix(T.T1Shape, mix(p, doc.shapes[i] as number));
  out[4] = mix(T.T1Pos, mix(p, doc.pos[i] as number));
  return 5;
}

/**
 * Document-tag features of token i: `docTag` is the tag (0 none, 1+tag index, or the code for
 * "capitalised but no name") that the first pass gave the same word elsewhere.
 */
export function docTagFeatures(
  doc: DocFeatures,
  i: number,
  docTag: number,
  out: Uint32Array,
  at: number,
): number {
  out[at] = mix(T.DocTag, mix(docTag, doc.informativeCap[i] as number));
  out[at + 1] = mix(T.DocTagShape, mix(docTag, doc.shapes[i] as number));
  return 2;
}

// ---- gazetteer, titles and document facts -----------------------------------------------------------

const gazCodes = new Map<string, number>();
function gazCode(position: string, cls: string, type: string): number {
  const key = `${position}|${cls}|${type}`;
  let h = gazCodes.get(key);
  if (h === undefined) {
    h = hashString(key);
    gazCodes.set(key, h);
  }
  return h;
}

/** Per token: the code of the longest gazetteer entry covering it (position, class, type). */
function gazetteerCodes(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lex: Lexicon,
): Uint32Array {
  const out = new Uint32Array(tokens.length).fill(NONE);
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.lastToken;) {
      const t = tokens[i] as Token;
      const hit =
        isCap(t) || lex.anyCaseStarts.has(t.lower)
          ? longestPhrase(lex.gazetteer, tokens, i, s.lastToken)
          : undefined;
      if (!hit) {
        i++;
        continue;
      }
      const e = hit.value;
      let ok = true;
      if (e.caseMode === 'cap') ok = isCap(t);
      else if (e.caseMode === 'exact') {
        for (let k = i; k < i + hit.length && ok; k++) {
          const x = (tokens[k] as Token).text;
          ok = !hasLetter(x) || x === x.toUpperCase();
        }
      }
      if (!ok) {
        i++;
        continue;
      }
      const type = e.mentionType;
      if (hit.length === 1) out[i] = gazCode('U', e.lexClass, type);
      else {
        out[i] = gazCode('B', e.lexClass, type);
        for (let k = i + 1; k < i + hit.length - 1; k++) out[k] = gazCode('I', e.lexClass, type);
        out[i + hit.length - 1] = gazCode('L', e.lexClass, type);
      }
      i += hit.length;
    }
  }
  return out;
}

/** Per token: 1 after a role phrase ("President", "foreign minister"), 2 inside one. */
function roleEnds(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lex: Lexicon,
): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.lastToken; i++) {
      if (!lex.roles.root.has((tokens[i] as Token).lower)) continue;
      const hit = longestPhrase(lex.roles, tokens, i, s.lastToken);
      if (!hit) continue;
      for (let k = i; k < i + hit.length; k++) out[k] = 2;
      if (i + hit.length < s.lastToken) out[i + hit.length] = 1;
      i += hit.length - 1;
    }
  }
  return out;
}

/**
 * Per token, bits about the same word elsewhere in the document: 1 capitalised in running text,
 * 2 written in lower case, 4 after a title or honorific or before a saying verb, 8 last word of a
 * run of capitalised words, 16 first word of such a run, 32 followed by an organisation cue word,
 * 64 after a locative preposition.
 */
function documentFacts(
  tokens: readonly Token[],
  facts: readonly WordFacts[],
  informativeCap: Uint8Array,
  afterRole: Uint8Array,
  lex: Lexicon,
): Uint8Array {
  const bits = new Map<number, number>();
  const set = (word: number, bit: number) => bits.set(word, (bits.get(word) ?? 0) | bit);
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const f = facts[i] as WordFacts;
    if (f.flags & F.Lower) set(f.lower, 2);
    if (!informativeCap[i]) continue;
    set(f.lower, 1);
    const prev = facts[i - 1];
    const next = facts[i + 1];
    const sameSentence = (k: number) => tokens[k]?.sentence === tokens[i]?.sentence;
    if (afterRole[i] === 1 || (prev && prev.flags & F.Honorific && sameSentence(i - 1)))
      set(f.lower, 4);
    if (next && next.flags & F.PersonVerb && sameSentence(i + 1)) set(f.lower, 4);
    const prevCap =
      prev && prev.flags & F.Cap && sameSentence(i - 1) && !(prev.flags & F.StopCapital);
    const nextCap = next && next.flags & F.Cap && sameSentence(i + 1);
    if (prevCap && !nextCap) set(f.lower, 8);
    if (nextCap && !prevCap) set(f.lower, 16);
    if (next && next.flags & F.OrgSuffix && sameSentence(i + 1)) set(f.lower, 32);
    const before = tokens[i - 1];
    if (
      before &&
      sameSentence(i - 1) &&
      lex.locativePrepositions.has(before.lower) &&
      before.lower !== 'of'
    ) {
      set(f.lower, 64);
    }
  }
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const f = facts[i] as WordFacts;
    let b = bits.get(f.lower) ?? 0;
    // Facts from this very token do not count as "elsewhere" for the two casing bits.
    if (informativeCap[i] && !hasOtherCap(tokens, facts, informativeCap, i)) b &= ~1;
    out[i] = b;
  }
  return out;
}

const otherCapMemo = new WeakMap<readonly WordFacts[], Map<number, number>>();
function hasOtherCap(
  tokens: readonly Token[],
  facts: readonly WordFacts[],
  informativeCap: Uint8Array,
  i: number,
): boolean {
  let counts = otherCapMemo.get(facts);
  if (!counts) {
    counts = new Map();
    for (let k = 0; k < tokens.length; k++) {
      if (!informativeCap[k]) continue;
      const w = (facts[k] as WordFacts).lower;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    otherCapMemo.set(facts, counts);
  }
  return (counts.get((facts[i] as WordFacts).lower) ?? 0) > 1;
}
