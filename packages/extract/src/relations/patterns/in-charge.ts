/**
 * Phrases of leading that are no role noun: "X is in charge of Y", "X and Z are in charge of Y",
 * "X has been at the helm of Y", "X, who is in command of Y", "Globex put X in charge of Y",
 * "X took charge of Y", "X assumed command of Y" → X LEADER_OF Y (nouns, their case words and the
 * verbs of taking them in nominal-frames.json `leadingPhrases`).
 *
 * - the holder is the copula's subject (every conjunct; through a relative pronoun to the name
 *   it stands for), the object of a verb that puts someone in charge, the subject of a verb of
 *   taking charge, or a name set off right before the phrase ("Ann Holt, in charge of Y since
 *   May,");
 * - the body is the noun's "of" phrase (its group reading too: "in command of Nato forces");
 * - the modality is the phrase's own ("is not in charge of", "may take charge of").
 */
import type { RelationCandidate } from '../../analysis.js';
import { denote, denoteAll, nameAt } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import { grammaticalSubject } from './clause.js';

/** Whether node `n` is a leading noun with its own case word ("in charge", "at the helm"). */
function leadingPhrase(tree: SentenceTree, ctx: Context, n: number): boolean {
  const want = ctx.lex.leadingPhrases.nouns.get(tree.lower(n));
  if (want === undefined || tree.upos(n) !== 'NOUN') return false;
  return tree.childrenBy(n, 'case').some((c) => tree.lower(c) === want);
}

/** "Ann Holt, in charge of Y since May,": the person named right before the phrase's comma. */
function setOffHolder(tree: SentenceTree, ctx: Context, n: number): Ref[] {
  const [lo] = tree.subtreeSpan(n);
  const comma = tree.lower(lo) === ',' ? lo : lo - 1;
  if (!tree.contains(comma - 1) || tree.lower(comma) !== ',') return [];
  const m = tree.mentionAt(comma - 1);
  if (!m || m.lastToken !== comma || m.type !== 'PERSON') return [];
  return denote(tree, tree.headOfSpan(m), ctx);
}

/** Who holds the leading phrase at `n`, and the node whose stance the relation takes. */
function holdersOf(tree: SentenceTree, ctx: Context, n: number): { holders: Ref[]; at: number } {
  const p = tree.parent(n);
  // "X took charge of Y", "X assumed command of Y" (no case word of its own).
  if (p >= 0 && tree.is(n, 'obj') && ctx.lex.leadingPhrases.takingVerbs.has(tree.lemma(p))) {
    const subjects = grammaticalSubject(tree, p);
    return { holders: subjects.flatMap((s) => denoteAll(tree, s, ctx)), at: p };
  }
  if (!leadingPhrase(tree, ctx, n)) return { holders: [], at: n };
  // "X is in charge of Y", "X, who is in charge of Y,".
  if (tree.childBy(n, 'cop') !== undefined) {
    const holders: Ref[] = [];
    for (const s of tree.childrenBy(n, 'nsubj')) {
      if (!tree.isRelativePronoun(s)) {
        holders.push(...denoteAll(tree, s, ctx));
        continue;
      }
      const x = tree.relativeAntecedent(s);
      if (x >= 0) holders.push(...denoteAll(tree, x, ctx));
      else if (p >= 0 && tree.is(n, 'appos', 'acl:relcl', 'acl') && nameAt(tree, p)) {
        holders.push(...denoteAll(tree, p, ctx));
      }
    }
    return { holders, at: n };
  }
  // "Globex put Ann Holt in charge of Y".
  if (p >= 0 && tree.is(n, 'obl') && tree.isVerbal(p)) {
    const objects = tree.childrenBy(p, 'obj');
    return { holders: objects.flatMap((o) => denoteAll(tree, o, ctx)), at: p };
  }
  // "Ann Holt, in charge of Y since May," set off after the name.
  if (p >= 0 && tree.is(n, 'appos', 'acl', 'nmod') && nameAt(tree, p)) {
    return { holders: denoteAll(tree, p, ctx), at: n };
  }
  return { holders: setOffHolder(tree, ctx, n), at: n };
}

/** LEADER_OF from the holder of a leading phrase to the body of its "of" phrase. */
export function inChargeRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const n of tree.indices()) {
    if (tree.upos(n) !== 'NOUN' || !ctx.lex.leadingPhrases.nouns.has(tree.lower(n))) continue;
    const bodies = tree
      .childrenBy(n, 'nmod')
      .filter((c) => tree.caseOf(c) === 'of')
      .flatMap((c) => denoteAll(tree, c, ctx));
    if (bodies.length === 0) continue;
    const { holders, at } = holdersOf(tree, ctx, n);
    const people = holders.filter((h) => h.type === 'PERSON');
    if (people.length === 0) continue;
    emit(out, tree, ctx, {
      type: 'LEADER_OF',
      subjects: people,
      objects: bodies,
      confidence: 0.7,
      stance: stanceOf(tree, at, ctx),
      trigger: n,
    });
  }
  return out;
}
