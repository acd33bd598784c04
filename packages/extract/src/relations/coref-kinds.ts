/**
 * Kinds of organisation and place a definite description names: "the party", "the newspaper",
 * "the court", "the band", "the bank" (an organisation kind), "the country", "the city" (a place
 * kind), from `data/description-kinds.json`.
 *
 * A document says what kind of organisation a name is where it writes a kind noun in the name
 * ("Bank of Lemuria", "the Reform Party"), right before or after it ("broadcaster Telenor", "the
 * Courier newspaper", "the Labour party") or in apposition with it ("Fightstar, the band,"). A
 * description of an organisation kind then refers back to the one organisation of that kind the
 * three sentences before name (`kindAntecedent`); with none named, only a lenient noun ("the
 * party", "the club", "the bank") may take the organisation coreference finds by position, and
 * not one the document gives another kind only (`kindFits`: "the club" is no broadcaster, "the
 * party" no assembly). A country noun takes only a country the gazetteer knows, a settlement
 * noun ("the city", "the capital") no country.
 */
import type { Analysis, MentionSpan } from '../analysis.js';
import { readData } from '../lexicon.js';
import { entityType } from './arguments.js';
import { gazetteerClass, namesCountry } from './countries.js';
import type { SentenceTree } from './tree.js';

interface KindsFile {
  readonly organisationKinds: Readonly<Record<string, readonly string[]>>;
  readonly lenient: readonly string[];
  readonly countryNouns: readonly string[];
  readonly settlementNouns: readonly string[];
}

interface Kinds {
  /** Kind noun (singular, lower case) → its kind. */
  readonly kindOf: ReadonlyMap<string, string>;
  readonly lenient: ReadonlySet<string>;
  readonly country: ReadonlySet<string>;
  readonly settlement: ReadonlySet<string>;
}

let loaded: Kinds | undefined;

function kinds(): Kinds {
  if (!loaded) {
    const file = readData<KindsFile>('description-kinds.json');
    const kindOf = new Map<string, string>();
    for (const [kind, nouns] of Object.entries(file.organisationKinds)) {
      for (const n of nouns) kindOf.set(n, kind);
    }
    loaded = {
      kindOf,
      lenient: new Set(file.lenient),
      country: new Set(file.countryNouns),
      settlement: new Set(file.settlementNouns),
    };
  }
  return loaded;
}

/** The organisation kind of a noun ("parties" → party), or undefined. */
function nounKind(lemma: string, lower: string): string | undefined {
  const k = kinds().kindOf;
  return k.get(lemma) ?? k.get(lower) ?? k.get(lower.replace(/s$/, ''));
}

const evidence = new WeakMap<Analysis, Map<string, Set<string>>>();

/** Entity id → the organisation kinds the document gives it (see the file comment). */
function documentKinds(trees: readonly SentenceTree[]): Map<string, Set<string>> {
  const analysis = trees[0]?.analysis;
  if (!analysis) return new Map();
  const known = evidence.get(analysis);
  if (known) return known;
  const out = new Map<string, Set<string>>();
  const add = (m: MentionSpan, kind: string | undefined) => {
    if (kind === undefined) return;
    const set = out.get(m.entityId) ?? new Set<string>();
    set.add(kind);
    out.set(m.entityId, set);
  };
  const tokens = analysis.tokens;
  const nounAt = (t: number, sentence: number): string | undefined => {
    const tok = tokens[t];
    if (!tok || tok.sentence !== sentence) return undefined;
    // Lower case, or capitalised only as its sentence's first word ("Broadcaster Telenor said").
    const first = tokens[t - 1]?.sentence !== sentence;
    if (tok.text !== tok.lower && !first) return undefined;
    if (!/^(NOUN|PROPN)$/.test(tok.upos || tok.pos)) return undefined;
    return nounKind(tok.lemma.toLowerCase(), tok.lower);
  };
  for (const m of analysis.mentions) {
    if (m.kind === 'pronoun') continue;
    const type = analysis.entities.get(m.entityId)?.type ?? m.type;
    if (type !== 'ORG') continue;
    // In the name ("Bank of Lemuria", "Reform Party"; not the one word "Bank").
    if (m.lastToken - m.firstToken > 1) {
      for (let t = m.firstToken; t < m.lastToken; t++) {
        const tok = tokens[t];
        if (tok) add(m, nounKind(tok.lower, tok.lower));
      }
    }
    // Right after ("the Courier newspaper") or right before ("broadcaster Telenor").
    add(m, nounAt(m.lastToken, m.sentence));
    add(m, nounAt(m.firstToken - 1, m.sentence));
  }
  // In apposition: "Fightstar, the band," / "the band, Fightstar,".
  for (const tree of trees) {
    for (const i of tree.indices()) {
      if (!tree.is(i, 'appos')) continue;
      const p = tree.parent(i);
      if (p < 0) continue;
      const named = tree.mentionAt(p);
      const kind = nounKind(tree.lemma(i), tree.lower(i));
      if (named && kind && named.kind !== 'pronoun') add(named, kind);
      const own = tree.mentionAt(i);
      const headKind = nounKind(tree.lemma(p), tree.lower(p));
      if (own && headKind && own.kind !== 'pronoun' && !tree.mentionAt(p)) add(own, headKind);
    }
  }
  evidence.set(analysis, out);
  return out;
}

/** The organisation kind of the description headed by `i` ("the party" → party), or undefined. */
export function descriptionKind(tree: SentenceTree, i: number): string | undefined {
  return nounKind(tree.lemma(i), tree.lower(i));
}

/**
 * The organisation of the description's kind that the three sentences before it (and its own,
 * before it) name: for a strict noun ("the newspaper", "the court") the one the document
 * describes so, none when several; for a lenient one ("the party") the last organisation named
 * there, when the document describes that one so ("the Reform Party … Labour … the party" is
 * not the Reform Party: coref.ts goes on by position).
 *
 * @example
 * // "Reed founded the Reform Party in 2001. The party won two seats." -> <Reform Party>
 */
export function kindAntecedent(
  trees: readonly SentenceTree[],
  k: number,
  i: number,
  kind: string,
  window: number,
): MentionSpan | undefined {
  const tree = trees[k] as SentenceTree;
  const known = documentKinds(trees);
  const found = new Map<string, MentionSpan>();
  let latest: MentionSpan | undefined;
  for (const m of tree.analysis.mentions) {
    if (m.firstToken >= i) break;
    if (m.sentence < k - window || m.kind === 'pronoun' || entityType(tree, m) !== 'ORG') continue;
    const has = known.get(m.entityId);
    if (has?.has(kind)) found.set(m.entityId, m);
    // An organisation the document gives other kinds only is no candidate.
    if (!has || has.has(kind)) latest = m;
  }
  if (lenientKind(tree, i)) return latest && found.has(latest.entityId) ? latest : undefined;
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * Whether the description headed by `i` is its noun alone after "the" / "this": "the new party",
 * "the first team", "the piracy group" may be another than the one named before.
 */
export function bareDescription(tree: SentenceTree, i: number): boolean {
  return !tree.children(i).some((c) => c < i && !tree.is(c, 'det', 'case', 'punct', 'nmod:poss'));
}

/**
 * Whether the document gives the entity organisation kinds, none of them `kind` ("broadcaster
 * Telenor" is no band).
 */
export function otherKindOnly(
  trees: readonly SentenceTree[],
  entityId: string,
  kind: string,
): boolean {
  const has = documentKinds(trees).get(entityId);
  return has !== undefined && has.size > 0 && !has.has(kind);
}

/** Whether a noun of an organisation kind may refer to an organisation of no known kind. */
export function lenientKind(tree: SentenceTree, i: number): boolean {
  const k = kinds().lenient;
  return k.has(tree.lemma(i)) || k.has(tree.lower(i));
}

/**
 * Whether the entity of `m` may be what the description headed by `i` refers to: an
 * organisation kind noun no entity the document gives other kinds only; a country noun a
 * country; a settlement noun no country.
 *
 * @example
 * // "the club" and "broadcaster Telenor" -> false; "the city" and "Norway" -> false
 */
export function kindFits(
  trees: readonly SentenceTree[],
  tree: SentenceTree,
  i: number,
  m: MentionSpan,
): boolean {
  const { country, settlement } = kinds();
  const lemma = tree.lemma(i);
  if (country.has(lemma) || settlement.has(lemma)) {
    const { mentions, tokens } = tree.analysis;
    const own = mentions.filter((o) => o.entityId === m.entityId && o.kind !== 'pronoun');
    // (A capital standing for its government is a country's; it is still a city.)
    const named = (o: MentionSpan) => namesCountry(tokens, o);
    if (country.has(lemma)) {
      // A place the gazetteer knows as a city and never as a country is none.
      return (
        own.some(named) ||
        !own.some((o) => /^(city|capital)$/.test(gazetteerClass(tokens, o) ?? ''))
      );
    }
    return !own.some((o) => o.kind === 'demonym' || gazetteerClass(tokens, o) === 'country');
  }
  const kind = descriptionKind(tree, i);
  if (kind === undefined || entityType(tree, m) !== 'ORG') return true;
  const has = documentKinds(trees).get(m.entityId);
  if (has?.has(kind)) return true;
  return lenientKind(tree, i) && (has === undefined || has.size === 0);
}
