/**
 * Premodifiers: a name or demonym modifying a name or its descriptor ("Japanese carmaker
 * Nissan", "Russian oil firm Yukos", "Russian ex-spy Sergei Skripal", "a Ponchatoula church"),
 * related by entity types (noun-phrases.json, premodifier); and compound participles that carry
 * their own relation ("Iranian-made drones" PRODUCES, "a Gibraltar-based firm" LOCATED_IN,
 * "Tehran-backed militias" SUPPORTS; nominal-frames.json compoundModifiers); and a demonym
 * right before a person's name the parse did not hang on it ("face Croatian Ivan Ljubicic").
 */
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { denote, denoteAll, entityType, nameAt } from '../arguments.js';
import type { Context } from '../arguments.js';
import { emit } from '../emit.js';
import type { SentenceTree } from '../tree.js';
import { descriptorsOf } from './apposition.js';
import { modifierRelation } from './noun-phrase.js';
import { roleAt } from './role.js';

export function premodifierRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const h of tree.indices()) {
    const x = nameAt(tree, h);
    // A demonym modifies a noun; it is not a name the noun phrase describes.
    if (!x || tree.headOfSpan(x) !== h || x.type === 'NORP') continue;
    for (const d of descriptorsOf(tree, h, ctx.lex)) {
      // A role noun relates its holder by the role ("Italian Prime Minister X"): role.ts. A
      // noun that is also a company noun describes an organisation as one ("Lemurian steel
      // producer Globex"): role.ts relates only people.
      if (d !== h && roleAt(tree, d, ctx.lex) && !companyNoun(tree, d, x, ctx)) continue;
      const mods = tree.childrenBy(d, 'amod', 'compound');
      // "US-German carmaker": names compounded onto a modifier modify the noun too.
      for (const c of [...mods])
        mods.push(...tree.childrenBy(c, 'compound').filter((x) => nameAt(tree, x)));
      for (const c of mods) {
        if (c > h && d === h) continue;
        const y = nameAt(tree, c);
        if (!y || y.entityId === x.entityId || tree.headOfSpan(y) !== c) continue;
        if (isCompoundParticipleModifier(tree, c)) continue;
        // "Turkey-EU talks": two names joined by a hyphen are a pair, not a name and its modifier.
        if (d === h && tree.lower(y.lastToken) === '-' && y.lastToken + 1 === x.firstToken)
          continue;
        modifierRelation(out, tree, ctx, 'premodifier', h, c, c, 0.7);
      }
    }
  }
  out.push(...compoundParticiples(tree, ctx));
  out.push(...adjacentDemonyms(tree, ctx, out));
  out.push(...describedReferences(tree, ctx));
  return out;
}

/** Whether the descriptor `d` of the organisation `x` is an organisation noun ("producer"). */
function companyNoun(tree: SentenceTree, d: number, x: MentionSpan, ctx: Context): boolean {
  return ctx.lex.descriptorTypes.get(tree.lemma(d)) === 'ORG' && entityType(tree, x) === 'ORG';
}

/**
 * "Nortel … the Canadian firm", "Federer … the Swiss star": a definite description coreference
 * resolved to a name carries its premodifiers to that name, by entity types as for a name
 * ("Canadian firm Nortel"). Role nouns relate their holder by the role (role.ts).
 */
function describedReferences(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const d of tree.indices()) {
    const ref = ctx.refs.get(d);
    if (!ref || tree.mentionAt(d) || tree.upos(d) !== 'NOUN' || roleAt(tree, d, ctx.lex)) continue;
    for (const c of tree.childrenBy(d, 'amod', 'compound')) {
      const y = nameAt(tree, c);
      if (c > d || !y || y.entityId === ref.entityId || tree.headOfSpan(y) !== c) continue;
      if (isCompoundParticipleModifier(tree, c)) continue;
      modifierRelation(out, tree, ctx, 'premodifier', d, c, c, 0.6);
    }
  }
  return out;
}

/**
 * "face Croatian Ivan Ljubicic", "Texan Michael Chicoine": a demonym right before a name
 * modifies it even where the parse made the demonym the head of the name, so the tree has no
 * modifier to read. Only where the tree gave the two no relation already.
 */
function adjacentDemonyms(
  tree: SentenceTree,
  ctx: Context,
  found: readonly RelationCandidate[],
): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const related = new Set(found.map((c) => `${c.subjectMention}|${c.objectMention}`));
  for (const h of tree.indices()) {
    const x = nameAt(tree, h);
    // Only a person: "the Turkish EU bid" is a Turkish bid, not a Turkish EU.
    if (!x || tree.headOfSpan(x) !== h || entityType(tree, x) !== 'PERSON') continue;
    const y = tree.contains(x.firstToken - 1) ? nameAt(tree, x.firstToken - 1) : undefined;
    if (!y || y.type !== 'NORP' || y.lastToken !== x.firstToken) continue;
    if (related.has(`${x.i}|${y.i}`) || related.has(`${y.i}|${x.i}`)) continue;
    modifierRelation(
      out,
      tree,
      ctx,
      'premodifier',
      h,
      tree.headOfSpan(y),
      tree.headOfSpan(y),
      0.65,
    );
  }
  return out;
}

/** "Iranian" in "Iranian-made": the participle relates it, not the adjective. */
function isCompoundParticipleModifier(tree: SentenceTree, c: number): boolean {
  const next = c + 1;
  return tree.contains(next + 1) && tree.lower(next) === '-' && tree.isVerbal(next + 1);
}

/** "Iranian-made drones", "a Paris-based firm", "Tehran-backed militias". */
function compoundParticiples(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const p of tree.indices()) {
    const frame = ctx.lex.compounds.get(tree.lower(p));
    if (!frame) continue;
    // The modifier: a name the participle governs, or the one just before its hyphen.
    let modifier = tree.children(p).find((c) => c < p && nameAt(tree, c));
    if (modifier === undefined && tree.contains(p - 2) && tree.lower(p - 1) === '-') {
      const m = nameAt(tree, p - 2);
      if (m) modifier = tree.headOfSpan(m);
    }
    if (modifier === undefined) continue;
    // The noun it describes: its head, or (hyphenated parses vary) the head of its head.
    let noun = tree.parent(p);
    if (noun >= 0 && !tree.isNominal(noun)) noun = tree.parent(noun);
    // "the Paris-based charity Globex Aid": the noun is the title of the name after it.
    if (noun >= 0 && tree.is(noun, 'nmod:desc', 'compound') && nameAt(tree, tree.parent(noun)))
      noun = tree.parent(noun);
    if (noun < 0 || noun === modifier) continue;
    const heads = denoteAll(tree, noun, ctx);
    const mods = denote(tree, modifier, ctx);
    const [subjects, objects] = frame.headIsSubject ? [heads, mods] : [mods, heads];
    emit(out, tree, ctx, {
      type: frame.type,
      subjects,
      objects,
      confidence: 0.75,
      stance: { modality: 'asserted' },
      trigger: p,
      ...(frame.arguments ? { argumentClasses: frame.arguments } : {}),
    });
  }
  return out;
}
