/**
 * Names given as examples of a kind take the kind's type (issue 14): "towns such as Kadugli and
 * Talodi", "Dahuk and other cities", "lenders including Berenberg and Metzler", "chocolate
 * makers like Dolcetti Brothers", "a small town called Ashwell", "players such as Kovacs". A name
 * the rules only guessed (no cue, not in the gazetteer: the tagger read "Dahuk" and "Kadugli"
 * as persons, "Berenberg" as a place) is retyped; a capitalised word no mention covers
 * ("Dilling", "Norrix") becomes a mention of that type. The kind nouns are data
 * (`data/curated/kind-nouns.json`).
 *
 * The shapes, inside one sentence: a lower-case plural kind noun (or one opening the sentence)
 * that no mention covers, then right after it "such as", "like", "including", "especially" or
 * "notably" (no comma between: "critics in the province, such as Tomas Brinkov" lists no
 * province; a dash or a bracket after a plural may: "retailers - including Dornan, Velks -"), then names joined by commas and *and* / *or* (an article before a name allowed);
 * names, commas and *and* / *or*, then "other" and a plural kind noun; a kind noun, then
 * "called" or "named", then one name. Gazetteer names keep their type ("countries such as Jordan"), and so do peoples, events and
 * works ("groups such as the Kurds" is no list of bodies here: *groups* is no kind noun). A name
 * right before a possessive is no example ("leaders like Obama's plan").
 */
import type { Token } from './analysis.js';
import { remapRoles } from './join-spans.js';
import { readData } from './lexicon.js';
import type { Detected, RawMention } from './raw-mention.js';

export type KindType = 'GPE' | 'LOC' | 'ORG' | 'PERSON' | 'PRODUCT';

interface KindFile {
  GPE: string[];
  LOC: string[];
  ORG: string[];
  PERSON: string[];
  PRODUCT: string[];
}

let kinds: Map<string, KindType> | undefined;

/** Kind noun (lower case, singular or plural) → the type of its named examples. */
export function kindNouns(): Map<string, KindType> {
  if (kinds) return kinds;
  const file = readData<KindFile>('curated/kind-nouns.json');
  kinds = new Map<string, KindType>();
  for (const type of ['GPE', 'LOC', 'ORG', 'PERSON', 'PRODUCT'] as const) {
    for (const w of file[type]) kinds.set(w, type);
  }
  return kinds;
}

/** Words that introduce examples after a plural kind noun. */
const EXAMPLE_WORDS = new Set(['like', 'including', 'especially', 'notably']);
/** Words that introduce a name after a kind noun: "a town called Ashwell". */
const NAMING_WORDS = new Set(['called', 'named']);
/** Types a guessed name may have been given that an example's kind overrides. */
const NAME_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FACILITY']);
const LOWER_WORD = /^\p{Ll}+$/u;
/** A sentence's first word: "Banks such as …". */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /^['’]s?$/;
const ARTICLES = new Set(['the', 'a', 'an']);
/** Marks opening an aside right after the kind noun: "retailers - including …", "banks (such as …". */
const ASIDE_OPENERS = new Set(['-', '–', '—', '--', '(']);

/** One name of a list: tokens [first, last) and the mention over them, if any. */
interface Item {
  first: number;
  last: number;
  mention?: number;
}

/** Retypes or adds the names given as examples of a kind (see above). */
export function typeKindLists(tokens: readonly Token[], detected: Detected): Detected {
  const table = kindNouns();
  const { mentions } = detected;
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  const covered = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, n) => {
    startAt.set(m.firstToken, n);
    endAt.set(m.lastToken, n);
    covered.fill(n, m.firstToken, m.lastToken);
  });
  const retype = new Map<number, KindType>();
  const added: RawMention[] = [];
  const addedAt = new Set<number>();

  const apply = (items: Item[], type: KindType): void => {
    for (const item of items) {
      if (item.mention !== undefined) {
        const m = mentions[item.mention] as RawMention;
        if (m.kind !== 'name' || !NAME_TYPES.has(m.type)) continue;
        if (m.canonical !== undefined && m.confident) continue;
        if (m.type !== type) retype.set(item.mention, type);
      } else if (!addedAt.has(item.first)) {
        addedAt.add(item.first);
        added.push({
          firstToken: item.first,
          lastToken: item.last,
          type,
          entityType: type,
          kind: 'name',
          confident: true,
        });
      }
    }
  };

  for (let k = 0; k < tokens.length; k++) {
    const kind = tokens[k] as Token;
    const opens = tokens[k - 1]?.sentence !== kind.sentence;
    if (!LOWER_WORD.test(kind.text) && !(opens && TITLE_WORD.test(kind.text))) continue;
    if ((covered[k] ?? -1) >= 0) continue;
    const type = table.get(kind.lower);
    if (!type) continue;
    // "cities such as X", "lenders including X", "a town called X".
    // Right after the kind noun: after a comma "such as" may belong to a noun further back
    // ("critics of reform in the province, such as Tomas Brinkov").
    // A dash or a bracket opening an aside may stand between: "retailers - including X, Y -".
    // Only after a plural: "the town - like Tomas Brinkov -" compares a person to the town.
    const aside = ASIDE_OPENERS.has(tokens[k + 1]?.text ?? '') && kind.lower.endsWith('s');
    const j = aside ? k + 2 : k + 1;
    const word = tokens[j];
    if (word && sameSentence(tokens, k, j)) {
      if (word.lower === 'such' && tokens[j + 1]?.lower === 'as') {
        apply(itemsAfter(tokens, j + 2, startAt, covered), type);
      } else if (EXAMPLE_WORDS.has(word.lower)) {
        apply(itemsAfter(tokens, j + 1, startAt, covered), type);
      } else if (NAMING_WORDS.has(word.lower)) {
        apply(itemsAfter(tokens, j + 1, startAt, covered).slice(0, 1), type);
      }
    }
    // "X, Y and other cities".
    const other = tokens[k - 1];
    const conj = tokens[k - 2];
    if (other?.lower === 'other' && (conj?.lower === 'and' || conj?.lower === 'or')) {
      if (sameSentence(tokens, k - 2, k)) apply(itemsBefore(tokens, k - 2, endAt, mentions), type);
    }
  }
  if (!retype.size && !added.length) return detected;
  const kept = mentions.map((m, n): RawMention => {
    const type = retype.get(n);
    if (!type) return m;
    const { canonical: _c, lexClass: _l, yieldable: _y, group: _g, learnedPerson: _p, ...rest } = m;
    return { ...rest, type, entityType: type, kind: 'name', confident: true };
  });
  if (!added.length) return { mentions: kept, roles: detected.roles };
  return insertMentions({ mentions: kept, roles: detected.roles }, added);
}

/** Adds mentions (over tokens no mention covers) in token order, roles renumbered. */
export function insertMentions(detected: Detected, added: readonly RawMention[]): Detected {
  const all = [
    ...detected.mentions.map((m, n) => ({ m, n })),
    ...added.map((m) => ({ m, n: -1 })),
  ].sort((a, b) => a.m.firstToken - b.m.firstToken);
  const index = new Map<number, number>();
  all.forEach(({ n }, at) => {
    if (n >= 0) index.set(n, at);
  });
  return { mentions: all.map(({ m }) => m), roles: remapRoles(detected.roles, index) };
}

function sameSentence(tokens: readonly Token[], a: number, b: number): boolean {
  return !!tokens[a] && !!tokens[b] && tokens[a]?.sentence === tokens[b]?.sentence;
}

/** Names from token `j` on, joined by commas and and / or. */
function itemsAfter(
  tokens: readonly Token[],
  j: number,
  startAt: ReadonlyMap<number, number>,
  covered: Int32Array,
): Item[] {
  const items: Item[] = [];
  const sentence = tokens[j - 1]?.sentence;
  let at = j;
  for (;;) {
    if (ARTICLES.has(tokens[at]?.lower ?? '') && tokens[at]?.sentence === sentence) at++;
    const item = itemAt(tokens, at, startAt, covered, sentence);
    if (!item) break;
    const after = tokens[item.last];
    if (after && POSSESSIVE.test(after.text)) break;
    items.push(item);
    at = item.last;
    const sep = tokens[at];
    if (!sep || sep.sentence !== sentence) break;
    if (sep.text === ',') {
      at++;
      const conj = tokens[at]?.lower;
      if ((conj === 'and' || conj === 'or') && tokens[at]?.sentence === sentence) at++;
    } else if (sep.lower === 'and' || sep.lower === 'or') at++;
    else break;
  }
  return items;
}

/** The name at token `at`: a mention starting there, or a run of capitalised words. */
function itemAt(
  tokens: readonly Token[],
  at: number,
  startAt: ReadonlyMap<number, number>,
  covered: Int32Array,
  sentence: number | undefined,
): Item | undefined {
  const t = tokens[at];
  if (!t || t.sentence !== sentence) return undefined;
  const n = startAt.get(at);
  if (n !== undefined) return { first: at, last: endOf(covered, at, n), mention: n };
  if ((covered[at] ?? -1) >= 0) return undefined;
  if (!CAPITALISED.test(t.text) || t.pos === 'PRON' || t.pos === 'DET') return undefined;
  let last = at;
  while (
    tokens[last] &&
    tokens[last]?.sentence === sentence &&
    (covered[last] ?? -1) < 0 &&
    CAPITALISED.test(tokens[last]?.text ?? '')
  ) {
    last++;
  }
  // A run glued to what follows is part of a longer word or name ("Kool-XT").
  const next = tokens[last];
  if (next && next.start === tokens[last - 1]?.end && !/^[,.;:!?)]$/.test(next.text)) {
    return undefined;
  }
  return { first: at, last };
}

function endOf(covered: Int32Array, at: number, n: number): number {
  let last = at;
  while (covered[last] === n) last++;
  return last;
}

/** Names ending right before token `end`, walking back over commas (mentions only). */
function itemsBefore(
  tokens: readonly Token[],
  end: number,
  endAt: ReadonlyMap<number, number>,
  mentions: readonly RawMention[],
): Item[] {
  const items: Item[] = [];
  const sentence = tokens[end]?.sentence;
  let at = end;
  if (tokens[at - 1]?.text === ',') at--;
  for (;;) {
    const n = endAt.get(at);
    if (n === undefined) break;
    const first = (mentions[n] as RawMention).firstToken;
    if (tokens[first]?.sentence !== sentence) break;
    items.push({ first, last: at, mention: n });
    at = first;
    if (tokens[at - 1]?.text !== ',' || tokens[at - 1]?.sentence !== sentence) break;
    at--;
  }
  return items;
}
