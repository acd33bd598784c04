/**
 * Repairs that keep a name one phrase with what describes it: a name is one subtree; titles,
 * honorifics and descriptor nouns before it describe it; "in / near / at" a place right after it
 * is its phrase; a possessor hung on a verb owns the noun after it.
 */
import type { MentionSpan, Token } from '../../analysis.js';
import { loadLexicon } from '../../lexicon.js';
import { isCompassWord, namesCountry } from '../countries.js';
import type { RepairContext } from './context.js';
import {
  attach,
  children,
  conjoinedUnder,
  dominates,
  firstConjunct,
  head,
  headOf,
  label,
  mentionEndingAt,
} from './context.js';
import {
  IS_CASE_CC_MARK,
  IS_COMPOUND_AMOD_FLAT,
  IS_NOUN_PROPN,
  LOOSE_LABELS,
  STARTS_NSUBJ,
  STARTS_NSUBJ_CSUBJ_EXPL,
  STARTS_NSUBJ_OBJ,
} from './labels.js';
import {
  isBareTitle,
  isCommonNoun,
  isDescriptorNoun,
  isDescriptorWord,
  isTimeWord,
} from './words.js';

const IS_POSSESSIVE_MARK = /^'s?$/;

const IS_ADJ_NOUN = /^(ADJ|NOUN)$/;

const IS_POSSESSIVE_S = /^('s|’s)$/;

const IS_OBL_OBL_TMOD_OBL_UNMARKED_NMOD_TMOD = /^(obl|obl:tmod|obl:unmarked|nmod:tmod)$/;

const ENDS_WITH_PERIOD = /\.$/;

const IS_CASE_CC_MARK_PUNCT = /^(case|cc|mark|punct)$/;

const IS_ACL = /^acl(:relcl)?$/;

const IS_CASE_DET = /^(case|det)$/;

const IS_BARE_APOSTROPHE = /^['’]$/;

/** A name is one subtree: its words hang on its head ("Rosa Vidal" never split across phrases). */
export function nameSpans(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.lastToken - m.firstToken < 2) continue;
    const h = headOf(c, m);
    const from = Math.max(m.firstToken, c.first);
    const to = Math.min(m.lastToken, c.end);
    for (let i = from; i < to; i++) {
      if (i === h) continue;
      if (head(c, i) < from || head(c, i) >= to) attach(c, i, h, 'flat');
      // What hangs on a word of the name hangs on the name ("Kari Lund of Ashby").
      for (const ch of children(c, i)) if (ch < from || ch >= to) attach(c, ch, h, label(c, ch));
    }
  }
}

/**
 * "BBC pundit Mark Lawson said" parsed with "pundit" and "Mark" both subjects of "said", "its
 * unit Initech" with both conjuncts of a name before: a common noun right before a name, hung
 * with the same label on the same head, is its title (for a person) or descriptor.
 */
export function titlesAsSiblings(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.firstToken <= c.first) continue;
    const t = m.firstToken - 1;
    if (c.tokens[t]?.upos !== 'NOUN') continue;
    if (m.type !== 'PERSON' && !isDescriptorNoun(c, t)) continue;
    const h = headOf(c, m);
    if (head(c, t) < 0 || head(c, t) !== head(c, h)) continue;
    // "Russian oil firm Yukos has sued" with "firm" an oblique, "Globex pundit Kari Nes
    // predicted" with "pundit" one: a descriptor noun, or any noun before a person's name, with
    // no preposition of its own, whatever label the parse gave it.
    const loose =
      (isDescriptorNoun(c, t) || m.type === 'PERSON') &&
      LOOSE_LABELS.has(label(c, t).split(':')[0] ?? '') &&
      !children(c, t).some((k) => IS_CASE_CC_MARK.test(label(c, k)));
    if (label(c, t) !== label(c, h) && !loose) continue;
    attach(c, t, h, 'nmod:desc');
  }
}

const PLACE_CASES = new Set(['in', 'near', 'at']);

/**
 * "the Hall of Trade, in Port Ellery," with "in Port Ellery" on the verb, "Ola Vik
 * at the Institute of Geology" with "at the Institute" on another noun: a place phrase right
 * after a name is the name's own. Set off by a comma, it is so even on a verb, but not after a
 * person ("said Ann Fry, in Oslo,"); with no comma, when the parse hung it on a noun, or when a
 * place below country level is followed by "in" and a place ("shelled Kassala in eastern Sudan":
 * a town is in the region, not the shelling). A compass word may stand before the second place.
 */
export function placePhrasesOnNames(c: RepairContext): void {
  for (const x of c.mentions) {
    if (x.kind === 'pronoun' || x.lastToken >= c.end || x.firstToken < c.first) continue;
    const comma = c.tokens[x.lastToken]?.text === ',';
    if (comma && x.type === 'PERSON') continue;
    const prep = comma ? x.lastToken + 1 : x.lastToken;
    if (!PLACE_CASES.has(c.tokens[prep]?.lower ?? '')) continue;
    let at = prep + 1;
    if (c.tokens[at]?.lower === 'the') at++;
    while (isCompassWord(c.tokens[at]?.lower ?? '')) at++;
    const y = c.mentions.find((m) => m.firstToken === at && m.kind !== 'pronoun');
    if (!y || y.lastToken > c.end) continue;
    const yh = headOf(c, y);
    const xh = headOf(c, x);
    const on = head(c, yh);
    if (on === xh || label(c, prep) !== 'case' || head(c, prep) !== yh || on < 0) continue;
    // "around Alderton, Birchwood and Cedarville in western Norway" with the phrase hung on
    // "roads": after the last of a list with no place phrase of its own, it is the list's.
    const list = firstConjunct(c, xh);
    if (list !== xh && on !== list && !hasOwnPlacePhrase(c, list) && placeInPlace(c, x, y, prep)) {
      attach(c, yh, list, 'nmod');
      continue;
    }
    // "Alderton and Cedar in Norland": the phrase on the first conjunct is the whole list's,
    // unless that conjunct has its own ("Elm Ridge in Kent, Oak Hollow in Lake").
    if (conjoinedUnder(c, xh, on) && !hasOwnPlacePhrase(c, on)) continue;
    const onNoun = IS_NOUN_PROPN.test(c.tokens[on]?.upos ?? '');
    if (!comma && !onNoun && !placeInPlace(c, x, y, prep)) continue;
    attach(c, yh, xh, 'nmod');
  }
}

/** Whether the name headed at `h` is followed right away by "in", "near" or "at". */
function hasOwnPlacePhrase(c: RepairContext, h: number): boolean {
  const m = c.mentions.find((k) => k.kind !== 'pronoun' && headOf(c, k) === h);
  return m !== undefined && PLACE_CASES.has(c.tokens[m.lastToken]?.lower ?? '');
}

const PLACE_TYPES = new Set(['GPE', 'LOC']);

/** "Kassala in Sudan": a place that is no country, "in", and another place. */
function placeInPlace(c: RepairContext, x: MentionSpan, y: MentionSpan, prep: number): boolean {
  if (c.tokens[prep]?.lower !== 'in' || x.entityId === y.entityId) return false;
  return PLACE_TYPES.has(x.type) && PLACE_TYPES.has(y.type) && !namesCountry(c.tokens, x);
}

/**
 * "murdering Bergen newspaper reporter Tom Reed" parsed with the name as a flat part (or a
 * comma-less apposition) of "reporter", or "Lord Hanningfield, leader of the council," with the name flat on "Lord": the
 * name heads the phrase, the noun or honorific before it is its title, and what the parse hung on
 * that word after the name (an apposition, a relative clause) is the name's.
 */
export function namesFlatOnNouns(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.firstToken <= c.first || m.lastToken > c.end) continue;
    const h = headOf(c, m);
    const n = head(c, h);
    // Flat, or a person's apposition with no comma between on a bare noun ("murdering
    // reporter Tom Reed"; "Norland historian Kari Lund", with a modifier, stays).
    const appos =
      label(c, h) === 'appos' &&
      m.type === 'PERSON' &&
      children(c, n).every((k) => k > n || IS_CASE_CC_MARK_PUNCT.test(label(c, k)));
    if ((label(c, h) !== 'flat' && !appos) || n !== m.firstToken - 1) continue;
    if (!isCommonNoun(c, n) && !isBareTitle(c, n)) continue;
    attach(c, h, head(c, n), label(c, n));
    attach(c, n, h, 'nmod:desc');
    // What hangs on it after the name, and its function words ("with US bank Wells Fargo").
    for (const k of children(c, n))
      if (k >= m.lastToken || IS_CASE_CC_MARK.test(label(c, k))) attach(c, k, h, label(c, k));
  }
}

/**
 * "Japanese rival Nissan Motor", "Globex's newly-appointed chief executive Ann Holt" parsed as
 * parts of different phrases: a descriptor or role noun right before a name, and the words
 * before it back to a name or demonym (adjectives, nouns, -ly adverbs, hyphenated words, a
 * possessive 's), are one noun phrase. The name heads it, the noun is its title, the name or
 * demonym and the words between modify the noun. A verb or a determiner between stops it.
 */
export function premodifiedTitles(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.firstToken - 2 < c.first || m.lastToken > c.end) continue;
    const h = headOf(c, m);
    const d = m.firstToken - 1;
    if (!isDescriptorWord(c, d)) continue;
    const owner = ownerBefore(c, d);
    if (!owner) continue;
    const oh = headOf(c, owner);
    // Already one phrase under the name ("Acme's chief executive Jon Voss" with both the owner
    // and the title on "Jon") still needs the title between them; deeper inside it does not.
    if (dominates(c, d, oh) || (dominates(c, h, oh) && head(c, oh) !== h)) continue;
    // The phrase keeps the attachment of its first word when that one reaches outside it
    // ("praised by Globex's … Ann Holt"), else the name's.
    const out = head(c, oh);
    if (out >= 0 && (out < owner.firstToken || out >= m.lastToken)) {
      attach(c, h, out, label(c, oh));
      for (const k of children(c, oh)) if (k < owner.firstToken) attach(c, k, h, label(c, k));
    }
    attach(c, d, h, 'nmod:desc');
    const possessive = IS_POSSESSIVE_MARK.test(c.tokens[owner.lastToken]?.lower ?? '');
    for (let k = owner.lastToken; k < d; k++) {
      if (possessive && k === owner.lastToken) attach(c, k, oh, 'case');
      else if (head(c, k) < owner.firstToken || head(c, k) > d) {
        attach(c, k, d, c.tokens[k]?.upos === 'NOUN' ? 'compound' : 'amod');
      }
    }
    const ownerLabel = possessive ? 'nmod:poss' : owner.type === 'NORP' ? 'amod' : 'compound';
    attach(c, oh, d, ownerLabel);
  }
}

/**
 * "Shares in UK drug firm Phytopharm closed" and "Shares in Japanese carmaker Nissan rose" parsed
 * with the name the subject of the verb (a second subject, or the subject of a relative clause
 * on the noun) and the descriptor noun right before it left in another phrase: the name takes
 * the noun's place and function words, the noun describes it. Where the verb was made a
 * relative clause of the noun inside a sentence rooted in a noun, the verb is the root and that
 * noun its subject.
 */
export function namesAfterDescriptors(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.firstToken - 1 <= c.first || m.lastToken > c.end) continue;
    const d = m.firstToken - 1;
    if (!isDescriptorWord(c, d) || c.tokens[d]?.upos !== 'NOUN') continue;
    const h = headOf(c, m);
    const v = head(c, h);
    if (v < 0 || v === d || head(c, d) === h || !STARTS_NSUBJ.test(label(c, h))) continue;
    if (c.tokens[v]?.upos !== 'VERB' || v < m.lastToken) continue;
    // The verb's clause on the noun, or another subject of the verb holding the noun.
    const relative = head(c, v) === d && IS_ACL.test(label(c, v));
    const sibling = children(c, v).some(
      (s) => s !== h && s < d && STARTS_NSUBJ.test(label(c, s)) && dominates(c, s, d),
    );
    if (!relative && !sibling) continue;
    attach(c, h, head(c, d), label(c, d));
    for (const k of children(c, d)) {
      if (k < d && IS_CASE_DET.test(label(c, k))) attach(c, k, h, label(c, k));
    }
    attach(c, d, h, 'nmod:desc');
    if (!relative) continue;
    // "Shares … rose": the noun at the root is the verb's subject.
    let top = h;
    while (head(c, top) >= 0) top = head(c, top);
    if (top !== h && c.tokens[top]?.upos === 'NOUN' && dominates(c, top, v)) {
      attach(c, v, -1, 'root');
      attach(c, top, v, 'nsubj');
    }
  }
}

/**
 * The name or demonym that opens the noun phrase ending in the title at `d`: reached leftwards
 * over adjectives, nouns, -ly adverbs, hyphens and the words they join, and one possessive 's.
 */
function ownerBefore(c: RepairContext, d: number): MentionSpan | undefined {
  for (let k = d - 1; k >= c.first && k > d - 8; k--) {
    const named = c.mentions.find(
      (x) => x.kind !== 'pronoun' && k >= x.firstToken && k < x.lastToken,
    );
    if (named) return named.lastToken === k + 1 ? named : undefined;
    const t = c.tokens[k] as Token;
    if (IS_POSSESSIVE_MARK.test(t.lower)) {
      return c.mentions.find((x) => x.kind !== 'pronoun' && x.lastToken === k);
    }
    const joined = t.text === '-' || c.tokens[k - 1]?.text === '-' || c.tokens[k + 1]?.text === '-';
    const word =
      (IS_ADJ_NOUN.test(t.upos) && t.text === t.lower) ||
      (t.upos === 'ADV' && t.lower.endsWith('ly'));
    if (!word && !joined) return undefined;
  }
  return undefined;
}

/** "India's Infosys hired …" parsed with the possessor on the verb: it owns the noun after it. */
export function possessorsOnVerbs(c: RepairContext): void {
  for (let i = c.first; i < c.end; i++) {
    // Also "Germany's Alexander Kosenkow won" parsed with both names subjects of "won".
    const owns =
      label(c, i) === 'nmod:poss' ||
      (STARTS_NSUBJ_OBJ.test(label(c, i)) &&
        children(c, i).some(
          (k) => label(c, k) === 'case' && IS_POSSESSIVE_S.test(c.tokens[k]?.lower ?? ''),
        ));
    if (!owns) continue;
    const v = head(c, i);
    if (v < 0 || c.tokens[v]?.upos !== 'VERB') continue;
    // The noun phrase after the possessor's 's: its head is the first token there that hangs
    // outside the span from the possessor to it.
    let k = i + 1;
    const flatName = (x: number) =>
      label(c, x) === 'flat' && c.mentions.some((m) => m.firstToken === x);
    while (k < c.end && (label(c, k) === 'case' || (head(c, k) === i && !flatName(k)))) k++;
    for (let n = k; n < c.end && n < k + 6; n++) {
      const h = head(c, n);
      if (!IS_NOUN_PROPN.test(c.tokens[n]?.upos ?? '')) continue;
      if (h > n && h < k + 6 && IS_COMPOUND_AMOD_FLAT.test(label(c, n))) continue;
      // A name the parse hung on the possessor across its "'s" takes the possessor's place.
      if (h === i) attach(c, n, v, label(c, i) === 'nmod:poss' ? 'obj' : label(c, i));
      attach(c, i, n, 'nmod:poss');
      break;
    }
  }
}

/**
 * "On Monday Ms Brand was in Norland touring the cathedral" parsed with the name hung flat on the
 * time word before it: a name hung by "flat" on a time oblique of a predicate with no subject,
 * and standing before that predicate, is its subject.
 */
export function namesFlatOnTimes(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.firstToken < c.first || m.lastToken > c.end) continue;
    const n = headOf(c, m);
    const w = head(c, n);
    if (label(c, n) !== 'flat' || w < 0 || (w >= m.firstToken && w < m.lastToken)) continue;
    if (c.mentions.some((x) => x.firstToken <= w && w < x.lastToken)) continue;
    if (!IS_OBL_OBL_TMOD_OBL_UNMARKED_NMOD_TMOD.test(label(c, w)) || !isTimeWord(c, w)) continue;
    const p = head(c, w);
    if (p < 0 || p < n || children(c, p).some((k) => STARTS_NSUBJ_CSUBJ_EXPL.test(label(c, k))))
      continue;
    attach(
      c,
      n,
      p,
      c.tokens[p]?.upos === 'VERB' && children(c, p).some((k) => label(c, k) === 'aux:pass')
        ? 'nsubj:pass'
        : 'nsubj',
    );
  }
}

/**
 * "Mr Straw", "Dr Ann Holt" where the parse hung the honorific somewhere else than on the name
 * after it (a time word, the verb): an honorific outside any mention, right before a name, is a
 * part of that name's phrase.
 */
export function honorificsOnNames(c: RepairContext): void {
  const honorifics = loadLexicon().honorifics;
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.firstToken <= c.first) continue;
    const t = m.firstToken - 1;
    if (
      !honorifics.has(c.tokens[t]?.lower.replace(ENDS_WITH_PERIOD, '') ?? '') ||
      !isBareTitle(c, t)
    )
      continue;
    const h = headOf(c, m);
    if (head(c, t) === h || head(c, h) === t) continue;
    for (const k of children(c, t))
      if (k < m.firstToken || k >= m.lastToken) attach(c, k, h, label(c, k));
    attach(c, t, h, 'compound');
  }
}

/**
 * "its key oil production unit Yuganskneftegas" parsed with the noun a compound of the name: a
 * common noun that describes names ("unit", "firm", "spokesman") right before a name and hung
 * on it as a compound is the name's title (`nmod:desc`, as `namesFlatOnNouns` makes it).
 */
export function descriptorCompounds(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.firstToken <= c.first) continue;
    const d = m.firstToken - 1;
    const h = headOf(c, m);
    if (head(c, d) !== h || label(c, d) !== 'compound') continue;
    if (!isCommonNoun(c, d) || !isDescriptorNoun(c, d)) continue;
    c.arcs.labels[d - c.first] = 'nmod:desc';
    // Its own modifiers and possessor ("its key … unit") are the noun's, as the name's would be.
    for (const k of children(c, h))
      if (k < d && !IS_CASE_CC_MARK_PUNCT.test(label(c, k))) attach(c, k, d, label(c, k));
  }
}

/**
 * "The Liberal Democrats' Charles Kennedy said" parsed with the person's name flat on the party
 * (or both subjects of "said"):
 * a name right after a plural's bare apostrophe ends the possessor's phrase; the possessor owns
 * that name, which takes the possessor's place.
 */
export function namesAfterPluralPossessives(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.firstToken < c.first + 2) continue;
    const mark = c.tokens[m.firstToken - 1];
    if (!mark || !IS_BARE_APOSTROPHE.test(mark.text)) continue;
    const owner = mentionEndingAt(c, m.firstToken - 2);
    if (!owner || !/s$/i.test(c.tokens[m.firstToken - 2]?.text ?? '')) continue;
    const a = headOf(c, owner);
    const b = headOf(c, m);
    // Hung on the possessor, or its sibling with the same role ("… Democrats' Ann Holt praised"
    // with both subjects).
    if (head(c, b) === a) attach(c, b, head(c, a), head(c, a) < 0 ? 'root' : label(c, a));
    else if (head(c, b) !== head(c, a) || label(c, b) !== label(c, a)) continue;
    attach(c, a, b, 'nmod:poss');
    attach(c, m.firstToken - 1, a, 'case');
  }
}
