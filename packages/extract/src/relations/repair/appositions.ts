/**
 * Appositions the parse makes clauses, conjuncts or obliques: comma appositions ("Chile's
 * ambassador to the UN, Rosa Vidal,"), trailing role phrases ("said Rolf Dress, a spokesman for
 * Union Investment."), dash appositions, "of" phrases after commas and datelines before dashes.
 */
import type { RepairContext } from './context.js';
import {
  attach,
  children,
  dominates,
  hasFunctionWord,
  head,
  headOf,
  label,
  mentionEndingAt,
  segmentHead,
  span,
} from './context.js';
import {
  IS_CASE_CC_MARK,
  IS_NOUN_PROPN,
  IS_VERB_AUX,
  LOOSE_LABELS,
  NOMINAL,
  STARTS_NMOD_OBL,
  STARTS_NSUBJ,
} from './labels.js';
import { isDescriptorNoun, isPersonName, isPersonNoun, isRelative, isTimeWord } from './words.js';

const STARTS_OBL_NSUBJ = /^(obl|nsubj)/;

const IS_DASH = /^(--|—|–)$/;

const IS_INDEFINITE = /^(a|an)$/;

const IS_CLAUSE_BREAK = /^[,.;:(]$/;

const STARTS_UPPERCASE = /^\p{Lu}/u;

const IS_CLOSING_PUNCTUATION = /^[,;:.!?"”)]$/;

const IS_PHRASE_END_PUNCTUATION = /^[,.;"”]$/;

const STARTS_NSUBJ_OBJ_IOBJ = /^(nsubj|obj|iobj)/;

const IS_DISCOURSE_DEP_VOCATIVE_OBL_UNMARKED_PARATAXIS_LIST =
  /^(discourse|dep|vocative|obl:unmarked|parataxis|list)$/;

const IS_DASH_OR_COMMA = /^[-–—,]$/;

const IS_NOUN = /^(NOUN)$/;

const IS_OF_FOR_WITH = /^(of|for|with)$/;

const IS_OF_FOR_WITH_AT = /^(of|for|with|at)$/;

const IS_OBL_OBJ_DEP_PARATAXIS = /^(obl|obj|dep|parataxis)$/;

const IS_OBJ_IOBJ_OBL_NSUBJ_NSUBJ_PASS = /^(obj|iobj|obl|nsubj|nsubj:pass)$/;

const STARTS_FLAT_COMPOUND = /^(flat|compound)/;

/**
 * "said Tom Reed, 9, of Ashby, whose …" parsed with "of Ashby" an oblique of the
 * verb (or a subject): a verb's "of" complement never opens after a comma, so the phrase belongs
 * to the noun phrase the comma closes (its head: "Tom Reed, 9" is Reed).
 */
export function ofPhrasesAfterCommas(c: RepairContext): void {
  for (let y = c.first + 2; y < c.end; y++) {
    const v = head(c, y);
    // An oblique, or a subject with "of" ("Ola Vik, 52, of the Norland Space Office and
    // Ann Fry of Globex have been picked" with the office a second subject).
    if (v < 0 || !STARTS_OBL_NSUBJ.test(label(c, y)) || !IS_VERB_AUX.test(c.tokens[v]?.upos ?? ''))
      continue;
    const of = children(c, y).find((k) => k < y && label(c, k) === 'case');
    if (of === undefined || c.tokens[of]?.lower !== 'of' || c.tokens[of - 1]?.text !== ',')
      continue;
    let x = of - 2;
    while (x >= c.first && head(c, x) >= 0 && head(c, x) < of - 1 && head(c, x) !== v)
      x = head(c, x);
    if (x < c.first || x >= of - 1 || x === v || !IS_NOUN_PROPN.test(c.tokens[x]?.upos ?? ''))
      continue;
    attach(c, y, x, 'nmod');
  }
}

/**
 * "Bergen, 3 Mar (NNA) -- Norland's Premier Ola Vik … signed" parsed with the dateline
 * as the subject and the name after the dash its conjunct: a conjunct with no conjunction of
 * its own that opens right after a dash ends the dateline; it takes the dateline's role, and
 * the dateline hangs loose on the verb.
 */
export function datelinesBeforeDashes(c: RepairContext): void {
  for (let x = c.first + 1; x < c.end; x++) {
    const y = head(c, x);
    if (label(c, x) !== 'conj' || y < 0 || y > x || !STARTS_NSUBJ.test(label(c, y))) continue;
    if (children(c, x).some((k) => label(c, k) === 'cc')) continue;
    let start = y + 1;
    while (start < x && (label(c, start) === 'punct' || !dominates(c, x, start))) start++;
    if (!IS_DASH.test(c.tokens[start - 1]?.text ?? '')) continue;
    const v = head(c, y);
    attach(c, x, v, label(c, y));
    attach(c, y, v, 'dep');
  }
}

/**
 * "Investors backed a Lyon-based firm, Globex." parsed with the name a bare oblique of the verb:
 * a name that is not a person's, right after a comma (and a determiner) that closes a noun phrase headed by a noun
 * describing such names ("firm", "town", "unit"), hung loosely on a verb with no preposition or
 * conjunction of its own, and closed by punctuation, is that noun's apposition.
 */
export function descriptorAppositions(c: RepairContext): void {
  const { tokens } = c;
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.type === 'PERSON' || m.firstToken < c.first + 2) continue;
    let comma = m.firstToken - 1;
    if (tokens[comma]?.upos === 'DET') comma--;
    if (tokens[comma]?.text !== ',' || !IS_CLAUSE_BREAK.test(tokens[m.lastToken]?.text ?? '.'))
      continue;
    const h = headOf(c, m);
    const l = label(c, h).split(':')[0] ?? '';
    // Loose in the clause, not inside a noun phrase ("in Bergen, Norland" is a list of places).
    if (l === 'appos' || !LOOSE_LABELS.has(l) || c.tokens[head(c, h)]?.upos !== 'VERB') continue;
    if (children(c, h).some((k) => IS_CASE_CC_MARK.test(label(c, k)))) continue;
    let r = -1;
    for (let x = comma - 1, k = 0; x >= c.first && x < comma && k < 8; x = head(c, x), k++) {
      if (tokens[x]?.upos === 'NOUN' && isDescriptorNoun(c, x) && !isPersonNoun(c, x)) r = x;
    }
    if (r < 0 || r === h || c.mentions.some((x) => x.firstToken <= r && r < x.lastToken)) continue;
    attach(c, h, r, 'appos');
  }
}

/**
 * "Globex's chairman, Lee Raymond, met Saudi officials" parsed with the name the verb's subject
 * and the role noun a bare oblique of the verb: a person noun with no case word, closed by the
 * comma right before a name that is the subject of a verb after both, is that subject, and the
 * name its apposition. Not a time noun ("Last week, Lee Raymond met …").
 */
export function subjectsBeforeAppositions(c: RepairContext): void {
  const { tokens } = c;
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.type !== 'PERSON' || m.firstToken < c.first + 2) continue;
    const comma = m.firstToken - 1;
    if (tokens[comma]?.text !== ',' || tokens[m.lastToken]?.text !== ',') continue;
    const h = headOf(c, m);
    const v = head(c, h);
    if (!STARTS_NSUBJ.test(label(c, h)) || v < m.lastToken) continue;
    let r = comma - 1;
    while (head(c, r) >= c.first && head(c, r) < comma) r = head(c, r);
    if (head(c, r) !== v || !label(c, r).startsWith('obl') || isTimeWord(c, r)) continue;
    if (!NOMINAL.test(tokens[r]?.upos ?? '') || !isPersonNoun(c, r)) continue;
    if (children(c, r).some((k) => label(c, k) === 'case')) continue;
    attach(c, r, v, label(c, h));
    attach(c, h, r, 'appos');
  }
}

/** "Chile's ambassador to the UN, Rosa Vidal,", "two Latvian citizens, Ilze Berg and Juris Ozols". */
export function commaAppositions(c: RepairContext): void {
  const { tokens } = c;
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.type !== 'PERSON' || m.firstToken < c.first + 2) continue;
    // A title between the comma and the name stays with the name (", Ayatollah Ruhollah …").
    let comma = m.firstToken - 1;
    while (
      comma > c.first &&
      STARTS_UPPERCASE.test(tokens[comma]?.text ?? '') &&
      isPersonNoun(c, comma)
    ) {
      comma--;
    }
    if (tokens[comma]?.text !== ',') continue;
    const h = headOf(c, m);
    // A flat arc across a comma is a broken name, not part of one.
    const l = label(c, h) === 'flat' ? 'dep' : label(c, h);
    // An apposition stays when it names the person noun or person it hangs on.
    const on = head(c, h);
    if (l === 'appos' && on >= 0 && (isPersonNoun(c, on) || isPersonName(c, on))) continue;
    // "A second Iranian blogger, Ann Fry, who also used …" parsed with the name and "who" both
    // subjects of the relative clause's verb (active or passive: "…, who had been shot").
    const doubled =
      l.startsWith('nsubj') &&
      tokens[m.lastToken]?.text === ',' &&
      children(c, head(c, h)).some(
        (ch) => ch === m.lastToken + 1 && STARTS_NSUBJ.test(label(c, ch)) && isRelative(c, ch),
      );
    // "The head of the WFP, Ann Fry, spoke" parsed with both the noun and the name subjects.
    const second =
      l.startsWith('nsubj') &&
      children(c, head(c, h)).some((ch) => ch < comma && STARTS_NSUBJ.test(label(c, ch)));
    if (l !== 'appos' && !doubled && !second && !LOOSE_LABELS.has(l.split(':')[0] ?? l)) continue;
    if (l.startsWith('conj') && children(c, h).some((ch) => label(c, ch) === 'cc')) continue;
    if (STARTS_NMOD_OBL.test(l) && children(c, h).some((ch) => label(c, ch) === 'case')) continue;
    // The noun phrase closed by the comma: climb from the word before it while still left of it.
    let r = -1;
    for (let x = comma - 1, k = 0; x >= c.first && x < comma && k < 8; x = head(c, x), k++) {
      if (NOMINAL.test(tokens[x]?.upos ?? '') && isPersonNoun(c, x)) r = x;
    }
    if (r < 0 || r === h) continue;
    attach(c, h, r, 'appos');
  }
}

/**
 * "said Rolf Dress, a spokesman for Union Investment." and "Andrew Hogg, spokesman for the
 * Foundation, said …": a person's name closed by a comma and followed by a phrase headed by a
 * person noun, which the next comma or the sentence's end closes, is described by that phrase.
 */
export function trailingAppositions(c: RepairContext): void {
  const { tokens } = c;
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.firstToken < c.first) continue;
    const comma = m.lastToken;
    if (tokens[comma]?.text !== ',' || comma + 1 >= c.end) continue;
    let close = comma + 1;
    while (close < c.end && !IS_CLOSING_PUNCTUATION.test(tokens[close]?.text ?? '')) close++;
    if (close < c.end && !IS_PHRASE_END_PUNCTUATION.test(tokens[close]?.text ?? '')) continue;
    const r = segmentHead(c, comma + 1, close);
    if (r === undefined) continue;
    if (!isMemberNoun(c, r, comma + 1, close)) {
      if (tokens[r]?.upos !== 'NOUN' || !isPersonNoun(c, r)) continue;
      if (c.mentions.some((x) => x.firstToken <= r && r < x.lastToken)) continue;
    }
    // A predicate nominal ("…, who killed Tom Reed, was an actor") is the clause's, no apposition.
    if (children(c, r).some((k) => label(c, k) === 'cop')) continue;
    const n = headOf(c, m);
    if (head(c, r) === n && label(c, r) === 'appos') continue;
    // The name hung inside the phrase (as its compound or subject): it takes the phrase's place.
    if (dominates(c, r, n)) attach(c, n, head(c, r), head(c, r) < 0 ? 'root' : label(c, r));
    // Or beside it, the phrase taking the name's role in the clause ("Tom Reed, the mayor, was
    // born" with "mayor" the subject and the name an oblique).
    else if (
      head(c, n) === head(c, r) &&
      STARTS_NSUBJ_OBJ_IOBJ.test(label(c, r)) &&
      LOOSE_LABELS.has(label(c, n).split(':')[0] ?? '')
    )
      attach(c, n, head(c, r), label(c, r));
    attach(c, r, n, 'appos');
  }
}

/**
 * "a Briton", "a Democrat from Ohio": an indefinite article and a one-word demonym or
 * party-member mention heading the segment `[from, to)` names what a person is.
 */
function isMemberNoun(c: RepairContext, r: number, from: number, to: number): boolean {
  if (to - from < 2 || r !== from + 1 || !IS_INDEFINITE.test(c.tokens[from]?.lower ?? ''))
    return false;
  const m = c.mentions.find((x) => x.firstToken === r && x.lastToken === r + 1);
  return m !== undefined && m.kind === 'demonym';
}

/**
 * "Lemuria - the region's third largest grain exporter - sells …" parsed with the descriptor as
 * the subject and the name loose: the name is the subject, the descriptor its apposition.
 */
export function dashAppositions(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun') continue;
    const x = headOf(c, m);
    const v = head(c, x);
    if (v < 0 || !IS_DISCOURSE_DEP_VOCATIVE_OBL_UNMARKED_PARATAXIS_LIST.test(label(c, x))) continue;
    const sep = c.tokens[m.lastToken]?.text ?? '';
    if (!IS_DASH_OR_COMMA.test(sep)) continue;
    const subject = children(c, v).find((ch) => STARTS_NSUBJ.test(label(c, ch)) && ch > x);
    if (subject === undefined || !IS_NOUN.test(c.tokens[subject]?.upos ?? '')) continue;
    attach(c, x, v, label(c, subject));
    attach(c, subject, x, 'appos');
  }
}

/**
 * "Ola Vik, grain analyst with Globex Securities Inc." or "Ann Holt, director of
 * the Institute and a member of the Council" parsed with the phrase or the second role on the
 * person's name: after a person noun in apposition, an organisation phrase (of / for / with /
 * at) hung on the name, or on the verb before the name right after the apposition, belongs to
 * that noun, and a coordinated person noun is its conjunct.
 */
export function phrasesOfAppositiveRoles(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.firstToken < c.first) continue;
    const n = headOf(c, m);
    const role = children(c, n).find((k) => k > n && label(c, k) === 'appos' && isPersonNoun(c, k));
    if (role === undefined) continue;
    // Hung on the name, or on the name's verb right after the role's phrase ("said Ola
    // Vik, grain analyst with Globex" with the "with" phrase an oblique of "said").
    const v = head(c, n);
    const after = span(c, role)[1] + 1;
    const onVerb =
      v >= 0 && v < n && IS_VERB_AUX.test(c.tokens[v]?.upos ?? '')
        ? children(c, v).filter((k) => label(c, k) === 'obl' && span(c, k)[0] === after)
        : [];
    for (const k of [...children(c, n), ...onVerb]) {
      if (k <= role) continue;
      const prep = children(c, k).find((x) => x < k && label(c, x) === 'case');
      const w = prep === undefined ? '' : (c.tokens[prep]?.lower ?? '');
      const named = c.mentions.some(
        (x) => x.firstToken <= k && k < x.lastToken && x.type === 'ORG',
      );
      const on = label(c, k) === 'obl' ? IS_OF_FOR_WITH : IS_OF_FOR_WITH_AT;
      if (STARTS_NMOD_OBL.test(label(c, k)) && named && on.test(w)) {
        attach(c, k, role, 'nmod');
      } else if (label(c, k) === 'conj' && isPersonNoun(c, k)) {
        attach(c, k, role, 'conj');
      }
    }
  }
}

/**
 * "touring Norland's oldest church, the Old Cathedral" parsed with the phrase after the comma a
 * bare `obl` of the verb: a nominal hung on a verb as an oblique or a loose dependent, with no
 * preposition, marker or conjunction of its own, opened by a comma right after the noun phrase of
 * another nominal dependent of the same verb and closed by punctuation, is that phrase's
 * apposition.
 */
export function appositionsOfArguments(c: RepairContext): void {
  for (let h = c.first + 2; h < c.end; h++) {
    if (!IS_NOUN_PROPN.test(c.tokens[h]?.upos ?? '')) continue;
    if (!IS_OBL_OBJ_DEP_PARATAXIS.test(label(c, h)) || isTimeWord(c, h)) continue;
    const v = head(c, h);
    if (v < 0 || v > h || !IS_VERB_AUX.test(c.tokens[v]?.upos ?? '')) continue;
    if (hasFunctionWord(c, h)) continue;
    const [first, hi] = span(c, h);
    // The comma opens the phrase, or stands right before it on the verb.
    const lo = c.tokens[first]?.text === ',' && head(c, first) === h ? first : first - 1;
    if (c.tokens[lo]?.text !== ',' || (lo < first && head(c, lo) !== v)) continue;
    const after = c.tokens[hi + 1];
    if (hi + 1 < c.end && after?.upos !== 'PUNCT') continue;
    // Another nominal argument of the verb whose phrase ends right before the comma, else a name
    // closing a phrase of the clause there.
    const last = lo - 1;
    let n = children(c, v).find(
      (k) =>
        k < lo &&
        IS_OBJ_IOBJ_OBL_NSUBJ_NSUBJ_PASS.test(label(c, k)) &&
        IS_NOUN_PROPN.test(c.tokens[k]?.upos ?? '') &&
        span(c, k)[1] === last,
    );
    if (
      n === undefined &&
      mentionEndingAt(c, last) &&
      IS_NOUN_PROPN.test(c.tokens[last]?.upos ?? '') &&
      dominates(c, v, last) &&
      span(c, last)[1] === last &&
      !STARTS_FLAT_COMPOUND.test(label(c, last))
    )
      n = last;
    if (n === undefined) continue;
    // A common noun that describes the kind of the name closing the argument's phrase is the
    // name's ("a report from Arnor, the capital of Lemuria"); another noun ("the oldest
    // building in Bergen, a mosque") or a name ("the president of France, Emmanuel Macron")
    // stays on the argument.
    const named = mentionEndingAt(c, last);
    const kind = c.lex.descriptorTypes.get(c.tokens[h]?.lemma ?? '');
    if (
      named &&
      c.tokens[h]?.upos === 'NOUN' &&
      kind !== undefined &&
      kind === (named.type === 'LOC' ? 'GPE' : named.type) &&
      !c.mentions.some((x) => x.firstToken <= h && h < x.lastToken)
    ) {
      const x = headOf(c, named);
      if (x !== n && dominates(c, n, x) && STARTS_NMOD_OBL.test(label(c, x))) n = x;
    }
    attach(c, h, n, 'appos');
  }
}
