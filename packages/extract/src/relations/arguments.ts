/**
 * What an argument node of the tree names: the mention it heads ("Russia"), the actor a group
 * noun stands for ("the Russian government", "Moscow's forces"), the name a descriptor noun is in
 * apposition with ("the company, Yukos,"), the party a partitive names ("members of the IRGC"),
 * or the antecedent coreference found for it ("it", "the company"). Coordination and lists of
 * names widen one node to all its conjuncts.
 */
import type { MentionSpan } from '../analysis.js';
import { countryMentionOf, namesCountry } from './countries.js';
import type { Lexicon } from './lexicon.js';
import type { SentenceTree } from './tree.js';

/** Regular expressions used per token, made once (a literal is a new object per evaluation). */
const IS_DENOTING_UPOS = /^(NOUN|PROPN|PRON|NUM|ADJ|DET)$/;
const IS_NOUN_PROPN = /^(NOUN|PROPN)$/;
const ENDS_S = /s$/;

export interface Ref {
  /** The token standing for the entity in this sentence. */
  node: number;
  /** The mention naming the entity (an antecedent's mention for a coreferent). */
  mention: MentionSpan;
  /** Entity type of the mention's entity. */
  type: string;
  via: 'name' | 'group' | 'descriptor' | 'partitive' | 'coref' | 'owner';
}

/** What every pass reads besides the tree: the lexicon and the coreference found for tokens. */
export interface Context {
  lex: Lexicon;
  /**
   * Token index -> the mention it refers to (pronouns and definite descriptions); null: the
   * token refers to no entity, whatever mention detection guessed.
   */
  refs: ReadonlyMap<number, MentionSpan | null>;
  /** Token index -> the names a later sentence lists for it ("four companies … are A, B and C"). */
  groups?: ReadonlyMap<number, readonly MentionSpan[]>;
  /** The document reports sport: teams beat and attack each other without violence. */
  sport: boolean;
}

const NAME_LABELS = ['appos', 'flat', 'nmod:desc', 'nmod:unmarked'];
/** Verbs of a relative clause that list what a noun stands for ("a gang that included A and B"). */
const INCLUDING_VERBS = new Set(['include', 'comprise']);
/**
 * State bodies that sit in a city without being the city's own ("the Houston court" is a court in
 * Houston; "Houston police" are the city's): a place below country level names none of them.
 */
const NATIONAL_ONLY_GROUPS = new Set(['court', 'courts', 'embassy']);
const MODIFIER_LABELS = ['amod', 'compound', 'nmod:poss', 'nmod'];

export function entityType(tree: SentenceTree, m: MentionSpan): string {
  return tree.analysis.entities.get(m.entityId)?.type ?? m.type;
}

function ref(tree: SentenceTree, node: number, m: MentionSpan, via: Ref['via']): Ref {
  return { node, mention: m, type: entityType(tree, m), via };
}

const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
const THING_TYPES = new Set(['WEAPON', 'PRODUCT']);
const STATE_TYPES = new Set(['ORG', 'GPE', 'NORP']);

export function isActor(r: Ref): boolean {
  return ACTOR_TYPES.has(r.type) || ACTOR_TYPES.has(r.mention.type);
}

/**
 * The entities node `n` names, at most one per way of naming; [] when it names none.
 *
 * @example
 * // "the Russian government said": denote(tree, government) -> [Russia via group]
 */
export function denote(tree: SentenceTree, n: number, ctx: Context, depth = 0): Ref[] {
  const group = ctx.groups?.get(n);
  if (group) return group.map((m) => ref(tree, n, m, 'coref'));
  const coref = ctx.refs.get(n);
  if (coref) return [ref(tree, n, coref, 'coref')];
  if (coref === null) return [];
  const m = tree.mentionAt(n);
  if (m) {
    if (m.kind === 'pronoun') return [ref(tree, n, m, 'coref')];
    if (m.kind === 'nominal') {
      // "Kalibr and Iskander cruise missiles": the names are more specific than the class.
      const named = tree
        .childrenBy(n, 'amod', 'compound', 'flat')
        .filter((c) => c < n && tree.mentionAt(c) && tree.mentionAt(c) !== m)
        .flatMap((c) => tree.conjuncts(c))
        .map((c) => tree.mentionAt(c))
        .filter(
          (x): x is MentionSpan => x !== undefined && entityType(tree, x) === entityType(tree, m),
        );
      if (named.length > 0) return named.map((x) => ref(tree, tree.headOfSpan(x), x, 'name'));
    }
    return [ref(tree, n, governmentOf(tree, n, m, ctx), 'name')];
  }
  if (depth > 3 || !IS_DENOTING_UPOS.test(tree.upos(n))) return [];
  // A predicate nominal stands for its subject: "Crimea, which is a part of Ukraine annexed by Russia".
  if (tree.childBy(n, 'cop') !== undefined) {
    const subject = tree.childBy(n, 'nsubj');
    if (subject !== undefined && subject !== n) {
      const s = tree.isRelativePronoun(subject) ? tree.relativeAntecedent(subject) : subject;
      if (s >= 0) {
        const refs = denote(tree, s, ctx, depth + 1);
        if (refs.length > 0) return refs;
      }
    }
  }
  const secondary = predicatedOf(tree, n);
  if (secondary >= 0) {
    const refs = denote(tree, secondary, ctx, depth + 1);
    if (refs.length > 0) return refs;
  }
  const lemma = tree.lemma(n);
  const lower = tree.lower(n);
  // "the company, Yukos," / "spokesman David Leavy": the descriptor names what it is next to.
  for (const c of tree.childrenBy(n, ...NAME_LABELS)) {
    const cm = tree.mentionAt(c);
    if (cm && cm.kind !== 'pronoun' && tree.headOfSpan(cm) === c) {
      if (!plural(tree, n)) return [ref(tree, c, cm, 'descriptor')];
      // "technology companies Dell, Samsung and Matsushita": a plural names the whole list.
      return tree.conjuncts(c).flatMap((k) => {
        const km = tree.mentionAt(k);
        return km && km.kind !== 'pronoun' && tree.headOfSpan(km) === k
          ? [ref(tree, k, km, 'descriptor')]
          : [];
      });
    }
  }
  const lex = ctx.lex;
  // "Globex, a Bergen-based company": a descriptor in apposition names what it describes.
  const p = tree.parent(n);
  if (p >= 0 && p < n && tree.is(n, 'appos') && tree.upos(n) === 'NOUN') {
    const pm = tree.mentionAt(p);
    if (pm && pm.kind !== 'pronoun' && tree.headOfSpan(pm) === p)
      return [ref(tree, p, pm, 'descriptor')];
  }
  // "Exocet missiles", "Bayraktar and Anka drones": a named system before its class noun (a
  // class noun no mention covers, whichever noun tag it has: "Rafale jets" may tag both PROPN).
  if (IS_NOUN_PROPN.test(tree.upos(n))) {
    const named = tree
      .childrenBy(n, 'compound', 'amod', 'flat')
      .filter((c) => c < n)
      .flatMap((c) => tree.conjuncts(c))
      .map((c) => [c, tree.mentionAt(c)] as const)
      .filter(
        (x): x is readonly [number, MentionSpan] =>
          x[1] !== undefined && x[1].kind !== 'pronoun' && THING_TYPES.has(entityType(tree, x[1])),
      );
    if (named.length > 0) return named.map(([c, x]) => ref(tree, c, x, 'name'));
  }
  // "JPMorgan Chase bank", "the Gimme Credit firm": a name before a descriptor of its own kind.
  const own = namedDescriptor(tree, n, lex);
  if (own) return [ref(tree, tree.headOfSpan(own), own, 'descriptor')];
  // "the town of Ashby", "the law firm of Vik, Holm": the descriptor's own name.
  const described = lex.descriptorTypes.get(lemma);
  if (described && described !== 'PERSON') {
    for (const c of tree.childrenBy(n, 'nmod')) {
      const cm = tree.mentionAt(c);
      if (!cm || cm.kind === 'pronoun' || tree.caseOf(c) !== 'of' || tree.headOfSpan(cm) !== c)
        continue;
      const type = entityType(tree, cm);
      if (type === described || (described === 'GPE' && type === 'LOC'))
        return [ref(tree, c, cm, 'descriptor')];
    }
  }
  const state = lex.stateGroups.has(lemma) || lex.stateGroups.has(lower);
  const org = lex.orgGroups.has(lemma) || lex.orgGroups.has(lower);
  if (state || org) {
    // "the Russian government", "Moscow's forces", "US officials", "the Yukos company"; an
    // organisation's people also "for" it ("a spokesman for Amnesty", "lawyers for Yukos").
    for (const c of tree.childrenBy(n, ...MODIFIER_LABELS)) {
      const prep = tree.caseOf(c);
      const ofCase = prep === 'of' || (org && !state && prep === 'for');
      if (tree.is(c, 'nmod') && !tree.is(c, 'nmod:poss') && !ofCase) continue;
      const cm = tree.mentionAt(c);
      if (!cm || cm.kind === 'pronoun' || tree.headOfSpan(cm) !== c) {
        const r = ctx.refs.get(c);
        if (r && tree.is(c, 'nmod:poss') && STATE_TYPES.has(entityType(tree, r))) {
          return [ref(tree, c, r, 'group')];
        }
        if (r === undefined && cm?.kind === 'pronoun' && tree.is(c, 'nmod:poss')) {
          if (STATE_TYPES.has(entityType(tree, cm))) return [ref(tree, c, cm, 'group')];
        }
        continue;
      }
      const named = governmentOf(tree, c, cm, ctx, true);
      const type = entityType(tree, named);
      if (
        NATIONAL_ONLY_GROUPS.has(lemma) &&
        type === 'GPE' &&
        !namesCountry(tree.analysis.tokens, named)
      ) {
        continue;
      }
      if (state ? STATE_TYPES.has(type) : type === 'ORG') {
        // "Norwegian and Swedish police": every name of a coordinated modifier.
        const refs = [ref(tree, c, named, 'group')];
        for (const k of tree.conjuncts(c)) {
          const km = tree.mentionAt(k);
          if (k === c || !km || km.kind === 'pronoun' || tree.headOfSpan(km) !== k) continue;
          const kn = governmentOf(tree, k, km, ctx, true);
          const fits = state
            ? STATE_TYPES.has(entityType(tree, kn))
            : entityType(tree, kn) === 'ORG';
          if (fits && !refs.some((r) => r.mention.entityId === kn.entityId)) {
            refs.push(ref(tree, k, kn, 'group'));
          }
        }
        return refs;
      }
    }
  }
  // "members of the IRGC", "30% of Ukraine's power stations".
  if (lex.ofHeads.has(lemma) || lex.ofHeads.has(lower)) {
    for (const c of tree.childrenBy(n, 'nmod')) {
      if (tree.caseOf(c) !== 'of') continue;
      const refs = denote(tree, c, ctx, depth + 1);
      if (refs.length > 0) return refs.map((r) => ({ ...r, via: 'partitive' as const }));
    }
  }
  return includedNames(tree, n, ctx, depth);
}

/**
 * An "as" complement is said of the verb's object, or of its subject when it has none: "named Tom
 * Hale as the man who shot Brand", "Hale was identified as the gunman who …" (the noun stands for
 * Hale). The node it is said of, or -1.
 */
function predicatedOf(tree: SentenceTree, n: number): number {
  const v = tree.parent(n);
  if (v < 0 || !tree.isVerbal(v) || tree.upos(n) !== 'NOUN') return -1;
  if (!tree.is(n, 'obl', 'xcomp', 'advcl') || tree.caseOf(n) !== 'as') return -1;
  const holder = tree.childBy(v, 'obj') ?? tree.childBy(v, 'nsubj:pass', 'nsubj');
  return holder === undefined || holder === n ? -1 : holder;
}

function plural(tree: SentenceTree, n: number): boolean {
  const t = tree.token(n);
  return ENDS_S.test(t.lower) && t.lower !== t.lemma.toLowerCase();
}

/**
 * "a gang that included Tom Reed and Ola Vik", "rebels, including Ola Vik": a common noun stands
 * for the names it is said to include, each of its conjuncts.
 */
function includedNames(tree: SentenceTree, n: number, ctx: Context, depth: number): Ref[] {
  if (tree.upos(n) !== 'NOUN') return [];
  const nodes: number[] = [];
  for (const c of tree.childrenBy(n, 'acl', 'nmod')) {
    if (tree.caseOf(c) === 'including') {
      nodes.push(c);
      continue;
    }
    if (!tree.is(c, 'acl') || !INCLUDING_VERBS.has(tree.lemma(c))) continue;
    // "that included A" (relative), "including A" (participle); not "which A included".
    const subject = tree.childBy(c, 'nsubj');
    if (subject !== undefined && !tree.isRelativePronoun(subject)) continue;
    if (subject === undefined && !tree.isGerund(c)) continue;
    nodes.push(...tree.childrenBy(c, 'obj'));
  }
  const out: Ref[] = [];
  for (const x of nodes.flatMap((k) => tree.conjuncts(k))) {
    for (const r of denote(tree, x, ctx, depth + 1)) {
      if (!out.some((o) => o.mention.entityId === r.mention.entityId)) out.push(r);
    }
  }
  return out;
}

/**
 * The name a descriptor noun is headed by when the name comes first as its compound and is of
 * the descriptor's kind ("JPMorgan Chase bank", "the Thames river"; not "US bank", nor a
 * demonym: "the Somali community").
 */
export function namedDescriptor(
  tree: SentenceTree,
  n: number,
  lex: Lexicon,
): MentionSpan | undefined {
  if (tree.upos(n) !== 'NOUN' || tree.mentionAt(n)) return undefined;
  const kind = lex.descriptorTypes.get(tree.lemma(n));
  if (!kind || kind === 'PERSON') return undefined;
  for (const c of tree.childrenBy(n, 'compound', 'flat')) {
    const cm = tree.mentionAt(c);
    // A demonym modifies ("the Somali community"); it is no name of the community.
    if (c > n || !cm || cm.kind === 'pronoun' || cm.type === 'NORP') continue;
    if (tree.headOfSpan(cm) !== c) continue;
    const type = entityType(tree, cm);
    if (type === kind || (kind === 'GPE' && type === 'LOC')) return cm;
  }
  return undefined;
}

/**
 * "the Biden administration": a person's name before a government noun names the person's
 * country when data/leaders.json knows it. `asModifier`: `n` is already the modifier.
 */
function governmentOf(
  tree: SentenceTree,
  n: number,
  m: MentionSpan,
  ctx: Context,
  asModifier = false,
): MentionSpan {
  if (m.type !== 'PERSON') return m;
  const head = asModifier ? tree.parent(n) : -1;
  if (head < 0 || !ctx.lex.governmentHeads.has(tree.lemma(head))) return m;
  return countryMentionOf(tree.analysis, m.entityId) ?? m;
}

/**
 * Every entity a nominal argument names, over its conjuncts and over further names listed in
 * apposition ("grain trader Globex, its unit Globex Feed, and investment company Initech").
 */
export function denoteAll(tree: SentenceTree, n: number, ctx: Context): Ref[] {
  const out: Ref[] = [];
  const seen = new Set<string>();
  // People listed with a demonym among them ("Argentine President Kirchner and Venezuelan
  // President Chavez" parsed with "Venezuelan" as a conjunct): the demonym only modifies.
  const first = tree.mentionAt(n);
  const people = first !== undefined && first.type === 'PERSON';
  for (const c of tree.conjuncts(n)) {
    if (people && tree.mentionAt(c)?.type === 'NORP') continue;
    const nodes = [c, ...tree.childrenBy(c, 'appos').filter((a) => listedName(tree, c, a))];
    for (const x of nodes) {
      for (const r of denote(tree, x, ctx)) {
        if (seen.has(r.mention.entityId)) continue;
        seen.add(r.mention.entityId);
        out.push(r);
      }
    }
  }
  return out;
}

/** An apposition that is another name of the same kind lists it ("Gazprom, its unit Gazpromneft"). */
function listedName(tree: SentenceTree, head: number, appos: number): boolean {
  const a = tree.mentionAt(appos) ?? tree.mentionAt(tree.childBy(appos, 'flat', 'compound') ?? -1);
  const h = tree.mentionAt(head);
  if (!a || !h || a.entityId === h.entityId) return false;
  return entityType(tree, a) === entityType(tree, h);
}

/** The mention of a nominal node itself (no group, descriptor or coreference reading). */
export function nameAt(tree: SentenceTree, n: number): MentionSpan | undefined {
  const m = tree.mentionAt(n);
  return m && m.kind !== 'pronoun' ? m : undefined;
}

const PLACE_TYPES = new Set(['GPE', 'LOC']);

/**
 * The places the nodes name, once each, with the wider place listed after a town ("Ashby,
 * Norland": Norland too).
 */
export function placeRefs(tree: SentenceTree, nodes: readonly number[], ctx: Context): Ref[] {
  const out: Ref[] = [];
  for (const n of nodes) {
    const wider = tree.childrenBy(n, 'appos', 'conj').filter((c) => c > n);
    for (const k of [n, ...wider]) {
      for (const r of denote(tree, k, ctx)) {
        if (PLACE_TYPES.has(r.type) && !out.some((o) => o.mention.entityId === r.mention.entityId))
          out.push(r);
      }
    }
  }
  return out;
}
