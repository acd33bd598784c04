/**
 * Curation rules: the user's corrections to resolution, kept in the store and replayed on
 * every ingest so they survive re-ingest. A merge and a retype redirect one key to another;
 * a split sends the mentions of one alias of an entity to an entity of their own; a rename
 * pins a label; a reject keeps a relation out of the graph (its ends followed through later
 * merges and retypes); an accept marks a relation reviewed and lifts an earlier reject.
 */
import type { CurationRule, EntityType, RelationType } from '@kg/schema';
import { SYMMETRIC_RELATIONS } from '@kg/schema';
import { normaliseName, relationKey } from './names.js';

export type { CurationRule };
export type CurationOp = CurationRule['op'];

/** The rules folded into look-up tables, in the order they were made. */
export class CurationRules {
  private readonly redirects = new Map<string, string>();
  private readonly splits = new Map<string, Map<string, string>>();
  private readonly labels = new Map<string, string>();
  private readonly types = new Map<string, EntityType>();
  /** Rejected relation keys as written; `rejectedNow` holds them with their ends redirected. */
  private readonly rejections = new Set<string>();
  private rejectedNow: Set<string> | undefined;

  constructor(rules: readonly CurationRule[] = []) {
    for (const rule of rules) this.add(rule);
  }

  add(rule: CurationRule): void {
    this.rejectedNow = undefined;
    switch (rule.op) {
      case 'merge':
        this.redirects.set(rule.key, rule.into);
        break;
      case 'split': {
        let byAlias = this.splits.get(rule.key);
        if (!byAlias) this.splits.set(rule.key, (byAlias = new Map()));
        byAlias.set(normaliseName(rule.alias), rule.newKey);
        // A split re-creates what an earlier merge folded away.
        this.redirects.delete(rule.newKey);
        break;
      }
      case 'rename':
        this.labels.set(rule.key, rule.label);
        break;
      case 'retype':
        this.redirects.set(rule.key, rule.newKey);
        this.redirects.delete(rule.newKey);
        this.types.set(rule.newKey, rule.type);
        break;
      case 'reject':
        this.rejections.add(rule.key);
        break;
      case 'accept':
        this.rejections.delete(rule.key);
        break;
    }
  }

  /** Whether a relation, its ends already redirected, was rejected. */
  isRejected(subject: string, predicate: RelationType, object: string): boolean {
    if (this.rejections.size === 0) return false;
    if (!this.rejectedNow) {
      this.rejectedNow = new Set();
      for (const key of this.rejections) {
        const [subject = '', predicate = '', object = ''] = key.split('|');
        const s = this.redirect(subject);
        const o = this.redirect(object);
        const p = predicate as RelationType;
        this.rejectedNow.add(relationKey(s, p, o));
        // A symmetric relation is kept in canonical direction, which a merge may turn round.
        if (SYMMETRIC_RELATIONS.has(p)) this.rejectedNow.add(relationKey(o, p, s));
      }
    }
    return this.rejectedNow.has(relationKey(subject, predicate, object));
  }

  /** Follows merge and retype redirects to the key an entity lives under now. */
  redirect(key: string): string {
    // Most keys were never merged or retyped: no chain to follow.
    if (!this.redirects.has(key)) return key;
    const seen = new Set<string>();
    let current = key;
    for (;;) {
      const next = this.redirects.get(current);
      if (next === undefined || seen.has(next)) return current;
      seen.add(current);
      current = next;
    }
  }

  /** The key a mention with this surface form of entity `key` goes to after splits. */
  splitKey(key: string, surface: string): string | undefined {
    return this.splits.get(key)?.get(normaliseName(surface));
  }

  /** The keys split off entity `key` (empty when none). */
  splitTargets(key: string): string[] {
    return [...(this.splits.get(key)?.values() ?? [])];
  }

  hasSplits(key: string): boolean {
    return this.splits.has(key);
  }

  label(key: string): string | undefined {
    return this.labels.get(key);
  }

  type(key: string): EntityType | undefined {
    return this.types.get(key);
  }
}
