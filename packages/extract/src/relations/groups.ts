/**
 * Groups a later sentence names: "Globex has sued three banks … The three banks named in
 * the claim are lender Initech, its unit Initech Credit, savings bank Norbank, and state
 * bank Lembank." A sentence that opens with "the" (and a number) and a plural noun, and lists
 * two names or more of one type after "are / were / include", defines the group: the same noun
 * in one of the sentences before it (an argument there, not itself definite) stands for every
 * name of the list, so the relations of "sued four companies" reach each company.
 *
 * Read from the words of the defining sentence (its parse is often a tangle of the list); the
 * result maps a token of an earlier sentence to the mentions of the list.
 */
import type { MentionSpan } from '../analysis.js';
import type { SentenceTree } from './tree.js';

const LINKS = new Set(['are', 'were', 'include', 'included', 'includes']);
const GROUP_TYPES = new Set(['PERSON', 'ORG', 'GPE']);
/** How many sentences before the definition the group may have been introduced in. */
const WINDOW = 2;
/** How far into the defining sentence the link word may stand. */
const MAX_SUBJECT_WORDS = 10;

export function groupDefinitions(
  trees: readonly SentenceTree[],
): Map<number, readonly MentionSpan[]> {
  const out = new Map<number, readonly MentionSpan[]>();
  trees.forEach((tree, s) => {
    const defined = definition(tree);
    if (!defined) return;
    for (let b = Math.max(0, s - WINDOW); b < s; b++) {
      const earlier = trees[b];
      if (!earlier) continue;
      for (const i of earlier.indices()) {
        if (earlier.lemma(i) !== defined.lemma || earlier.upos(i) !== 'NOUN') continue;
        if (!/^(nsubj|obj|iobj|obl|nmod)/.test(earlier.label(i))) continue;
        // "the companies" there is already a reference to something before it.
        if (earlier.childrenBy(i, 'det').some((d) => earlier.lower(d) === 'the')) continue;
        out.set(i, defined.members);
      }
    }
  });
  return out;
}

/** The group noun and the listed names of a defining sentence, if it is one. */
function definition(
  tree: SentenceTree,
): { lemma: string; members: readonly MentionSpan[] } | undefined {
  const { tokens } = tree.analysis;
  const first = tree.sentence.firstToken;
  const end = tree.sentence.lastToken;
  if (tokens[first]?.lower !== 'the') return undefined;
  let n = first + 1;
  if (tokens[n]?.upos === 'NUM') n++;
  const noun = tokens[n];
  if (!noun || noun.upos !== 'NOUN' || noun.lower === noun.lemma.toLowerCase()) return undefined;
  let link = -1;
  for (let k = n + 1; k < Math.min(end, n + MAX_SUBJECT_WORDS); k++) {
    if (tree.mentionAt(k)) return undefined;
    if (LINKS.has(tokens[k]?.lower ?? '')) {
      link = k;
      break;
    }
  }
  if (link < 0) return undefined;
  const members: MentionSpan[] = [];
  const seen = new Set<string>();
  let type: string | undefined;
  for (let k = link + 1; k < end; k++) {
    const m = tree.mentionAt(k);
    if (!m || m.kind === 'pronoun' || m.firstToken !== k || seen.has(m.entityId)) continue;
    if (!GROUP_TYPES.has(m.type) || (type !== undefined && m.type !== type)) continue;
    type = m.type;
    seen.add(m.entityId);
    members.push(m);
  }
  if (members.length < 2) return undefined;
  return { lemma: noun.lemma.toLowerCase(), members };
}
