/**
 * An extraction cut for a trip between threads: one message of a large extraction (1 MB of
 * text: tens of thousands of entities and relations, megabytes once serialised) holds the
 * sending thread and the receiving one for a fifth of a second each; in pieces of a few hundred
 * kilobytes, sent or read one per turn of the event loop, neither holds its loop for more than a
 * few milliseconds. Pieces are cut by weight, not by count: an entity weighs one plus its
 * mentions, a relation one plus its evidence items and their sentences (one per 100
 * characters), so an entity mentioned a thousand times or a relation whose evidence quotes
 * kilobytes of text does not make one piece a hundred times another.
 */
import type { Entity, Extraction, Relation } from './types.js';

/** Entities and relations of one piece, in the extraction's order. */
export interface ExtractionPiece {
  entities: Entity[];
  relations: Relation[];
}

/** Weight of one piece at most (a single heavier item makes a piece of its own). */
export const PIECE_WEIGHT = 2000;

/** Characters of evidence sentence that weigh as much as one row. */
const CHARS_PER_ROW = 100;

function entityWeight(entity: Entity): number {
  return 1 + entity.mentions.length;
}

function relationWeight(relation: Relation): number {
  let weight = 1;
  for (const evidence of relation.evidence) {
    weight += 1 + Math.floor(evidence.text.length / CHARS_PER_ROW);
  }
  return weight;
}

/**
 * The extraction without its entities and relations (`head`), and those cut into pieces of at
 * most `maxWeight` (see above); put back together in order, they are the extraction. One that
 * weighs no more than `maxWeight` in all comes back whole, without pieces.
 */
export function extractionPieces(
  extraction: Extraction,
  maxWeight = PIECE_WEIGHT,
): { head: Extraction; pieces: ExtractionPiece[] } {
  const pieces: ExtractionPiece[] = [];
  let current: ExtractionPiece = { entities: [], relations: [] };
  let weight = 0;
  /** Starts a new piece when `itemWeight` more would take this one over `maxWeight`. */
  const room = (itemWeight: number): ExtractionPiece => {
    if (weight > 0 && weight + itemWeight > maxWeight) {
      pieces.push(current);
      current = { entities: [], relations: [] };
      weight = 0;
    }
    weight += itemWeight;
    return current;
  };
  for (const entity of extraction.entities) room(entityWeight(entity)).entities.push(entity);
  for (const relation of extraction.relations) {
    room(relationWeight(relation)).relations.push(relation);
  }
  if (pieces.length === 0) return { head: extraction, pieces: [] };
  if (weight > 0) pieces.push(current);
  return { head: { ...extraction, entities: [], relations: [] }, pieces };
}
