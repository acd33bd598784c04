/**
 * The tagger's tags and their BIO labels. Tags are coarse (the kinds every training corpus
 * agrees on); the mention stage turns them into our entity types with the gazetteers and cues
 * ("place" → GPE or LOC or FACILITY, MISC → NORP, EVENT, PRODUCT…).
 */
export const NER_TAGS = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerTag = (typeof NER_TAGS)[number];

/** Label 0 is O; then B-tag, I-tag for each tag in order. */
export const LABEL_COUNT = 1 + 2 * NER_TAGS.length;

export const O = 0;
export const beginOf = (tag: number) => 1 + 2 * tag;
export const insideOf = (tag: number) => 2 + 2 * tag;
/** Tag index of a label (-1 for O). */
export const tagOf = (label: number) => (label === O ? -1 : (label - 1) >> 1);
export const isBegin = (label: number) => label !== O && (label - 1) % 2 === 0;
export const isInside = (label: number) => label !== O && (label - 1) % 2 === 1;

/** Human-readable label ("B-PER"), for tests and debugging. */
export function labelName(label: number): string {
  if (label === O) return 'O';
  return `${isBegin(label) ? 'B' : 'I'}-${NER_TAGS[tagOf(label)] ?? '?'}`;
}
