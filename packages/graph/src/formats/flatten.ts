/**
 * Scalar views of entity and relation attributes for formats whose attributes must be scalars
 * (Gephi Lite JSON, GEXF, GraphML, CSV, Neo4j): aliases joined, evidence reduced to a count.
 */
import type { EntityAttributes, RelationAttributes } from '@kg/schema';

/** Joins aliases in flat formats; aliases containing it are split wrongly on import. */
export const ALIAS_SEPARATOR = '; ';

export interface FlatEntity {
  label: string;
  type: string;
  aliases: string;
  mentionCount: number;
  documentCount: number;
  firstSeen: string;
  lastSeen: string;
}

export interface FlatRelation {
  predicate: string;
  /** Verb phrase of an open (RELATED_TO) relation; empty otherwise. */
  relationLabel: string;
  weight: number;
  modality: string;
  evidenceCount: number;
  firstSeen: string;
  lastSeen: string;
}

export function flattenEntity(attributes: EntityAttributes): FlatEntity {
  return {
    label: attributes.label,
    type: attributes.type,
    aliases: (attributes.aliases ?? []).join(ALIAS_SEPARATOR),
    mentionCount: attributes.mentionCount ?? 0,
    documentCount: attributes.documentCount ?? 0,
    firstSeen: attributes.firstSeen ?? '',
    lastSeen: attributes.lastSeen ?? '',
  };
}

export function flattenRelation(attributes: RelationAttributes): FlatRelation {
  return {
    predicate: attributes.predicate,
    relationLabel: attributes.label ?? '',
    weight: attributes.weight,
    modality: attributes.modality,
    evidenceCount: attributes.evidence?.length ?? 0,
    firstSeen: attributes.firstSeen ?? '',
    lastSeen: attributes.lastSeen ?? '',
  };
}

/** Characters XML 1.0 forbids (C0 controls but tab and newlines, U+FFFE/FFFF, lone surrogates). */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '\uFFFD');
}

export function escapeXml(text: string): string {
  return (
    xmlSafe(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Parsers fold raw line breaks and tabs in attribute values into spaces: keep them as references.
      .replace(/\n/g, '&#10;')
      .replace(/\r/g, '&#13;')
      .replace(/\t/g, '&#9;')
  );
}
