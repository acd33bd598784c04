/**
 * Repairs of participles and gerunds wink-nlp tags or the parser attaches badly: hyphenated
 * compounds ("Iranian-made drones"), reduced relatives ("a part of Ukraine annexed by Russia"),
 * participles after possessives and names, gerunds after infinitives and clause markers, and
 * resultative adjectives ("shot dead Ola Vik").
 */
import type { Token } from '../../analysis.js';
import type { RepairContext } from './context.js';
import {
  attach,
  children,
  dominates,
  head,
  headOf,
  label,
  mentionEndingAt,
  mergeInto,
  outside,
  span,
} from './context.js';
import {
  ENDS_ING,
  IS_COMPOUND_AMOD_FLAT,
  IS_NOUN_PROPN,
  IS_VERB_AUX,
  NOMINAL,
  STARTS_AUX,
  STARTS_NSUBJ,
  STARTS_NSUBJ_CSUBJ_EXPL,
  STARTS_NSUBJ_OBJ_IOBJ_OBL_NMOD,
} from './labels.js';
import { isAge, isTimeWord } from './words.js';

const IS_ADVCL_CONJ_PARATAXIS_CCOMP_ACL = /^(advcl|conj|parataxis|ccomp|acl)$/;

const STARTS_NSUBJ_CSUBJ_AUX_COP_MARK_CC_EXPL = /^(nsubj|csubj|aux|cop|mark|cc|expl)/;

const STARTS_NMOD_FLAT_COMPOUND = /^(nmod|flat|compound)/;

const POSSESSIVE_S_OR_APOSTROPHE = /^'s?$|^’s$/;

const STARTS_NSUBJ_OBJ_OBL_NMOD_IOBJ_CONJ_APPOS = /^(nsubj|obj|obl|nmod|iobj|conj|appos)/;

const PARTICIPLE_ENDING = /(ed|en|wn|rn|ne|lt|ght)$/;

const isVerb = (c: RepairContext, k: number) => c.tokens[k]?.upos === 'VERB';

const IS_ADVCL_CONJ_PARATAXIS_ACL = /^(advcl|conj|parataxis|acl)$/;

const STARTS_NSUBJ_AUX = /^(nsubj|aux)/;

const STARTS_NSUBJ_EXPL = /^(nsubj|expl)/;

const IS_AUX_PASS_COP = /^(aux:pass|cop)$/;

const IS_ADVCL_CONJ_PARATAXIS_DEP_XCOMP = /^(advcl|conj|parataxis|dep|xcomp)$/;

const IS_VERB_ADJ = /^(VERB|ADJ)$/;

const IS_IN_BY = /^(in|by)$/;

const IS_XCOMP_ADVCL = /^(xcomp|advcl)$/;

const IS_VERB_AUX_ADJ = /^(VERB|AUX|ADJ)$/;

/**
 * "Crimea, which is a part of Ukraine unilaterally annexed by Russia" parsed with "annexed" as an
 * adverbial clause of the main verb: a participle with an agent ("by Russia") and no subject,
 * auxiliary or marker of its own, right after a noun with no comma between, is a reduced relative
 * clause of that noun phrase (its head: "a part of Ukraine" is the part).
 */
export function reducedPassiveRelatives(c: RepairContext): void {
  for (let v = c.first + 1; v < c.end; v++) {
    if (c.tokens[v]?.upos !== 'VERB' || !IS_ADVCL_CONJ_PARATAXIS_CCOMP_ACL.test(label(c, v)))
      continue;
    const kids = children(c, v);
    if (!kids.some((k) => k > v && label(c, k) === 'obl:agent')) continue;
    if (kids.some((k) => STARTS_NSUBJ_CSUBJ_AUX_COP_MARK_CC_EXPL.test(label(c, k)))) continue;
    // The words before the participle inside its own phrase may only be adverbs.
    let n = v - 1;
    while (n > c.first && head(c, n) === v && c.tokens[n]?.upos === 'ADV') n--;
    if (!IS_NOUN_PROPN.test(c.tokens[n]?.upos ?? '') || head(c, n) === v) continue;
    // Climb to the head of the noun phrase: "a part of Ukraine" is headed by "part".
    let np = n;
    for (let k = 0; k < 6 && STARTS_NMOD_FLAT_COMPOUND.test(label(c, np)); k++) {
      const up = head(c, np);
      if (up < 0 || up > np || !IS_NOUN_PROPN.test(c.tokens[up]?.upos ?? '')) break;
      np = up;
    }
    // Already a reduced relative: moved only from a noun further out to the phrase right before
    // it ("troops to Crimea, which is a part of Ukraine annexed by Russia": "part", not "troops").
    if (label(c, v) === 'acl' && (head(c, v) === np || !dominates(c, head(c, v), np))) continue;
    attach(c, v, np, 'acl');
  }
}

/**
 * "in last month's forced public sale" parsed with "forced" a clause (the auction its object,
 * "year" its subject or oblique): a word right after a possessive 's opens a noun phrase, so a
 * participle there modifies the noun after it, which takes its place and its possessor.
 */
export function participlesAfterPossessives(c: RepairContext): void {
  for (let v = c.first + 2; v < c.end - 1; v++) {
    if (
      c.tokens[v]?.upos !== 'VERB' ||
      !POSSESSIVE_S_OR_APOSTROPHE.test(c.tokens[v - 1]?.lower ?? '')
    )
      continue;
    const owner = head(c, v - 1);
    if (label(c, v - 1) !== 'case' || owner < 0 || owner >= v - 1) continue;
    const n = children(c, v).find(
      (k) => k > v && label(c, k) === 'obj' && IS_NOUN_PROPN.test(c.tokens[k]?.upos ?? ''),
    );
    // The words between are the noun's own ("forced state auction").
    let inside = n !== undefined;
    for (let k = v + 1; inside && n !== undefined && k < n; k++) inside = dominates(c, n, k);
    if (n === undefined || !inside) continue;
    const up = head(c, v);
    const verbal = up >= 0 && IS_VERB_AUX.test(c.tokens[up]?.upos ?? '');
    attach(
      c,
      n,
      up,
      up < 0
        ? 'root'
        : STARTS_NSUBJ_OBJ_IOBJ_OBL_NMOD.test(label(c, v))
          ? label(c, v)
          : verbal
            ? 'obl'
            : 'nmod',
    );
    for (const k of children(c, v)) {
      if (k === owner) continue;
      const l = label(c, k);
      attach(c, k, n, l === 'mark' && c.tokens[k]?.upos === 'ADP' ? 'case' : l);
    }
    attach(c, owner, n, 'nmod:poss');
    attach(c, v, n, 'amod');
  }
}

/**
 * Hyphenated words: "US-German", "newly-appointed", "Iranian-made", "state-run". The word after
 * the hyphen heads the compound and takes the attachment of the whole; a participle of a
 * compound frame ("made", "based", "backed") then modifies the noun after it: "Iranian-made
 * drones" is a noun phrase headed by "drones", not a clause.
 */
export function hyphenCompounds(c: RepairContext): void {
  const { tokens } = c;
  for (let dash = c.first + 1; dash < c.end - 1; dash++) {
    const t = tokens[dash] as Token;
    const before = tokens[dash - 1] as Token;
    const after = tokens[dash + 1] as Token;
    if (t.text !== '-' || before.end !== t.start || t.end !== after.start) continue;
    const b = dash + 1;
    const named = mentionEndingAt(c, dash - 1);
    const from = named ? Math.max(named.firstToken, c.first) : dash - 1;
    const a = named ? headOf(c, named) : dash - 1;
    mergeInto(c, from, b, b);
    attach(c, a, b, c.lex.compounds.has(after.lower) ? 'obl:npmod' : 'compound');
    attach(c, dash, b, 'punct');
    for (let i = from; i < dash - 1; i++)
      if (i !== a && outside(c, i, from, b)) attach(c, i, a, 'flat');
    // A hyphenated modifier never heads the noun after it ("US-German carmaker X").
    const next = b + 1;
    const modifies =
      next < c.end && IS_NOUN_PROPN.test(tokens[next]?.upos ?? '') && dominates(c, b, next);
    if (c.lex.compounds.has(after.lower) || modifies) participleOnNoun(c, from, b);
  }
}

/** "Iranian-made drones": the participle modifies the noun after it, which heads the phrase. */
function participleOnNoun(c: RepairContext, from: number, part: number): void {
  const noun = part + 1;
  if (noun >= c.end || !NOMINAL.test(c.tokens[noun]?.upos ?? '')) return;
  let n = noun;
  for (let k = 0; k < 4; k++) {
    const h = head(c, n);
    if (h > n && h < c.end && IS_COMPOUND_AMOD_FLAT.test(label(c, n))) n = h;
    else break;
  }
  if (head(c, part) === n) return;
  // The noun phrase takes the participle's place; clauses hung on the participle go up with it.
  const up = head(c, part);
  const upLabel = label(c, part);
  for (const ch of children(c, part)) {
    if (ch >= from && ch < part) continue;
    if (ch < from) attach(c, ch, n, label(c, ch));
    else if (ch > n) attach(c, ch, up >= 0 ? up : n, label(c, ch));
  }
  if (outside(c, n, from, n) || head(c, n) === part) {
    const l = STARTS_NSUBJ_OBJ_OBL_NMOD_IOBJ_CONJ_APPOS.test(upLabel) ? upLabel : 'obj';
    attach(c, n, up, up < 0 ? 'root' : l);
  }
  attach(c, part, n, c.lex.compounds.has(c.tokens[part]?.lower ?? '') ? 'amod' : 'compound');
  for (let i = noun; i < n; i++)
    if (head(c, i) === part || outside(c, i, from, n)) attach(c, i, n, 'compound');
}

/**
 * "Globex Corp., headquartered in Denver, said profits rose" parsed with the name the subject of
 * the participle and the participle a clause of the verb after its closing comma: the name is
 * that verb's subject and the participle modifies the name.
 */
export function participlesWithNameSubjects(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.lastToken + 1 >= c.end || m.firstToken < c.first) continue;
    const v = m.lastToken + 1;
    const t = c.tokens[v] as Token;
    if (c.tokens[m.lastToken]?.text !== ',' || t.upos !== 'VERB') continue;
    if (!PARTICIPLE_ENDING.test(t.lower)) continue;
    const h = headOf(c, m);
    if (head(c, h) !== v || !STARTS_NSUBJ.test(label(c, h))) continue;
    // The verb right after the participle's closing comma, with no subject of its own.
    const w =
      head(c, v) > v
        ? head(c, v)
        : children(c, v).find((k) => k > v && c.tokens[k - 1]?.text === ',' && isVerb(c, k));
    if (w === undefined || c.tokens[w]?.upos !== 'VERB' || c.tokens[w - 1]?.text !== ',') continue;
    if (children(c, w).some((k) => STARTS_NSUBJ.test(label(c, k)))) continue;
    if (head(c, w) === v) attach(c, w, head(c, v), head(c, v) < 0 ? 'root' : label(c, v));
    attach(c, h, w, 'nsubj');
    attach(c, v, h, 'acl');
  }
}

/**
 * "James Earl Ray, convicted assassin of Martin Luther King Jr., died Wednesday" parsed with the
 * participle the main verb (or a clause on the name), the name its subject and the noun its
 * object: a participle right
 * after a name and its comma, before a bare noun, modifies that noun; the noun phrase is the
 * name's apposition, and the verb after the phrase's closing comma takes the name as subject.
 */
export function participlesOnAppositiveNouns(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.lastToken + 2 >= c.end || m.firstToken < c.first) continue;
    const v = m.lastToken + 1;
    const n = v + 1;
    const t = c.tokens[v] as Token;
    if (c.tokens[m.lastToken]?.text !== ',' || t.upos !== 'VERB') continue;
    if (!PARTICIPLE_ENDING.test(t.lower) || c.tokens[n]?.upos !== 'NOUN') continue;
    const h = headOf(c, m);
    if (head(c, n) !== v || label(c, n) !== 'obj') continue;
    // The participle already hangs on the name ("Tom Reed, convicted killer of Ola Vik, said"):
    // only the noun phrase's shape changes.
    if (head(c, v) === h && label(c, v) === 'acl') {
      attach(c, n, h, 'appos');
      attach(c, v, n, 'amod');
      continue;
    }
    if (head(c, h) !== v || !STARTS_NSUBJ.test(label(c, h))) continue;
    // The verb right after the noun phrase's closing comma, with no subject of its own.
    let w = -1;
    for (let k = n + 1; k + 1 < c.end; k++) {
      if (c.tokens[k]?.text !== ',') continue;
      if (c.tokens[k + 1]?.upos === 'VERB') w = k + 1;
      break;
    }
    if (w < 0 || children(c, w).some((k) => STARTS_NSUBJ.test(label(c, k)))) continue;
    attach(c, w, -1, 'root');
    for (const k of children(c, v)) {
      if (k > w || (k > n && label(c, k) === 'punct' && k === c.end - 1))
        attach(c, k, w, label(c, k));
    }
    attach(c, h, w, 'nsubj');
    attach(c, n, h, 'appos');
    attach(c, v, n, 'amod');
  }
}

/**
 * "the sentence of Carl Moss, convicted of murdering Tom Reed" or "Ola Vik, 68, born
 * in Port Ellery": the participle after the name (and its age) is the name's.
 */
export function participlesAfterNames(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.lastToken + 1 >= c.end || m.firstToken < c.first) continue;
    if (c.tokens[m.lastToken]?.text !== ',') continue;
    let v = m.lastToken + 1;
    if (isAge(c, v) && c.tokens[v + 1]?.text === ',') v += 2;
    if (v >= c.end) continue;
    const t = c.tokens[v] as Token;
    if (t.upos !== 'VERB' || !PARTICIPLE_ENDING.test(t.lower)) continue;
    if (!IS_ADVCL_CONJ_PARATAXIS_ACL.test(label(c, v))) continue;
    if (children(c, v).some((k) => STARTS_NSUBJ_AUX.test(label(c, k)))) continue;
    const h = headOf(c, m);
    if (head(c, v) === h) continue;
    attach(c, v, h, 'acl');
  }
}

/**
 * "Ailing Lemurian truck maker Globex Motors has signed a contract" parsed with the participle
 * as a clausal subject and the noun phrase its object: a gerund opening the sentence, whose
 * object is a noun phrase with a name reaching up to the verb, modifies the noun, and the noun is
 * the verb's subject.
 */
export function participlesAsSubjects(c: RepairContext): void {
  const g = c.first;
  const t = c.tokens[g];
  if (!t || t.upos !== 'VERB' || !t.lower.endsWith('ing') || label(c, g) !== 'csubj') return;
  const v = head(c, g);
  if (v < 0 || children(c, v).some((k) => STARTS_NSUBJ_EXPL.test(label(c, k)))) return;
  const n = children(c, g).find(
    (k) => label(c, k) === 'obj' && IS_NOUN_PROPN.test(c.tokens[k]?.upos ?? ''),
  );
  if (n === undefined) return;
  // The noun phrase runs from the gerund to the verb (or its first auxiliary) and names someone.
  const verbStart = Math.min(v, ...children(c, v).filter((k) => STARTS_AUX.test(label(c, k))));
  for (let k = g + 1; k < verbStart; k++) if (!dominates(c, n, k)) return;
  let named = false;
  for (let k = g + 1; k < verbStart; k++)
    if (c.mentions.some((m) => m.firstToken === k && m.kind === 'name' && m.type !== 'NORP'))
      named = true;
  if (!named) return;
  attach(c, n, v, 'nsubj');
  attach(c, g, n, 'amod');
}

/**
 * "the use of drones being utilized to attack Ukraine" parsed with the participle a clause of
 * the main verb and the noun before it its oblique: "being" and a participle right after a noun,
 * with no subject of their own, are a reduced passive relative of that noun (the clause's
 * controlled subject is then the noun, not the sentence's subject). A noun phrase the parse hung
 * on the participle goes back to the noun right before it.
 */
export function beingParticiplesOnNouns(c: RepairContext): void {
  for (let b = c.first + 1; b < c.end - 1; b++) {
    if (c.tokens[b]?.lower !== 'being') continue;
    const p = b + 1;
    const n = b - 1;
    if (head(c, b) !== p || !IS_AUX_PASS_COP.test(label(c, b))) continue;
    if (!IS_ADVCL_CONJ_PARATAXIS_DEP_XCOMP.test(label(c, p))) continue;
    if (!IS_VERB_ADJ.test(c.tokens[p]?.upos ?? '') || !IS_NOUN_PROPN.test(c.tokens[n]?.upos ?? ''))
      continue;
    if (children(c, p).some((k) => STARTS_NSUBJ_CSUBJ_EXPL.test(label(c, k)))) continue;
    if (head(c, n) === p) {
      const before = span(c, n)[0] - 1;
      if (
        before >= c.first &&
        IS_NOUN_PROPN.test(c.tokens[before]?.upos ?? '') &&
        head(c, before) !== n
      )
        attach(c, n, before, 'nmod');
      else attach(c, n, head(c, p), label(c, n));
    }
    if (head(c, n) === p) continue;
    attach(c, p, n, 'acl');
  }
}

/**
 * "were sent to support Moscow's forces in using the drones" parsed with the gerund a clause of
 * "sent": a gerund clause opened by "in" or "by" right after an infinitive clause of the same
 * verb modifies the infinitive (whose subject it then shares), the nearer attachment.
 */
export function gerundsAfterInfinitives(c: RepairContext): void {
  for (let g = c.first + 2; g < c.end; g++) {
    if (c.tokens[g]?.upos !== 'VERB' || label(c, g) !== 'advcl') continue;
    if (!ENDS_ING.test(c.tokens[g]?.lower ?? '')) continue;
    const m = g - 1;
    if (head(c, m) !== g || !IS_IN_BY.test(c.tokens[m]?.lower ?? '')) continue;
    const v = head(c, g);
    if (v < 0) continue;
    const i = children(c, v).find(
      (k) =>
        k < m &&
        IS_XCOMP_ADVCL.test(label(c, k)) &&
        c.tokens[k]?.upos === 'VERB' &&
        children(c, k).some(
          (x) => x < k && c.tokens[x]?.lower === 'to' && label(c, x) === 'mark',
        ) &&
        span(c, k)[1] === m - 1,
    );
    if (i !== undefined) attach(c, g, i, 'advcl');
  }
}

/**
 * "convicted of murdering reporter Tom Reed" parsed with the gerund a modifier (`amod`) of the
 * noun after it and "of", tagged a subordinator, that noun's case: a gerund right after a
 * subordinator-tagged marker of the same noun opens a clause, whose object the noun is ("because
 * of rising prices", with "of" a preposition, stays).
 */
export function gerundsAfterClauseMarkers(c: RepairContext): void {
  for (let g = c.first + 1; g < c.end - 1; g++) {
    const t = c.tokens[g];
    if (t?.upos !== 'VERB' || !ENDS_ING.test(t.lower) || label(c, g) !== 'amod') continue;
    const n = head(c, g);
    const p = g - 1;
    if (n <= g || !IS_NOUN_PROPN.test(c.tokens[n]?.upos ?? '')) continue;
    if (c.tokens[p]?.upos !== 'SCONJ' || head(c, p) !== n || label(c, p) !== 'case') continue;
    const h = head(c, n);
    if (h < 0) continue;
    const verbal = IS_VERB_AUX_ADJ.test(c.tokens[h]?.upos ?? '');
    attach(c, g, h, verbal ? 'advcl' : 'acl');
    if (head(c, g) !== h) continue;
    attach(c, p, g, 'mark');
    attach(c, n, g, 'obj');
  }
}

/**
 * "Gunmen shot dead Ola Vik in Tarnby" parsed with the name hung on "dead" (flat or
 * nmod): a resultative adjective right after an active verb ("shot dead", "set free", "beat
 * unconscious") comes before the object it describes when the object is long, so a noun phrase
 * with a name right after the adjective, not hung on the verb, is the verb's object and the
 * adjective its xcomp. Not when the verb has an object already or is passive ("was found dead
 * Tuesday"), nor for a time word ("kept quiet Monday").
 */
export function resultativeAdjectives(c: RepairContext): void {
  for (let a = c.first + 1; a < c.end - 1; a++) {
    const v = a - 1;
    if (c.tokens[a]?.upos !== 'ADJ' || c.tokens[v]?.upos !== 'VERB') continue;
    // A participle inside a noun phrase ("newly-appointed chief executive Ann Holt") is none.
    if (/^(amod|compound)/.test(label(c, v)) || c.tokens[v - 1]?.text === '-') continue;
    const kids = children(c, v);
    if (kids.some((k) => k !== a && /^(obj|nsubj:pass|aux:pass|ccomp|xcomp)$/.test(label(c, k))))
      continue;
    // The noun phrase after the adjective: determiners, numbers, adjectives, nouns, names.
    let e = a + 1;
    while (e < c.end && /^(DET|NUM|ADJ|NOUN|PROPN)$/.test(c.tokens[e]?.upos ?? '')) e++;
    if (e === a + 1) continue;
    if (![...Array(e - a - 1).keys()].some((k) => c.tokens[a + 1 + k]?.upos === 'PROPN')) continue;
    // Its head: the one word of the span hung outside it.
    const heads: number[] = [];
    for (let k = a + 1; k < e; k++) if (outside(c, k, a + 1, e - 1)) heads.push(k);
    const h = heads[0];
    if (heads.length !== 1 || h === undefined || isTimeWord(c, h)) continue;
    if (head(c, h) === v && /^(obj|iobj)$/.test(label(c, h))) continue;
    // The adjective hung on the phrase is its own modifier ("found dead fish"): leave it there.
    if (head(c, a) !== h) attach(c, a, v, 'xcomp');
    attach(c, h, v, 'obj');
  }
}
