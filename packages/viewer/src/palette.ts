/**
 * Visual vocabulary: a colour and a shape per entity type, a colour per relation family and a
 * dash pattern per modality. The family table mirrors `RELATION_FAMILIES` in `@kg/schema`; the
 * type-level check below fails to compile if the two ever disagree.
 */
import type {
  EntityType,
  Modality,
  MODALITY_STRENGTH,
  RELATION_FAMILIES,
  RelationFamily,
  RelationType,
} from '@kg/schema';

export type NodeShape = 'circle' | 'square' | 'triangle' | 'diamond';

export const ENTITY_STYLES: Record<EntityType, { color: string; shape: NodeShape; name: string }> =
  {
    GPE: { color: '#3b6fb6', shape: 'circle', name: 'Country / city' },
    PERSON: { color: '#d1495b', shape: 'circle', name: 'Person' },
    ORG: { color: '#e08a1e', shape: 'square', name: 'Organisation' },
    FACILITY: { color: '#2a9d8f', shape: 'square', name: 'Facility' },
    LOC: { color: '#5a9e3a', shape: 'triangle', name: 'Place' },
    EVENT: { color: '#b8860b', shape: 'triangle', name: 'Event' },
    WEAPON: { color: '#8e5ea2', shape: 'diamond', name: 'Weapon' },
    PRODUCT: { color: '#8d6e63', shape: 'diamond', name: 'Product' },
  };

export const FAMILY_STYLES: Record<RelationFamily, { color: string; name: string }> = {
  conflict: { color: '#c62828', name: 'Conflict' },
  hostile: { color: '#ef6c00', name: 'Hostile' },
  support: { color: '#2e7d32', name: 'Support' },
  material: { color: '#6a1b9a', name: 'Material' },
  structure: { color: '#78909c', name: 'Structure' },
  other: { color: '#a1887f', name: 'Other' },
};

type Families = typeof RELATION_FAMILIES;
type FamilyOf<R extends RelationType> = {
  [F in keyof Families]: R extends Families[F][number] ? F : never;
}[keyof Families];

/** Relation type → family; each entry is checked against `RELATION_FAMILIES` at compile time. */
export const FAMILY_OF: { [R in RelationType]: FamilyOf<R> } = {
  ATTACKS: 'conflict',
  THREATENS: 'conflict',
  ANNEXES: 'conflict',
  ARRESTS: 'conflict',
  SUES: 'conflict',
  CRITICIZES: 'hostile',
  ACCUSES: 'hostile',
  PRESSURES: 'hostile',
  SANCTIONS: 'hostile',
  SUPPLIES: 'support',
  SUPPORTS: 'support',
  COOPERATES_WITH: 'support',
  MEETS: 'support',
  DEPLOYS_TO: 'support',
  VISITS: 'support',
  USES: 'material',
  PRODUCES: 'material',
  ACQUIRES: 'material',
  LEADER_OF: 'structure',
  SPOKESPERSON_OF: 'structure',
  MEMBER_OF: 'structure',
  PART_OF: 'structure',
  LOCATED_IN: 'structure',
  AFFILIATED_WITH: 'structure',
  RELATED_TO: 'other',
};

export const ENTITY_TYPE_LIST = Object.keys(ENTITY_STYLES) as EntityType[];
export const RELATION_TYPE_LIST = Object.keys(FAMILY_OF) as RelationType[];
/** Strongest first; typed as `MODALITY_STRENGTH` so a different order fails to compile. */
export const MODALITY_LIST: typeof MODALITY_STRENGTH = [
  'asserted',
  'reported',
  'alleged',
  'considered',
  'negated',
];

/** Dash and gap lengths in pixels; solid claims have none. */
export const MODALITY_DASHES: Record<Modality, { dash: number; gap: number }> = {
  asserted: { dash: 0, gap: 0 },
  reported: { dash: 7, gap: 4 },
  alleged: { dash: 3, gap: 3 },
  considered: { dash: 10, gap: 6 },
  negated: { dash: 1, gap: 5 },
};

const PREDICATE_TEXT = new Map<string, string>();

/** "COOPERATES_WITH" → "cooperates with" (cached: it runs once per edge on load). */
export function predicateText(predicate: RelationType): string {
  let text = PREDICATE_TEXT.get(predicate);
  if (text === undefined) {
    text = predicate.toLowerCase().replace(/_/g, ' ');
    PREDICATE_TEXT.set(predicate, text);
  }
  return text;
}

export const DIMMED_NODE = '#e4e7ec';
export const DIMMED_EDGE = '#eef0f3';
export const HIGHLIGHT = '#111827';
export const PATH_COLOR = '#f59e0b';

/** Colours for communities (colour-blind-safe first, then muted), reused past twelve. */
const COMMUNITY_COLORS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#d55e00',
  '#56b4e9',
  '#8c6d31',
  '#7b4173',
  '#3f7f5f',
  '#b5a400',
  '#6b6ecf',
  '#ad494a',
];
/** Nodes that arrived without a community. */
export const NO_COMMUNITY = '#9ca3af';

export function communityColor(community: number | undefined): string {
  if (community === undefined || community < 0) return NO_COMMUNITY;
  return COMMUNITY_COLORS[community % COMMUNITY_COLORS.length] ?? NO_COMMUNITY;
}
