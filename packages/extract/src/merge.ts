/**
 * Cross-document merge of extractions: one entity per real-world thing across the documents of
 * a run, matched by normalised name and alias within a type family (people, organisations,
 * places, things, events). Relations follow their entities; repeated ones keep one edge with all
 * their evidence. Ids are renumbered e1..eN in order of first appearance.
 */
import { modalityStrength, SYMMETRIC_RELATIONS } from '@kg/schema/core';
import type { Entity, EntityType, Evidence, Extraction, Relation } from '@kg/schema';
import { EXTRACTOR_VERSION } from './extractor.js';

/** Types that may name the same thing in different documents ("Georgia" as GPE or LOC). */
const FAMILY: Record<EntityType, string> = {
  PERSON: 'person',
  ORG: 'org',
  GPE: 'place',
  LOC: 'place',
  FACILITY: 'place',
  WEAPON: 'thing',
  PRODUCT: 'thing',
  EVENT: 'event',
};

/** The form names are compared in: case, quotes, "the", possessive and dots do not count. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/[."\u201c\u201d]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Cluster {
  entities: Entity[];
  family: string;
}

function chooseName(cluster: Cluster): string {
  const counts = new Map<string, { name: string; mentions: number }>();
  for (const e of cluster.entities) {
    const key = nameKey(e.name);
    const entry = counts.get(key) ?? { name: e.name, mentions: 0 };
    entry.mentions += Math.max(1, e.mentions.length);
    if (e.name.length > entry.name.length) entry.name = e.name;
    counts.set(key, entry);
  }
  const best = [...counts.values()].sort(
    (a, b) => b.mentions - a.mentions || b.name.length - a.name.length,
  )[0];
  return best?.name ?? cluster.entities[0]?.name ?? '';
}

function chooseType(cluster: Cluster): EntityType {
  const counts = new Map<EntityType, number>();
  for (const e of cluster.entities) {
    counts.set(e.type, (counts.get(e.type) ?? 0) + Math.max(1, e.mentions.length));
  }
  let best = cluster.entities[0]?.type ?? 'ORG';
  for (const [type, n] of counts) if (n > (counts.get(best) ?? 0)) best = type;
  return best;
}

function mergeCluster(cluster: Cluster, id: string): Entity {
  const name = chooseName(cluster);
  const seen = new Set([nameKey(name)]);
  const aliases: string[] = [];
  for (const e of cluster.entities) {
    for (const alias of [e.name, ...e.aliases]) {
      const key = nameKey(alias);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      aliases.push(alias);
    }
  }
  return {
    id,
    name,
    type: chooseType(cluster),
    aliases,
    mentions: cluster.entities.flatMap((e) => e.mentions),
  };
}

/** Groups entities: same name, or one's name is the other's alias, within a type family. */
function cluster(list: readonly Extraction[]): {
  clusters: Cluster[];
  clusterOf: Map<Entity, number>;
} {
  const clusters: Cluster[] = [];
  const clusterOf = new Map<Entity, number>();
  const byName = new Map<string, Set<number>>();
  const byAlias = new Map<string, Set<number>>();
  const add = (index: Map<string, Set<number>>, key: string, c: number) => {
    if (!key) return;
    const set = index.get(key) ?? new Set<number>();
    set.add(c);
    index.set(key, set);
  };
  for (const extraction of list) {
    for (const entity of extraction.entities) {
      const family = FAMILY[entity.type] ?? entity.type;
      const key = (name: string) => `${family}\u0000${nameKey(name)}`;
      const nameMatches = byName.get(key(entity.name)) ?? new Set<number>();
      let target: number | undefined;
      if (nameMatches.size === 1) {
        target = [...nameMatches][0];
      } else if (nameMatches.size === 0) {
        // Only a name may match an alias (never alias to alias), and only when unambiguous:
        // "Kirby" as a surname alias in two documents does not make two people one.
        const viaAlias = new Set<number>(byAlias.get(key(entity.name)) ?? []);
        for (const alias of entity.aliases) {
          for (const c of byName.get(key(alias)) ?? []) viaAlias.add(c);
        }
        if (viaAlias.size === 1) target = [...viaAlias][0];
      }
      if (target === undefined) {
        target = clusters.length;
        clusters.push({ entities: [], family });
      }
      clusters[target]?.entities.push(entity);
      clusterOf.set(entity, target);
      add(byName, key(entity.name), target);
      for (const alias of entity.aliases) add(byAlias, key(alias), target);
    }
  }
  return { clusters, clusterOf };
}

function evidenceKey(e: Evidence): string {
  return `${e.doc}\u0000${e.start}\u0000${e.end}`;
}

/** Adds `next`'s evidence not yet in `seen` (the keys of `into`'s evidence, kept up to date). */
function mergeRelation(into: Relation, next: Relation, seen: Set<string>): void {
  for (const e of next.evidence) {
    const key = evidenceKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    into.evidence.push(e);
  }
  if (modalityStrength(next.modality) > modalityStrength(into.modality)) {
    into.modality = next.modality;
    if (next.attribution) into.attribution = next.attribution;
    else delete into.attribution;
  }
  into.confidence = Math.max(into.confidence, next.confidence);
}

/**
 * Merges the extractions of several documents into one: entities matched by normalised name and
 * alias within a type family, relations re-keyed to the merged entities (self-loops dropped,
 * symmetric relations in one direction) with their evidence concatenated, ids renumbered e1..eN.
 *
 * @example
 * const merged = mergeExtractions([extractor.extract(a), extractor.extract(b)]);
 */
export function mergeExtractions(list: readonly Extraction[]): Extraction {
  const { clusters, clusterOf } = cluster(list);
  const entities = clusters.map((c, i) => mergeCluster(c, `e${i + 1}`));

  const relations = new Map<string, { relation: Relation; evidence: Set<string> }>();
  for (const extraction of list) {
    const local = new Map<string, number>();
    for (const entity of extraction.entities) {
      const c = clusterOf.get(entity);
      if (c !== undefined) local.set(entity.id, c);
    }
    for (const relation of extraction.relations) {
      const s = local.get(relation.subject);
      const o = local.get(relation.object);
      if (s === undefined || o === undefined || s === o) continue;
      const [a, b] = SYMMETRIC_RELATIONS.has(relation.predicate) && o < s ? [o, s] : [s, o];
      const subject = `e${a + 1}`;
      const object = `e${b + 1}`;
      const key = [subject, relation.predicate, object, relation.label ?? ''].join('|');
      const existing = relations.get(key);
      if (existing) {
        mergeRelation(existing.relation, relation, existing.evidence);
      } else {
        relations.set(key, {
          relation: { ...relation, subject, object, evidence: [...relation.evidence] },
          evidence: new Set(relation.evidence.map(evidenceKey)),
        });
      }
    }
  }

  return {
    extractorVersion: list[0]?.extractorVersion ?? EXTRACTOR_VERSION,
    documents: list.flatMap((e) => e.documents),
    entities,
    relations: [...relations.values()].map((r) => r.relation),
  };
}
