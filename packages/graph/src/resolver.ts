/**
 * Cross-document entity resolution. An index from normalised names to entity keys, built
 * from the graph's labels and aliases, answers "which known entity is this extracted one?":
 * by key, by name or name variant (acronym, surname, a run of words), by one of its own name
 * variants naming a known entity — and only when the answer is unambiguous. Demonyms and
 * capitals arrive as aliases from in-document resolution; they point *to* an entity but never
 * pull a new entity into another one, except one named by a demonym alone.
 */
import type { EntityAttributes, EntityType } from '@kg/schema';
import { acronymOf, entityKey, isAcronym, isVariantOf, normaliseName, surnameOf } from './names.js';

/** How a normal form names an entity: its label, a shortened form of it, or another alias. */
export type NameKind = 'name' | 'variant' | 'alias';

/** The parts of an extracted entity resolution looks at. */
export interface EntityCandidate {
  name: string;
  type: EntityType;
  aliases: readonly string[];
  mentions?: readonly { type: string; sheet?: boolean }[];
}

/** Types one extractor may give the same place or body; a match across them is allowed. */
const COMPATIBLE: Partial<Record<EntityType, readonly EntityType[]>> = {
  GPE: ['GPE', 'LOC'],
  LOC: ['LOC', 'GPE'],
};

function compatible(a: EntityType, b: EntityType): boolean {
  return a === b || (COMPATIBLE[a]?.includes(b) ?? false);
}

/** Keys one normal form names with one kind: a lone key as itself (most names), else a list. */
type Keys = string | string[];

const KINDS: readonly NameKind[] = ['name', 'variant', 'alias'];

/**
 * alias normal form → entity key → how it names that entity. Kept compact, since a graph keeps
 * its index for as long as it lives: one map per kind from a normal form to the key it names
 * (the graph's own key string) or, when several, their list; per key its type and the normal
 * forms it was indexed under (one string, or a list).
 */
export class ResolverIndex {
  private readonly byKind: Record<NameKind, Map<string, Keys>> = {
    name: new Map(),
    variant: new Map(),
    alias: new Map(),
  };
  private readonly types = new Map<string, EntityType>();
  private readonly namesOf = new Map<string, string | string[]>();

  /**
   * `typeOf`, when given, says which keys exist and their type (a graph's index reads them from
   * the graph's nodes, so it keeps no copy); without it the index keeps the types it is given.
   */
  constructor(private readonly typeOf?: (key: string) => EntityType | undefined) {}

  private typeOfKey(key: string): EntityType | undefined {
    return this.typeOf ? this.typeOf(key) : this.types.get(key);
  }

  /** (Re)indexes one entity from its attributes. */
  index(key: string, attrs: Pick<EntityAttributes, 'label' | 'type' | 'aliases'>): void {
    this.remove(key);
    let names: string | string[] | undefined;
    for (const [norm, kind] of nameEntries(attrs)) {
      this.link(norm, key, kind);
      if (names === undefined) names = norm;
      else if (typeof names === 'string') names = [names, norm];
      else names.push(norm);
    }
    if (!this.typeOf) this.types.set(key, attrs.type);
    if (names !== undefined) this.namesOf.set(key, names);
  }

  /**
   * Adds one name of an entity as a store read it (`names` rows): a store resolves a document
   * against the few entities its names could mean, not against everything it holds.
   */
  add(norm: string, key: string, kind: NameKind, type: EntityType): void {
    this.link(norm, key, kind);
    this.addKey(key, type);
    const names = this.namesOf.get(key);
    if (names === undefined) this.namesOf.set(key, norm);
    else if (typeof names === 'string') {
      if (names !== norm) this.namesOf.set(key, [names, norm]);
    } else if (!names.includes(norm)) names.push(norm);
  }

  /** Makes a key known with its type, whatever its names (an entity found by key). */
  addKey(key: string, type: EntityType): void {
    if (!this.typeOf && !this.types.has(key)) this.types.set(key, type);
  }

  /** Links a normal form to a key with one kind (a key has one kind per normal form). */
  private link(norm: string, key: string, kind: NameKind): void {
    for (const other of KINDS) if (other !== kind) this.unlink(this.byKind[other], norm, key);
    const map = this.byKind[kind];
    const keys = map.get(norm);
    if (keys === undefined) map.set(norm, key);
    else if (typeof keys === 'string') {
      if (keys !== key) map.set(norm, [keys, key]);
    } else if (!keys.includes(key)) keys.push(key);
  }

  private unlink(map: Map<string, Keys>, norm: string, key: string): void {
    const keys = map.get(norm);
    if (keys === undefined) return;
    if (typeof keys === 'string') {
      if (keys === key) map.delete(norm);
      return;
    }
    const at = keys.indexOf(key);
    if (at < 0) return;
    keys.splice(at, 1);
    if (keys.length === 1) map.set(norm, keys[0] as string);
  }

  remove(key: string): void {
    const names = this.namesOf.get(key);
    if (names !== undefined) {
      for (const norm of typeof names === 'string' ? [names] : names) {
        for (const kind of KINDS) this.unlink(this.byKind[kind], norm, key);
      }
    }
    this.types.delete(key);
    this.namesOf.delete(key);
  }

  has(key: string): boolean {
    return this.typeOfKey(key) !== undefined;
  }

  /**
   * Keys a normal form names with one of `kinds`, of a type compatible with `type` (any type
   * when `type` is null).
   */
  lookup(norm: string, type: EntityType | null, kinds: readonly NameKind[]): string[] {
    const out: string[] = [];
    for (const kind of kinds) {
      const keys = this.byKind[kind].get(norm);
      if (keys === undefined) continue;
      if (typeof keys === 'string') this.keep(keys, type, out);
      else for (const key of keys) this.keep(key, type, out);
    }
    return out;
  }

  private keep(key: string, type: EntityType | null, out: string[]): void {
    const known = this.typeOfKey(key);
    if (known !== undefined && (type === null || compatible(type, known))) out.push(key);
  }

  /**
   * The key an extracted entity resolves to: its own key when known; else the one entity its
   * name (or a variant of it) names; else the one known entity named exactly by one of its
   * own short forms (the extractor's surname or acronym aliases, its derived surname or
   * acronym); else its own new key.
   */
  resolve(entity: EntityCandidate): { key: string; known: boolean } {
    const own = entityKey(entity.type, entity.name);
    if (this.has(own)) return { key: own, known: true };
    const norm = normaliseName(entity.name);
    // Named only on team sheets: a bare name there is a player, not whoever else of another
    // document has that surname, so only its own name finds a known entity.
    if (onSheetsOnly(entity)) {
      const byOwnName = unique(this.lookup(norm, entity.type, ['name']));
      return byOwnName ? { key: byOwnName, known: true } : { key: own, known: false };
    }
    const byName = unique(this.lookup(norm, entity.type, ['name', 'variant']));
    if (byName) return { key: byName, known: true };
    // The same full name typed otherwise by another document's extractor: one name, one
    // entity, whose type the store votes over all its mentions ("Amazon" typed a place once).
    const sameName = unique(this.lookup(norm, null, ['name']));
    if (sameName) return { key: sameName, known: true };
    const shortForms = new Set<string>();
    for (const alias of entity.aliases) {
      if (isVariantOf(alias, entity.name)) shortForms.add(normaliseName(alias));
    }
    const derived = entity.type === 'PERSON' ? surnameOf(entity.name) : acronymOf(entity.name);
    if (derived && (entity.type === 'PERSON' || derived.length >= 3)) shortForms.add(derived);
    if (isAcronym(entity.name)) {
      // "IRGC" arriving after "Islamic Revolutionary Guard Corps" is found by name above;
      // here the known entity may carry the acronym only as an alias.
      shortForms.add(norm);
    }
    const found = new Set<string>();
    for (const form of shortForms) {
      for (const key of this.lookup(form, entity.type, ['name'])) found.add(key);
    }
    const byShort = unique([...found]);
    if (byShort) return { key: byShort, known: true };
    // Named only by a demonym ("Iranian" with no "Iran" in the text): the one entity that
    // demonym is a known alias of.
    const mentions = entity.mentions ?? [];
    if (mentions.length > 0 && mentions.every((m) => m.type === 'NORP')) {
      const byDemonym = unique(this.lookup(norm, entity.type, ['alias']));
      if (byDemonym) return { key: byDemonym, known: true };
    }
    return { key: own, known: false };
  }
}

/**
 * The normal forms an entity answers to, with how: its label (`name`), a person's surname or an
 * organisation's acronym (`variant`), and its aliases (`variant` when a shortened form of the
 * label, else `alias`). What the resolver index and a store's `names` table hold.
 */
export function nameEntries(
  attrs: Pick<EntityAttributes, 'label' | 'type' | 'aliases'>,
): Map<string, NameKind> {
  const entries = new Map<string, NameKind>();
  const add = (norm: string | undefined, kind: NameKind): void => {
    if (!norm) return;
    const prev = entries.get(norm);
    if (prev === 'name' || (prev === 'variant' && kind === 'alias')) return;
    entries.set(norm, kind);
  };
  add(normaliseName(attrs.label), 'name');
  if (attrs.type === 'PERSON') add(surnameOf(attrs.label), 'variant');
  else if (!isAcronym(attrs.label)) {
    const acronym = acronymOf(attrs.label);
    if (acronym && acronym.length >= 3) add(acronym, 'variant');
  }
  for (const alias of attrs.aliases) {
    const kind: NameKind =
      isVariantOf(alias, attrs.label) || isVariantOf(attrs.label, alias) ? 'variant' : 'alias';
    add(normaliseName(alias), kind);
  }
  return entries;
}

/**
 * The normal forms `resolve` may look up for an extracted entity: what a store reads from its
 * `names` table before resolving a document.
 */
export function lookupForms(entity: EntityCandidate): string[] {
  const forms = new Set<string>([normaliseName(entity.name)]);
  for (const alias of entity.aliases) {
    if (isVariantOf(alias, entity.name)) forms.add(normaliseName(alias));
  }
  const derived = entity.type === 'PERSON' ? surnameOf(entity.name) : acronymOf(entity.name);
  if (derived) forms.add(derived);
  forms.delete('');
  return [...forms];
}

/** Every mention of the entity is a name on a team sheet (`Mention.sheet`). */
function onSheetsOnly(entity: EntityCandidate): boolean {
  const mentions = entity.mentions ?? [];
  return mentions.length > 0 && mentions.every((m) => m.sheet === true);
}

function unique(keys: readonly string[]): string | undefined {
  return keys.length === 1 ? keys[0] : undefined;
}
