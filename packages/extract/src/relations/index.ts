/**
 * Relation rules: per sentence, verb and noun predicates with their frames (predicates.ts),
 * structural relations (roles, compounds, parts, locations: structure.ts), modality and
 * attribution (modality.ts). Knowledge lives in data/verb-frames.json, data/nominal-frames.json
 * and data/modality-cues.json. Work per sentence is linear in its length, apart from short
 * bounded look-aheads.
 */
import type { Analysis, RelationCandidate } from '../analysis.js';
import { relationLexicon } from './lexicon.js';
import { SentenceRules } from './predicates.js';
import { sentenceViews } from './sentence-view.js';
import { roleRelations, structuralRelations } from './structure.js';

/**
 * Finds relation candidates between the resolved mentions of an analysed document.
 *
 * @example
 * findRelations(analyse(loadNlp(), 'd', 'Iran sold drones to Russia.'));
 * // [{ subject: 'iran', predicate: 'SUPPLIES', object: 'russia', modality: 'asserted', … }]
 */
export function findRelations(analysis: Analysis): RelationCandidate[] {
  const lex = relationLexicon();
  const found: RelationCandidate[] = [];
  for (const view of sentenceViews(analysis, lex)) {
    if (view.units.length < 2) continue;
    const rules = new SentenceRules(view, lex, found);
    rules.run();
    structuralRelations(view, lex, rules.scopes, found);
    roleRelations(view, lex, rules.scopes, found);
  }
  return dedupe(found);
}

/** One candidate per (subject, predicate, object, sentence): the most confident. */
function dedupe(found: RelationCandidate[]): RelationCandidate[] {
  const best = new Map<string, RelationCandidate>();
  for (const c of found) {
    const key = `${c.subject}|${c.predicate}|${c.object}|${c.sentence}`;
    const prev = best.get(key);
    if (!prev || c.confidence > prev.confidence) best.set(key, c);
  }
  return [...best.values()];
}
