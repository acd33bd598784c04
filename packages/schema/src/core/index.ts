/**
 * Everything in `@kg/schema` that loads without zod: the types, error codes, modalities, flags and
 * extraction pieces. `@kg/schema/core` is this module alone; `@kg/schema` adds the API's zod
 * schemas. A process that only extracts (the `kg` command line, an extraction worker) imports
 * from here: building zod's schemas costs more CPU than the rest of a `kg --help` start-up.
 */
export {
  ENTITY_TYPES,
  MENTION_TYPES,
  RELATION_TYPES,
  SYMMETRIC_RELATIONS,
  RELATION_FAMILIES,
  MODALITIES,
} from '../types.js';
export type {
  EntityType,
  MentionType,
  RelationType,
  RelationFamily,
  Modality,
  Span,
  PlainSpan,
  Mention,
  Entity,
  Evidence,
  Relation,
  DocumentInfo,
  Extraction,
} from '../types.js';
export { attachNegativeValues } from '../flags.js';
export type { FlagTable } from '../flags.js';
export {
  MODALITY_STRENGTH,
  modalityStrength,
  strongerModality,
  weakerModality,
  strongestModality,
} from '../modality.js';
export { ERROR_CODES, KgError, isKgError } from '../errors.js';
export { PIECE_WEIGHT, extractionPieces } from '../pieces.js';
export type { ExtractionPiece } from '../pieces.js';
export type { ErrorCode } from '../errors.js';
export type {
  EntityAttributes,
  EvidenceRecord,
  RelationAttributes,
  GraphAttributes,
  DocumentRecord,
  StoredDocument,
  GraphCounts,
} from '../graph-types.js';
