export {
  ENTITY_TYPES,
  MENTION_TYPES,
  RELATION_TYPES,
  SYMMETRIC_RELATIONS,
  RELATION_FAMILIES,
  MODALITIES,
} from './types.js';
export type {
  EntityType,
  MentionType,
  RelationType,
  RelationFamily,
  Modality,
  Span,
  Mention,
  Entity,
  Evidence,
  Relation,
  DocumentInfo,
  Extraction,
} from './types.js';
export { ERROR_CODES, KgError, isKgError } from './errors.js';
export type { ErrorCode } from './errors.js';
export type {
  EntityAttributes,
  EvidenceRecord,
  RelationAttributes,
  GraphAttributes,
} from './graph-types.js';
