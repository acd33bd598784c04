/**
 * Structural relations that need no verb: roles (title + name from the entities stage,
 * appositives "X, the spokesman for Y", copulas "X is the president of Y"), nationality
 * ("Russian ex-spy X"), compounds ("Iranian-made drones", "Tehran-backed militia", "Paris-based
 * firm"), parts ("X, which is a part of Y", "X, a province of Y") and locations ("X, based in Y").
 */
import type { RelationType } from '@kg/schema';
import type { RelationCandidate } from '../analysis.js';
import { countryMentionOf } from './countries.js';
import { emit } from './emit.js';
import type { ArgumentClass, Lexicon } from './lexicon.js';
import type { Scope } from './modality.js';
import { scopeAt } from './modality.js';
import type { SentenceView, Unit } from './sentence-view.js';
import { chains, isMention, isPossessive, regionRight } from './sentence-view.js';

const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'remains', 'became', 'becomes', 'as']);

interface RoleMatch {
  type: RelationType;
  /** Units used by the role words. */
  length: number;
}

/** A role noun starting at unit `i` ("prime minister", "spokesman"), with modifiers before it. */
function roleAt(units: Unit[], i: number, lex: Lexicon): RoleMatch | undefined {
  const first = units[i];
  if (!first || !(lex.roleFirstWords.has(first.lower) || lex.roleFirstWords.has(first.lemma))) {
    return undefined;
  }
  for (let n = lex.maxRoleWords; n >= 1; n--) {
    const words: string[] = [];
    for (let k = 0; k < n; k++) {
      const w = units[i + k];
      if (!w || isMention(w)) break;
      words.push(w.lower);
    }
    if (words.length !== n) continue;
    const type = lex.roles.get(words.join(' ')) ?? lex.roles.get(words.join(' ').replace(/s$/, ''));
    if (type) return { type, length: n };
  }
  return undefined;
}

function roleWords(units: Unit[], at: number, length: number): string {
  return units
    .slice(at, at + length)
    .map((u) => u.lower)
    .join(' ');
}

function subordinate(units: Unit[], from: number, to: number, lex: Lexicon): boolean {
  for (let k = from; k < to; k++) {
    if (lex.subordinateRoleModifiers.has(units[k]?.lower ?? '')) return true;
  }
  return false;
}

function downgrade(type: RelationType, sub: boolean): RelationType {
  return sub && type === 'LEADER_OF' ? 'MEMBER_OF' : type;
}

export function structuralRelations(
  view: SentenceView,
  lex: Lexicon,
  scopes: Scope[],
  out: RelationCandidate[],
): void {
  const { units } = view;
  const modalityAt = (u: number) => {
    const s = scopeAt(scopes, u);
    return { modality: s?.modality ?? 'asserted', attribution: s?.attribution };
  };
  const base = (
    u: Unit,
    type: RelationType,
    subjects: Unit[],
    objects: Unit[],
    confidence: number,
    argumentClasses?: [ArgumentClass, ArgumentClass],
  ) =>
    emit(out, lex, {
      view,
      type,
      subjects,
      objects,
      confidence,
      ...modalityAt(u.u),
      trigger: { start: u.start, end: u.end },
      argumentClasses,
    });

  for (let i = 0; i < units.length; i++) {
    const x = units[i] as Unit;

    // Role before a name: "Iran's foreign minister, Hossein Amirabdollahian,", "the head of the
    // IAEA, Rafael Grossi,", "Russia's ambassador to the UN, Vassily Nebenzia".
    const before = !isMention(x) ? roleAt(units, i, lex) : undefined;
    if (before && !roleAt(units, i + before.length, lex)) {
      let body: Unit | undefined;
      let m = i - 1;
      while (m >= 0 && /^(ADJ|NOUN|PROPN)$/.test(units[m]?.pos ?? '') && !isMention(units[m])) m--;
      if (isPossessive(units[m]) && isMention(units[m - 1])) body = units[m - 1];
      let r = i + before.length;
      if (/^(of|for|at|to)$/.test(units[r]?.lower ?? '')) {
        let comma = r + 1;
        while (comma < units.length && units[comma]?.lower !== ',') comma++;
        const end = regionRight(units, r + 1, comma);
        const found = chains(units, r + 1, end);
        if (!body && units[r]?.lower !== 'to') body = found[found.length - 1]?.[0];
        r = end;
      }
      const person = units[r]?.lower === ',' ? units[r + 1] : undefined;
      if (body && isMention(person) && person.entityType === 'PERSON') {
        const type = downgrade(before.type, subordinate(units, m + 1, i, lex));
        base(x, type, [person], [body], 0.7);
      }
    }

    // Compounds: "Iranian-made drones", "Paris-based firm".
    if (isMention(x) && units[i + 1]?.lower === '-') {
      const part = units[i + 2];
      const frame = part ? lex.compounds.get(part.lower) : undefined;
      if (part && frame) {
        const end = regionRight(units, i + 3);
        const heads = chains(units, i + 3, end);
        const head = heads[heads.length - 1];
        if (head) {
          const [s, o] = frame.headIsSubject ? [head, [x]] : [[x], head];
          base(part, frame.type, s, o, 0.75, frame.arguments);
        }
      }
    }

    if (isMention(x)) {
      // Appositive or copula role: "X, the spokesman for Y", "X is the president of Y".
      const person = x.entityType === 'PERSON';
      let k = i + 1;
      const comma = units[k]?.lower === ',';
      if (comma || BE_FORMS.has(units[k]?.lower ?? '')) {
        k++;
        const which = units[k]?.pos === 'PRON' && /^(which|that)$/.test(units[k]?.lower ?? '');
        if (which) k++;
        if (which && BE_FORMS.has(units[k]?.lower ?? '')) k++;
        while (units[k]?.pos === 'DET') k++;
        const modsFrom = k;
        while (
          units[k] &&
          !isMention(units[k]) &&
          /^(ADJ|NOUN|PROPN)$/.test(units[k]?.pos ?? '') &&
          !roleAt(units, k, lex) &&
          !lex.partNouns.has(units[k]?.lemma ?? '')
        ) {
          k++;
        }
        let role = roleAt(units, k, lex);
        // "deputy head": the last role word is the head, the earlier ones modify it.
        while (role && roleAt(units, k + role.length, lex)) {
          k += role.length;
          role = roleAt(units, k, lex);
        }
        // Organisations and countries are members and allies, not presidents.
        if (role && !person && !lex.nonPersonRoles.has(roleWords(units, k, role.length))) {
          role = undefined;
        }
        // "as part of" is an idiom, not membership.
        const idiom = units[i + 1]?.lower === 'as';
        const part =
          !role && !idiom && lex.partNouns.has(units[k]?.lemma ?? '') ? units[k] : undefined;
        const next = k + (role?.length ?? 1);
        const prep = units[next]?.lower ?? '';
        if ((role || part) && /^(of|for|at|in)$/.test(prep)) {
          const end = regionRight(units, next + 1);
          const found = chains(units, next + 1, end);
          const last = found[found.length - 1];
          // The named body must head the phrase: not "part of Microsoft's plans", "part of the
          // Great Britain relay quartet", "head of BT's business unit".
          const tail = last ? units.slice((last[last.length - 1] as Unit).u + 1, end) : [];
          const headed = !tail.some(
            (t) => isPossessive(t) || t.pos === 'NOUN' || t.pos === 'PROPN',
          );
          const objs = headed ? last : undefined;
          if (objs && role && !(role.type === 'COOPERATES_WITH' && prep !== 'of')) {
            const type = downgrade(role.type, subordinate(units, modsFrom, k, lex));
            base(units[k] as Unit, type, [x], objs, 0.75);
          } else if (objs && part && prep === 'of') {
            base(part, 'PART_OF', [x], objs, 0.75);
          }
        }
        // "X, the Y spokesman" / "X, Y's spokesman": organisation before the role.
        if (person && !role && comma) {
          let m = i + 2;
          while (units[m]?.pos === 'DET') m++;
          const org = units[m];
          let r = m + 1;
          if (isPossessive(units[r])) r++;
          while (units[r] && /^(ADJ|NOUN)$/.test(units[r]?.pos ?? '') && !roleAt(units, r, lex))
            r++;
          const role2 = isMention(org) ? roleAt(units, r, lex) : undefined;
          if (org && role2) {
            base(
              units[r] as Unit,
              downgrade(role2.type, subordinate(units, m + 1, r, lex)),
              [x],
              [org],
              0.7,
            );
          }
        }
      }

      // Location: "X, based in Y", "X headquartered in Y".
      let c = i + 1;
      if (units[c]?.lower === ',') c++;
      if (/^(which|that|who)$/.test(units[c]?.lower ?? '')) c++;
      if (/^(is|are|was|were)$/.test(units[c]?.lower ?? '')) c++;
      for (const cue of lex.locationCues) {
        if (cue.every((w, n) => units[c + n]?.lower === w)) {
          const end = regionRight(units, c + cue.length);
          const objs = chains(units, c + cue.length, end)[0];
          if (objs) base(units[c] as Unit, 'LOCATED_IN', [x], objs, 0.75);
        }
      }

      // Nationality: "Russian ex-spy Sergei Skripal" (no role noun: roles come from the entities stage).
      if (x.entityType !== 'PERSON') {
        let m = i + 1;
        let personNoun: Unit | undefined;
        while (units[m] && !isMention(units[m]) && /^(ADJ|NOUN|PUNCT)$/.test(units[m]?.pos ?? '')) {
          const w = units[m] as Unit;
          if (w.pos === 'PUNCT' && w.lower !== '-') break;
          if (lex.personNouns.has(w.lemma) || lex.personNouns.has(w.lower)) personNoun = w;
          m++;
        }
        // "two Canadian citizens, Michael Kovrig and Michael Spavor"
        if (personNoun && units[m]?.lower === ',') m++;
        const name = units[m];
        if (personNoun && isMention(name) && name.entityType === 'PERSON' && m - i <= 5) {
          const end = regionRight(units, m);
          const names = (chains(units, m, end)[0] ?? [name]).filter(
            (n) => n.entityType === 'PERSON',
          );
          base(personNoun, 'AFFILIATED_WITH', names, [x], 0.7);
        }
      }
    }
  }
}

/** Roles found by the entities stage (title + name), as relations. */
export function roleRelations(
  view: SentenceView,
  lex: Lexicon,
  scopes: Scope[],
  out: RelationCandidate[],
): void {
  const analysis = view.analysis;
  const byMention = new Map<number, Unit>();
  for (const u of view.units) if (u.mention) byMention.set(u.mention.i, u);
  for (const role of analysis.roles ?? []) {
    const unit = byMention.get(role.person);
    const original = analysis.mentions[role.person];
    if (!unit || !original) continue;
    // The unit may stand for the person's country ("Biden's administration"); the role is the person's.
    const person: Unit = { ...unit, mention: original, entityType: 'PERSON' };
    let org = role.of === undefined ? undefined : byMention.get(role.of);
    let confidence = 0.85;
    if (!org && role.relation === 'LEADER_OF' && lex.headOfStateTitles.has(role.head)) {
      // "President Joe Biden": the country from data/leaders.json, when the text names it.
      const country = countryMentionOf(analysis, original.entityId);
      if (country) org = { ...person, mention: country, entityType: 'GPE' };
      confidence = 0.7;
    }
    if (!org) continue;
    const scope = scopeAt(scopes, person.u);
    const title = analysis.text
      .slice(role.start, role.end)
      .toLowerCase()
      .split(/[\s-]+/);
    const sub = title.some((w) => lex.subordinateRoleModifiers.has(w));
    emit(out, lex, {
      view,
      type: downgrade(role.relation, sub),
      subjects: [person],
      objects: [org],
      confidence,
      modality: scope?.modality === 'negated' ? 'negated' : 'asserted',
      trigger: { start: role.start, end: role.end },
    });
  }
}
