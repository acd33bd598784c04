/**
 * Test helper for the relation rules: an Analysis built from a sentence with the real wink-nlp
 * tokeniser, the real parser and hand-given mentions, so rule tests do not depend on mention detection.
 */
import type { EntityType, MentionType } from '@kg/schema';
import { expect, it } from 'vitest';
import type { Analysis, EntityCluster, MentionKind, MentionSpan, RoleSpan } from '../analysis.js';
import { loadNlp } from '../nlp.js';
import { loadSharedParser, parseTokens } from '../parse-stage.js';
import { tokenise } from '../tokens.js';
import { findRelations } from './index.js';

/** [surface text, entity id, mention type, kind?, group?] — found left to right in the text. */
export type GivenMention = [string, string, MentionType, MentionKind?, string?];

/** A title before a person: [title text, person entity id, of entity id?, relation]. */
export type GivenRole = [string, string, string | undefined, RoleSpan['relation']];

export function analysisOf(text: string, given: GivenMention[], roles: GivenRole[] = []): Analysis {
  const { tokens, sentences } = tokenise(loadNlp(), text);
  parseTokens(loadSharedParser(), tokens, sentences);
  const mentions: MentionSpan[] = [];
  const entities = new Map<string, EntityCluster>();
  let from = 0;
  for (const [surface, entityId, type, kind, group] of given) {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`analysisOf: "${surface}" not found after ${from}`);
    const end = start + surface.length;
    from = end;
    const first = tokens.findIndex((t) => t.start >= start);
    let last = first;
    while (last < tokens.length && (tokens[last]?.end ?? Infinity) <= end) last++;
    const entityType: EntityType = type === 'NORP' ? 'GPE' : type;
    mentions.push({
      i: mentions.length,
      entityId,
      start,
      end,
      firstToken: first,
      lastToken: last,
      text: surface,
      type,
      kind: kind ?? 'name',
      sentence: tokens[first]?.sentence ?? 0,
      ...(group ? { group } : {}),
    });
    const known = entities.get(entityId);
    if (known) known.aliases.push(surface);
    else entities.set(entityId, { id: entityId, name: surface, type: entityType, aliases: [] });
  }
  const roleSpans: RoleSpan[] = roles.map(([title, person, of, relation]) => {
    const start = text.indexOf(title);
    const personMention = mentions.find((m) => m.entityId === person && m.start > start);
    const ofMention = of === undefined ? undefined : mentions.find((m) => m.entityId === of);
    if (start < 0 || !personMention) throw new Error(`analysisOf: role "${title}" not placed`);
    return {
      person: personMention.i,
      ...(ofMention ? { of: ofMention.i } : {}),
      head: title.toLowerCase(),
      relation,
      start,
      end: start + title.length,
    };
  });
  return { docId: 'test', text, tokens, sentences, mentions, entities, roles: roleSpans };
}

/** Relations as "subject PREDICATE object modality" strings, for readable assertions. */
export function triplesOf(text: string, given: GivenMention[], roles: GivenRole[] = []): string[] {
  return findRelations(analysisOf(text, given, roles)).map(
    (r) => `${r.subject} ${r.predicate} ${r.object} ${r.modality}`,
  );
}

/**
 * A table case: [text, mentions, triples that must be found ("s PRED o modality"), triples that
 * must not be found ("s PRED o", any modality), roles from the entities stage].
 */
export type RelationCase = [string, GivenMention[], string[], string[]?, GivenRole[]?];

/** One test per case: the must triples are found, the must-not ones are not. */
export function relationTable(cases: RelationCase[]): void {
  it.each(cases)('%s', (text, mentions, expected, forbidden = [], roles = []) => {
    const found = triplesOf(text, mentions, roles);
    for (const t of expected) expect(found).toContain(t);
    const bare = found.map((f) => f.split(' ').slice(0, 3).join(' '));
    for (const t of forbidden) expect(bare).not.toContain(t);
  });
}
