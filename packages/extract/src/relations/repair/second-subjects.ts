/**
 * Two subjects on one verb, the parse's reading of two shapes of news (issue 10):
 *
 * - "Shares fell after Globex said its CFO, Tom Reed, resigned.": a noun phrase after a verb of
 *   saying, a name set off by commas (an age may follow it) and a finite verb right after the
 *   closing comma. The parse makes the noun a second subject (or the object) of the verb of
 *   saying and the verb after the comma a conjunct of it, or a participle of the name, so the
 *   clause has no subject. The verb becomes the complement of the verb of saying, the name its
 *   subject and the noun phrase the name's apposition (subjectsOfSayingComplements).
 * - "Arsenal's teenage star Ola Dahl is poised to join Chelsea", "Film giant Disney says":
 *   a descriptor noun right before a name, both subjects of one verb (one active, one passive,
 *   or the noun inside a phrase of capitalised words). The noun describes the name, which is
 *   the verb's only subject (descriptorSubjects); titlesAsSiblings (names.ts) reads the shape
 *   where both carry one label on a bare noun.
 */
import type { MentionSpan, Token } from '../../analysis.js';
import type { RepairContext } from './context.js';
import { attach, children, dominates, head, headOf, label, segmentHead, span } from './context.js';
import { STARTS_NSUBJ } from './labels.js';
import { isDescriptorNoun } from './words.js';

/** Words between a verb of saying and the comma that closes its noun phrase. */
const IN_NOUN_PHRASE = /^(DET|PRON|ADJ|NOUN|PROPN|NUM|PART)$/;
/** Words between the closing comma and the verb: auxiliaries, "not", adverbs. */
const BEFORE_VERB = /^(AUX|PART|ADV)$/;
const IS_NOUN_PROPN_X = /^(NOUN|PROPN|X)$/;
const IS_NOUN_PROPN = /^(NOUN|PROPN)$/;
/** How far back the verb of saying may stand from the comma, in tokens. */
const REACH = 8;

function tag(c: RepairContext, i: number): string {
  return c.arcs.tags?.[i - c.first] ?? (c.tokens[i] as Token).upos;
}

function inMention(c: RepairContext, i: number): boolean {
  return c.mentions.some((m) => m.kind !== 'pronoun' && m.firstToken <= i && i < m.lastToken);
}

/** The verb of saying whose noun phrase ends right before `comma`, and where that phrase starts. */
function sayingBefore(c: RepairContext, comma: number): { say: number; from: number } | undefined {
  for (let k = comma - 1; k >= c.first && k >= comma - REACH; k--) {
    const t = c.tokens[k] as Token;
    if (tag(c, k) === 'VERB') {
      const lemma = t.lemma.toLowerCase();
      if (!c.lex.sayingVerbs.has(lemma) && !c.lex.reportingVerbs.has(lemma)) return undefined;
      return { say: k, from: c.tokens[k + 1]?.lower === 'that' ? k + 2 : k + 1 };
    }
    if (!IN_NOUN_PHRASE.test(t.upos) || (t.upos === 'PRON' && t.lower !== t.text)) return undefined;
  }
  return undefined;
}

/** The finite verb right after `close` (auxiliaries and adverbs may stand between), else -1. */
function verbAfter(c: RepairContext, close: number): number {
  for (let k = close + 1; k < c.end && k <= close + 4; k++) {
    if (tag(c, k) === 'VERB') return k;
    if (!BEFORE_VERB.test(tag(c, k)) || c.tokens[k]?.lower === 'to') return -1;
  }
  return -1;
}

/** A verb after a comma later than `v` (auxiliaries and adverbs may stand between). */
function laterPredicate(c: RepairContext, v: number): boolean {
  for (let k = v + 1; k < c.end; k++)
    if (c.tokens[k]?.text === ',' && verbAfter(c, k) >= 0) return true;
  return false;
}

export function subjectsOfSayingComplements(c: RepairContext): void {
  const { tokens } = c;
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.type === 'NORP') continue;
    const open = m.firstToken - 1;
    let close = m.lastToken;
    if (open <= c.first || tokens[open]?.text !== ',' || tokens[close]?.text !== ',') continue;
    // "Tom Reed, 34, had visited …": an age after the name.
    if (tokens[close + 1]?.upos === 'NUM' && tokens[close + 2]?.text === ',') close += 2;
    const v = verbAfter(c, close);
    if (v < 0) continue;
    // With no auxiliary, a participle may modify the name ("Tom Reed, arrested in May, was
    // freed"): the verb after a later comma is the clause's then.
    const aux = v > close + 1 && tag(c, close + 1) === 'AUX';
    if (!aux && laterPredicate(c, v)) continue;
    const h = headOf(c, m);
    // The verb has a subject of its own ("told the envoy, Ann Holt, that Tom Reed had …").
    const own = children(c, v).some(
      (k) => STARTS_NSUBJ.test(label(c, k)) && (k < m.firstToken || k >= m.lastToken),
    );
    if (own) continue;
    const saying = sayingBefore(c, open);
    if (!saying) continue;
    const r = segmentHead(c, saying.from, open);
    if (r === undefined || !IS_NOUN_PROPN.test(tokens[r]?.upos ?? '') || inMention(c, r)) continue;
    if (head(c, r) !== saying.say && !dominates(c, saying.say, r)) continue;
    const passive = children(c, v).some((k) => label(c, k) === 'aux:pass');
    attach(c, v, saying.say, 'ccomp');
    attach(c, h, v, passive ? 'nsubj:pass' : 'nsubj');
    attach(c, r, h, 'appos');
  }
}

/** Another subject of `v` whose phrase ends right before the name `m`. */
function subjectBefore(c: RepairContext, v: number, m: MentionSpan, h: number): number {
  for (const s of children(c, v)) {
    if (s === h || s >= m.firstToken || !STARTS_NSUBJ.test(label(c, s))) continue;
    if (span(c, s)[1] === m.firstToken - 1) return s;
  }
  return -1;
}

export function descriptorSubjects(c: RepairContext): void {
  const { tokens } = c;
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.type === 'NORP' || m.firstToken <= c.first) continue;
    const d = m.firstToken - 1;
    const t = tokens[d] as Token;
    if (t.text !== t.lower || !IS_NOUN_PROPN_X.test(t.upos) || !isDescriptorNoun(c, d)) continue;
    if (inMention(c, d)) continue;
    const h = headOf(c, m);
    const v = head(c, h);
    if (v < 0 || !STARTS_NSUBJ.test(label(c, h))) continue;
    const s = subjectBefore(c, v, m, h);
    if (s < 0) continue;
    const passive = children(c, v).some((k) => label(c, k) === 'aux:pass');
    if (s !== d) {
      // "Film giant Disney": the noun heads its phrase, the capitalised word before it a compound.
      const word = tokens[s] as Token;
      if (s !== d - 1 || word.text === word.lower || span(c, s)[0] !== s) continue;
      attach(c, d, v, label(c, s));
      attach(c, s, d, 'compound');
    }
    attach(c, h, v, passive ? 'nsubj:pass' : 'nsubj');
    attach(c, d, h, 'nmod:desc');
  }
}
