/**
 * Apposition and descriptors. A name is described by the common nouns next to it: in
 * apposition ("Yukos, the Russian oil firm,", "the company, Yukos,"), as a premodifier
 * ("Russian oil firm Yukos", "group Amnesty"), or as a predicate nominal ("Tibet is a region of
 * China"). The noun-phrase passes read a name's modifiers on these descriptors as well as on the
 * name. Two place names in apposition are a place and where it lies ("Ashby, Norland").
 */
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { entityType, nameAt } from '../arguments.js';
import type { Context } from '../arguments.js';
import { gazetteerClass, isCompassWord } from '../countries.js';
import type { Lexicon } from '../lexicon.js';
import type { SentenceTree } from '../tree.js';
import { modifierRelation } from './noun-phrase.js';

/** Common-noun descriptors of the name headed by `h`, and `h` itself first. */
export function descriptorsOf(tree: SentenceTree, h: number, lex?: Lexicon, depth = 0): number[] {
  const out = [h];
  const known = (x: number) =>
    lex !== undefined &&
    (lex.originNouns.has(tree.lemma(x)) ||
      lex.partRelations.has(tree.lemma(x)) ||
      lex.descriptorTypes.has(tree.lemma(x)) ||
      lex.personNouns.has(tree.lemma(x)) ||
      lex.roles.has(tree.lemma(x)));
  // A descriptor is a common noun; a known one may be tagged otherwise ("which is part of").
  const isNoun = (x: number) =>
    nameAt(tree, x) === undefined &&
    !tree.isRelativePronoun(x) &&
    (tree.upos(x) === 'NOUN' || (/^(ADJ|VERB|PROPN)$/.test(tree.upos(x)) && known(x)));
  // Nouns hung on the name describe it only when they are descriptor, role or person nouns: a
  // parse also hangs stray nouns there ("Lake Tarn, Norland police said").
  const describing = (x: number) =>
    isNoun(x) &&
    lex !== undefined &&
    (known(x) || lex.roles.has(tree.lemma(x)) || lex.personNouns.has(tree.lemma(x)));
  for (const c of tree.childrenBy(h, 'appos', 'list', 'compound', 'nmod:desc')) {
    if (describing(c) && c !== h && !namesAnother(tree, c, h)) out.push(c);
  }
  // "Maria Vik, a Lemurian cleaner": a common noun in apposition after a person's name that a
  // demonym modifies describes the person, whatever the noun (the demonym is the person's).
  const own = nameAt(tree, h);
  if (own && entityType(tree, own) === 'PERSON') {
    for (const c of tree.childrenBy(h, 'appos')) {
      if (c < h || out.includes(c) || tree.upos(c) !== 'NOUN' || !isNoun(c)) continue;
      if (tree.childrenBy(c, 'amod').some((a) => nameAt(tree, a)?.type === 'NORP')) out.push(c);
    }
  }
  // "Norwegian rival Fjord Motors" parsed with "rival" an amod: a noun is no adjective.
  for (const c of tree.childrenBy(h, 'amod')) {
    if (c < h && tree.upos(c) === 'NOUN' && describing(c)) out.push(c);
  }
  const p = tree.parent(h);
  // "the company, Yukos": the name after its descriptor (a name before a noun modifies it);
  // not a place noun before a person ("the detention camp - Ola Dahl and …").
  if (
    p >= 0 &&
    p < h &&
    isNoun(p) &&
    tree.is(h, 'appos', 'flat', 'list', 'nmod:unmarked') &&
    !placeForPerson(tree, p, h, lex)
  )
    out.push(p);
  // "Pakistan's Sindh province", "the city of Lahore": a descriptor of the name's own type.
  const m = nameAt(tree, h);
  if (p >= 0 && m && isNoun(p) && lex !== undefined) {
    const type = lex.descriptorTypes.get(tree.lemma(p));
    const own = type !== undefined && sameKind(type, entityType(tree, m));
    // Not where the descriptor has a name of its own: "the Ohio city of Dayton" is Dayton.
    const named = tree.prepChildren(p, new Set(['of'])).some((c) => nameAt(tree, c) !== undefined);
    if (own && p > h && tree.is(h, 'compound') && !named) out.push(p);
    if (own && p < h && tree.is(h, 'nmod') && tree.caseOf(h) === 'of') out.push(p);
  }
  // "Northland, which is a region of Atlantis"
  for (const c of tree.childrenBy(h, 'acl:relcl')) {
    const rel = tree.childBy(c, 'nsubj');
    if (
      isNoun(c) &&
      tree.childBy(c, 'cop') !== undefined &&
      rel !== undefined &&
      tree.isRelativePronoun(rel)
    ) {
      out.push(c);
    }
  }
  // "Tibet is a region of China", "Composer Ola Dahl is a native of Bergen": the predicate
  // nominal of the name or of a descriptor that is the subject.
  for (const d of [...out]) {
    const q = tree.parent(d);
    if (q >= 0 && isNoun(q) && tree.is(d, 'nsubj') && tree.childBy(q, 'cop') !== undefined) {
      if (!out.includes(q)) out.push(q);
    }
  }
  // "Ola Vik, a Norland businessman bought …" parsed as two subjects.
  if (p >= 0) {
    const next = tree.children(p).find((c) => c > h && tree.label(c) === tree.label(h));
    if (next !== undefined && describing(next) && tree.contains(h + 1)) {
      const [lo] = tree.subtreeSpan(next);
      // (A repaired tree may cross arcs: the span may open before the name.)
      const between = [...Array(Math.max(0, lo - h - 1)).keys()].map((k) => tree.lower(h + 1 + k));
      const m = tree.mentionAt(h);
      const afterName = m ? m.lastToken : h + 1;
      if (tree.lower(afterName) === ',' && between.length <= 6) out.push(next);
    }
  }
  // "two Latvian citizens, Ilze Berg and Juris Ozols": a conjoined name shares a plural
  // descriptor (not "Australia coach Eddie Jones and Jake White").
  if (p >= 0 && tree.is(h, 'conj') && nameAt(tree, p) && depth < 3) {
    for (const d of descriptorsOf(tree, p, lex, depth + 1)) {
      const plural = tree.lower(d) !== tree.lemma(d) && /s$/.test(tree.lower(d));
      if (d !== p && plural && !out.includes(d)) out.push(d);
    }
    // "eight Russian cities - Klin, Ivanovo and Omsk" where the first name was taken for a
    // person: the plural noun the list is in apposition with describes the other conjuncts.
    const q = tree.parent(p);
    const listHead = q >= 0 && q < p && tree.is(p, 'appos') && isNoun(q);
    if (listHead && isPlural(tree, q) && !placeForPerson(tree, q, h, lex) && !out.includes(q)) {
      out.push(q);
    }
  }
  return out;
}

function isPlural(tree: SentenceTree, d: number): boolean {
  return tree.lower(d) !== tree.lemma(d) && /s$/.test(tree.lower(d));
}

/** A place or facility noun offered as the descriptor of a person's name. */
function placeForPerson(tree: SentenceTree, d: number, h: number, lex?: Lexicon): boolean {
  const kind = lex?.descriptorTypes.get(tree.lemma(d));
  const m = nameAt(tree, h);
  return (
    (kind === 'GPE' || kind === 'FACILITY') && m !== undefined && entityType(tree, m) === 'PERSON'
  );
}

function sameKind(descriptor: string, entity: string): boolean {
  if (descriptor === entity) return true;
  return descriptor === 'GPE' && (entity === 'LOC' || entity === 'FACILITY');
}

/** "Ashby, Norland", "Dayton, Ohio": a place and where it lies. */
export function appositionRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const i of tree.indices()) {
    const x = nameAt(tree, i);
    if (!x || tree.headOfSpan(x) !== i) continue;
    // "Ashby, Norland", and "Addis Ababa, Ethiopia" parsed as a coordination with no "and".
    const placed = [
      ...tree.childrenBy(i, 'appos', 'list'),
      // "BANGKOK, Thailand (AP)" parsed with the country as a compound or loose word of the city.
      ...tree
        .childrenBy(i, 'compound', 'flat', 'nmod:unmarked', 'dep')
        .filter(
          (c) =>
            c > i &&
            tree.contains(x.lastToken) &&
            tree.lower(x.lastToken) === ',' &&
            nameAt(tree, c)?.firstToken === x.lastToken + 1,
        ),
      // (Only a pair: in "England, Scotland and Wales" the comma lists.)
      ...tree
        .childrenBy(i, 'conj')
        .filter(
          (c) =>
            tree.childBy(c, 'cc') === undefined &&
            tree.childrenBy(i, 'conj').length === 1 &&
            tree.childrenBy(c, 'conj').length === 0,
        ),
    ];
    for (const c of placed) {
      // "Mumbai (Bombay)": a name in brackets is another name, not where the place lies.
      const [lo] = tree.subtreeSpan(c);
      if (tree.lower(lo) === '(' || (tree.contains(lo - 1) && tree.lower(lo - 1) === '(')) continue;
      const y = nameAt(tree, c);
      if (!y || tree.headOfSpan(y) !== c || y.entityId === x.entityId) continue;
      if (entityType(tree, x) === 'PERSON' || sameRank(tree, x, y)) continue;
      modifierRelation(out, tree, ctx, 'appos', i, c, c, 0.7);
    }
  }
  for (const [x, y] of placePairs(tree)) {
    modifierRelation(
      out,
      tree,
      ctx,
      'appos',
      tree.headOfSpan(x),
      tree.headOfSpan(y),
      y.firstToken,
      0.7,
    );
  }
  return out;
}

/** Two countries, two states or two capitals next to each other are a list ("Ohio, Texas"). */
function sameRank(tree: SentenceTree, x: MentionSpan, y: MentionSpan): boolean {
  const tokens = tree.analysis.tokens;
  const rank = gazetteerClass(tokens, x);
  return rank !== undefined && rank !== 'city' && rank === gazetteerClass(tokens, y);
}

const BOUNDARY = new Set([',', '.', ';', ':', '(', ')', '--', '-', '\u2014', '\u2013']);
const PLACE_TYPES = new Set(['GPE', 'LOC']);

/**
 * "Dayton, Ohio", "Tarnby, south-east Lemuria", "Croydon, south London": a locality, a comma
 * and a state, region or country (a city only after a compass word) closing the phrase, read
 * from the words whatever the parse made of them. A locality is no country, state or region
 * itself, so "Ohio, Texas and Utah" lists.
 */
function placePairs(tree: SentenceTree): [MentionSpan, MentionSpan][] {
  const { tokens } = tree.analysis;
  const classOf = (m: MentionSpan) => gazetteerClass(tokens, m);
  const out: [MentionSpan, MentionSpan][] = [];
  // The sentence's own (filtering every sentence's made a document cost the square of its length).
  const here = tree.mentions.filter((m) => m.kind !== 'pronoun');
  for (const x of here) {
    if (!PLACE_TYPES.has(x.type) || tokens[x.lastToken]?.text !== ',') continue;
    const xClass = classOf(x);
    if (xClass === 'country' || xClass === 'place' || x.kind === 'demonym') continue;
    let at = x.lastToken + 1;
    const compass = isCompassWord(tokens[at]?.lower ?? '');
    if (compass) at++;
    const y = here.find((m) => m.firstToken === at);
    if (!y || !PLACE_TYPES.has(y.type) || y.entityId === x.entityId) continue;
    const yClass = classOf(y);
    const wider = yClass === 'country' || yClass === 'place' || (compass && yClass !== undefined);
    const after = tokens[y.lastToken];
    const closes = !after || after.sentence !== tree.sentence.i || BOUNDARY.has(after.text);
    if (wider && closes) out.push([x, y]);
  }
  return out;
}

/** "Gazprom, its unit Gazpromneft": a descriptor with a name of its own describes that name. */
function namesAnother(tree: SentenceTree, d: number, h: number): boolean {
  const own = nameAt(tree, h);
  return tree.childrenBy(d, 'appos', 'flat').some((c) => {
    const m = nameAt(tree, c);
    // A proper noun after the descriptor names it even where no mention covers it ("Gazprom,
    // its unit Gazpromneft" with Gazpromneft unrecognised: the unit is not Gazprom).
    if (m === undefined) return c > d && tree.upos(c) === 'PROPN' && !tree.mentionAt(c);
    return m.entityId !== own?.entityId && tree.headOfSpan(m) === c;
  });
}
