/**
 * Control: who does the action of a clause without its own subject. An infinitive complement
 * takes its governor's object when there is one ("urged Iran to stop", "forced Yukos to sell")
 * and its subject otherwise ("Iran plans to send"), also when the parse made it a purpose clause of
 * a verb of asking or forcing ("urged Iran to stop"); a purpose clause takes the subject ("sent
 * troops to help Russia", and so does one the parse made a complement of a verb of leaving, selling
 * or visiting: "left Globex to join Initech"); a gerund after "of / from / in" takes the governor's object when that
 * names an actor ("accused Iran of selling", "assist Malian soldiers in using", "warned Japan
 * against sending") and its subject otherwise ("denied supplying", "protested against sending"); a coordinated verb shares its first conjunct's subject.
 */
import type { SentenceTree } from '../tree.js';

const OBJECT_CONTROL_MARKS = new Set(['of', 'from', 'in', 'into', 'for', 'with', 'against']);

/**
 * Verbs whose object does the infinitive after it ("urged Norway and Sweden to resume talks"):
 * an infinitive the parse hung on them as a purpose clause is still their complement. General
 * English object-control verbs of asking, forcing and letting.
 */
const OBJECT_CONTROL_VERBS = new Set([
  'urge',
  'ask',
  'press',
  'pressure',
  'push',
  'force',
  'compel',
  'persuade',
  'encourage',
  'order',
  'instruct',
  'tell',
  'invite',
  'allow',
  'permit',
  'oblige',
  'require',
]);

/**
 * Verbs whose infinitive after the object is the subject's purpose, whatever the parse made of it
 * ("Ann Holt left Globex to join Initech", "quit Chelsea to join Arsenal", "sold Yukos to pay
 * debts"): what one leaves, sells or visits does not act for one. General English verbs of
 * leaving, selling, buying and visiting.
 */
const SUBJECT_PURPOSE_VERBS = new Set([
  'leave',
  'quit',
  'abandon',
  'desert',
  'exit',
  'join',
  'rejoin',
  'sell',
  'buy',
  'acquire',
  'visit',
  'sue',
  'close',
]);

/**
 * The object of governor `p` that controls its complement: its direct object, else its indirect
 * one, else the "on" phrase of "call on" ("called on Russia to stop").
 */
export function controllingObjects(tree: SentenceTree, p: number): number[] {
  const objects = tree.childrenBy(p, 'obj');
  if (objects.length > 0) return objects;
  const indirect = tree.childrenBy(p, 'iobj');
  if (indirect.length > 0 || tree.lemma(p) !== 'call') return indirect;
  return tree.childrenBy(p, 'obl').filter((c) => tree.caseOf(c) === 'on');
}

/** Where the controller of clause `v` is found: the governor's object, or its subject. */
export function controlSource(tree: SentenceTree, v: number): 'object' | 'subject' | undefined {
  const p = tree.parent(v);
  if (p < 0) return undefined;
  const hasObject = controllingObjects(tree, p).length > 0;
  if (tree.is(v, 'xcomp')) {
    return hasObject && !SUBJECT_PURPOSE_VERBS.has(tree.lemma(p)) ? 'object' : 'subject';
  }
  if (tree.is(v, 'conj')) return 'subject';
  if (tree.is(v, 'advcl')) {
    const marks = tree.marks(v);
    // "called on Russia to stop" (not "called Putin to discuss": a purpose).
    const callOn = tree.lemma(p) === 'call' && tree.childrenBy(p, 'obj', 'iobj').length === 0;
    if (hasObject && marks.includes('to') && (OBJECT_CONTROL_VERBS.has(tree.lemma(p)) || callOn)) {
      return 'object';
    }
    if (marks.some((m) => OBJECT_CONTROL_MARKS.has(m)) && hasObject && tree.isGerund(v)) {
      return 'object';
    }
    // Finite adverbial clauses ("because X did") carry their own subject.
    if (
      tree.childrenBy(v, 'aux').some((a) => !/^(to|be|been|being|have|having)$/.test(tree.lower(a)))
    ) {
      return undefined;
    }
    return 'subject';
  }
  return undefined;
}
