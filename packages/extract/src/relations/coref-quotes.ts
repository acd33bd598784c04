/**
 * Person pronouns and quotation marks. A report quotes its sources and tags the quotation with a
 * speech verb ('"We will appeal," he said', '"Reed has to go," said Ann Holt'):
 *
 * - the speaker of a quotation is no one named inside it: "he" as the subject of a speech verb,
 *   outside the quotation marks, passes over the names quoted ('"The deal suits Tom Reed," he
 *   added' is not Reed);
 * - a third-person pronoun inside a quotation is not its speaker: '"He has to start scoring,"
 *   said Ann Holt' is not Holt. The speaker is the person subject of a speech verb outside the
 *   quotation in its sentence (a name, or a pronoun already resolved), else, for a sentence that
 *   opens inside a quotation continued from the sentences before in its paragraph, theirs.
 *
 * Quotation marks are read per paragraph, by their side (a straight quote by the characters
 * around it); a paragraph break closes any quotation left open.
 */
import type { Analysis, MentionSpan } from '../analysis.js';
import { denote } from './arguments.js';
import type { Context } from './arguments.js';
import type { SentenceTree } from './tree.js';

const masks = new WeakMap<Analysis, Uint8Array>();

const QUOTE_MARK = /^["\u201c\u201d]$/;

/**
 * Whether the straight quote at `p` opens a quotation: after a space, the text's start or an
 * opening bracket, and before a word; closing after a word. News style reopens a quotation at
 * each new sentence without closing the one before ('said: "We grew. "We will grow."'), so
 * the marks are read by their side, not in turns.
 */
function opens(text: string, p: number, open: boolean): boolean {
  const before = p > 0 ? (text[p - 1] as string) : ' ';
  const after = p + 1 < text.length ? (text[p + 1] as string) : ' ';
  if (/[\s([{\u2014-]/.test(before) && !/\s/.test(after)) return true;
  if (/[\s.,;:!?)\]}\u2014-]/.test(after)) return false;
  return !open;
}

/** 1 for every token inside quotation marks (the marks themselves are not). */
function quoteMask(analysis: Analysis): Uint8Array {
  const known = masks.get(analysis);
  if (known) return known;
  const mask = new Uint8Array(analysis.tokens.length);
  const { text, tokens } = analysis;
  let open = false;
  let at = 0;
  const step = (p: number) => {
    const c = text[p];
    if (c === '\n') open = false;
    else if (c === '"') open = opens(text, p, open);
    else if (c === '\u201c') open = true;
    else if (c === '\u201d') open = false;
  };
  for (const t of tokens) {
    for (; at < t.end; at++) step(at);
    if (open && !QUOTE_MARK.test(t.text)) mask[t.i] = 1;
  }
  masks.set(analysis, mask);
  return mask;
}

/** Whether token `i` stands inside quotation marks. */
export function quoted(analysis: Analysis, i: number): boolean {
  return quoteMask(analysis)[i] === 1;
}

/** The person subject of a speech verb outside quotation marks in the sentence, if any. */
function sentenceSpeaker(tree: SentenceTree, ctx: Context): MentionSpan | undefined {
  for (const v of tree.indices()) {
    if (!ctx.lex.reportingVerbs.has(tree.lemma(v)) || quoted(tree.analysis, v)) continue;
    const s = tree.childBy(v, 'nsubj');
    if (s === undefined) continue;
    const hit = denote(tree, s, ctx).find((r) => r.type === 'PERSON');
    if (hit) return hit.mention;
  }
  return undefined;
}

/** Whether a line break separates two consecutive sentences. */
function paragraphBreak(text: string, before: SentenceTree, after: SentenceTree): boolean {
  return text.slice(before.sentence.end, after.sentence.start).includes('\n');
}

/** The speaker of the quotation token `i` of sentence `k` stands in (see the file comment). */
function quotationSpeaker(
  trees: readonly SentenceTree[],
  k: number,
  ctx: Context,
): MentionSpan | undefined {
  const tree = trees[k] as SentenceTree;
  const here = sentenceSpeaker(tree, ctx);
  if (here) return here;
  const analysis = tree.analysis;
  // A quotation continued from the sentence before: this sentence opens inside it.
  let first = tree.sentence.firstToken;
  while (first < tree.sentence.lastToken && !quoted(analysis, first)) {
    if (!/^["\u201c\u201d'\u2018\u2019]$/.test(analysis.tokens[first]?.text ?? ''))
      return undefined;
    first++;
  }
  for (let back = 1; back <= 2; back++) {
    const t = trees[k - back];
    if (!t || paragraphBreak(analysis.text, t, trees[k - back + 1] as SentenceTree)) break;
    const speaker = sentenceSpeaker(t, ctx);
    if (speaker) return speaker;
  }
  return undefined;
}

/**
 * A filter on the antecedents of the person pronoun `i` of sentence `k` from the quotation
 * marks around it or the names they hold, or undefined when they say nothing.
 *
 * @example
 * // '"He must start scoring," said Ann Holt.' -> He: not Holt
 */
export function quoteFilter(
  trees: readonly SentenceTree[],
  k: number,
  i: number,
  ctx: Context,
): ((m: MentionSpan) => boolean) | undefined {
  const tree = trees[k] as SentenceTree;
  const analysis = tree.analysis;
  if (quoted(analysis, i)) {
    const speaker = quotationSpeaker(trees, k, ctx);
    if (!speaker) return undefined;
    return (m) => m.entityId !== speaker.entityId;
  }
  if (!speechSubject(tree, i, ctx)) return undefined;
  return (m) => !quoted(analysis, m.firstToken);
}

/** Whether `i` is the subject of a speech verb, outside quotation marks ("he said"). */
export function speechSubject(tree: SentenceTree, i: number, ctx: Context): boolean {
  const p = tree.parent(i);
  if (!tree.is(i, 'nsubj') || p < 0 || quoted(tree.analysis, i)) return false;
  return ctx.lex.reportingVerbs.has(tree.lemma(p));
}
