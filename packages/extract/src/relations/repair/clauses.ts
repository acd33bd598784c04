/**
 * Repairs of clause structure: loose relative clauses belong to the name before them, and a
 * sentence rooted in a noun or inside a relative clause gives its root to the main verb.
 */
import type { MentionSpan, Token } from '../../analysis.js';
import type { RepairContext } from './context.js';
import {
  attach,
  children,
  head,
  headOf,
  isRoot,
  label,
  mentionEndingAt,
  rootOf,
} from './context.js';
import { ENDS_ING, IS_NOUN_PROPN, IS_NOUN_PROPN_PRON, STARTS_AUX, STARTS_NSUBJ } from './labels.js';
import { IRREGULAR } from '../irregular-verbs.js';
import { isBareTitle, isPersonNoun, isRelative, isThat } from './words.js';

const IS_CONJ_PARATAXIS_ADVCL = /^(conj|parataxis|advcl)$/;

const STARTS_NSUBJ_CSUBJ_EXPL_MARK = /^(nsubj|csubj|expl|mark)/;

const IS_CONJ_ADVCL_PARATAXIS = /^(conj|advcl|parataxis)$/;

const STARTS_NSUBJ_CSUBJ_EXPL_MARK_CC = /^(nsubj|csubj|expl|mark|cc)/;

const STARTS_COP_NSUBJ_CSUBJ = /^(cop|nsubj|csubj)/;

const IS_ACL = /^acl(:relcl)?$/;

const IS_NOUN_PROPN_NUM = /^(NOUN|PROPN|NUM)$/;

const STARTS_MARK_COP = /^(mark|cop)/;

const IS_VERB = /^(VERB|AUX)$/;

/**
 * "Crimea, which is a part of Ukraine" parsed with the clause hung elsewhere (on a verb, or as
 * the relative clause of a noun before the name: "a number of troops to Crimea, which"): a clause
 * whose subject is "which" or "who" right after a name and a comma is that name's relative clause.
 */
export function looseRelatives(c: RepairContext): void {
  for (let r = c.first + 2; r < c.end; r++) {
    const w = c.tokens[r]?.lower ?? '';
    if ((w !== 'which' && w !== 'who') || c.tokens[r - 1]?.text !== ',') continue;
    if (!STARTS_NSUBJ.test(label(c, r))) continue;
    const clause = head(c, r);
    if (clause < 0) continue;
    const named = mentionEndingAt(c, r - 2);
    if (!named) continue;
    const antecedent = headOf(c, named);
    if (head(c, clause) === antecedent && label(c, clause) === 'acl:relcl') continue;
    // Already a relative clause of another noun: move it only if the pronoun agrees with the
    // name ("who" a person, "which" not), the noun it hangs on is no name itself ("the
    // president of France, who" stays on "president") and the clause describes rather than
    // acts ("Crimea, which is a part of Ukraine"; "the bombing in Kandahar, which killed three
    // soldiers" stays on "bombing").
    if (label(c, clause) === 'acl:relcl') {
      if ((w === 'who') !== (named.type === 'PERSON')) continue;
      const on = head(c, clause);
      if (c.mentions.some((m) => m.firstToken <= on && on < m.lastToken)) continue;
      // "who" right after a person's name never describes a noun that is no person ("the
      // files relating to Tom Hale, who was charged" hung on "files").
      const person = w === 'who' && !isPersonNoun(c, on);
      if (!person && !children(c, clause).some((k) => label(c, k) === 'cop')) continue;
    }
    attach(c, clause, antecedent, 'acl:relcl');
  }
}

/**
 * "A spokesman for Free Press Watch, which monitors newspapers, described the ruling
 * as unfair" (or "The firm, whose finance chief is based in the US, filed …") parsed with the relative clause's verb as the root, both "spokesman" and "which" its
 * subjects and "described" its conjunct: the verb after the clause's closing comma, with no
 * subject of its own, is the root; the other subject is its subject; the relative clause is the
 * clause of the word before the comma.
 */
export function relativesAsRoots(c: RepairContext): void {
  const v = rootOf(c);
  if (v < 0 || c.tokens[v]?.upos !== 'VERB') return;
  const subjects = children(c, v).filter((k) => STARTS_NSUBJ.test(label(c, k)));
  const rel = subjects
    .map((k) => relativeOpening(c, k))
    .find((k) => k !== undefined && c.tokens[k - 1]?.text === ',' && k < v);
  if (rel === undefined) return;
  const other = subjects.find((k) => k < rel - 1 && !isRelative(c, k));
  if (other === undefined) return;
  const free = (k: number) =>
    k > v &&
    c.tokens[k]?.upos === 'VERB' &&
    c.tokens[k - 1]?.text === ',' &&
    !children(c, k).some((x) => STARTS_NSUBJ_CSUBJ_EXPL_MARK.test(label(c, x)));
  // The verb's own clause after it, or one a repair made a participle of the name closing the
  // relative clause ("…, whose chief is based in the US, filed for bankruptcy").
  const next =
    children(c, v).find((k) => free(k) && IS_CONJ_PARATAXIS_ADVCL.test(label(c, k))) ??
    closingParticiple(c, v, free);
  if (next === undefined) return;
  const antecedent = rel - 2;
  if (!IS_NOUN_PROPN.test(c.tokens[antecedent]?.upos ?? '')) return;
  attach(c, next, -1, 'root');
  // The subject's label is the new verb's voice, not the relative clause's.
  const passive = children(c, next).some((k) => label(c, k) === 'aux:pass');
  attach(c, other, next, passive ? 'nsubj:pass' : 'nsubj');
  attach(c, v, antecedent, 'acl:relcl');
  for (const k of children(c, v))
    if (k > next && label(c, k) === 'punct') attach(c, k, next, 'punct');
}

/** A verb hung as "acl" on a nominal the verb `v` governs after it, right after a comma. */
function closingParticiple(
  c: RepairContext,
  v: number,
  free: (k: number) => boolean,
): number | undefined {
  for (const n of children(c, v)) {
    if (n < v || !IS_NOUN_PROPN.test(c.tokens[n]?.upos ?? '')) continue;
    const k = children(c, n).find((x) => label(c, x) === 'acl' && free(x));
    if (k !== undefined) return k;
  }
  return undefined;
}

/**
 * The relative word opening subject `k`'s phrase: "which" or "who" itself, or the "whose" that
 * owns it ("The firm, whose finance chief is based in the US, filed …").
 */
function relativeOpening(c: RepairContext, k: number): number | undefined {
  if (isRelative(c, k)) return k;
  return children(c, k).find(
    (x) => x < k && c.tokens[x]?.lower === 'whose' && label(c, x) === 'nmod:poss',
  );
}

/**
 * "Atlantis, which did not comment, invaded Lemuria" parsed with "invaded" as a conjunct or an
 * adverbial clause of "comment" (or a participle of the name closing the clause: "The firm,
 * which is based in Paris, sued Globex") and the name as the root: the verb after the relative clause's
 * closing comma, with no subject of its own, is the sentence's predicate and the name its subject.
 */
export function predicatesAfterRelatives(c: RepairContext): void {
  for (let a = c.first; a < c.end; a++) {
    if (!isRoot(c, a) || !IS_NOUN_PROPN_PRON.test(c.tokens[a]?.upos ?? '')) continue;
    for (const rc of children(c, a)) {
      if (label(c, rc) !== 'acl:relcl' || rc < a) continue;
      const free = (k: number) =>
        k > rc &&
        c.tokens[k]?.upos === 'VERB' &&
        c.tokens[k - 1]?.text === ',' &&
        !children(c, k).some((x) => STARTS_NSUBJ_CSUBJ_EXPL_MARK_CC.test(label(c, x)));
      // The clause's own clause after it, or one a repair made a participle of the name closing
      // the relative clause ("The firm, which is based in Paris, sued Globex").
      const v =
        children(c, rc).find((k) => free(k) && IS_CONJ_ADVCL_PARATAXIS.test(label(c, k))) ??
        closingParticiple(c, rc, free);
      if (v === undefined) continue;
      attach(c, v, -1, 'root');
      attach(c, a, v, 'nsubj');
      for (const k of children(c, a))
        if (k > v && label(c, k) === 'punct') attach(c, k, v, 'punct');
      return;
    }
  }
}

/**
 * "Ann Holt assassinated Governor Tom Reed" parsed as a noun phrase ("Ann" the root, the verb its
 * reduced relative), "US-German carmaker Daimler raised its stake" with "Daimler raised …" a
 * relative clause of "carmaker", "Mr Vik, 31, from east Bergen, was detained" with the
 * clause on "Bergen": a root noun with no copula or predicate of its own, and a clause in its
 * noun phrase that is finite in form (an auxiliary, or an object; no marker or relative word),
 * heads no sentence; the clause does. The noun becomes its subject, or the title of a name
 * subject right after it.
 */
export function predicatesUnderNominalRoots(c: RepairContext): void {
  const r = rootOf(c);
  if (r < 0 || !IS_NOUN_PROPN.test(c.tokens[r]?.upos ?? '')) return;
  if (children(c, r).some((k) => STARTS_COP_NSUBJ_CSUBJ.test(label(c, k)))) return;
  const v = clauseInNounPhrase(c, r);
  if (v === undefined) return;
  const vk = children(c, v);
  const subject = vk.find((k) => STARTS_NSUBJ.test(label(c, k)) && k < v);
  const passive = vk.some((k) => label(c, k) === 'aux:pass');
  if (subject === undefined) {
    attach(c, v, -1, 'root');
    attach(c, r, v, passive ? 'nsubj:pass' : 'nsubj');
  } else {
    // Only a name right after the noun: "carmaker Daimler raised".
    const named = c.mentions.find(
      (m) => m.kind !== 'pronoun' && m.firstToken === r + 1 && headOf(c, m) === subject,
    );
    if (!named || c.tokens[r]?.upos !== 'NOUN') return;
    attach(c, v, -1, 'root');
    attach(c, r, subject, 'nmod:desc');
  }
  for (const k of children(c, r)) if (k > v && label(c, k) === 'punct') attach(c, k, v, 'punct');
}

/** The first clause right of `r` inside its noun phrase (through nominals only) finite in form. */
function clauseInNounPhrase(c: RepairContext, r: number): number | undefined {
  for (let v = r + 1; v < c.end; v++) {
    if (c.tokens[v]?.upos !== 'VERB' || !IS_ACL.test(label(c, v))) continue;
    if (ENDS_ING.test(c.tokens[v]?.lower ?? '')) continue;
    let x = head(c, v);
    while (x !== r && x >= 0 && IS_NOUN_PROPN_NUM.test(c.tokens[x]?.upos ?? '')) x = head(c, x);
    if (x !== r) continue;
    const vk = children(c, v);
    if (vk.some((k) => STARTS_MARK_COP.test(label(c, k)) || isRelative(c, k) || isThat(c, k)))
      return undefined;
    const finite = vk.some((k) => label(c, k) === 'obj' || STARTS_AUX.test(label(c, k)));
    return finite ? v : undefined;
  }
  return undefined;
}

/**
 * The token after a name, or after the apposition closing with a comma that follows a name
 * opening the sentence ("Jack Ruby, a Dallas nightclub owner, shot …"), with no verb inside.
 */
function verbAfterName(c: RepairContext, a: MentionSpan): number {
  const after = a.lastToken;
  if (a.firstToken !== c.first || c.tokens[after]?.text !== ',') return after;
  for (let k = after + 1; k < c.end && k < after + 12; k++) {
    const t = c.tokens[k] as Token;
    if (IS_VERB.test(t.upos) || t.text === '(' || t.lower === 'who') return after;
    if (t.text === ',') return k + 1;
  }
  return after;
}

/**
 * "Tom Becker shot Mark Olsen on Monday", "Tom Becker shot and killed Mark Olsen": an irregular
 * past form the tagger read as a noun or adjective (so the parse made it a title or the root
 * noun), right after a name that opens the clause and right before a name, a determiner or "and"
 * and a verb, in a clause with no verb before it, is the clause's verb: the name before is its
 * subject, the name after its object, and what hung on the old root after the object its
 * obliques. Its tag is corrected for the relation layer.
 */
export function verbsTaggedAsNouns(c: RepairContext): void {
  for (const a of c.mentions) {
    const v = verbAfterName(c, a);
    const t = c.tokens[v];
    if (a.kind === 'pronoun' || v >= c.end - 1 || !t || !IRREGULAR.has(t.lower)) continue;
    if (t.upos !== 'NOUN' && t.upos !== 'ADJ') continue;
    if (a.firstToken !== c.first && c.tokens[a.firstToken - 1]?.text !== ',') continue;
    let verbBefore = false;
    for (let k = c.first; k < a.firstToken; k++)
      if (IS_VERB.test(c.tokens[k]?.upos ?? '')) verbBefore = true;
    if (verbBefore) continue;
    const b = nameAfterTitles(c, v + 1);
    const next = c.tokens[v + 1];
    const coordinated = next?.upos === 'CCONJ' && c.tokens[v + 2]?.upos === 'VERB';
    if (!b && !coordinated && next?.upos !== 'DET') continue;
    const old = rootOf(c);
    (c.arcs.tags ??= [])[v - c.first] = 'VERB';
    attach(c, v, -1, 'root');
    attach(c, headOf(c, a), v, 'nsubj');
    if (coordinated) {
      attach(c, v + 2, v, 'conj');
      attach(c, v + 1, v + 2, 'cc');
      continue;
    }
    const o = b ? headOf(c, b) : segmentEnd(c, v + 1);
    if (o === undefined) continue;
    attach(c, o, v, 'obj');
    if (old < 0 || old === v) continue;
    for (const k of children(c, old)) {
      if (k <= v || (b && k < b.lastToken)) continue;
      if (old !== o || label(c, k) === 'punct' || label(c, k).startsWith('nmod')) {
        attach(c, k, v, label(c, k).startsWith('nmod') ? 'obl' : label(c, k));
      }
    }
  }
}

/**
 * The name starting at `i`, or right after bare titles there ("shot President Kennedy", "killed
 * Gen. Omar Haddad"); the titles are hung on it.
 */
function nameAfterTitles(c: RepairContext, i: number): MentionSpan | undefined {
  let k = i;
  while (k < c.end && k < i + 3 && isBareTitle(c, k)) k++;
  const b = c.mentions.find((m) => m.firstToken === k && m.kind !== 'pronoun');
  if (!b || (k > i && b.type !== 'PERSON')) return undefined;
  for (let t = i; t < k; t++) attach(c, t, headOf(c, b), 'nmod:desc');
  return b;
}

/** The noun a determiner at `d` opens ("the gunman"): the first noun after it. */
function segmentEnd(c: RepairContext, d: number): number | undefined {
  for (let k = d + 1; k < c.end && k < d + 5; k++) {
    if (IS_NOUN_PROPN.test(c.tokens[k]?.upos ?? '')) return k;
  }
  return undefined;
}

/**
 * "Kenya sent troops to Somalia and Ethiopia closed its border": the parse makes the last name
 * after "and" a conjunct of the object before it and leaves the verb right after that name with
 * no subject. A name that is such a conjunct, right before a verb with an object or a clause of
 * its own and no subject, is that verb's subject, and the verb a clause coordinated with the one
 * the list sits in.
 */
export function subjectsOfCoordinatedClauses(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun') continue;
    const n = headOf(c, m);
    const v = m.lastToken;
    const verb = c.tokens[v];
    if (n === undefined || v >= c.end || label(c, n) !== 'conj' || verb?.upos !== 'VERB') continue;
    if (ENDS_ING.test(verb.lower)) continue;
    const cc = c.tokens[m.firstToken - 1];
    if (!cc || (cc.lower !== 'and' && cc.lower !== 'but')) continue;
    const vk = children(c, v);
    if (vk.some((k) => STARTS_NSUBJ_CSUBJ_EXPL_MARK.test(label(c, k)))) continue;
    if (!vk.some((k) => k > v && (label(c, k) === 'obj' || label(c, k) === 'ccomp'))) continue;
    // The clause the list sits in: the first verb above the list's first member.
    let x = head(c, n);
    while (x >= 0 && !IS_VERB.test(c.tokens[x]?.upos ?? '')) x = head(c, x);
    if (x < 0 || x >= m.firstToken) continue;
    attach(c, v, x, 'conj');
    attach(c, n, v, 'nsubj');
    attach(c, m.firstToken - 1, v, 'cc');
  }
}
