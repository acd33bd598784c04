/**
 * A business named after its owner, as its subject (issue 14): "McDonald's said its sales
 * rose", "Dorrick's has closed", "Sainsbury's posted a record profit": the possessive owns
 * nothing written after it when a saying verb (`cues.json` *personVerbs*), *has* or *posted*
 * follows it right away, so it is part of the name ("McDonald's", not "McDonald"). Not *is, was,
 * had*, as often a contraction or an owned thing left out ("Reed's was the only goal", "Reed's
 * had enough"), nor a verb that is also a noun or an adjective ("Labour's plans").
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';

/**
 * Verbs of a business after its name that are no noun or adjective after a possessive ("Labour's
 * plans", "Houston's reported drug use", "Reed's posts" are owned things), nor the past
 * participle of a contraction of *has* ("Reed's had enough").
 */
const COMPANY_VERBS = new Set(['has', 'posted']);

/** Is the token after a possessive a verb its business does ("McDonald's said")? */
export function possessiveBeforeVerb(next: Token, lex: Lexicon): boolean {
  if (next.text !== next.lower) return false;
  return lex.personVerbs.has(next.lower) || COMPANY_VERBS.has(next.lower);
}
