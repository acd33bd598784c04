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
  mentions?: readonly { type: string }[];
}

/** Types one extractor may give the same place or body; a match across them is allowed. */
const COMPATIBLE: Partial<Record<EntityType, readonly EntityType[]>> = {
  GPE: ['GPE', 'LOC'],
  LOC: ['LOC', 'GPE'],
};

function compatible(a: EntityType, b: EntityType): boolean {
  return a === b || (COMPATIBLE[a]?.includes(b) ?? false);
}

/** alias normal form → entity key → how it names that entity. */
export class ResolverIndex {
  private readonly byName = new Map<string, Map<string, NameKind>>();
  private readonly byKey = new Map<string, { type: EntityType; names: string[] }>();

  get size(): number {
    return this.byKey.size;
  }

  /** (Re)indexes one entity from its attributes. */
  index(key: string, attrs: Pick<EntityAttributes, 'label' | 'type' | 'aliases'>): void {
    this.remove(key);
    const entries = nameEntries(attrs);
    for (const [norm, kind] of entries) this.link(norm, key, kind);
    this.byKey.set(key, { type: attrs.type, names: [...entries.keys()] });
  }

  /**
   * Adds one name of an entity as a store read it (`names` rows): a store resolves a document
   * against the few entities its names could mean, not against everything it holds.
   */
  add(norm: string, key: string, kind: NameKind, type: EntityType): void {
    this.link(norm, key, kind);
    const known = this.byKey.get(key);
    if (!known) this.byKey.set(key, { type, names: [norm] });
    else if (!known.names.includes(norm)) known.names.push(norm);
  }

  /** Makes a key known with its type, whatever its names (an entity found by key). */
  addKey(key: string, type: EntityType): void {
    if (!this.byKey.has(key)) this.byKey.set(key, { type, names: [] });
  }

  private link(norm: string, key: string, kind: NameKind): void {
    let keys = this.byName.get(norm);
    if (!keys) this.byName.set(norm, (keys = new Map()));
    keys.set(key, kind);
  }

  remove(key: string): void {
    const known = this.byKey.get(key);
    if (!known) return;
    for (const norm of known.names) {
      const keys = this.byName.get(norm);
      keys?.delete(key);
      if (keys?.size === 0) this.byName.delete(norm);
    }
    this.byKey.delete(key);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /**
   * Keys a normal form names with one of `kinds`, of a type compatible with `type` (any type
   * when `type` is null).
   */
  lookup(norm: string, type: EntityType | null, kinds: readonly NameKind[]): string[] {
    const keys = this.byName.get(norm);
    if (!keys) return [];
    const out: string[] = [];
    for (const [key, kind] of keys) {
      const known = this.byKey.get(key);
      if (!known || !kinds.includes(kind)) continue;
      if (type === null || compatible(type, known.type)) out.push(key);
    }
    return out;
  }

  /**
   * The key an extracted entity resolves to: its own key when known; else the one entity its
   * name (or a variant of it) names; else the one known entity named exactly by one of its
   * own short forms (the extractor's surname or acronym aliases, its derived surname or
   * acronym); else its own new key.
   */
  resolve(entity: EntityCandidate): { key: string; known: boolean } {
    const own = entityKey(entity.type, entity.name);
    if (this.byKey.has(own)) return { key: own, known: true };
    const norm = normaliseName(entity.name);
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

function unique(keys: readonly string[]): string | undefined {
  return keys.length === 1 ? keys[0] : undefined;
}
