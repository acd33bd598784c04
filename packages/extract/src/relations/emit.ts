/**
 * The one place a relation candidate is built: argument types checked against the relation's
 * (data: nominal-frames.json typeArguments, or the pattern's own classes), the sense chosen by
 * argument types (typeOverrides: a person "attacking" someone criticises; teams in a sports
 * report do not attack each other), self-relations dropped, and one candidate per subject and
 * object of two coordinated argument lists, each with its trigger, stance and sentence.
 */
import type { RelationType } from '@kg/schema';
import type { RelationCandidate } from '../analysis.js';
import type { Context, Ref } from './arguments.js';
import { gazetteerClass } from './countries.js';
import type { ArgumentClass, Lexicon } from './lexicon.js';
import type { Stance } from './modality.js';
import type { SentenceTree } from './tree.js';

export interface Emission {
  type: RelationType;
  subjects: readonly Ref[];
  objects: readonly Ref[];
  confidence: number;
  stance: Stance;
  /** Token that carries the relation (verb, noun, role or preposition). */
  trigger: number;
  /** Lemma or key of the trigger, for senses that depend on the word ("attack" vs "kill"). */
  key?: string;
  label?: string;
  /** Argument classes overriding the type's ("Iranian-supplied drones": the drones are supplied). */
  argumentClasses?: [ArgumentClass, ArgumentClass];
}

function fits(lex: Lexicon, cls: ArgumentClass, r: Ref): boolean {
  const allowed = lex.argumentTypes.get(cls);
  if (!allowed) return true;
  return allowed.has(r.type) || allowed.has(r.mention.type);
}

export function argumentsFit(
  lex: Lexicon,
  type: RelationType,
  s: Ref,
  o: Ref,
  classes?: [ArgumentClass, ArgumentClass],
): boolean {
  const [sc, oc] = classes ?? lex.typeArguments.get(type) ?? ['any', 'any'];
  return fits(lex, sc, s) && fits(lex, oc, o);
}

const TEAM_TYPES = new Set(['ORG', 'GPE', 'NORP']);

/**
 * "Liverpool striker Tom Reed", "Newcastle manager Ann Holt": a role news names only in a club
 * (sportsContext.clubRoles) makes the town named with it the club, in any document; a country,
 * state or region ("England striker", "Texas coach") or a demonym ("the Welsh winger") stays
 * the holder's affiliation.
 */
function clubOfRole(tree: SentenceTree, ctx: Context, e: Emission, o: Ref): boolean {
  if (e.key === undefined || !ctx.lex.sports.clubRoles.has(e.key)) return false;
  if (o.type !== 'GPE' || o.mention.kind !== 'name') return false;
  const place = gazetteerClass(tree.analysis.tokens, o.mention);
  return place === undefined || place === 'city' || place === 'capital';
}

/** The relation type these arguments give, or undefined when this sense is no relation. */
function sense(
  tree: SentenceTree,
  ctx: Context,
  e: Emission,
  s: Ref,
  o: Ref,
): RelationType | undefined {
  const lex = ctx.lex;
  if (ctx.sport && TEAM_TYPES.has(s.type) && TEAM_TYPES.has(o.type)) {
    if (lex.sports.drop.has(e.type)) return undefined;
    if (e.key !== undefined && lex.sports.pairWords.has(e.key)) return undefined;
  }
  for (const t of lex.typeOverrides) {
    if (t.type !== e.type) continue;
    if (t.lemmas && !(e.key !== undefined && t.lemmas.includes(e.key))) continue;
    // In a sports report a side's player keeps it: only a title that is no player's role
    // ("ambassador", "prosecutor") still changes there.
    if (
      t.outsideSport &&
      ctx.sport &&
      !(e.key && lex.roles.has(e.key) && !lex.sports.roles.has(e.key))
    )
      continue;
    if (!t.subject.includes(s.type) || !t.object.includes(o.type)) continue;
    if (t.outsideSport && clubOfRole(tree, ctx, e, o)) continue;
    return t.becomes ?? undefined;
  }
  return e.type;
}

/**
 * A country lies in no city or state ("held talks with Turkey in Ankara" puts no Turkey in
 * Ankara): a gazetteer country as the subject of LOCATED_IN takes no gazetteer city, capital or
 * state as its place (the located-in pass already keeps countries out of countries).
 */
function impossiblePlace(tree: SentenceTree, type: RelationType, s: Ref, o: Ref): boolean {
  if (type !== 'LOCATED_IN' || o.type !== 'GPE' || s.type !== 'GPE') return false;
  if (s.mention.kind === 'demonym' || s.mention.kind === 'capital') return false;
  const tokens = tree.analysis.tokens;
  if (gazetteerClass(tokens, s.mention) !== 'country') return false;
  const place = gazetteerClass(tokens, o.mention);
  return place === 'city' || place === 'capital' || place === 'place';
}

const MEMBERSHIPS = new Set<RelationType>(['MEMBER_OF', 'LEADER_OF', 'SPOKESPERSON_OF']);

/**
 * Names coordinated with a person among a membership's bodies: "joins Donnie Macfadyen and
 * Allister Hogg on the sidelines" joins people, whatever type mention detection gave the second
 * name; no body is listed with a person.
 */
function personsListed(tree: SentenceTree, objects: readonly Ref[]): Set<number> | undefined {
  let out: Set<number> | undefined;
  for (const p of objects) {
    if (p.type !== 'PERSON' || p.via !== 'name') continue;
    for (const c of tree.coordinationOf(p.node)) if (c !== p.node) (out ??= new Set()).add(c);
  }
  return out;
}

/** Adds one candidate per fitting subject/object pair; returns how many were added. */
export function emit(
  out: RelationCandidate[],
  tree: SentenceTree,
  ctx: Context,
  e: Emission,
): number {
  let added = 0;
  const token = tree.token(e.trigger);
  const persons = MEMBERSHIPS.has(e.type) ? personsListed(tree, e.objects) : undefined;
  for (const s of e.subjects) {
    for (const o of e.objects) {
      if (s.mention.entityId === o.mention.entityId) continue;
      if (persons?.has(o.node)) continue;
      const predicate = sense(tree, ctx, e, s, o);
      if (!predicate) continue;
      // The arguments fit the relation the words state, or the one their types make of it
      // ("visited Kari Lund": a person is no place to visit, but someone to meet).
      const fit =
        argumentsFit(ctx.lex, e.type, s, o, e.argumentClasses) ||
        (predicate !== e.type && argumentsFit(ctx.lex, predicate, s, o));
      if (!fit || impossiblePlace(tree, predicate, s, o)) continue;
      out.push({
        subject: s.mention.entityId,
        predicate,
        object: o.mention.entityId,
        ...(e.label ? { label: e.label } : {}),
        modality: e.stance.modality,
        ...(e.stance.attribution ? { attribution: e.stance.attribution } : {}),
        confidence: Math.round(e.confidence * 100) / 100,
        sentence: tree.sentence.i,
        trigger: { start: token.start, end: token.end },
        subjectMention: s.mention.i,
        objectMention: o.mention.i,
      });
      added++;
    }
  }
  return added;
}
