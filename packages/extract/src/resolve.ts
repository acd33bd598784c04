/**
 * In-document resolution: groups mentions into entities. Gazetteer mentions join their canonical
 * entity (so "Tehran" as an actor and "Iranian" join Iran); a surname or given name alone joins
 * the one full name it belongs to; an acronym joins the name it follows in parentheses or whose
 * initials it spells; "the latter" / "the former" and simple pronouns (he, she, his, her; its)
 * point back to the last fitting entity. The entity's name is its most specific full form and
 * its aliases are the other surface forms.
 */
import type { EntityType, MentionType } from '@kg/schema';
import type { EntityCluster, MentionKind, MentionSpan, RoleSpan, Token } from './analysis.js';
import { loadLexicon } from './lexicon.js';
import { markCreditTitles } from './credit-titles.js';
import type { Detected, RawMention } from './mentions.js';
import { SHORT_FORM } from './short-form-orgs.js';

const ACRONYM = /^(?:\p{Lu}[\p{Lu}\d&]{1,6}|(?:\p{Lu}\.){2,4})$/u;
const INITIAL_SKIP = new Set(['of', 'the', 'and', 'for', '&', 'de', 'on', 'in', 'la', 'le', '-']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);
const THING_PRONOUNS = new Set(['its']);
/** Short forms of street words and the word in full. */
const STREET_FORMS = new Map([
  ['st', 'street'],
  ['st.', 'street'],
  ['rd', 'road'],
  ['rd.', 'road'],
  ['ave', 'avenue'],
  ['ave.', 'avenue'],
]);
/** The shortest word `oneLetterApart` reads as a spelling of another. */
/** A name ending in its owner's "'s" ("mcdonald's"). */
const POSSESSIVE_NAME = /\s?['\u2019]s$/u;
const MIN_VARIANT_LENGTH = 6;
/** How far back (in sentences) a pronoun may look for its antecedent. */
const PRONOUN_WINDOW = 2;

interface Node {
  raw: RawMention;
  text: string;
  key: string;
}

export interface Resolved {
  mentions: MentionSpan[];
  entities: Map<string, EntityCluster>;
  roles: RoleSpan[];
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p !== k) {
      p = this.find(p);
      this.parent.set(k, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Lower case without diacritics: "Nicolás" and "Nicolas" are one name. */
const fold = (s: string) =>
  /^[\x20-\x7e]*$/.test(s)
    ? s.toLowerCase()
    : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const wordsOf = (s: string) => s.split(/[\s]+/).filter((w) => /\p{L}/u.test(w));
const initials = (name: string) =>
  name
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !INITIAL_SKIP.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/** Resolves detected mentions of one document into entities. */
export function resolveMentions(
  text: string,
  tokens: Token[],
  detected: Detected,
  isCommon: (lower: string) => boolean = () => false,
): Resolved {
  markCreditTitles(tokens, detected, loadLexicon());
  const surface = (m: RawMention) =>
    text.slice(tokens[m.firstToken]?.start ?? 0, tokens[m.lastToken - 1]?.end ?? 0);
  const nodes: Node[] = detected.mentions.map((raw) => {
    const t = surface(raw);
    // A known person shares the key of the same name written out, accents or not.
    const key = raw.canonical
      ? raw.entityType === 'PERSON'
        ? `N:${fold(raw.canonical)}`
        : `G:${raw.entityType}:${raw.canonical.toLowerCase()}`
      : `N:${fold(t).replace(/\s+/g, ' ')}`;
    return { raw, text: t, key };
  });
  const uf = new UnionFind();

  // Type votes per surface key, so an unconfident "Smith" follows a confident one.
  const votes = new Map<string, Map<EntityType, number>>();
  for (const n of nodes) {
    if (n.raw.canonical) continue;
    const v = votes.get(n.key) ?? new Map<EntityType, number>();
    v.set(n.raw.entityType, (v.get(n.raw.entityType) ?? 0) + (n.raw.confident ? 10 : 1));
    votes.set(n.key, v);
  }
  const typeMemo = new Map<string, EntityType>();
  const typeOfKey = (key: string, fallback: EntityType): EntityType => {
    const known = typeMemo.get(key);
    if (known) return known;
    const type = voteOfKey(key, fallback);
    typeMemo.set(key, type);
    return type;
  };
  const voteOfKey = (key: string, fallback: EntityType): EntityType => {
    const v = votes.get(key);
    if (!v) return fallback;
    return [...v].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
  };
  const isConfident = (n: Node) => n.raw.confident || !!n.raw.canonical;
  const { locativePrepositions } = loadLexicon();
  const afterLocative = (m: RawMention) => {
    const prev = tokens[m.firstToken - 1];
    return (
      !!prev &&
      prev.sentence === tokens[m.firstToken]?.sentence &&
      locativePrepositions.has(prev.lower)
    );
  };

  // People: a full name owns its surname and given name (a people's name, "Roman Catholic",
  // owns no "Catholic").
  const fullNames = nodes.filter(
    (n) =>
      n.raw.lastToken - n.raw.firstToken >= 2 &&
      n.raw.type !== 'NORP' &&
      (n.raw.entityType === 'PERSON' || typeOfKey(n.key, n.raw.entityType) === 'PERSON') &&
      wordsOf(n.text).length >= 2,
  );
  // Full names that open with a known given name ("Neil Jordan", not "China Daily said").
  const { givenNames } = loadLexicon();
  const sureNames = new Set(
    fullNames
      .filter((n) => isConfident(n) && givenNames.has(fold(wordsOf(n.text)[0] ?? '')))
      .map((n) => n.key),
  );
  const partOwners = new Map<string, Set<string>>();
  for (const n of fullNames) {
    const words = wordsOf(n.text.replace(/-/g, ' - '));
    // A hyphenated surname is a part whole too ("Kilroy-Silk" of "Robert Kilroy-Silk").
    const whole = wordsOf(n.text);
    const parts = new Set([
      words[words.length - 1] ?? '',
      words[0] ?? '',
      words.slice(1).join(' '),
      words.slice(-2).join(' '),
      ...(whole.length >= 2 && /-/.test(n.text)
        ? [whole[whole.length - 1] ?? '', whole.slice(1).join(' ')]
        : []),
    ]);
    for (const part of parts) {
      if (!part || part === n.text) continue;
      const owners = partOwners.get(fold(part)) ?? new Set<string>();
      owners.add(n.key);
      partOwners.set(fold(part), owners);
    }
  }
  // A name written with an initial joins the one full name it abbreviates: "K Holmes" / "K.
  // Holmes" and "Kari Holmes" (a team sheet after the story), so "Holmes" alone has one owner.
  const initialled = /^\p{Lu}\.?$/u;
  const bySurname = new Map<string, Node[]>();
  for (const n of fullNames) {
    const words = wordsOf(n.text);
    if (words.length !== 2 || initialled.test(words[0] ?? '')) continue;
    const key = fold(words[1] ?? '');
    bySurname.set(key, [...(bySurname.get(key) ?? []), n]);
  }
  for (const n of fullNames) {
    const [initial, surname, ...rest] = wordsOf(n.text);
    if (!initial || !surname || rest.length || !initialled.test(initial)) continue;
    const letter = fold(initial)[0] ?? '';
    const full = (bySurname.get(fold(surname)) ?? []).filter((f) => fold(f.text)[0] === letter);
    if (new Set(full.map((f) => uf.find(f.key))).size === 1 && full[0]) {
      uf.union(full[0].key, n.key);
    }
  }
  // Full names that are part of a longer full name join it ("Ola Vik" in "Kari Ola Vik").
  const { peerTitles } = loadLexicon();
  for (const n of nodes) {
    if (n.raw.kind === 'acronym') continue;
    let owners = partOwners.get(fold(n.text));
    // "Lady Thatcher" after "Margaret Thatcher": a peer's title and a surname name the one
    // person named in full with that surname.
    const words = wordsOf(n.text);
    if (!owners && words.length === 2 && peerTitles.has(fold(words[0] ?? ''))) {
      const others = [...(partOwners.get(fold(words[1] ?? '')) ?? [])].filter((k) => k !== n.key);
      if (others.length === 1) owners = new Set(others);
    }
    if (!owners || new Set([...owners].map((k) => uf.find(k))).size !== 1) continue;
    const owner = [...owners][0] ?? '';
    // A place word that is the surname of the one person named in full ("Neil Jordan" …
    // "Jordan said") is that person, unless a locative preposition makes it a place ("in
    // Jordan"); a demonym never is.
    // A country so read needs a sure name with a given name ("Neil Jordan", not a guess).
    const placeWord =
      (n.raw.lexClass === 'city' ||
        n.raw.lexClass === 'capital' ||
        (n.raw.lexClass === 'country' && sureNames.has(owner))) &&
      n.raw.type !== 'NORP' &&
      !afterLocative(n.raw);
    if (n.raw.canonical && n.raw.entityType !== 'PERSON' && !placeWord) continue;
    if (isConfident(n) && typeOfKey(n.key, n.raw.entityType) !== 'PERSON' && !n.raw.canonical) {
      continue;
    }
    // The place's other mentions ("flew to Jordan") stay the place: this one leaves its key.
    if (placeWord && n.raw.canonical) n.key = `N:${fold(n.text)}`;
    uf.union(owner, n.key);
    n.raw.entityType = 'PERSON';
    n.raw.type = 'PERSON';
    if (placeWord) {
      delete n.raw.canonical;
      n.raw.kind = 'name';
    }
  }

  // Spellings of one name: "Dzarkov Tolbayev" / "Dzharkov Tolbayev" / "Tolbaiev" (a
  // transliteration drifts within one report). A person's name, or a guess, whose words each
  // differ from the words of one full name by at most one letter (same first letter, six
  // letters or more) names that person, when no full name owns it as written.
  // A variant's last word is the full name's last word or one letter apart from it, so the two
  // share a key of `nearKeys` (the word, or the word less one letter after the first). Full
  // names are indexed by those keys, and a name is compared only with the full names it shares
  // a key with, not with every one (linear in the document, issue 16). Candidates keep document
  // order, so the matches and the first of them are what comparing with every full name gives.
  const fullWords = fullNames.map((f) => ({ f, words: wordsOf(fold(f.text)) }));
  const byNearKey = new Map<string, number[]>();
  for (const [i, w] of fullWords.entries()) {
    const last = w.words[w.words.length - 1];
    if (!last) continue;
    for (const key of nearKeys(last)) {
      const bucket = byNearKey.get(key);
      if (!bucket) byNearKey.set(key, [i]);
      else if (bucket[bucket.length - 1] !== i) bucket.push(i);
    }
  }
  for (const n of nodes) {
    if (n.raw.kind !== 'name' || n.raw.canonical || partOwners.has(fold(n.text))) continue;
    if (n.raw.entityType !== 'PERSON' && isConfident(n)) continue;
    const words = wordsOf(fold(n.text));
    const last = words[words.length - 1];
    if (!last) continue;
    const candidates = new Set<number>();
    for (const key of nearKeys(last)) for (const i of byNearKey.get(key) ?? []) candidates.add(i);
    const matches: Node[] = [];
    for (const i of [...candidates].sort((x, y) => x - y)) {
      const w = fullWords[i];
      if (w && w.f.key !== n.key && variantOf(words, w.words)) matches.push(w.f);
    }
    const owners = new Set(matches.map((f) => uf.find(f.key)));
    if (owners.size !== 1 || !matches[0]) continue;
    uf.union(matches[0].key, n.key);
    n.raw.entityType = 'PERSON';
    n.raw.type = 'PERSON';
  }

  // A place named with and without its generic word: "Republic of Dagestan" / "Dagestan",
  // "Idlib Province" / "Idlib".
  const { placeGenerics, legalForms } = loadLexicon();
  const places = new Map<string, Node>();
  for (const n of nodes) {
    const place = n.raw.entityType === 'GPE' || n.raw.entityType === 'LOC';
    if (place || (!n.raw.confident && !n.raw.canonical)) places.set(fold(n.text), n);
  }
  for (const n of nodes) {
    if (n.raw.entityType !== 'GPE' && n.raw.entityType !== 'LOC') continue;
    const words = fold(n.text).split(/\s+/);
    if (words.length < 2 || !words.some((w) => placeGenerics.has(w))) continue;
    const core = words.filter((w) => !placeGenerics.has(w) && w !== 'of' && w !== 'the').join(' ');
    const short = places.get(core);
    if (short && short !== n) uf.union(short.key, n.key);
  }

  // "Norlandis", "Norlandi" beside "Norland": a people named after a place the document names
  // is that place's demonym, no person ("he" never points to it) and no entity of its own.
  for (const n of nodes) {
    if (n.raw.canonical || n.raw.kind !== 'name' || n.raw.lastToken - n.raw.firstToken !== 1)
      continue;
    const stem = /^(\p{L}{4,})is?$/u.exec(fold(n.text))?.[1];
    const place = stem ? places.get(stem) : undefined;
    if (!place || place === n) continue;
    if (place.raw.entityType !== 'GPE' && place.raw.entityType !== 'LOC') continue;
    uf.union(place.key, n.key);
    n.raw.type = 'NORP';
    n.raw.entityType = place.raw.entityType;
    n.raw.kind = 'demonym';
    n.raw.confident = true;
  }

  // A company with and without its legal form: "Microsoft Corp." / "Microsoft", "Globex, Inc." /
  // "Globex".
  const byText = new Map<string, Node>();
  for (const n of nodes) if (n.raw.entityType !== 'PERSON') byText.set(fold(n.text), n);
  for (const n of nodes) {
    if (n.raw.entityType !== 'ORG') continue;
    const words = fold(n.text).split(/\s+/);
    const tail = words[words.length - 1] ?? '';
    if (words.length < 2 || !legalForms.has(tail)) continue;
    const bare = byText.get(words.slice(0, -1).join(' ').replace(/,$/, ''));
    if (bare && bare !== n && (!bare.raw.canonical || bare.raw.entityType === 'ORG')) {
      uf.union(n.key, bare.key);
    }
  }

  // A business named with and without its owner's "'s": "McDonald's said" / "McDonald's sales"
  // (the possessive cut off) / "McDonald said". The name with the "'s" is an organisation; the
  // name without it is no person's the document names in full ("Ann Holt" … "Holt's said" keeps
  // Holt the person) and no sure person.
  const byFolded = new Map<string, Node[]>();
  for (const n of nodes) byFolded.set(fold(n.text), [...(byFolded.get(fold(n.text)) ?? []), n]);
  const personRoots = new Set(fullNames.map((f) => uf.find(f.key)));
  for (const n of nodes) {
    if (n.raw.entityType !== 'ORG' || n.raw.kind !== 'name') continue;
    const folded = fold(n.text);
    if (!POSSESSIVE_NAME.test(folded)) continue;
    const bareName = folded.replace(POSSESSIVE_NAME, '');
    if (partOwners.has(bareName)) continue;
    for (const m of byFolded.get(bareName) ?? []) {
      if (m.raw.canonical || personRoots.has(uf.find(m.key))) continue;
      if (m.raw.entityType === 'PERSON' && isConfident(m)) continue;
      uf.union(n.key, m.key);
      m.raw.entityType = 'ORG';
      m.raw.type = 'ORG';
    }
  }

  // A company named in full and then by its first words: "RDF Media" / "RDF", "Halvex Motors
  // Corp." / "Halvex". The name less its legal form ends in one generic word of an
  // organisation's name (cues.json `orgSuffix`: "Media", "Motors", "Group"; not "Sony Pictures
  // Entertainment" / "Sony", a parent and its unit), one full name alone opens with the short
  // form, and the short form is no name the gazetteer knows apart and no common word.
  const { orgSuffix } = loadLexicon();
  const byLeadingWords = new Map<string, Node[]>();
  for (const m of nodes) {
    if (m.raw.entityType !== 'ORG' || m.raw.kind !== 'name') continue;
    const words = wordsOf(fold(m.text));
    while (words.length > 2 && legalForms.has(words[words.length - 1] ?? '')) words.pop();
    if (words.length < 2 || !orgSuffix.has(words[words.length - 1] ?? '')) continue;
    const lead = words.slice(0, -1).join(' ');
    byLeadingWords.set(lead, [...(byLeadingWords.get(lead) ?? []), m]);
  }
  for (const n of nodes) {
    if (n.raw.canonical || n.raw.entityType === 'PERSON') continue;
    if (n.raw.kind !== 'name' && n.raw.kind !== 'acronym') continue;
    if (n.raw.entityType !== 'ORG' && n.raw.confident) continue;
    // "the State", "the Oval": a common word alone is no short form.
    if (n.raw.lastToken - n.raw.firstToken === 1 && isCommon(n.text.toLowerCase())) continue;
    const owners = (byLeadingWords.get(wordsOf(fold(n.text)).join(' ')) ?? []).filter(
      (m) => m !== n,
    );
    const first = owners[0];
    if (!first || new Set(owners.map((m) => uf.find(m.key))).size !== 1) continue;
    uf.union(first.key, n.key);
    n.raw.entityType = 'ORG';
    n.raw.type = 'ORG';
  }

  // A body with and without its state's short form: "U.S. Air Force" / "Air Force".
  for (const n of nodes) {
    const first = tokens[n.raw.firstToken];
    const second = tokens[n.raw.firstToken + 1];
    const end = tokens[n.raw.lastToken - 1];
    if (n.raw.entityType !== 'ORG' || !first || !second || !end) continue;
    if (!SHORT_FORM.test(first.text)) continue;
    const bare = byText.get(fold(text.slice(second.start, end.end)).replace(/\s+/g, ' '));
    if (bare && bare !== n && bare.raw.entityType === 'ORG') uf.union(n.key, bare.key);
  }

  // A street written short and in full: "Larch St" / "Larch Street".
  for (const n of nodes) {
    const words = fold(n.text).split(/\s+/);
    const full = STREET_FORMS.get(words[words.length - 1] ?? '');
    if (words.length < 2 || !full) continue;
    const long = byText.get([...words.slice(0, -1), full].join(' '));
    if (long && long !== n) uf.union(long.key, n.key);
  }

  // A body or a building named with its place after "of" and before its name: "Central Hospital
  // of Vardby" / "Vardby Central Hospital", "University of Kelby" / "Kelby University".
  for (const n of nodes) {
    const words = fold(n.text).split(/\s+/);
    const of = words.indexOf('of');
    if (of < 1 || of !== words.lastIndexOf('of') || of === words.length - 1) continue;
    const place = words.slice(of + 1).filter((w) => w !== 'the');
    const turned = byText.get([...place, ...words.slice(0, of)].join(' '));
    if (turned && turned !== n && turned.raw.entityType === n.raw.entityType) {
      uf.union(turned.key, n.key);
    }
  }

  // Acronyms: "Islamic Revolutionary Guard Corps (IRGC)" and initials.
  const named = nodes.filter(
    (n) =>
      n.raw.kind === 'name' &&
      n.raw.lastToken - n.raw.firstToken >= 2 &&
      wordsOf(n.text).length >= 2,
  );
  const initialsMemo = new Map<Node, string>();
  const initialsOf = (m: Node) => {
    let value = initialsMemo.get(m);
    if (value === undefined) {
      value = initials(m.text);
      initialsMemo.set(m, value);
    }
    return value;
  };
  nodes.forEach((n, idx) => {
    if (!ACRONYM.test(n.text)) return;
    const prev = nodes[idx - 1];
    const open = tokens[n.raw.firstToken - 1];
    // "Islamic Revolutionary Guard Corps (IRGC)", but not "Gail Devers (U.S.)": the acronym is
    // unknown to the gazetteer, starts with the name's initial, and the name is no person.
    if (
      prev &&
      open?.text === '(' &&
      prev.raw.lastToken === n.raw.firstToken - 1 &&
      !n.raw.canonical &&
      prev.raw.entityType !== 'PERSON' &&
      initialsOf(prev).startsWith(n.text[0] ?? '')
    ) {
      uf.union(prev.key, n.key);
      return;
    }
    if (n.raw.canonical) return;
    const letters = n.text.replace(/\./g, '');
    const match = named.find((m) => m.raw.entityType !== 'PERSON' && initialsOf(m) === letters);
    if (match) uf.union(match.key, n.key);
  });

  // Group the nodes.
  const groups = new Map<string, Node[]>();
  for (const n of nodes) {
    const root = uf.find(n.key);
    const list = groups.get(root) ?? [];
    list.push(n);
    groups.set(root, list);
  }
  // A group made only of capitalised common words with no cue ("Practice", "Scorers") is no entity,
  // unless the tagger read a person there, inside running text ("when Bush arrived").
  const weak = (n: Node) =>
    !n.raw.canonical &&
    !n.raw.confident &&
    !n.raw.learnedPerson &&
    n.raw.entityType !== 'GPE' &&
    n.raw.lastToken - n.raw.firstToken === 1 &&
    isCommon(n.text.toLowerCase());
  const dropped = new Set<Node>();
  for (const [root, members] of groups) {
    if (members.every(weak)) {
      members.forEach((m) => dropped.add(m));
      groups.delete(root);
    }
  }
  if (dropped.size) {
    const kept = nodes.filter((n) => !dropped.has(n));
    nodes.length = 0;
    for (const n of kept) nodes.push(n); // not push(...kept): a spread overflows the stack
  }

  const entities = new Map<string, EntityCluster>();
  const entityOfRoot = new Map<string, string>();
  const typeOfEntity = new Map<string, EntityType>();
  let counter = 0;
  for (const [root, members] of [...groups].sort(
    (a, b) => (a[1][0]?.raw.firstToken ?? 0) - (b[1][0]?.raw.firstToken ?? 0),
  )) {
    const id = `e${++counter}`;
    entityOfRoot.set(root, id);
    const canonical =
      members.find((m) => m.raw.canonical && m.raw.kind !== 'name')?.raw.canonical ??
      members.find((m) => m.raw.canonical)?.raw.canonical;
    const gazetteerType = members.find((m) => m.raw.canonical)?.raw.entityType;
    const type = gazetteerType ?? voteType(members);
    const names = members.filter((m) => m.raw.kind === 'name' || m.raw.kind === 'nominal');
    const best = canonical ?? pickName(names.length ? names : members);
    const aliases = [...new Set(members.map((m) => m.text))].filter((a) => a !== best);
    entities.set(id, { id, name: best, type, aliases });
    typeOfEntity.set(id, type);
  }

  const mentions: MentionSpan[] = nodes.map((n, i) => {
    const entityId = entityOfRoot.get(uf.find(n.key)) ?? '';
    const entityType = typeOfEntity.get(entityId) ?? n.raw.entityType;
    // A mention keeps the type its own evidence gave it (a gazetteer entry, a cue word, a title)
    // so a store can vote over mentions across documents; a guess takes its entity's type.
    const own = n.raw.confident || !!n.raw.canonical;
    const type: MentionType = n.raw.type === 'NORP' ? 'NORP' : own ? n.raw.type : entityType;
    const first = tokens[n.raw.firstToken];
    const last = tokens[n.raw.lastToken - 1];
    return {
      i,
      entityId,
      start: first?.start ?? 0,
      end: last?.end ?? 0,
      firstToken: n.raw.firstToken,
      lastToken: n.raw.lastToken,
      text: n.text,
      type,
      kind: n.raw.kind,
      sentence: first?.sentence ?? 0,
      ...(n.raw.group ? { group: n.raw.group } : {}),
      ...(n.raw.sheet ? { sheet: true as const } : {}),
    };
  });

  const indexOfRaw = new Map(nodes.map((n, i) => [n.raw, i]));
  const roles: RoleSpan[] = [];
  for (const r of detected.roles) {
    const personRaw = detected.mentions[r.person];
    const person = personRaw ? indexOfRaw.get(personRaw) : undefined;
    if (person === undefined) continue;
    const ofRaw = r.of !== undefined ? detected.mentions[r.of] : undefined;
    const of = ofRaw ? indexOfRaw.get(ofRaw) : undefined;
    roles.push({
      person,
      ...(of !== undefined ? { of } : {}),
      head: r.head,
      relation: r.relation,
      start: tokens[r.titleFirst]?.start ?? 0,
      end: tokens[r.titleLast - 1]?.end ?? 0,
    });
  }

  const all = addPronouns(tokens, mentions, entities);
  return { mentions: all.mentions, entities, roles: remapRoles(roles, all.order) };
}

function voteType(members: Node[]): EntityType {
  const score = new Map<EntityType, number>();
  for (const m of members) {
    const t = m.raw.entityType;
    const words = m.raw.lastToken - m.raw.firstToken;
    const weight = (m.raw.confident ? 10 : words > 1 ? 2 : 1) * (m.raw.kind === 'name' ? 2 : 1);
    score.set(t, (score.get(t) ?? 0) + weight);
  }
  return [...score].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'ORG';
}

function pickName(nodes: Node[]): string {
  let best = nodes[0];
  let bestWords = best ? wordsOf(best.text).length : 0;
  const seen = new Set<string>();
  for (const n of nodes) {
    if (!best || seen.has(n.text)) continue;
    seen.add(n.text);
    const words = wordsOf(n.text).length;
    if (
      words > bestWords ||
      (words === bestWords && n.text.length > best.text.length && n.raw.kind !== 'acronym')
    ) {
      best = n;
      bestWords = words;
    }
  }
  return (best?.text ?? '').replace(/\s+/g, ' ');
}

/** "the latter", "the former", he/she/his/her and "its": mentions of kind 'pronoun'. */
function addPronouns(
  tokens: Token[],
  mentions: MentionSpan[],
  entities: Map<string, EntityCluster>,
): { mentions: MentionSpan[]; order: number[] } {
  const extra: MentionSpan[] = [];
  let m = 0;
  const before: MentionSpan[] = [];
  for (const t of tokens) {
    while (m < mentions.length && (mentions[m]?.firstToken ?? Infinity) < t.i) {
      before.push(mentions[m] as MentionSpan);
      m++;
    }
    if (mentions[m]?.firstToken === t.i) continue;
    let antecedent: MentionSpan | undefined;
    let first = t.i;
    if ((t.lower === 'latter' || t.lower === 'former') && tokens[t.i - 1]?.lower === 'the') {
      first = t.i - 1;
      const distinct: MentionSpan[] = [];
      for (let k = before.length - 1; k >= 0 && distinct.length < 2; k--) {
        const c = before[k] as MentionSpan;
        if (c.sentence < t.sentence - 1) break;
        if (c.kind === 'pronoun' || distinct.some((d) => d.entityId === c.entityId)) continue;
        distinct.push(c);
      }
      antecedent = t.lower === 'latter' ? distinct[0] : distinct[1];
    } else if (PERSON_PRONOUNS.has(t.lower) || THING_PRONOUNS.has(t.lower)) {
      const wantPerson = PERSON_PRONOUNS.has(t.lower);
      for (let k = before.length - 1; k >= 0; k--) {
        const c = before[k] as MentionSpan;
        if (c.sentence < t.sentence - PRONOUN_WINDOW) break;
        const type = entities.get(c.entityId)?.type;
        if (wantPerson ? type === 'PERSON' : type === 'ORG' || type === 'GPE') {
          antecedent = c;
          break;
        }
      }
    }
    if (!antecedent) continue;
    const start = tokens[first]?.start ?? t.start;
    const kind: MentionKind = 'pronoun';
    extra.push({
      i: -1,
      entityId: antecedent.entityId,
      start,
      end: t.end,
      firstToken: first,
      lastToken: t.i + 1,
      text: tokens
        .slice(first, t.i + 1)
        .map((x) => x.text)
        .join(' '),
      type: entities.get(antecedent.entityId)?.type ?? antecedent.type,
      kind,
      sentence: t.sentence,
    });
  }
  const merged = [...mentions, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
  const order: number[] = new Array<number>(mentions.length);
  merged.forEach((mention, i) => {
    if (mention.i >= 0 && mention.kind !== 'pronoun') order[mention.i] = i;
    mention.i = i;
  });
  return { mentions: merged, order };
}

function remapRoles(roles: RoleSpan[], order: number[]): RoleSpan[] {
  return roles.map((r) => ({
    ...r,
    person: order[r.person] ?? r.person,
    ...(r.of !== undefined ? { of: order[r.of] ?? r.of } : {}),
  }));
}

/**
 * Are `words` another spelling of `name`: its surname alone, or its last words, each the same
 * or one letter apart (see `oneLetterApart`), one at least apart?
 */
function variantOf(words: readonly string[], name: readonly string[]): boolean {
  if (words.length === 1 && name.length >= 2) {
    return oneLetterApart(words[0] ?? '', name[name.length - 1] ?? '');
  }
  if (words.length > name.length || words.length < 2) return false;
  const tail = name.slice(name.length - words.length);
  let apart = 0;
  for (let k = 0; k < words.length; k++) {
    const a = words[k] ?? '';
    const b = tail[k] ?? '';
    if (a === b) continue;
    if (!oneLetterApart(a, b)) return false;
    apart++;
  }
  return apart > 0;
}

/**
 * The word and, when it is long enough for `oneLetterApart`, the word less each one of its
 * letters after the first: two words one letter apart (changed, added or dropped) always share
 * one of these keys, and so do two equal words.
 */
function nearKeys(word: string): string[] {
  const keys = [word];
  if (word.length < MIN_VARIANT_LENGTH) return keys;
  for (let i = 1; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

/** One letter added, dropped or changed, after the same first letter, in words of six or more. */
function oneLetterApart(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < MIN_VARIANT_LENGTH) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
