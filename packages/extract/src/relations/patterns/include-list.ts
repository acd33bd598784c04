/**
 * What an owner's holdings include, listed by name: "Globex brands include Fjordlys, Nordvin and
 * Kaldt", "its brands include …", "Kari Lund's hits have included Blue Harbour and Long Winter",
 * "Globex's subsidiaries include Initech". The plural noun says what the listed names are to the
 * owner (`HOLDINGS`): brands, products and titles an organisation makes (PRODUCES), authored
 * works a person or band makes (PRODUCES: hits, albums, books), units a company owns (PART_OF,
 * the unit the subject). Not roles: "her roles include Nina in Fjordside" lists characters.
 *
 * The owner is a name or possessive pronoun right before the noun's words (a possessive, or an
 * organisation's name as a modifier: "Globex brands"); between the noun and the list stand only
 * "include", "includes", "included", "including" (and "have", "also", "such as"). Each listed
 * name — set off by commas and a last "and", perhaps after a few lower-case describing words
 * ("sparkling wine Fjordlys") — is one of them, whatever type mention detection gave it (brands
 * and titles are often taken for people), but never a known place or a demonym ("its brands
 * include Malibu" would tie the city). Confidence 0.55.
 */
import type { RelationType } from '@kg/schema';
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { denote, entityType, nameAt } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { gazetteerClass } from '../countries.js';
import { emit } from '../emit.js';
import { nextListItem } from './list-items.js';
import type { SentenceTree } from '../tree.js';

interface Holding {
  type: RelationType;
  /** Owner types the noun takes. */
  owners: ReadonlySet<string>;
  /** The listed name is the relation's subject (a unit PART_OF its owner). */
  listedFirst?: boolean;
}

const ORG = new Set(['ORG']);
const MAKERS = new Set(['ORG', 'PERSON']);
const MAKES: Holding = { type: 'PRODUCES', owners: ORG };
const AUTHORS: Holding = { type: 'PRODUCES', owners: MAKERS };
const UNITS: Holding = { type: 'PART_OF', owners: ORG, listedFirst: true };

/** Plural nouns for what an owner holds, and what the listed names are to it. */
const HOLDINGS = new Map<string, Holding>([
  ['brands', MAKES],
  ['products', MAKES],
  ['titles', MAKES],
  ['beers', MAKES],
  ['drinks', MAKES],
  ['drugs', MAKES],
  ['medicines', MAKES],
  ['models', MAKES],
  ['hits', AUTHORS],
  ['albums', AUTHORS],
  ['singles', AUTHORS],
  ['songs', AUTHORS],
  ['books', AUTHORS],
  ['novels', AUTHORS],
  ['subsidiaries', UNITS],
  ['units', UNITS],
  ['divisions', UNITS],
]);
const INCLUDE = new Set(['include', 'includes', 'included', 'including']);
/** Words that may stand between the noun and "include" ("have included", "also include"). */
const BETWEEN = new Set(['have', 'has', 'had', 'also', 'now', 'already', 'will']);
/** Lower-case words that may describe a listed name ("sparkling wine Fjordlys"). */
const DESCRIBING = /^[\p{Ll}\d][\p{Ll}\d'-]*$/u;
const MAX_DESCRIBING = 3;
const MAX_ITEMS = 12;
/** Lower-case words between the owner and the noun ("Globex's best-known brands"). */
const MODIFIER = /^[\p{Ll}\d][\p{Ll}\d'-]*$/u;
const MAX_MODIFIERS = 3;
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
/** Words that end the walk back from the noun to its owner. */
const OWNER_STOPS = /^(a|an|the|other|whose)$/;
const LISTED_NOT = new Set(['GPE', 'LOC', 'NORP']);

export function includeListRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const n of tree.indices()) {
    const holding = HOLDINGS.get(tree.lower(n));
    if (!holding || tree.upos(n) === 'VERB') continue;
    const from = listStart(tree, n);
    if (from < 0) continue;
    const owners = ownersBefore(tree, ctx, n).filter((r) => holding.owners.has(r.type));
    if (owners.length === 0) continue;
    const listed = listedNames(tree, ctx, from).filter(
      (r) => !owners.some((o) => o.mention.entityId === r.mention.entityId),
    );
    if (listed.length === 0) continue;
    emit(out, tree, ctx, {
      type: holding.type,
      subjects: holding.listedFirst ? listed : owners,
      objects: holding.listedFirst ? owners : listed,
      confidence: 0.55,
      stance: { modality: 'asserted' },
      trigger: n,
      // The noun says what the names are; brands and titles are often typed as people.
      argumentClasses: holding.listedFirst ? ['any', 'actor'] : ['actor', 'any'],
    });
  }
  return out;
}

/** The first token of the list after the holdings noun at `n`, or -1 if no "include" follows. */
function listStart(tree: SentenceTree, n: number): number {
  let k = n + 1;
  while (tree.contains(k) && BETWEEN.has(tree.lower(k))) k++;
  if (!tree.contains(k) || !INCLUDE.has(tree.lower(k))) return -1;
  k++;
  if (tree.contains(k) && tree.lower(k) === ':') k++;
  return tree.contains(k) ? k : -1;
}

/** The owner written before the noun at `n`: "Globex's", "Globex", "its", past a few modifiers. */
function ownersBefore(tree: SentenceTree, ctx: Context, n: number): Ref[] {
  let k = n - 1;
  for (let seen = 0; seen < 2 * MAX_MODIFIERS && tree.contains(k); seen++) {
    // "best-known", which the tokeniser splits at the hyphen.
    const word = tree.token(k).text;
    if (nameAt(tree, k) || !(MODIFIER.test(word) || word === '-')) break;
    if (POSSESSIVE_PRONOUNS.has(tree.lower(k)) || OWNER_STOPS.test(tree.lower(k))) break;
    k--;
  }
  if (!tree.contains(k)) return [];
  if (POSSESSIVE_PRONOUNS.has(tree.lower(k))) return denote(tree, k, ctx);
  // "Globex, whose brands include …": the name right before the relative pronoun.
  if (tree.lower(k) === 'whose') {
    const at = tree.contains(k - 1) && tree.lower(k - 1) === ',' ? k - 2 : k - 1;
    const m = tree.contains(at) ? nameAt(tree, at) : undefined;
    return m && m.lastToken === at + 1 ? denote(tree, tree.headOfSpan(m), ctx) : [];
  }
  const possessive = /^['\u2019]s?$/.test(tree.token(k).text);
  const at = possessive ? k - 1 : k;
  const m = tree.contains(at) ? nameAt(tree, at) : undefined;
  if (!m || m.lastToken !== at + 1) return [];
  // A modifier without a possessive is an organisation's name only ("Globex brands").
  if (!possessive && entityType(tree, m) !== 'ORG') return [];
  return denote(tree, tree.headOfSpan(m), ctx);
}

/**
 * The names listed from token `from` on: set off by commas and a last "and", each perhaps after
 * a few lower-case describing words; the list ends at anything else.
 */
function listedNames(tree: SentenceTree, ctx: Context, from: number): Ref[] {
  const out: Ref[] = [];
  let i = from;
  let last = false;
  for (let items = 0; items < MAX_ITEMS && tree.contains(i); items++) {
    let name: MentionSpan | undefined;
    for (let d = 0; d <= MAX_DESCRIBING && tree.contains(i); d++) {
      const m = nameAt(tree, i);
      if (m) {
        name = m.firstToken === i ? m : undefined;
        break;
      }
      if (!DESCRIBING.test(tree.token(i).text) || /^(and|or|as|such)$/.test(tree.lower(i))) break;
      i++;
    }
    if (!name) return out;
    if (listable(tree, name)) out.push(...denote(tree, tree.headOfSpan(name), ctx));
    i = name.lastToken;
    // "Kaldt whisky, Nordvin rum and …": lower-case words after a name say what it is.
    for (let d = 0; d < MAX_DESCRIBING && tree.contains(i) && describesAfter(tree, i); d++) i++;
    const next = nextListItem(tree, i, last);
    if (!next) return out;
    ({ at: i, last } = next);
  }
  return out;
}

/** Whether token `k` is a lower-case noun after a listed name ("Kaldt whisky"). */
function describesAfter(tree: SentenceTree, k: number): boolean {
  return DESCRIBING.test(tree.token(k).text) && tree.upos(k) === 'NOUN';
}

/** A name that can be a holding: not a place or people the gazetteer or the types know. */
function listable(tree: SentenceTree, m: MentionSpan): boolean {
  if (m.kind !== 'name' || LISTED_NOT.has(m.type) || LISTED_NOT.has(entityType(tree, m))) {
    return false;
  }
  return gazetteerClass(tree.analysis.tokens, m) === undefined;
}
