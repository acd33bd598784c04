/**
 * Modality and attribution. A sentence gets scopes (unit ranges) from reporting structures
 * ("X said that …", "…, CNN reported", "according to X", "as per X") and from verbs whose
 * `that` complement carries a modality ("denied that …"); a predicate takes the innermost
 * scope around it, combined with what its own verb group and its controller say.
 */
import type { Modality } from '@kg/schema';
import type { Lexicon } from './lexicon.js';
import type { SentenceView, Unit } from './sentence-view.js';
import {
  actsAsActor,
  headChain,
  isMention,
  regionLeft,
  regionRight,
  unitText,
} from './sentence-view.js';

export interface Scope {
  from: number;
  /** Exclusive. */
  to: number;
  modality: Modality;
  attribution?: string;
}

/** Which of two modalities a claim keeps when both apply (the more guarded one). */
const RANK: Record<Modality, number> = {
  asserted: 0,
  reported: 1,
  alleged: 2,
  considered: 3,
  negated: 4,
};

export function combine(a: Modality, b: Modality | undefined): Modality {
  if (!b) return a;
  return RANK[b] > RANK[a] ? b : a;
}

/** Name of the source of a claim: the entity's name when it is one, else the noun phrase. */
function sourceName(
  view: SentenceView,
  from: number,
  to: number,
  lex: Lexicon,
): string | undefined {
  const head = headChain(view.units, from, to);
  if (head && actsAsActor(head, lex)) {
    const names = head.chain.map((m) => {
      const id = m.mention?.entityId ?? '';
      return view.analysis.entities.get(id)?.name ?? m.mention?.text ?? '';
    });
    return names.join(', ');
  }
  let a = from;
  while (a < to && view.units[a]?.pos === 'DET') a++;
  const text = unitText(view, a, to).trim();
  return text || undefined;
}

function matchWords(units: Unit[], i: number, words: string[]): boolean {
  return words.every((w, k) => units[i + k]?.lower === w);
}

function verbLemma(x: Unit): string {
  return x.lemma;
}

/** Finds reporting and complement scopes in a sentence. */
export function findScopes(view: SentenceView, lex: Lexicon): Scope[] {
  const { units } = view;
  const scopes: Scope[] = [];
  const n = units.length;
  for (let i = 0; i < n; i++) {
    const x = units[i] as Unit;
    // "according to X", "as per X": the rest of the sentence is reported by X.
    const phrase = lex.reportingPhraseHeads.has(x.lower)
      ? lex.reportingPhrases.find((p) => matchWords(units, i, p))
      : undefined;
    if (phrase) {
      const npStart = i + phrase.length;
      const npEnd = regionRight(units, npStart);
      if (npEnd > npStart) {
        const attribution = sourceName(view, npStart, npEnd, lex);
        scopes.push({
          from: 0,
          to: i,
          modality: 'reported',
          ...(attribution ? { attribution } : {}),
        });
        scopes.push({
          from: npEnd,
          to: n,
          modality: 'reported',
          ...(attribution ? { attribution } : {}),
        });
      }
      continue;
    }
    if (x.pos !== 'VERB') continue;
    const lemma = verbLemma(x);
    const reporting = lex.reportingVerbs.has(lemma) || lex.allegingVerbs.has(lemma);
    const modality: Modality = lex.allegingVerbs.has(lemma) ? 'alleged' : 'reported';
    if (reporting) {
      let g = i - 1;
      let passive = false;
      while (g >= 0 && /^(AUX|ADV|PART)$/.test(units[g]?.pos ?? '')) {
        if (units[g]?.pos === 'AUX' && units[g]?.lemma === 'be') passive = true;
        g--;
      }
      // "Iran is said to have sent …": no source; the semi-modal rule marks it reported.
      if (passive && !/ing$/.test(x.lower)) continue;
      const subjStart = regionLeft(units, g + 1);
      const hasSubject = subjStart <= g;
      const attribution = hasSubject ? sourceName(view, subjStart, g + 1, lex) : undefined;
      const attr = attribution ? { attribution } : {};
      // "…, CNN reported." — the clause before the comma.
      const after = units[i + 1];
      const before = units[subjStart - 1];
      if (
        hasSubject &&
        before?.lower === ',' &&
        (!after || after.pos === 'PUNCT' || after.lower === 'on' || after.lower === 'in')
      ) {
        scopes.push({ from: 0, to: subjStart - 1, modality, ...attr });
        continue;
      }
      // "X said (that) …" — everything after the verb; "X found that …" needs the "that".
      let k = i + 1;
      while (k < n && /^(ADV|ADP|NOUN|PROPN|DET|NUM)$/.test(units[k]?.pos ?? '') && k < i + 5) {
        if (units[k]?.lower === 'that') break;
        k++;
      }
      const that = units[k]?.lower === 'that' || units[i + 1]?.lower === ':';
      if (hasSubject && (that || lex.sayingVerbs.has(lemma))) {
        scopes.push({ from: i + 1, to: n, modality, ...attr });
      }
      continue;
    }
    // "denied that …", "threatened that …"
    const complement = lex.complementVerbs.get(lemma);
    if (complement) {
      let j = i + 1;
      while (j < n && units[j]?.pos === 'ADV') j++;
      if (units[j]?.lower === 'that' && units[j]?.pos === 'SCONJ') {
        scopes.push({ from: j + 1, to: n, modality: complement });
      }
    }
  }
  return scopes;
}

/** The innermost scope containing unit `u`. */
export function scopeAt(scopes: Scope[], u: number): Scope | undefined {
  let best: Scope | undefined;
  for (const s of scopes) {
    if (u < s.from || u >= s.to) continue;
    if (!best || s.to - s.from < best.to - best.from) best = s;
  }
  return best;
}

/** Modality from a verb group (auxiliaries, adverbs, negation) between `from` and the verb. */
export function groupModality(units: Unit[], from: number, to: number, lex: Lexicon): Modality {
  let m: Modality = 'asserted';
  for (let i = from; i < to; i++) {
    const x = units[i] as Unit;
    if (isMention(x)) continue;
    m = combine(m, lex.auxiliaries.get(x.lower) ?? lex.adverbs.get(x.lower));
    if (x.lower === 'no' && units[i + 1]?.lower === 'longer') m = combine(m, 'negated');
  }
  return m;
}
