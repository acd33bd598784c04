/**
 * Patterns over UD labels, tags and words that several groups of repairs test, made once: a
 * regular expression literal is a new object each time it is evaluated.
 */

export const IS_VERB_AUX = /^(VERB|AUX)$/;

export const IS_NOUN_PROPN = /^(NOUN|PROPN)$/;

export const STARTS_NSUBJ_OBJ_IOBJ_OBL_NMOD = /^(nsubj|obj|iobj|obl|nmod)/;

export const STARTS_NSUBJ = /^nsubj/;

export const STARTS_NMOD_OBL = /^(nmod|obl)/;

export const IS_COMPOUND_AMOD_FLAT = /^(compound|amod|flat)$/;

export const IS_CASE_CC_MARK = /^(case|cc|mark)$/;

export const STARTS_NSUBJ_OBJ = /^(nsubj|obj)/;

export const STARTS_NSUBJ_CSUBJ_EXPL = /^(nsubj|csubj|expl)/;

export const STARTS_AUX = /^aux/;

export const IS_NOUN_PROPN_PRON = /^(NOUN|PROPN|PRON)$/;

export const ENDS_ING = /ing$/;

export const NOMINAL = /^(NOUN|PROPN|ADJ|NUM)$/;

export const LOOSE_LABELS = new Set([
  'conj',
  'obl',
  'list',
  'dep',
  'parataxis',
  'nmod',
  'vocative',
  'obj',
]);
