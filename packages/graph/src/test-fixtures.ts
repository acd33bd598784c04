/**
 * Test fixtures: extractions written by hand from short texts, so graph tests read as
 * behaviour ("Iran supplied drones to Russia" → one SUPPLIES edge) without the extractor.
 * Used by tests only; not exported from the package.
 */
import { createHash } from 'node:crypto';
import type { EntityType, Extraction, Modality, RelationType } from '@kg/schema';

export interface EntitySpec {
  name: string;
  type: EntityType;
  /** Other names it goes by in this text; every occurrence of name and aliases is a mention. */
  aliases?: string[];
}

export interface RelationSpec {
  subject: string;
  predicate: RelationType;
  object: string;
  modality?: Modality;
}

export interface FixtureDocument {
  id: string;
  hash: string;
  text: string;
  extraction: Extraction;
}

function occurrences(text: string, surface: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`\\b${surface.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\b`, 'gu');
  for (const m of text.matchAll(re)) out.push(m.index);
  return out;
}

/** Sentence spans: split after . ! ? followed by a space. */
function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?](\s+|$)/gu)) {
    const end = m.index + 1;
    out.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * An extraction of `text`: every occurrence of an entity's name or alias is a mention; each
 * relation gets one evidence item per sentence naming both ends.
 */
export function fixture(
  id: string,
  text: string,
  entities: EntitySpec[],
  relations: RelationSpec[] = [],
  extractorVersion = '1.0.0',
): FixtureDocument {
  const hash = createHash('sha256').update(text).digest('hex');
  const ids = new Map<string, string>();
  const spans = new Map<string, { start: number; end: number }[]>();
  // Longest surface first, across entities: a shorter name inside a longer mention ("Moyes" in
  // "David Moyes") is not a mention of its own.
  const taken: { start: number; end: number }[] = [];
  const found = entities.map(() => [] as Extraction['entities'][number]['mentions']);
  const surfaces = entities
    .flatMap((spec, i) => [spec.name, ...(spec.aliases ?? [])].map((surface) => ({ surface, i })))
    .sort((a, b) => b.surface.length - a.surface.length);
  for (const { surface, i } of surfaces) {
    const spec = entities[i];
    if (!spec) continue;
    for (const start of occurrences(text, surface)) {
      const end = start + surface.length;
      if (taken.some((m) => m.start < end && start < m.end)) continue;
      taken.push({ start, end });
      found[i]?.push({ doc: id, start, end, text: surface, type: spec.type });
    }
  }
  const extraction: Extraction = {
    extractorVersion,
    documents: [{ id, hash, format: 'text', chars: text.length }],
    entities: entities.map((spec, i) => {
      const entityId = `e${i + 1}`;
      ids.set(spec.name, entityId);
      const mentions = (found[i] ?? []).sort((a, b) => a.start - b.start);
      spans.set(entityId, mentions);
      return {
        id: entityId,
        name: spec.name,
        type: spec.type,
        aliases: spec.aliases ?? [],
        mentions,
      };
    }),
    relations: [],
  };
  for (const rel of relations) {
    const subject = ids.get(rel.subject);
    const object = ids.get(rel.object);
    if (!subject || !object) throw new Error(`fixture: unknown entity in ${JSON.stringify(rel)}`);
    const within = (entity: string, s: { start: number; end: number }) =>
      (spans.get(entity) ?? []).some((m) => m.start >= s.start && m.end <= s.end);
    const evidence = sentences(text)
      .filter((s) => within(subject, s) && within(object, s))
      .map((s) => ({
        doc: id,
        start: s.start,
        end: s.end,
        text: text.slice(s.start, s.end),
        modality: rel.modality ?? 'asserted',
        confidence: 0.8,
      }));
    if (evidence.length === 0) throw new Error(`fixture: no sentence for ${JSON.stringify(rel)}`);
    extraction.relations.push({
      subject,
      predicate: rel.predicate,
      object,
      modality: rel.modality ?? 'asserted',
      confidence: 0.8,
      evidence,
    });
  }
  return { id, hash, text, extraction };
}
