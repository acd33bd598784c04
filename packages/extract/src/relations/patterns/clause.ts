/**
 * Clauses: every verb a frame knows (data/verb-frames.json), with its arguments read off the
 * tree — subject (nsubj; for a passive the "by" agent), direct object (obj; for a passive the
 * subject), recipient (iobj) and prepositional arguments (obl by case word, or a modifier of the
 * object when the parse hung the phrase there). Subjects a clause does not state come from
 * control, coordination and relative clauses (control.ts, relative-clause.ts). Each frame turns
 * the arguments into relations; a few frames carry more: purpose deployments ("sent troops to
 * help Russia"), threats ("threatened to invade Syria"), symmetric verbs with coordinated
 * subjects, and a ReVerb-style open relation for a bare name object no frame knows.
 */
import type { RelationType } from '@kg/schema';
import type { RelationCandidate } from '../../analysis.js';
import { denote, denoteAll, entityType, isActor, placeRefs } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import { verbPredicate } from '../frames.js';
import type { VerbPredicate } from '../frames.js';
import type { VerbFrame } from '../lexicon.js';
import { stanceOf } from '../modality.js';
import type { Stance } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import { controllingObjects, controlSource } from './control.js';
import { datelineEnd } from './dateline.js';
import { pairwise } from './coordination.js';
import { agentsOf, isParticipleModifier, isPassive } from './passive.js';
import { openArgument } from './relative-clause.js';
import { attacksAnAct } from './verbal-attacks.js';

const SYMMETRIC = new Set<RelationType>(['COOPERATES_WITH', 'MEETS']);
/** Case words of a means ("by phone", "via video link", "over the telephone"). */
const MEANS_CASES = new Set(['by', 'via', 'over']);
const THING_TYPES = new Set(['WEAPON', 'PRODUCT']);
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FACILITY']);
/** Relations of going or sending somewhere, whose goal may be a place noun with a place phrase. */
const MOVES = new Set<RelationType>(['VISITS', 'DEPLOYS_TO']);
/** Verbs of founding a body, whose "with" partner founds it too. */
const FOUNDING_VERBS = new Set(['found', 'co-found', 'cofound', 'set up', 'start', 'launch']);
const IN_AT = new Set(['in', 'at']);

export interface ClauseArgs {
  verb: number;
  passive: boolean;
  /** Grammatical subject nodes, after control, coordination and relative clauses. */
  subject: number[];
  /** The subject's nodes come from the clause itself, not from a governor. */
  explicit: boolean;
  /** Who acts: the subject, or a passive's "by" agent. */
  agents: number[];
  /** The direct object, or a passive's subject. */
  patients: number[];
  recipients: number[];
}

/** The grammatical subject of verb `v`: its own, or the one control and relatives give it. */
export function grammaticalSubject(tree: SentenceTree, v: number, depth = 0): number[] {
  if (depth > 8) return [];
  const own = tree.children(v).filter((c) => tree.is(c, 'nsubj', 'csubj'));
  if (own.length > 0) {
    return own.flatMap((s) => {
      if (!tree.isRelativePronoun(s)) return [s];
      const noun = tree.relativeAntecedent(s);
      return noun >= 0 ? [noun] : [];
    });
  }
  // "for Iran to sell": the nominal right before the infinitive's "to".
  const to = tree.childrenBy(v, 'mark').find((m) => tree.lower(m) === 'to');
  if (to !== undefined && tree.contains(to - 1)) {
    let x = to - 1;
    const m = tree.mentionAt(x);
    if (m) x = tree.headOfSpan(m);
    if (tree.isNominal(x) && tree.caseOf(x) === 'for') return [x];
  }
  const p = tree.parent(v);
  if (p < 0) return [];
  if (tree.is(v, 'acl', 'amod')) {
    // "Iran's decision to send troops", "Iran has no plans to send troops": an infinitive on a
    // noun that names nobody is done by the noun's possessor, or the subject of its verb.
    if (to !== undefined && !tree.mentionAt(p)) {
      const owner = tree.childrenBy(p, 'nmod:poss');
      if (owner.length > 0) return owner;
      const governor = tree.parent(p);
      if (
        (governor >= 0 && tree.is(p, 'obj') && tree.isVerbal(governor)) ||
        (governor >= 0 && tree.is(p, 'obj') && tree.upos(governor) === 'AUX')
      ) {
        return grammaticalSubject(tree, governor, depth + 1);
      }
    }
    const open = openArgument(tree, v);
    return open.subject !== undefined ? [open.subject] : [];
  }
  const source = controlSource(tree, v);
  if (source === 'object') return controllingObjects(tree, p);
  if (source === 'subject') return grammaticalSubject(tree, p, depth + 1);
  return [];
}

export function clauseArgs(tree: SentenceTree, v: number): ClauseArgs {
  const passive = isPassive(tree, v);
  // "OSLO, Norway (NTB) - The ministers met": the dateline's places are no subject of the report.
  const cut = datelineEnd(tree);
  const subject = grammaticalSubject(tree, v).filter((x) => cut < 0 || x >= cut || v < cut);
  const explicit = tree.children(v).some((c) => tree.is(c, 'nsubj', 'csubj'));
  // "urged Finland to …" may come out with the object as iobj.
  const direct = tree.childrenBy(v, 'obj');
  if (direct.length === 0) direct.push(...sharedObjects(tree, v));
  if (direct.length === 0) direct.push(...unjoinedObjects(tree, v));
  const controls = tree.childBy(v, 'xcomp') !== undefined;
  const objects = direct.length > 0 || !controls ? direct : tree.childrenBy(v, 'iobj');
  const open = tree.is(v, 'acl:relcl') ? openArgument(tree, v) : {};
  if (open.object !== undefined) objects.unshift(open.object);
  const recipients = tree.childrenBy(v, 'iobj');
  const double = passive ? undefined : doubleObject(tree, v, objects);
  if (double) {
    recipients.push(double.recipient);
    objects.splice(0, objects.length, double.object);
  }
  return {
    verb: v,
    passive,
    subject,
    explicit,
    agents: passive ? agentsOf(tree, v) : subject,
    patients: passive ? subject : objects,
    recipients,
  };
}

/** Verbs of handing over that take a recipient before the thing ("sold Tom Reed a gun"). */
const DATIVE_VERBS = new Set([
  'sell',
  'send',
  'give',
  'lend',
  'hand',
  'offer',
  'pay',
  'mail',
  'ship',
]);

/**
 * "sold Tom Reed a gun", "sent Tom Reed a letter": a dative verb whose parse made the name its
 * object and the thing a second object, or the name's apposition or conjunct with no "and", "or"
 * or comma before it. The name is the recipient, the thing the object. Not a person, place or
 * organisation as the thing ("sent Tom Reed, Ola Vik").
 */
function doubleObject(
  tree: SentenceTree,
  v: number,
  objects: readonly number[],
): { recipient: number; object: number } | undefined {
  if (!DATIVE_VERBS.has(tree.lemma(v)) || objects.length === 0) return undefined;
  const r = objects[0] as number;
  const m = tree.mentionAt(r);
  if (!m || tree.headOfSpan(m) !== r || r < v) return undefined;
  const thing = (c: number) => {
    const x = tree.mentionAt(c);
    return tree.isNominal(c) && (!x || THING_TYPES.has(entityType(tree, x)));
  };
  const second = tree.childrenBy(v, 'obj').find((o) => o > m.lastToken - 1 && o !== r);
  if (second !== undefined && thing(second)) return { recipient: r, object: second };
  const loose = tree.childrenBy(r, 'appos', 'conj').find((c) => {
    if (c < r || !thing(c)) return false;
    const [lo] = tree.subtreeSpan(c);
    return lo === m.lastToken && (!tree.contains(lo - 1) || !tree.is(lo - 1, 'cc', 'punct'));
  });
  return loose === undefined ? undefined : { recipient: r, object: loose };
}

/**
 * "Police arrested and charged Tom Reed", "Lemuria built and sold tanks to Atlantis": two verbs
 * joined by "and"/"or" with nothing between them share the object that follows both, whichever
 * of them the parse hung it on.
 */
export function sharedObjects(tree: SentenceTree, v: number): number[] {
  const adjacent = (a: number, b: number) => {
    for (let k = a + 1; k < b; k++) {
      if (!tree.is(k, 'cc', 'punct', 'advmod')) return false;
    }
    return true;
  };
  const after = (holder: number, from: number) =>
    tree.childrenBy(holder, 'obj').filter((o) => o > from);
  const p = tree.parent(v);
  // The second verb: the object hangs on the first, after both.
  if (tree.is(v, 'conj') && p >= 0 && p < v && tree.isVerbal(p) && adjacent(p, v)) {
    if (tree.childBy(v, 'nsubj', 'nsubj:pass') === undefined) return after(p, v);
  }
  // The first verb: the object hangs on the second.
  for (const c of tree.childrenBy(v, 'conj')) {
    if (c > v && tree.isVerbal(c) && adjacent(v, c) && !tree.childBy(c, 'nsubj', 'nsubj:pass')) {
      return after(c, c);
    }
  }
  return [];
}

/**
 * "gave him the cash" parsed with "cash" a conjunct of "him" (or of its stray "the"), "gave Kari
 * Lund the cash" with "cash" in apposition to her: a conjunct or apposition of the recipient with
 * no "and", "or" or comma right before it is no second recipient but the object.
 */
function unjoinedObjects(tree: SentenceTree, v: number): number[] {
  return tree.childrenBy(v, 'iobj').flatMap((r) =>
    [r, ...tree.childrenBy(r, 'det')]
      .flatMap((h) => tree.childrenBy(h, 'conj', 'appos'))
      .filter((c) => {
        if (c < r || !(tree.isNominal(c) || tree.upos(c) === 'SYM')) return false;
        if (tree.mentionAt(c)) return false;
        const [lo] = tree.subtreeSpan(c);
        return !tree.contains(lo - 1) || !tree.is(lo - 1, 'cc', 'punct');
      }),
  );
}

/**
 * Nodes of the prepositional argument `prep` of a verb: its obliques with that case word, then
 * the same phrase hung on its object ("sold missiles to Chile" parsed with "to Chile" on
 * "missiles"), then its recipient for "to" ("sold Chile missiles").
 */
export function obliques(tree: SentenceTree, args: ClauseArgs, prep: string): number[] {
  const v = args.verb;
  // The verb's own phrases, and those hung on an adverb of it ("flew back to Belfast").
  const holders = [v, ...tree.childrenBy(v, 'advmod', 'compound:prt')];
  // A time phrase ("in 1936", "in January") is no argument: the search goes on past it.
  const own = holders.flatMap((h) =>
    tree
      .children(h)
      .filter(
        (c) =>
          tree.is(c, 'obl', 'nmod') &&
          !tree.is(c, 'obl:agent') &&
          tree.caseOf(c) === prep &&
          !timePhrase(tree, c),
      ),
  );
  if (own.length > 0) return own;
  // "flew from Oslo to Berlin" parsed with "to Berlin" on "Oslo", "spoke by phone with Kari
  // Lund" with "with Kari Lund" on "phone", "works as an economist for Globex" with "for
  // Globex" on "economist": the phrase hung on the verb's own origin phrase, or on the means or
  // capacity it names no one by.
  const carried = tree
    .childrenBy(v, 'obl', 'obl:agent')
    .filter((c) =>
      tree.caseOf(c) === 'from'
        ? prep === 'to'
        : (MEANS_CASES.has(tree.caseOf(c)) || tree.caseOf(c) === 'as') &&
          !tree.mentionAt(c) &&
          tree.upos(c) === 'NOUN',
    )
    .flatMap((c) => tree.childrenBy(c, 'nmod').filter((k) => tree.caseOf(k) === prep));
  if (carried.length > 0) return carried;
  // Also the phrase hung on a bare noun phrase of time or measure ("supply grain a month to
  // Lemuria" parsed with "to Lemuria" on "month").
  const bare = tree
    .childrenBy(v, 'obl')
    .filter((c) => tree.caseOf(c) === '' && !tree.mentionAt(c) && tree.upos(c) === 'NOUN');
  // "was born Marta Ek in Tromso" with "in Tromso" on the name complement: a
  // passive's object is no patient, but the phrase after it is the verb's.
  const complement = args.passive ? tree.childrenBy(v, 'obj').filter((o) => o > v) : [];
  const onObject = [...args.patients, ...bare, ...complement].flatMap((o) =>
    tree.childrenBy(o, 'nmod', 'obl').filter((c) => tree.caseOf(c) === prep),
  );
  if (onObject.length > 0) return onObject;
  // "Ashby, where Ola Vik was born": the place a "where" clause modifies.
  if (prep === 'in') {
    const where = tree.childrenBy(v, 'advmod').find((c) => tree.lower(c) === 'where');
    const noun = tree.parent(v);
    if (where !== undefined && tree.is(v, 'acl:relcl', 'advcl')) {
      if (noun >= 0 && tree.isNominal(noun)) return [noun];
    }
    // "drove to Ashby, where Ola Vik was born" parsed with the clause a conjunct of "drove": a
    // ", where" clause right after a place name is said of that place.
    const m = where !== undefined && where >= 2 ? tree.mentionAt(where - 2) : undefined;
    if (m && where !== undefined && tree.lower(where - 1) === ',' && m.lastToken === where - 1) {
      if (PLACE_TYPES.has(entityType(tree, m))) return [tree.headOfSpan(m)];
    }
  }
  return prep === 'to' ? args.recipients : [];
}

/**
 * The entities of argument nodes, each widened to its conjuncts; with `verb` a relative clause
 * on the node, not to the conjuncts after the clause ("Tom Hale, who shot Brand, and Ola
 * Vik": Hale alone shot).
 */
const MONTHS =
  /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** "in 1936", "in January", "in the 1990s": a year, a month or a decade. */
function timePhrase(tree: SentenceTree, n: number): boolean {
  if (tree.mentionAt(n)) return false;
  return tree.upos(n) === 'NUM' || MONTHS.test(tree.lower(n)) || /^\d{4}s$/.test(tree.lower(n));
}

function refsOf(tree: SentenceTree, nodes: readonly number[], ctx: Context, verb = -1): Ref[] {
  const out: Ref[] = [];
  const add = (r: Ref) => {
    if (!out.some((o) => o.mention.entityId === r.mention.entityId)) out.push(r);
  };
  for (const n of nodes) {
    if (verb > n && tree.parent(verb) === n && tree.is(verb, 'acl:relcl', 'acl')) {
      const all = denoteAll(tree, n, ctx);
      const after = new Set(
        tree
          .conjuncts(n)
          .filter((c) => c > verb)
          .flatMap((c) => denote(tree, c, ctx).map((r) => r.mention.entityId)),
      );
      for (const r of all) if (!after.has(r.mention.entityId) || r.node < verb) add(r);
      continue;
    }
    const cut = outerListAfter(tree, n, verb);
    if (cut !== undefined) {
      const outer = new Set(
        tree
          .conjuncts(n)
          .filter((c) => c >= cut)
          .flatMap((c) => denote(tree, c, ctx).map((r) => r.mention.entityId)),
      );
      for (const r of denoteAll(tree, n, ctx)) if (!outer.has(r.mention.entityId)) add(r);
      continue;
    }
    for (const r of denoteAll(tree, n, ctx)) add(r);
  }
  return out;
}

/**
 * "Tom Reed, who killed Ola Vik, and Eva Lund" parsed with Eva Lund on Ola Vik: in a relative
 * clause set off by a comma, a second member after ", and" (two names take no serial comma)
 * continues the list the clause interrupts. The first such member, or undefined.
 */
function outerListAfter(tree: SentenceTree, n: number, verb: number): number | undefined {
  if (verb < 0 || !tree.is(verb, 'acl:relcl') || n < verb) return undefined;
  const antecedent = tree.parent(verb);
  if (!tree.contains(antecedent + 1)) return undefined;
  const span = tree.subtreeSpan(antecedent);
  const commaBefore = tree
    .children(verb)
    .some((c) => tree.isRelativePronoun(c) && tree.contains(c - 1) && tree.lower(c - 1) === ',');
  if (!commaBefore || span[0] > antecedent) return undefined;
  const members = tree.conjuncts(n);
  const second = members[1];
  if (second === undefined) return undefined;
  const before = tree.mentionAt(second)?.firstToken ?? second;
  if (!tree.contains(before - 2)) return undefined;
  const joined = /^(and|or)$/.test(tree.lower(before - 1)) && tree.lower(before - 2) === ',';
  return joined ? second : undefined;
}

/** "Syrian rockets hit Haifa", "hit by Russia's drones": a weapon's owner acts for it. */
function owners(tree: SentenceTree, refs: Ref[], ctx: Context): Ref[] {
  return refs.map((r) => {
    if (!THING_TYPES.has(r.type)) return r;
    for (const c of tree.childrenBy(r.node, 'amod', 'nmod:poss', 'compound')) {
      const owner = denote(tree, c, ctx).find(isActor);
      if (owner) return { ...owner, via: 'owner' as const };
    }
    return r;
  });
}

/**
 * "Hale fired the shots that killed Brand", "a bomb planted by the group killed two": who
 * fired, launched or planted the thing that attacked (it is the object of a verb of using or
 * attacking, or such a participle's by-agent) did the attack.
 */
function wielders(tree: SentenceTree, n: number, ctx: Context): Ref[] {
  if (tree.mentionAt(n)) return [];
  const wields = (v: number) =>
    verbPredicate(tree, v, ctx.lex)?.frames.some((f) => f.type === 'USES' || f.type === 'ATTACKS');
  const g = tree.parent(n);
  const doers: number[] = [];
  if (g >= 0 && tree.is(n, 'obj') && tree.isVerbal(g) && wields(g)) {
    doers.push(...(isPassive(tree, g) ? agentsOf(tree, g) : grammaticalSubject(tree, g)));
  }
  for (const c of tree.childrenBy(n, 'acl')) {
    if (tree.isVerbal(c) && isPassive(tree, c) && wields(c)) doers.push(...agentsOf(tree, c));
  }
  return refsOf(tree, doers, ctx).filter(isActor);
}

/** The actors named as a noun's possessor or modifier ("PKK positions", "Russia's bases"). */
function possessors(tree: SentenceTree, n: number, ctx: Context): Ref[] {
  if (tree.mentionAt(n)) return [];
  return tree
    .childrenBy(n, 'compound', 'amod', 'nmod:poss')
    .filter((c) => c < n)
    .flatMap((c) => denote(tree, c, ctx))
    .filter(isActor);
}

type Theme = 'personnel' | 'thing' | 'message' | undefined;

function themeOf(tree: SentenceTree, patients: readonly number[], ctx: Context): Theme {
  const lex = ctx.lex;
  for (const p of patients) {
    const lemma = tree.lemma(p);
    const lower = tree.lower(p);
    const m = tree.mentionAt(p);
    if (lex.communicationThemes.has(lemma)) return 'message';
    const singular = lower.replace(/s$/, '');
    if (
      lex.personnelNouns.has(lemma) ||
      lex.personnelNouns.has(lower) ||
      lex.personnelNouns.has(singular) ||
      (lower !== lemma && lex.movedPeople.has(lemma))
    ) {
      return 'personnel';
    }
    if (m?.group && lex.personnelNouns.has(m.group)) return 'personnel';
    if (m && entityType(tree, m) === 'ORG' && !tree.childBy(p, 'nmod:poss')) return 'personnel';
    // "sent Gurkhas": a people named in the plural.
    if (m && m.type === 'NORP' && m.kind !== 'demonym' && /s$/.test(tree.lower(p))) {
      return 'personnel';
    }
    // "a unit of 80 engineers", "a contingent of 300 soldiers": what the unit is made of.
    if (!m && themeOf(tree, partitiveOf(tree, p), ctx) === 'personnel') return 'personnel';
  }
  return patients.length > 0 ? 'thing' : undefined;
}

function personNamed(tree: SentenceTree, p: number): boolean {
  const m = tree.mentionAt(p);
  return m !== undefined && m.kind !== 'pronoun' && entityType(tree, m) === 'PERSON';
}

const CURRENCY = /^[$£€¥]$|^(us|a|c|hk)?\$$/i;

/**
 * Money, arms or goods: a sum ("$500", "5 million dollars"), a weapon or product name, or a noun
 * of goodsNouns ("the cash", "rifles", "fuel"). What "gave X …" must hand over to supply X.
 */
function isGoods(tree: SentenceTree, p: number, ctx: Context): boolean {
  if (CURRENCY.test(tree.token(p).text)) return true;
  const m = tree.mentionAt(p);
  if (m && THING_TYPES.has(entityType(tree, m))) return true;
  const lemma = tree.lemma(p);
  return ctx.lex.goodsNouns.has(lemma) || ctx.lex.goodsNouns.has(tree.lower(p));
}

/**
 * What is fired or launched at a target: a weapon name ("Kalibr missiles"), an attack noun ("an
 * offensive", "strikes") or a projectile noun ("rockets", "shots"), not "a service" or "a bid".
 */
function isWeapon(tree: SentenceTree, p: number, ctx: Context): boolean {
  const m = tree.mentionAt(p);
  if (m && entityType(tree, m) === 'WEAPON') return true;
  const lex = ctx.lex;
  if (tree.nounKeys(p).some((k) => lex.nouns.get(k)?.type === 'ATTACKS')) return true;
  return lex.projectileNouns.has(tree.lemma(p)) || lex.projectileNouns.has(tree.lower(p));
}

/** Soldiers or a force, named by a noun of `stationedForces` ("British troops", "the marines"). */
function isForce(tree: SentenceTree, p: number, ctx: Context): boolean {
  const nouns = ctx.lex.stationedForces.nouns;
  return nouns.has(tree.lemma(p)) || nouns.has(tree.lower(p));
}

/** The nodes of a noun's "of" phrase, through a bare number ("of 120 Gurkhas"). */
function partitiveOf(tree: SentenceTree, p: number): number[] {
  const of = tree.childrenBy(p, 'nmod').filter((c) => tree.caseOf(c) === 'of');
  return [...of, ...of.flatMap((c) => tree.childrenBy(c, 'nmod:unmarked', 'appos'))];
}

interface FrameUse {
  frame: VerbFrame;
  subjects: Ref[];
  objects: Ref[];
  confidence: number;
  /** The relation these arguments make, where it is not the frame's (see verbal-attacks.ts). */
  type: RelationType;
}

function applyFrame(
  tree: SentenceTree,
  ctx: Context,
  pred: VerbPredicate,
  args: ClauseArgs,
  f: VerbFrame,
  theme: Theme,
): FrameUse | undefined {
  if (f.theme === 'personnel' && theme !== 'personnel') return undefined;
  if (f.theme === 'thing' && theme !== 'thing') return undefined;
  // "sent Tom Reed and Kari Lund to Oslo": named people are sent, not supplied.
  if (f.theme === 'thing' && args.patients.some((p) => personNamed(tree, p))) return undefined;
  if (f.theme === 'none' && theme !== undefined) return undefined;
  if (f.theme === 'message' && theme !== 'message') return undefined;
  if (f.theme === 'goods' && !args.patients.some((p) => isGoods(tree, p, ctx))) return undefined;
  if (f.theme === 'weapon' && !args.patients.every((p) => isWeapon(tree, p, ctx))) return undefined;
  // "Norway flew troops to Mali": who moves a force there sends it, and does not go.
  if (f.type === 'VISITS' && f.subject !== 'patient' && theme === 'personnel') return undefined;
  // "Blair met British troops in Basra": meeting a country's soldiers is no meeting with it.
  if (
    f.type === 'MEETS' &&
    args.patients.length > 0 &&
    args.patients.every((p) => isForce(tree, p, ctx))
  ) {
    return undefined;
  }
  if (f.theme === 'bare' && namingComplement(tree, args.verb)) return undefined;
  // "hired Karl Dahl as chief executive", "appointed him chairman": the role says it (role.ts).
  if (f.reverse && !f.prep && tree.children(args.verb).some((c) => asOrComplement(tree, c))) {
    return undefined;
  }
  // "asked Norway to extradite him" requests; "asked Norway" alone asks a question.
  if (f.theme === 'request' && !requests(tree, args.verb)) return undefined;
  let confidence = f.src === 'table' ? 0.8 : 0.65;
  if (f.weak) confidence -= 0.15;
  if (args.passive) confidence -= 0.05;
  if (!args.explicit) confidence -= 0.05;
  const patients = pred.objectInKey ? [] : [...args.patients];
  // "emailed Kari Lund", "told Kari Lund that …" may come out with the person as iobj: with no
  // direct object, who is contacted is the recipient ("warned Labour they were in danger"
  // threatens no one: only contact reads it so).
  if (f.type === 'MEETS' && !f.prep && patients.length === 0) patients.push(...args.recipients);
  // "called Kari Lund on Tuesday" parsed as naming ("called him Kari"): with no object, the
  // name is who was called.
  if (f.theme === 'bare' && patients.length === 0) {
    patients.push(...tree.childrenBy(args.verb, 'xcomp').filter((x) => tree.mentionAt(x)));
  }
  let subjectNodes = f.subject === 'patient' ? args.patients : args.agents;
  let objectNodes: number[];
  if (f.prep) {
    const pp = obliques(tree, args, f.prep);
    if (pp.length === 0) return undefined;
    objectNodes = f.objectFirst ? patients : pp;
    // "bought drones from Iran": Iran supplies the buyer; "sold Yugansk to Baikal": Baikal
    // acquires Yugansk.
    if (f.reverse) [subjectNodes, objectNodes] = [pp, f.objectFirst ? patients : args.agents];
  } else {
    objectNodes = patients;
    // "Globex hired Karl Dahl": the one hired is the relation's subject, who hires its object.
    if (f.reverse) [subjectNodes, objectNodes] = [patients, args.agents];
  }
  let objects = refsOf(tree, objectNodes, ctx, args.verb);
  // "was taken to a hospital in Ashby", "marched to the embassy in Ostia": a goal that names no
  // one lies in the place its own "in" or "at" phrase names, and one goes there.
  if (objects.length === 0 && f.prep && !f.reverse && !f.objectFirst && MOVES.has(f.type)) {
    const inner = objectNodes.flatMap((o) =>
      tree.mentionAt(o) ? [] : tree.prepChildren(o, IN_AT),
    );
    objects = placeRefs(tree, inner, ctx);
  }
  // "told the story of Kari Lund" contacts no one: a person contacted is the object itself.
  if (objects.length === 0 && !f.prep && !f.persons) {
    // "condemned an attack by Gondor", "criticised the actions of Russia": the doer stands in
    // for what was done ("of" names who suffered an event noun: "the destruction of X").
    const agents = objectNodes.flatMap((o) =>
      tree
        .childrenBy(o, 'nmod')
        .filter(
          (c) =>
            tree.caseOf(c) === 'by' ||
            (tree.caseOf(c) === 'of' && !tree.nounKeys(o).some((k) => ctx.lex.nouns.has(k))),
        ),
    );
    objects = refsOf(tree, agents, ctx).filter(isActor);
    // "condemned Atlantis's decision", "has supported Globex's action": the owner of an act.
    if (objects.length === 0) {
      objects = refsOf(
        tree,
        objectNodes.flatMap((o) => actOwners(tree, o, ctx)),
        ctx,
      ).filter(isActor);
    }
    confidence -= 0.1;
  }
  if (objects.length === 0 && f.type === 'ATTACKS') {
    // "struck PKK positions", "shelled Ukrainian cities": the owner of what was hit; a record
    // or forecast beaten ("smashed the British record") is nobody's position.
    objects = objectNodes
      .filter((o) => !ctx.lex.scoreNouns.has(tree.lemma(o)))
      .flatMap((o) => possessors(tree, o, ctx));
  }
  // "Wagner fighters were sent to Mali": with no agent, the deployed force deploys.
  if (f.type === 'DEPLOYS_TO' && args.passive && args.agents.length === 0) {
    subjectNodes = args.patients;
  }
  let subjects = refsOf(tree, subjectNodes, ctx, args.verb);
  // Who is driven or flown somewhere is a person ("it was driven to Oslo" is a vehicle).
  if (f.type === 'VISITS' && f.subject === 'patient') {
    subjects = subjects.filter((r) => r.type === 'PERSON');
  }
  if (f.type === 'ATTACKS' || f.type === 'USES') subjects = owners(tree, subjects, ctx);
  // "Bill Gates co-founded Microsoft with Paul Allen": a person founding with the founder is one.
  if (f.type === 'LEADER_OF' && !f.prep && FOUNDING_VERBS.has(pred.key) && subjects.length > 0) {
    const partners = obliques(tree, args, 'with').filter((n) => !objectNodes.includes(n));
    subjects.push(...refsOf(tree, partners, ctx).filter((r) => r.type === 'PERSON'));
  }
  if (subjects.length === 0 && f.type === 'ATTACKS') {
    subjects = subjectNodes.flatMap((n) => wielders(tree, n, ctx));
    confidence -= 0.1;
  }
  if (f.type === 'VISITS' || f.type === 'DEPLOYS_TO')
    objects = objects.map((r) => premises(r, ctx));
  if (f.products) objects = objects.filter((r) => THING_TYPES.has(r.type));
  // A reversed frame with no preposition needs its person as the relation's subject.
  if (f.persons && f.reverse && !f.prep) subjects = subjects.filter((r) => r.type === 'PERSON');
  else if (f.persons) objects = objects.filter((r) => r.type === 'PERSON');
  if (subjects.length === 0 || objects.length === 0) return undefined;
  // "attacked Labour's tax plans": an attack on an act is in words.
  const verbal = f.type === 'ATTACKS' && !f.reverse && attacksAnAct(tree, ctx, objectNodes);
  return { frame: f, subjects, objects, confidence, type: verbal ? 'CRITICIZES' : f.type };
}

/** An "as" phrase or a nominal complement of a verb ("hired X as chief", "appointed X chairman"). */
function asOrComplement(tree: SentenceTree, c: number): boolean {
  if (tree.is(c, 'xcomp')) return !tree.isVerbal(c);
  return tree.is(c, 'obl', 'advcl') && tree.caseOf(c) === 'as';
}

/**
 * The possessor of an act noun (nominal-frames.json actNouns: *decision, action, move, policy
 * …*) or of an event noun whose possessor does it ("Atlantis's invasion of Lemuria"; not
 * "Brand's assassination", where the possessor suffers it): who did what the verb is about.
 */
function actOwners(tree: SentenceTree, n: number, ctx: Context): number[] {
  const keys = tree.nounKeys(n);
  const act = keys.some((k) => ctx.lex.actNouns.has(k));
  // A patient possessor ("Brand's assassination") unless an "of" phrase names the patient.
  const ofPatient = tree.childrenBy(n, 'nmod').some((c) => tree.caseOf(c) === 'of');
  const event = keys
    .map((k) => ctx.lex.nouns.get(k))
    .some((f) => f !== undefined && (f.possessor !== 'patient' || ofPatient));
  return act || event ? tree.childrenBy(n, 'nmod:poss') : [];
}

/**
 * "came to Lund's Body Shop", "drove to the Golden Palace": an organisation whose name ends in a
 * noun of premises (nominal-frames.json premisesNouns) is also the place it trades from, where
 * one goes; other organisations are no destination ("went to Globex" may be a job).
 */
function premises(r: Ref, ctx: Context): Ref {
  if (r.type !== 'ORG') return r;
  const last = r.mention.text.toLowerCase().split(/\s+/).pop() ?? '';
  return ctx.lex.premisesNouns.has(last) ? { ...r, type: 'FACILITY' } : r;
}

/**
 * "called him a liar", "named Kari Lund chair": an object with a nominal or adjective complement
 * names; "called Kari Lund" (no complement, or a clause: "to discuss the crisis") calls.
 */
function namingComplement(tree: SentenceTree, v: number): boolean {
  // "calling back 17,000 cars", "called off the strike": another verb ("called up X" calls),
  // whatever the parse hung the particle on.
  if (tree.childrenBy(v, 'compound:prt').some((p) => tree.lower(p) !== 'up')) return true;
  if (tree.contains(v + 1) && /^(back|off|out|in)$/.test(tree.lower(v + 1))) return true;
  const objects = tree.childrenBy(v, 'obj');
  return tree.childrenBy(v, 'xcomp').some((x) => {
    if (tree.isVerbal(x)) return false;
    // The only nominal after the verb is the name called (see applyFrame).
    return objects.length > 0 || !tree.mentionAt(x);
  });
}

/**
 * An infinitive right after the object says what is asked or told ("told them to leave",
 * "asked Norway to act"); one after a phrase of the object is that phrase's ("told Mr Brown of
 * his intention to stand down" tells, it asks nothing).
 */
function requests(tree: SentenceTree, v: number): boolean {
  const objects = tree.childrenBy(v, 'obj', 'iobj');
  const endsObject = (k: number) =>
    objects.some((o) => k === o || (tree.mentionAt(o) && tree.mentionAt(k) === tree.mentionAt(o)));
  return tree
    .childrenBy(v, 'xcomp')
    .some((x) =>
      tree.childrenBy(x, 'mark').some((m) => tree.lower(m) === 'to' && endsObject(m - 1)),
    );
}

/** Relations of every verb a frame knows, in one sentence. */
export function clauseRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const v of tree.indices()) {
    // A participle modifying a noun ("the forced auction") states no event of its own.
    if (!tree.isVerbal(v) || tree.is(v, 'amod') || isParticipleModifier(tree, v)) continue;
    const pred = verbPredicate(tree, v, ctx.lex);
    const args = clauseArgs(tree, v);
    membersListed(out, tree, ctx, v);
    if (!pred) {
      openRelation(out, tree, ctx, v, args);
      continue;
    }
    const stance = stanceOf(tree, v, ctx);
    const theme = themeOf(tree, args.patients, ctx);
    let found = 0;
    const types = new Set<RelationType>();
    for (const f of pred.frames) {
      const use = applyFrame(tree, ctx, pred, args, f, theme);
      if (!use) continue;
      const n = emit(out, tree, ctx, {
        type: use.type,
        subjects: use.subjects,
        objects: use.objects,
        confidence: use.confidence,
        stance,
        trigger: v,
        key: pred.key,
      });
      found += n;
      if (n > 0) types.add(f.type);
      if (n > 0) threatOf(out, tree, ctx, v, use.type, use.objects);
    }
    // Frames whose party is missing: coordinated subjects, or a purpose clause's object.
    for (const f of pred.frames) {
      if (types.has(f.type)) continue;
      const n =
        symmetricSubjects(out, tree, ctx, pred, args, f, stance) ||
        purposeDeployment(out, tree, ctx, args, f, theme, stance);
      if (n > 0) types.add(f.type);
      found += n;
    }
    if (found === 0 && pred.frames.every((f) => f.weak)) openRelation(out, tree, ctx, v, args);
  }
  return out;
}

const LISTING_VERBS = new Set(['include', 'comprise']);

/**
 * "the association, whose members include Dell and Samsung", "Members of the pact include
 * Norway": the names a body's members are said to include are its members.
 */
function membersListed(
  out: RelationCandidate[],
  tree: SentenceTree,
  ctx: Context,
  v: number,
): number {
  if (!LISTING_VERBS.has(tree.lemma(v))) return 0;
  const owners: number[] = [];
  for (const s of tree.childrenBy(v, 'nsubj')) {
    if (!tree.nounKeys(s).includes('member') || tree.mentionAt(s)) continue;
    for (const o of tree.childrenBy(s, 'nmod:poss')) {
      owners.push(tree.isRelativePronoun(o) ? tree.relativeAntecedent(o) : o);
    }
    owners.push(...tree.childrenBy(s, 'nmod').filter((o) => tree.caseOf(o) === 'of'));
  }
  const bodies = refsOf(
    tree,
    owners.filter((o) => o >= 0),
    ctx,
  );
  if (bodies.length === 0) return 0;
  return emit(out, tree, ctx, {
    type: 'MEMBER_OF',
    subjects: refsOf(tree, tree.childrenBy(v, 'obj'), ctx),
    objects: bodies,
    confidence: 0.7,
    stance: stanceOf(tree, v, ctx),
    trigger: v,
  });
}

/** "China and Brazil held talks": coordinated subjects of a symmetric frame with no other party. */
function symmetricSubjects(
  out: RelationCandidate[],
  tree: SentenceTree,
  ctx: Context,
  pred: VerbPredicate,
  args: ClauseArgs,
  f: VerbFrame,
  stance: Stance,
): number {
  if (!SYMMETRIC.has(f.type) || !f.prep) return 0;
  if (!pred.objectInKey && !f.topic && args.patients.length > 0) return 0;
  const parties = refsOf(tree, args.agents, ctx).filter(isActor);
  if (parties.length < 2) return 0;
  return pairwise(out, tree, ctx, f.type, parties, stance, args.verb, 0.7);
}

/** "sent troops to help Russia": the helped party is where the troops went. */
function purposeDeployment(
  out: RelationCandidate[],
  tree: SentenceTree,
  ctx: Context,
  args: ClauseArgs,
  f: VerbFrame,
  theme: Theme,
  stance: Stance,
): number {
  if (f.type !== 'DEPLOYS_TO' || !f.prep || (theme !== 'personnel' && theme !== undefined))
    return 0;
  let added = 0;
  // "IRGC members were sent to support …": with no agent, the deployed force deploys.
  const senders = refsOf(
    tree,
    args.passive && args.agents.length === 0 ? args.patients : args.agents,
    ctx,
  );
  for (const c of tree.childrenBy(args.verb, 'advcl', 'xcomp')) {
    const pred = verbPredicate(tree, c, ctx.lex);
    if (pred?.frames.some((g) => g.type === 'SUPPORTS' || g.type === 'COOPERATES_WITH')) {
      added += emit(out, tree, ctx, {
        type: 'DEPLOYS_TO',
        subjects: senders,
        objects: refsOf(tree, tree.childrenBy(c, 'obj'), ctx),
        confidence: 0.55,
        stance,
        trigger: args.verb,
        argumentClasses: ['actor', 'actor'],
      });
    }
    // "sent 80 engineers to help with the flood relief in Lemuria": the people sent go
    // where their task is.
    if (theme !== 'personnel' || !tree.marks(c).includes('to')) continue;
    added += emit(out, tree, ctx, {
      type: 'DEPLOYS_TO',
      subjects: senders,
      objects: refsOf(tree, purposePlaces(tree, c), ctx),
      confidence: 0.55,
      stance,
      trigger: args.verb,
    });
  }
  return added;
}

const TASK_PLACE_CASES = new Set(['in', 'into', 'to']);

/** The places of a purpose clause: its own "in / to" phrases, or one on its object or oblique. */
function purposePlaces(tree: SentenceTree, c: number, depth = 0): number[] {
  const own = tree.childrenBy(c, 'obl').filter((o) => TASK_PLACE_CASES.has(tree.caseOf(o)));
  if (own.length > 0) return own;
  const onArgument = tree
    .childrenBy(c, 'obj', 'obl')
    .filter((o) => !tree.mentionAt(o))
    .flatMap((o) => tree.childrenBy(o, 'nmod').filter((k) => tree.caseOf(k) === 'in'));
  if (onArgument.length > 0 || depth > 1) return onArgument;
  // "to help fight the rebels in Tarnby": the task's own complement.
  return tree.childrenBy(c, 'xcomp').flatMap((x) => purposePlaces(tree, x, depth + 1));
}

/** "Turkey threatened to invade Syria": the threat is a relation too. */
export function threatOf(
  out: RelationCandidate[],
  tree: SentenceTree,
  ctx: Context,
  v: number,
  type: RelationType,
  objects: Ref[],
): void {
  if (!ctx.lex.threatTypes.has(type)) return;
  const t = tree.parent(v);
  if (t < 0 || !tree.is(v, 'xcomp')) return;
  if (!ctx.lex.threatVerbs.has(tree.lemma(t))) return;
  // "warned Kyiv to stop attacking X" is no threat against X.
  if (tree.childrenBy(t, 'obj', 'iobj').length > 0) return;
  const subjects = refsOf(tree, grammaticalSubject(tree, t), ctx);
  emit(out, tree, ctx, {
    type: 'THREATENS',
    subjects,
    objects,
    confidence: 0.7,
    stance: stanceOf(tree, t, ctx),
    trigger: t,
  });
}

/**
 * ReVerb-style fallback, only for the tightest pattern: a stated actor subject, an active verb
 * no frame knows, and a direct object that is a bare name ("Estonia expelled Latvia"). The verb
 * becomes the label of a RELATED_TO relation.
 */
function openRelation(
  out: RelationCandidate[],
  tree: SentenceTree,
  ctx: Context,
  v: number,
  args: ClauseArgs,
): void {
  const lex = ctx.lex;
  if (args.passive || !args.explicit || (tree.isGerund(v) && !tree.childBy(v, 'aux'))) return;
  const lemma = tree.lemma(v);
  if (
    lex.openVerbStoplist.has(lemma) ||
    lex.reportingVerbs.has(lemma) ||
    lex.lightVerbs.has(lemma) ||
    lex.complementVerbs.has(lemma) ||
    lex.allegingVerbs.has(lemma)
  ) {
    return;
  }
  const objects = tree.childrenBy(v, 'obj');
  if (objects.length !== 1) return;
  const obj = objects[0] as number;
  const m = tree.mentionAt(obj);
  if (!m || m.kind === 'pronoun') return;
  // The object is nothing but the name (a determiner at most).
  const [lo, hi] = tree.subtreeSpan(obj);
  for (let k = lo; k <= hi; k++) {
    if (tree.mentionAt(k) === m || tree.is(k, 'det', 'cc', 'punct', 'conj')) continue;
    if (tree.mentionAt(k) && tree.is(k, 'conj')) continue;
    return;
  }
  const stance = stanceOf(tree, v, ctx);
  if (stance.modality !== 'asserted' && stance.modality !== 'reported') return;
  const subjects = refsOf(tree, args.subject, ctx).filter((r) => r.via === 'name' && isActor(r));
  emit(out, tree, ctx, {
    type: 'RELATED_TO',
    subjects,
    objects: refsOf(tree, objects, ctx).filter((r) => r.via === 'name' && isActor(r)),
    confidence: 0.4,
    stance,
    trigger: v,
    label: lemma,
  });
}
