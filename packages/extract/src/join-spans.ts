/**
 * Joins runs of mentions into one: each span replaces the mentions it covers by the mention it
 * carries. A span that would cut a mention in two, or overlaps an earlier span, is left out.
 * Roles whose person goes are dropped; a role's qualifier that goes is dropped from the role.
 */
import type { Detected, RawMention, RawRole } from './mentions.js';

export interface JoinedSpan {
  first: number;
  /** Exclusive. */
  last: number;
  /** The mention over the span, with `firstToken` = `first` and `lastToken` = `last`. */
  mention: RawMention;
}

export function joinSpans(detected: Detected, spans: JoinedSpan[]): Detected {
  if (!spans.length) return detected;
  const { mentions } = detected;
  const order = [...spans].sort((a, b) => a.first - b.first || b.last - a.last);
  const gone = new Set<number>();
  const added: RawMention[] = [];
  let reach = -1;
  for (const span of order) {
    if (span.first < reach) continue;
    const inside: number[] = [];
    let cut = false;
    mentions.forEach((m, k) => {
      if (m.lastToken <= span.first || m.firstToken >= span.last) return;
      if (m.firstToken < span.first || m.lastToken > span.last) cut = true;
      else inside.push(k);
    });
    if (cut) continue;
    for (const k of inside) gone.add(k);
    added.push({ ...span.mention, firstToken: span.first, lastToken: span.last });
    reach = span.last;
  }
  if (!added.length) return detected;
  const all = [
    ...mentions.map((m, k) => ({ m, k })).filter(({ k }) => !gone.has(k)),
    ...added.map((m) => ({ m, k: -1 })),
  ].sort((a, b) => a.m.firstToken - b.m.firstToken);
  const kept: RawMention[] = [];
  const index = new Map<number, number>();
  for (const { m, k } of all) {
    if (k >= 0) index.set(k, kept.length);
    kept.push(m);
  }
  return { mentions: kept, roles: remapRoles(detected.roles, index) };
}

/**
 * The mentions `drop` does not name, with their roles renumbered (`detected` itself when none
 * goes): what the passes that throw out words taken for names share.
 */
export function dropMentions(
  detected: Detected,
  drop: (m: RawMention, n: number) => boolean,
): Detected {
  const gone = detected.mentions.map(drop);
  if (!gone.some(Boolean)) return detected;
  const mentions: RawMention[] = [];
  const index = new Map<number, number>();
  detected.mentions.forEach((m, n) => {
    if (gone[n]) return;
    index.set(n, mentions.length);
    mentions.push(m);
  });
  return { mentions, roles: remapRoles(detected.roles, index) };
}

/**
 * Roles renumbered after their mentions moved (`index`: old mention index → new): a role whose
 * person is gone is dropped, one whose body is gone keeps its person.
 */
export function remapRoles(
  roles: readonly RawRole[],
  index: ReadonlyMap<number, number>,
): RawRole[] {
  const out: RawRole[] = [];
  for (const r of roles) {
    const person = index.get(r.person);
    if (person === undefined) continue;
    const of = r.of !== undefined ? index.get(r.of) : undefined;
    const { of: _of, ...rest } = r;
    out.push({ ...rest, person, ...(of !== undefined ? { of } : {}) });
  }
  return out;
}

/** Marks the tokens some mention covers (1) among `length` tokens: what passes adding mentions skip. */
export function coveredTokens(length: number, mentions: readonly RawMention[]): Uint8Array {
  const covered = new Uint8Array(length);
  for (const m of mentions) covered.fill(1, m.firstToken, m.lastToken);
  return covered;
}
