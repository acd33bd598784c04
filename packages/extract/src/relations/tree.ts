/**
 * The sentence as a dependency tree: heads and Universal Dependencies labels from the parse
 * stage, children by label, case words, and the resolved mentions placed on the token that
 * heads them. Every relation pattern reads a sentence through this one structure; it is built
 * once per sentence and never changed after.
 */
import type { Analysis, MentionSpan, Sentence, Token } from '../analysis.js';
import { PAST_TENSE_ONLY } from './irregular-verbs.js';
import type { Lexicon } from './lexicon.js';
import { stageDone } from '../stage-clock.js';
import { repairArcs } from './repair/index.js';
import type { Arcs } from './repair/index.js';

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'that', 'whose']);
const LIST_GLUE = new Set([',', 'and', 'or', 'the']);
const ARGUMENT_LABELS = ['nsubj', 'obj', 'iobj', 'obl', 'nmod', 'csubj'];
/** The children of a leaf: one shared empty list, not one per token. */
const NO_CHILDREN: readonly number[] = [];
/** Regular expressions used per token, made once (a literal is a new object per evaluation). */
const IS_NOMINAL_UPOS = /^(NOUN|PROPN|PRON|NUM)$/;
const IS_POSSESSIVE_MARK = /^['’]s?$/;
const IS_EDGE_FUNCTION_LABEL = /^(case|det|punct|mark|cc)$/;
const PARTICIPLE_ENDING = /(ed|en|wn|ne|ld|lt|ght|ung|un|id|ade)$/;
const ENDS_ING = /ing$/;
const ENDS_S = /s$/;

/** A label's base ('nsubj' for 'nsubj:pass'), one string per label for the process. */
const BASE_LABEL = new Map<string, string>();

function baseLabel(full: string): string {
  let base = BASE_LABEL.get(full);
  if (base === undefined) {
    const colon = full.indexOf(':');
    base = colon < 0 ? full : full.slice(0, colon);
    BASE_LABEL.set(full, base);
  }
  return base;
}

export class SentenceTree {
  /** First token index (Analysis.tokens) of the sentence. */
  readonly first: number;
  /** Exclusive. */
  readonly end: number;
  /** Children per token, created on a token's first child (leaves share `NO_CHILDREN`). */
  private readonly kids: (number[] | undefined)[];
  private order: readonly number[] | undefined;
  private readonly covering: (MentionSpan | undefined)[];
  private readonly headed = new Map<number, MentionSpan>();
  /** Names of a list the parse did not coordinate, under the list's anchor (see `repairLists`). */
  private readonly listed = new Map<number, number[]>();
  private readonly arcs: Arcs;
  private readonly memos = new Map<string, Map<number, unknown>>();

  constructor(
    readonly analysis: Analysis,
    readonly sentence: Sentence,
    /** The sentence's mentions, in the analysis's order. */
    readonly mentions: readonly MentionSpan[],
    lex: Lexicon,
  ) {
    this.first = sentence.firstToken;
    this.end = sentence.lastToken;
    this.arcs = repairArcs(analysis, sentence, mentions, lex);
    stageDone('relations: repairs');
    const n = this.end - this.first;
    this.kids = new Array<number[] | undefined>(n);
    for (let i = this.first; i < this.end; i++) {
      const h = this.parent(i) - this.first;
      if (h >= 0 && h < n) (this.kids[h] ??= []).push(i);
    }
    this.covering = new Array<MentionSpan | undefined>(n);
    for (const m of mentions) {
      for (let t = Math.max(m.firstToken, this.first); t < Math.min(m.lastToken, this.end); t++) {
        // A name keeps its tokens from a pronoun or a shorter mention over them.
        const known = this.covering[t - this.first];
        if (!known || span(known) < span(m)) this.covering[t - this.first] = m;
      }
    }
    for (const m of mentions) {
      if (this.covering[this.headOfSpan(m) - this.first] === m) {
        this.headed.set(this.headOfSpan(m), m);
      }
    }
    this.repairLists(mentions);
  }

  /**
   * "the United States, the UK, and France accused Iran": a run of names joined by commas and a
   * final "and"/"or" is a coordination even where the parse broke it up. The member the parse
   * gives an argument role anchors the others as its conjuncts.
   */
  private repairLists(mentions: readonly MentionSpan[]): void {
    const names = mentions.filter(
      (m) => m.kind !== 'pronoun' && this.headed.get(this.headOfSpan(m)) === m,
    );
    let run: MentionSpan[] = [];
    let closed = false;
    const flush = () => {
      if (run.length >= 2 && closed) this.anchorList(run);
      run = [];
      closed = false;
    };
    for (const m of names) {
      const prev = run[run.length - 1];
      if (prev && !closed) {
        const between = this.analysis.tokens
          .slice(prev.lastToken, m.firstToken)
          .map((t) => t.lower);
        const glue = between.length > 0 && between.every((w) => LIST_GLUE.has(w));
        const conjunctions = between.filter((w) => w === 'and' || w === 'or').length;
        const same = (m.type === 'PERSON') === (prev.type === 'PERSON');
        if (glue && same && conjunctions <= 1 && (conjunctions === 1 || between.includes(','))) {
          closed = conjunctions === 1;
          run.push(m);
          continue;
        }
      }
      flush();
      run = [m];
    }
    flush();
  }

  private anchorList(run: MentionSpan[]): void {
    // A name modifying a noun after it is no member ("Northern Fleet Commander Ola Vik").
    const last = run[run.length - 1] as MentionSpan;
    const lastHead = this.headOfSpan(last);
    if (this.is(lastHead, 'compound', 'amod', 'nmod:poss') && this.parent(lastHead) > lastHead)
      return;
    const heads = run.map((m) => this.headOfSpan(m));
    const inRun = new Set(heads);
    // Already one coordination: nothing to repair.
    const chained = heads.slice(1).every((h) => this.is(h, 'conj') && inRun.has(this.parent(h)));
    if (chained) return;
    // A member the parse coordinates with a name before the run belongs to that list ("Jack
    // Hale, who shot Brand, and Ola Vik": Vik is listed with Hale, not Brand).
    const elsewhere = (h: number) => {
      const p = this.parent(h);
      return this.is(h, 'conj') && !inRun.has(p) && p < (heads[0] ?? -1) && this.headed.has(p);
    };
    if (heads.slice(1).some(elsewhere)) return;
    const anchor =
      heads.find((h) => this.is(h, ...ARGUMENT_LABELS) && !inRun.has(this.parent(h))) ?? heads[0];
    if (anchor === undefined) return;
    // "fired rockets at Sderot, and Israel responded": a last name that is the subject of a verb
    // after it, not the anchor's, opens a clause of its own.
    const opensClause = (h: number) =>
      h !== anchor &&
      this.is(h, 'nsubj', 'nsubj:pass') &&
      this.parent(h) > h &&
      this.parent(h) !== this.parent(anchor);
    const members = heads.filter((h) => h !== anchor && !opensClause(h));
    if (members.length === 0) return;
    this.listed.set(anchor, members);
  }

  contains(i: number): boolean {
    return i >= this.first && i < this.end;
  }

  token(i: number): Token {
    return this.analysis.tokens[i] as Token;
  }

  /** The full UD label, lower case ('nsubj:pass'). */
  label(i: number): string {
    return this.arcs.labels[i - this.first] ?? 'dep';
  }

  /** Does `i` hang off its head by `label`? A label without a subtype matches all its subtypes. */
  is(i: number, ...labels: string[]): boolean {
    return this.hasLabel(i, labels);
  }

  /** `is` without the rest array: the hot paths (`childrenBy`, `childBy`) pass theirs on. */
  private hasLabel(i: number, labels: readonly string[]): boolean {
    const full = this.label(i);
    const base = baseLabel(full);
    for (let k = 0; k < labels.length; k++) {
      const l = labels[k];
      if (l === full || l === base) return true;
    }
    return false;
  }

  /** Per-tree memo for a pass's derived facts (a role per token …), keyed by the pass. */
  memo<T>(key: string, i: number, compute: () => T): T {
    let table = this.memos.get(key) as Map<number, T> | undefined;
    if (!table) {
      table = new Map();
      this.memos.set(key, table);
    }
    if (table.has(i)) return table.get(i) as T;
    const value = compute();
    table.set(i, value);
    return value;
  }

  /** Head token, or -1 for a root (a head outside the sentence counts as none). */
  parent(i: number): number {
    return this.arcs.heads[i - this.first] ?? -1;
  }

  children(i: number): readonly number[] {
    return this.kids[i - this.first] ?? NO_CHILDREN;
  }

  /** Children attached by one of `labels` (see `is`), in text order. */
  childrenBy(i: number, ...labels: string[]): number[] {
    const kids = this.children(i);
    const out: number[] = [];
    for (let k = 0; k < kids.length; k++) {
      const c = kids[k] as number;
      if (this.hasLabel(c, labels)) out.push(c);
    }
    return out;
  }

  childBy(i: number, ...labels: string[]): number | undefined {
    const kids = this.children(i);
    for (let k = 0; k < kids.length; k++) {
      const c = kids[k] as number;
      if (this.hasLabel(c, labels)) return c;
    }
    return undefined;
  }

  lower(i: number): string {
    return this.token(i).lower;
  }

  lemma(i: number): string {
    return this.token(i).lemma.toLowerCase();
  }

  /**
   * The keys a noun may be listed under: its lemma, its form, its singular ("killing" may be
   * lemmatised as the verb "kill", "talks" as "talks").
   */
  nounKeys(i: number): string[] {
    const lower = this.lower(i);
    return [this.lemma(i), lower, lower.replace(ENDS_S, '')];
  }

  upos(i: number): string {
    const fixed = this.arcs.tags?.[i - this.first];
    if (fixed !== undefined) return fixed;
    const t = this.token(i);
    return t.upos || t.pos;
  }

  isNominal(i: number): boolean {
    return IS_NOMINAL_UPOS.test(this.upos(i));
  }

  isVerbal(i: number): boolean {
    return this.upos(i) === 'VERB';
  }

  /**
   * The case or mark word of a nominal or clause, with the words fixed to it ('by', 'of',
   * 'according to', 'because of'); '' when there is none. Possessive 's is not a case word here.
   */
  caseOf(i: number): string {
    for (const c of this.children(i)) {
      if (!this.is(c, 'case', 'mark')) continue;
      const word = this.lower(c);
      if (IS_POSSESSIVE_MARK.test(word)) continue;
      const fixed = this.childrenBy(c, 'fixed').map((f) => this.lower(f));
      return [word, ...fixed].join(' ');
    }
    // "of President Brand" with the name heading the phrase: the case word may stay on the
    // title before it.
    const title = this.childrenBy(i, 'nmod:desc').find((d) => d < i);
    return title === undefined ? '' : this.caseOf(title);
  }

  /**
   * Children introduced by one of `preps` whatever label the parse gave them ("Ann Fry, 50, of
   * Ashby" may come out as nmod, list or appos), excluding coordination and function words.
   */
  prepChildren(i: number, preps: ReadonlySet<string>): number[] {
    return this.children(i).filter(
      (c) =>
        !this.is(c, 'conj', 'cc', 'punct', 'det', 'case', 'mark', 'nmod:poss') &&
        preps.has(this.caseOf(c)),
    );
  }

  /** All case and mark words of `i` (a gerund may carry "of" and an adverb "before"). */
  marks(i: number): string[] {
    return this.childrenBy(i, 'case', 'mark').map((c) => this.lower(c));
  }

  /** The mention covering token `i`, if any (the longest one when spans overlap). */
  mentionAt(i: number): MentionSpan | undefined {
    return this.covering[i - this.first];
  }

  /** The mention whose head token is `i`. */
  mentionHeadedBy(i: number): MentionSpan | undefined {
    return this.headed.get(i);
  }

  /**
   * The token heading a mention's span: the one whose head lies outside the span, nearest the
   * root when several do (a parse may split a name).
   */
  headOfSpan(m: MentionSpan): number {
    const from = Math.max(m.firstToken, this.first);
    const to = Math.min(m.lastToken, this.end);
    let best = to - 1;
    let bestDepth = Infinity;
    for (let t = from; t < to; t++) {
      const h = this.parent(t);
      if (h >= from && h < to) continue;
      const d = this.depth(t);
      if (d < bestDepth) {
        best = t;
        bestDepth = d;
      }
    }
    return best;
  }

  depth(i: number): number {
    let d = 0;
    for (let h = this.parent(i); h >= 0 && d < 200; h = this.parent(h)) d++;
    return d;
  }

  /** Is `a` an ancestor of `b` (or `b` itself)? */
  dominates(a: number, b: number): boolean {
    for (let x = b, n = 0; x >= 0 && n < 200; x = this.parent(x), n++) if (x === a) return true;
    return false;
  }

  /** First and last token (inclusive) of the subtree under `i`. */
  subtreeSpan(i: number): [number, number] {
    let lo = i;
    let hi = i;
    const stack = [i];
    let guard = this.end - this.first;
    while (stack.length > 0 && guard-- >= 0) {
      const x = stack.pop() as number;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
      const kids = this.children(x);
      for (let k = 0; k < kids.length; k++) stack.push(kids[k] as number);
    }
    return [lo, hi];
  }

  /** Text of the subtree under `i`, without its case word and determiners at the edges. */
  phrase(i: number): string {
    let [lo, hi] = this.subtreeSpan(i);
    while (lo < hi && IS_EDGE_FUNCTION_LABEL.test(this.label(lo))) lo++;
    while (hi > lo && this.is(hi, 'punct')) hi--;
    return this.analysis.text.slice(this.token(lo).start, this.token(hi).end);
  }

  isRelativePronoun(i: number): boolean {
    return this.upos(i) === 'PRON' || this.upos(i) === 'DET'
      ? RELATIVE_PRONOUNS.has(this.lower(i))
      : false;
  }

  /** Is the verb a past participle ("based", "made", "sold")? */
  isParticiple(i: number): boolean {
    const t = this.token(i);
    if (ENDS_ING.test(t.lower) || PAST_TENSE_ONLY.has(t.lower)) return false;
    if (PARTICIPLE_ENDING.test(t.lower)) return true;
    return t.lower !== t.lemma.toLowerCase() && !ENDS_S.test(t.lower);
  }

  isGerund(i: number): boolean {
    return ENDS_ING.test(this.lower(i));
  }

  /**
   * `n` and the nodes coordinated with it ("the US, the UK and France"), in text order: conj
   * edges, and lists of names the parse broke up (see `repairLists`).
   */
  conjuncts(n: number): number[] {
    const out = [n];
    const verbal = this.isVerbal(n);
    for (let k = 0; k < out.length && k < 50; k++) {
      const x = out[k] as number;
      for (const c of [...this.childrenBy(x, 'conj'), ...(this.listed.get(x) ?? [])]) {
        if (this.isVerbal(c) !== verbal || out.includes(c)) continue;
        out.push(c);
      }
    }
    return out.sort((a, b) => a - b);
  }

  /**
   * The whole coordination `n` is a member of, first member or not ("Eva" in "Jon and Eva"):
   * `conjuncts` of the coordination's first member.
   */
  coordinationOf(n: number): number[] {
    let root = n;
    for (let k = 0; k < 50 && this.is(root, 'conj'); k++) {
      const p = this.parent(root);
      if (p < 0 || this.isVerbal(p) !== this.isVerbal(n)) break;
      root = p;
    }
    for (const [anchor, members] of this.listed) if (members.includes(root)) root = anchor;
    return this.conjuncts(root);
  }

  /**
   * The noun a relative pronoun stands for: the head of the relative clause, or, when the parse
   * lost the clause, the name just before ", which".
   */
  relativeAntecedent(pronoun: number): number {
    for (let x = this.parent(pronoun), n = 0; x >= 0 && n < 6; x = this.parent(x), n++) {
      if (this.is(x, 'acl:relcl')) return this.describedBy(this.parent(x));
      if (this.is(x, 'acl') && this.parent(x) >= 0) return this.describedBy(this.parent(x));
    }
    let k = pronoun - 1;
    if (this.contains(k) && this.lower(k) === ',') k--;
    const m = this.contains(k) ? this.mentionAt(k) : undefined;
    return m && m.kind !== 'pronoun' ? this.headOfSpan(m) : -1;
  }

  /**
   * What a relative clause on `n` describes: `n`, or the name it stands in apposition to when it
   * is a one-word group noun ("Dan Reed, the Ohio Democrat who heads the committee": the one who
   * heads it is Reed, not the party).
   */
  private describedBy(n: number): number {
    if (n < 0 || !this.is(n, 'appos')) return n;
    const m = this.mentionAt(n);
    if (m?.kind !== 'demonym' || m.firstToken !== n || m.lastToken !== n + 1) return n;
    return this.parent(n);
  }

  /** Tokens of the sentence, in order: one array per tree, made on first use (a generator
   * allocated a result object per token on every pass that walked the sentence). */
  indices(): readonly number[] {
    if (!this.order) {
      const order = new Array<number>(this.end - this.first);
      for (let i = this.first; i < this.end; i++) order[i - this.first] = i;
      this.order = order;
    }
    return this.order;
  }
}

function span(m: MentionSpan): number {
  return m.lastToken - m.firstToken;
}

/** Trees of every sentence of an analysis, with the sentence's mentions placed on them. */
export function sentenceTrees(analysis: Analysis, lex: Lexicon): SentenceTree[] {
  const bySentence = new Map<number, MentionSpan[]>();
  for (const m of analysis.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  return analysis.sentences.map((s) => {
    const tree = new SentenceTree(analysis, s, bySentence.get(s.i) ?? [], lex);
    stageDone('relations: trees');
    return tree;
  });
}
