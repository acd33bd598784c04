/**
 * Verb and noun predicates of a sentence, left to right, with their arguments found over POS
 * sequences: verb group (auxiliaries, adverbs, negation, "to"), voice (passive with "be", or a
 * reduced relative "annexed by Russia"), subject (noun phrase to the left, coordination,
 * relative pronoun antecedent, "for X to"), direct object and prepositional phrases to the
 * right, and complements ("to help Russia", "of selling", "in using") whose subject is
 * controlled by the predicate before them. Frames from the lexicon turn these into relations.
 */
import type { Modality, RelationType } from '@kg/schema';
import type { RelationCandidate } from '../analysis.js';
import { argumentsFit, emit } from './emit.js';
import type { Lexicon, NounFrame, VerbFrame } from './lexicon.js';
import { combine, findScopes, groupModality, scopeAt } from './modality.js';
import type { Scope } from './modality.js';
import type { SentenceView, Unit } from './sentence-view.js';
import {
  actsAsActor,
  chains,
  headChain,
  isCompoundParticiple,
  isMention,
  isPossessive,
  isPremodifierVerb,
  isQuote,
  isVerbLike,
  regionLeft,
  regionRight,
} from './sentence-view.js';

interface PrepPhrase {
  prep: string;
  at: number;
  from: number;
  to: number;
  objects: Unit[];
}

export interface Predicate {
  kind: 'verb' | 'noun';
  u: number;
  /** First unit after the trigger and its particles. */
  after: number;
  key: string;
  passive: boolean;
  /** Grammatical subject (the patient when passive). */
  surface: Unit[];
  surfaceFrom: number;
  /** Who does it: the subject, the by-agent of a passive, or the controller's choice. */
  subjects: Unit[];
  explicit: boolean;
  controlled: boolean;
  dobj: Unit[];
  dobjFrom: number;
  dobjTo: number;
  personnel: boolean;
  thing: boolean;
  pps: PrepPhrase[];
  complementAt?: number;
  modality: Modality;
  attribution?: string | undefined;
  /** A deployment whose destination is the object of its purpose ("sent to support Russia"). */
  pendingDeploy?: { subjects: Unit[]; frame: VerbFrame };
  /** The threat this act is the content of ("threatened to impose sanctions on X"). */
  threat?: Predicate | undefined;
}

const BE = new Set(['be', 'get']);
const SYMMETRIC = new Set<string>(['COOPERATES_WITH', 'MEETS']);
const BE_HAVE = new Set(['be', 'have']);
const GERUND_PREPS = new Set([
  'of',
  'in',
  'from',
  'for',
  'by',
  'after',
  'before',
  'without',
  'at',
  'about',
  'on',
  'into',
  'against',
  'while',
  'to',
]);
const PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'to',
  'from',
  'with',
  'by',
  'for',
  'into',
  'onto',
  'against',
  'near',
  'under',
  'over',
  'between',
  'through',
  'across',
  'towards',
  'toward',
  'via',
  'within',
  'without',
  'amid',
  'among',
  'despite',
  'about',
  'like',
  'than',
]);
const ADJUNCT_PREPS = new Set([
  'after',
  'before',
  'while',
  'by',
  'without',
  'since',
  'upon',
  'when',
]);
const RELATIVES = new Set(['which', 'that', 'who', 'whom']);
const PERSONNEL_TYPES = new Set(['ORG']);

const keyCache = new Map<string, string>();

/** Strips an inflection when wink's lemma is not a known verb ("utilized" tagged ADJ). */
function verbKey(x: Unit, known: (k: string) => boolean): string {
  if (known(x.lemma)) return x.lemma;
  let key = keyCache.get(x.lower);
  if (key === undefined) {
    key = deinflect(x, known);
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(x.lower, key);
  }
  return key;
}

function deinflect(x: Unit, known: (k: string) => boolean): string {
  const w = x.lower;
  const candidates = [
    w.replace(/ied$/, 'y'),
    w.replace(/ies$/, 'y'),
    w.replace(/ed$/, ''),
    w.replace(/d$/, ''),
    w.replace(/ing$/, ''),
    w.replace(/ing$/, 'e'),
    w.replace(/(.)\1(ed|ing)$/, '$1'),
    w.replace(/es$/, ''),
    w.replace(/s$/, ''),
  ];
  return candidates.find(known) ?? x.lemma;
}

export class SentenceRules {
  readonly preds: Predicate[] = [];
  private readonly controllers = new Map<number, Predicate>();
  private lastExplicit: Predicate | undefined;
  readonly scopes: Scope[];
  private readonly units: Unit[];

  constructor(
    private readonly view: SentenceView,
    private readonly lex: Lexicon,
    private readonly out: RelationCandidate[],
  ) {
    this.units = view.units;
    this.scopes = findScopes(view, lex);
  }

  run(): void {
    const { units, lex } = this;
    for (let i = 0; i < units.length; i++) {
      const x = units[i] as Unit;
      if (isMention(x)) continue;
      if (this.isVerb(i)) {
        const p = this.verb(i);
        this.preds.push(p);
        this.applyVerbFrames(p);
        i = p.after - 1;
      } else if (
        (x.pos === 'NOUN' || x.pos === 'PROPN') &&
        (lex.nouns.has(x.lemma) || lex.pairNouns.has(x.lemma) || lex.controlNouns.has(x.lemma))
      ) {
        const p = this.noun(i);
        this.preds.push(p);
      }
    }
  }

  scopeFor(u: number): Scope | undefined {
    return scopeAt(this.scopes, u);
  }

  /** "have" or "be" tagged VERB before a participle ("said to have sent") works as an auxiliary. */
  private auxLike(i: number): boolean {
    const x = this.units[i];
    if (!x) return false;
    if (x.pos === 'AUX') return true;
    if (x.pos !== 'VERB' || !BE_HAVE.has(x.lemma)) return false;
    let k = i + 1;
    while (this.units[k]?.pos === 'ADV') k++;
    const next = this.units[k];
    return next !== undefined && isVerbLike(next) && next.pos === 'VERB';
  }

  private isVerb(i: number): boolean {
    const x = this.units[i] as Unit;
    // "Iran has no plans": wink may tag a main-verb "have" as AUX.
    if (x.pos === 'AUX' && x.lemma === 'have') {
      const next = this.units[i + 1];
      return next !== undefined && /^(DET|NOUN|ADJ|NUM)$/.test(next.pos);
    }
    if (this.auxLike(i)) return false;
    if (!isVerbLike(x) || isCompoundParticiple(this.units, i) || isPremodifierVerb(this.units, i)) {
      return false;
    }
    if (x.pos === 'VERB') return true;
    // A participle tagged ADJ after "be": "drones being utilized".
    const prev = this.units[i - 1];
    return prev?.pos === 'AUX' && BE.has(prev.lemma);
  }

  private known = (k: string): boolean =>
    this.lex.verbs.has(k) ||
    this.lex.complementVerbs.has(k) ||
    this.lex.lightVerbs.has(k) ||
    this.lex.reportingVerbs.has(k);

  private verb(i: number): Predicate {
    const { units, lex } = this;
    const x = units[i] as Unit;
    const lemma = verbKey(x, this.known);
    // Phrasal verbs: the longest known key ("take delivery", "turn to", "look at").
    let key = lemma;
    let after = i + 1;
    for (let n = lex.phrasalHeads.get(lemma) ?? 0; n >= 2; n--) {
      const parts = [lemma];
      for (let k = 1; k < n; k++) {
        const w = units[i + k];
        if (!w || isMention(w) || !/^(ADP|ADV|PART|NOUN|DET)$/.test(w.pos)) break;
        parts.push(w.lower);
      }
      if (parts.length === n && this.known(parts.join(' '))) {
        key = parts.join(' ');
        after = i + n;
        break;
      }
    }

    // Verb group to the left: auxiliaries, adverbs, negation, infinitive "to".
    let g = i - 1;
    let infinitive = false;
    let be = false;
    while (g >= 0) {
      const w = units[g] as Unit;
      if (isMention(w)) break;
      if (w.pos === 'AUX' || this.auxLike(g)) {
        if (BE.has(w.lemma)) be = true;
      } else if (w.pos === 'PART' && w.lower === 'to') {
        infinitive = true;
      } else if (!(w.pos === 'ADV' || (w.pos === 'PART' && /^(not|n't)$/.test(w.lower)))) break;
      g--;
      if (infinitive) break;
    }
    const groupStart = g + 1;
    const participle = !/ing$/.test(x.lower) && (/(ed|en)$/.test(x.lower) || x.lower !== x.lemma);
    // After "be" any non-gerund form is passive ("was hit", "were put"); without it only a
    // participle followed by "by" ("annexed by Russia").
    let passive = be && !/ing$/.test(x.lower);
    let j = after;
    while (units[j]?.pos === 'ADV' && !/^(ADJ|NUM|ADV)$/.test(units[j + 1]?.pos ?? '')) j++;
    const byFollows =
      units[j]?.lower === 'by' && isMention(units[regionFirstMention(units, j + 1)]);
    if (!passive && !infinitive && participle && byFollows) passive = true;

    const p: Predicate = {
      kind: 'verb',
      u: i,
      after,
      key,
      passive,
      surface: [],
      surfaceFrom: groupStart,
      subjects: [],
      explicit: false,
      controlled: false,
      dobj: [],
      dobjFrom: j,
      dobjTo: j,
      personnel: false,
      thing: false,
      pps: [],
      modality: groupModality(units, groupStart, i, lex),
    };

    // Subject.
    const before = units[groupStart - 1];
    const controller = this.controllers.get(i);
    const coordinated =
      before !== undefined &&
      (/^(and|or|but)$/.test(before.lower) ||
        (before.lower === 'as' && units[groupStart - 2]?.lower === 'well'));
    // "soon after taking delivery": an adjunct gerund shares the clause's subject.
    const gerund =
      /ing$/.test(x.lower) && before !== undefined && ADJUNCT_PREPS.has(before.lower) && !be;
    if (controller) {
      p.controlled = true;
      p.surface = this.controlled(controller);
      p.modality = combine(
        combine(p.modality, controller.modality),
        this.complementModality(controller),
      );
      p.attribution = controller.attribution;
      p.threat = this.lex.threatVerbs.has(controller.key) ? controller : controller.threat;
    } else if (infinitive) {
      // "for Iran to sell"
      const toAt = groupStart;
      const npStart = regionLeft(units, toAt);
      const head = npStart < toAt ? headChain(units, npStart, toAt) : undefined;
      if (head && units[npStart - 1]?.lower === 'for') {
        p.surface = head.chain;
        p.explicit = true;
      } else {
        this.semiModal(p, toAt);
      }
    } else if (gerund || coordinated) {
      const prev = this.lastExplicit;
      // "X said the plan would fail and harm Y": the coordinated verb is inside what X said.
      const reported = prev !== undefined && this.lex.reportingVerbs.has(prev.key);
      if (prev && !reported) {
        p.surface = prev.passive && !passive ? prev.surface : prev.surface;
        p.modality = coordinated ? p.modality : combine(p.modality, prev.modality);
      }
    } else {
      const subjStart = regionLeft(units, groupStart);
      // A noun phrase right after a preposition is its object, not a subject ("built in Japan using").
      const governed = PREPOSITIONS.has(units[subjStart - 1]?.lower ?? '');
      if (subjStart < groupStart && !governed) {
        p.explicit = true;
        p.surfaceFrom = subjStart;
        p.surface = this.subjectOf(subjStart, groupStart, passive && !be);
      } else if (
        before?.lower === ',' &&
        units[groupStart - 2]?.entityType === 'PERSON' &&
        units[groupStart - 3]?.lower === ','
      ) {
        // "Iran's foreign minister, Hossein Amirabdollahian, met …": the name is the subject.
        p.explicit = true;
        p.surface = [units[groupStart - 2] as Unit];
      } else if (before?.lower === ',') {
        // "The YPG, which is part of the SDF, is backed by …": the subject is before the aside.
        const open = this.asideStart(groupStart - 1);
        if (open !== undefined) {
          const start = regionLeft(units, open);
          if (start < open && !PREPOSITIONS.has(units[start - 1]?.lower ?? '')) {
            p.explicit = true;
            p.surfaceFrom = start;
            p.surface = this.subjectOf(start, open, false);
          }
        }
      } else if (before && before.pos === 'PRON' && RELATIVES.has(before.lower)) {
        let k = groupStart - 2;
        if (units[k]?.lower === ',') k--;
        const antStart = regionLeft(units, k + 1);
        if (antStart <= k) {
          p.explicit = true;
          p.surface = this.subjectOf(antStart, k + 1, false);
        }
      }
      if (p.explicit) this.lastExplicit = p;
    }

    // Objects: direct object, prepositional phrases, complement.
    if (units[j]?.pos === 'VERB' && /ing$/.test(units[j]?.lower ?? '')) {
      p.complementAt = j;
      this.controllers.set(j, p);
    } else {
      const first = units[j];
      const adverbNp = first?.pos === 'ADV' && /^(ADJ|NUM)$/.test(units[j + 1]?.pos ?? '');
      if (first && (isNpStart(first) || adverbNp)) {
        const end = regionRight(units, j);
        if (end > j) {
          p.dobjFrom = j;
          p.dobjTo = end;
          p.dobj = objectChains(units, j, end, lex);
          this.theme(p, j, end, p.dobj);
          j = end;
        }
      }
      j = this.prepPhrases(p, j);
      this.complement(p, j);
    }
    if (passive) {
      const by = p.pps.find((pp) => pp.prep === 'by');
      if (!p.personnel && !p.thing) this.theme(p, p.surfaceFrom, i, p.surface);
      p.subjects = by ? agentsOf(units, by, lex) : [];
    } else {
      p.subjects = p.surface;
    }
    const scope = this.scopeFor(i);
    if (scope) {
      p.modality = combine(p.modality, scope.modality);
      p.attribution ??= scope.attribution;
    }
    if (p.controlled && controller?.pendingDeploy) this.resolveDeploy(controller, p);
    return p;
  }

  /** The comma opening a relative or appositive aside that ends at the comma `close`. */
  private asideStart(close: number): number | undefined {
    const { units } = this;
    for (let k = close - 1; k > 0 && k > close - 30; k--) {
      const w = units[k] as Unit;
      if (w.lower === ';' || (w.pos === 'VERB' && k === close - 1)) return undefined;
      if (w.lower !== ',') continue;
      const first = units[k + 1];
      const aside =
        first !== undefined &&
        ((first.pos === 'PRON' && /^(which|who)$/.test(first.lower)) || first.pos === 'DET');
      return aside && isMention(units[k - 1]) ? k : undefined;
    }
    return undefined;
  }

  /** "Arnor is about to restore …", "X was unable to deliver …": the subject before "be". */
  private semiModal(p: Predicate, toAt: number): void {
    const { units, lex } = this;
    const word = units[toAt - 1];
    const modality = word ? lex.semiModals.get(word.lower) : undefined;
    if (!word || !modality) return;
    let k = toAt - 2;
    while (
      units[k]?.pos === 'ADV' ||
      (units[k]?.pos === 'PART' && /^(not|n't)$/.test(units[k]?.lower ?? ''))
    )
      k--;
    if (units[k]?.pos !== 'AUX') return;
    const groupStart = k;
    while (units[k - 1]?.pos === 'AUX' || units[k - 1]?.pos === 'ADV') k--;
    const subjStart = regionLeft(units, k);
    if (subjStart >= k || PREPOSITIONS.has(units[subjStart - 1]?.lower ?? '')) return;
    p.surface = this.subjectOf(subjStart, k, false);
    p.explicit = p.surface.length > 0;
    p.modality = combine(
      combine(p.modality, modality),
      groupModality(units, groupStart, toAt, lex),
    );
  }

  /** Subject chain of a region, when it can act; handles "a part of Y annexed by Z". */
  private subjectOf(from: number, to: number, reduced: boolean): Unit[] {
    const { units, lex } = this;
    if (reduced) {
      let a = from;
      while (units[a]?.pos === 'DET') a++;
      const part = units[a];
      if (part && lex.partNouns.has(part.lemma) && units[a + 1]?.lower === 'of') {
        // "X, which is a part of Y annexed by Z": the part is X.
        let k = from - 1;
        if (units[k]?.pos === 'AUX' && BE.has(units[k]?.lemma ?? '')) k--;
        if (units[k]?.pos === 'PRON' && RELATIVES.has(units[k]?.lower ?? '')) k--;
        if (units[k]?.lower === ',') k--;
        if (isMention(units[k])) return [units[k] as Unit];
      }
    }
    const head = headChain(units, from, to);
    if (!head || !actsAsActor(head, lex)) return [];
    return ownerOf(units, head.chain, lex);
  }

  private theme(p: Predicate, from: number, to: number, objects: Unit[]): void {
    const { units, lex } = this;
    let personnel = false;
    for (let k = from; k < to; k++) {
      const w = units[k] as Unit;
      if (isMention(w)) {
        if (w.mention.group && lex.personnelNouns.has(w.mention.group)) personnel = true;
      } else if ((w.pos === 'NOUN' || w.pos === 'PROPN') && lex.personnelNouns.has(w.lemma)) {
        personnel = true;
      }
    }
    if (objects.some((o) => PERSONNEL_TYPES.has(o.entityType ?? ''))) personnel = true;
    p.personnel = personnel;
    let message = false;
    for (let k = from; k < to; k++) {
      if (lex.communicationThemes.has(units[k]?.lemma ?? '')) message = true;
    }
    p.thing = !personnel && !message && to > from;
  }

  private prepPhrases(p: Predicate, start: number): number {
    const { units } = this;
    let j = start;
    for (let n = 0; n < 4; n++) {
      const w = units[j];
      if (!w || isMention(w)) break;
      const isPrep = w.pos === 'ADP' || (w.pos === 'PART' && w.lower === 'to');
      if (!isPrep || w.lower === 'that') break;
      let k = j + 1;
      while (units[k]?.pos === 'ADV' && !/^(ADJ|NUM|ADV)$/.test(units[k + 1]?.pos ?? '')) k++;
      if (isVerbLike(units[k]) && !isNpStart(units[k] as Unit)) break;
      const end = regionRight(units, k);
      if (end === k) break;
      let to = end;
      // "between Russia and Tehran" is one argument even when a verb follows.
      if (w.lower === 'between' && units[to]?.lower === 'and' && isMention(units[to + 1])) to += 2;
      p.pps.push({ prep: w.lower, at: j, from: k, to, objects: ppChains(units, k, to, this.lex) });
      j = to;
    }
    return j;
  }

  private complement(p: Predicate, j: number): void {
    const { units, lex } = this;
    const w = units[j];
    if (!w) return;
    // "a campaign to destroy Yukos": the infinitive belongs to the noun, not to the verb.
    const last = units[j - 1];
    if (
      p.kind === 'verb' &&
      last &&
      last.pos === 'NOUN' &&
      (lex.controlNouns.has(last.lemma) || lex.considerNouns.has(last.lemma))
    ) {
      return;
    }
    let k = j + 1;
    while (units[k]?.pos === 'ADV') k++;
    const next = units[k];
    if (!next || !isVerbLike(next)) return;
    if (w.pos === 'PART' && w.lower === 'to') p.complementAt = k;
    else if (w.pos === 'ADP' && GERUND_PREPS.has(w.lower) && /ing$/.test(next.lower)) {
      p.complementAt = k;
    }
    if (p.complementAt !== undefined) this.controllers.set(p.complementAt, p);
  }

  /** Who does a complement: the controller's actor object ("accused Iran of selling"), else its subject. */
  private controlled(c: Predicate): Unit[] {
    if (c.kind === 'verb' && c.passive) return c.surface;
    const pp = c.pps[0];
    const [from, to] = c.kind === 'noun' ? [pp?.from ?? 0, pp?.to ?? 0] : [c.dobjFrom, c.dobjTo];
    const head = headChain(this.units, from, to);
    if (head && actsAsActor(head, this.lex)) {
      const actors = head.chain.filter((o) => argumentsFit(this.lex, 'SUPPORTS', o, o));
      if (actors.length > 0) return actors;
    }
    return c.subjects.length > 0 ? c.subjects : c.surface;
  }

  private complementModality(c: Predicate): Modality | undefined {
    const m = this.lex.complementVerbs.get(c.key);
    if (m) return m;
    if (c.kind === 'noun' && this.lex.considerNouns.has(c.key)) return 'considered';
    return undefined;
  }

  private applyVerbFrames(p: Predicate): void {
    const frames = this.lex.verbs.get(p.key);
    if (!frames) {
      this.openRelation(p);
      return;
    }
    const trigger = {
      start: (this.units[p.u] as Unit).start,
      end: (this.units[p.after - 1] as Unit).end,
    };
    for (const f of frames) {
      if (f.theme === 'personnel' && !p.personnel) continue;
      if (f.theme === 'thing' && !p.thing) continue;
      let confidence = f.src === 'table' ? 0.8 : 0.65;
      if (f.weak) confidence -= 0.15;
      if (p.passive) confidence -= 0.05;
      if (p.controlled) confidence -= 0.05;
      let subjects = p.subjects;
      let objects: Unit[];
      if (f.prep) {
        const pp = p.pps.find((x) => x.prep === f.prep && x.objects.length > 0);
        if (f.type === 'DEPLOYS_TO' && p.passive && subjects.length === 0) subjects = p.surface;
        if (!pp) {
          if (f.type === 'DEPLOYS_TO' && p.complementAt !== undefined && !p.pendingDeploy) {
            p.pendingDeploy = { subjects, frame: f };
          }
          // "China and Russia held talks", "X and Y cooperate": the pair is the subject.
          if (SYMMETRIC.has(f.type) && subjects.length >= 2 && p.dobj.length === 0) {
            subjects.forEach((first, n) =>
              emit(this.out, this.lex, {
                view: this.view,
                type: f.type,
                subjects: [first],
                objects: subjects.slice(n + 1),
                confidence: confidence - 0.1,
                modality: p.modality,
                attribution: p.attribution,
                trigger,
              }),
            );
          }
          continue;
        }
        objects = f.objectFirst ? (p.passive ? p.surface : p.dobj) : pp.objects;
        if (f.reverse) [subjects, objects] = [objects, subjects];
      } else {
        objects = p.passive ? p.surface : p.dobj;
        // "condemned an attack by Osgiliath": the event's agent stands in for it.
        const first = p.pps[0];
        if (
          !p.passive &&
          objects.length === 0 &&
          p.dobjTo > p.dobjFrom &&
          first &&
          /^(by|of)$/.test(first.prep) &&
          first.from === p.dobjTo + 1
        ) {
          objects = first.objects;
          confidence -= 0.1;
        }
      }
      if (subjects.length === 0 || objects.length === 0) continue;
      emit(this.out, this.lex, {
        view: this.view,
        type: f.type,
        subjects,
        objects,
        confidence,
        modality: p.modality,
        attribution: p.attribution,
        trigger,
      });
      this.threatOf(p, f.type, objects);
    }
  }

  /** "Turkey threatened to invade Syria": the threat itself is a relation too. */
  private threatOf(p: Predicate, type: RelationType, objects: Unit[]): void {
    const t = p.threat;
    // "warned Kyiv to stop attacking X" is no threat against X.
    if (!t || !this.lex.threatTypes.has(type) || t.subjects.length === 0 || t.dobj.length > 0) {
      return;
    }
    const u = this.units[t.u] as Unit;
    emit(this.out, this.lex, {
      view: this.view,
      type: 'THREATENS',
      subjects: t.subjects,
      objects,
      confidence: 0.7,
      modality: t.modality,
      attribution: t.attribution,
      trigger: { start: u.start, end: u.end },
    });
  }

  /**
   * ReVerb-style fallback, only for the tightest pattern: an explicit actor subject, an active
   * verb no frame knows, and a direct object that is nothing but a name ("Georgia recognised
   * Kosovo"). The verb becomes the label of a RELATED_TO relation.
   */
  private openRelation(p: Predicate): void {
    const { units, lex } = this;
    if (!p.explicit || p.passive || p.surface.length === 0 || p.dobj.length === 0) return;
    // "a Land-Rover containing Welsh Guardsmen": a bare participle modifies a noun.
    const x0 = units[p.u] as Unit;
    if (/ing$/.test(x0.lower) && units[p.u - 1]?.pos !== 'AUX') return;
    if (
      lex.openVerbStoplist.has(p.key) ||
      lex.reportingVerbs.has(p.key) ||
      lex.lightVerbs.has(p.key) ||
      lex.complementVerbs.has(p.key)
    ) {
      return;
    }
    for (let k = p.dobjFrom; k < p.dobjTo; k++) {
      const w = units[k] as Unit;
      if (!isMention(w) && w.pos !== 'DET' && !/^(and|,)$/.test(w.lower)) return;
    }
    if (p.pps.length > 0 && p.pps[0]?.at === p.dobjTo) return;
    if (p.modality !== 'asserted' && p.modality !== 'reported') return;
    const x = units[p.u] as Unit;
    const head = headChain(units, p.dobjFrom, p.dobjTo);
    if (!head) return;
    emit(this.out, lex, {
      view: this.view,
      type: 'RELATED_TO',
      subjects: p.surface,
      objects: head.chain,
      confidence: 0.4,
      modality: p.modality,
      attribution: p.attribution,
      trigger: { start: x.start, end: (units[p.after - 1] as Unit).end },
      label: p.key,
    });
  }

  /** "sent troops to help Russia": the helped party is where the troops went. */
  private resolveDeploy(c: Predicate, p: Predicate): void {
    const frames = this.lex.verbs.get(p.key) ?? [];
    if (!frames.some((f) => f.type === 'SUPPORTS' || f.type === 'COOPERATES_WITH')) return;
    const pending = c.pendingDeploy;
    if (!pending || pending.subjects.length === 0) return;
    const u = this.units[c.u] as Unit;
    emit(this.out, this.lex, {
      view: this.view,
      type: 'DEPLOYS_TO',
      subjects: pending.subjects,
      objects: p.dobj,
      confidence: 0.55,
      modality: c.modality,
      attribution: c.attribution,
      trigger: { start: u.start, end: u.end },
    });
  }

  private noun(i: number): Predicate {
    const { units, lex } = this;
    const x = units[i] as Unit;
    const p: Predicate = {
      kind: 'noun',
      u: i,
      after: i + 1,
      key: x.lemma,
      passive: false,
      surface: [],
      surfaceFrom: i,
      subjects: [],
      explicit: false,
      controlled: false,
      dobj: [],
      dobjFrom: i + 1,
      dobjTo: i + 1,
      personnel: false,
      thing: false,
      pps: [],
      modality: 'asserted',
    };
    // Possessor or premodifier: "Iran's support", "its war", "US sanctions".
    let k = i - 1;
    let modality: Modality = 'asserted';
    while (k >= 0) {
      const w = units[k] as Unit;
      if (isMention(w)) break;
      if (w.pos === 'ADJ' || w.pos === 'NUM' || isQuote(w) || isPremodifierVerb(units, k)) {
        modality = combine(modality, lex.modifiers.get(w.lower));
        k--;
        continue;
      }
      if (w.pos === 'NOUN' && k === i - 1) {
        k--;
        continue;
      }
      break;
    }
    let subjects: Unit[] = [];
    let confidence = 0.7;
    const w = units[k];
    // "no plans to …", "no sanctions on …"
    if (w?.lower === 'no') modality = combine(modality, 'negated');
    if (isPossessive(w) && isMention(units[k - 1])) {
      const head = headChain(units, regionLeft(units, k), k);
      subjects = head ? head.chain : [units[k - 1] as Unit];
    } else if (isMention(w) && argumentsFit(lex, 'SUPPORTS', w, w)) {
      // "US sanctions", "Russian attacks"; not "drone attack".
      subjects = [w];
    }
    let governing: Predicate | undefined;
    if (subjects.length === 0) {
      // Light verb: "imposing new sanctions on Tehran", "mount pressure on".
      // Only light and complement verbs lend their subject: in "the US condemned the attack on
      // X" the US is not the attacker.
      for (let q = this.preds.length - 1; q >= 0; q--) {
        const v = this.preds[q] as Predicate;
        if (v.kind === 'verb' && v.dobjFrom <= i && i < v.dobjTo) {
          if (lex.lightVerbs.has(v.key) || lex.complementVerbs.has(v.key)) governing = v;
          break;
        }
      }
      if (governing) {
        subjects = governing.subjects;
        confidence = 0.65;
      }
    }
    p.subjects = subjects;
    p.surface = subjects;
    p.modality = combine(modality, governing?.modality);
    if (governing) p.modality = combine(p.modality, this.complementModality(governing));
    p.threat = governing?.threat;
    if (governing && lex.negatingLightVerbs.has(governing.key)) p.modality = 'negated';
    p.attribution = governing?.attribution;
    const end = this.prepPhrases(p, i + 1);
    this.complement(p, end);
    const scope = this.scopeFor(i);
    if (scope) {
      p.modality = combine(p.modality, scope.modality);
      p.attribution ??= scope.attribution;
    }
    const trigger = { start: x.start, end: x.end };

    const pairType = lex.pairNouns.get(x.lemma);
    const between = p.pps.find((pp) => pp.prep === 'between');
    if (pairType && between && between.objects.length >= 2) {
      const [first, ...rest] = between.objects;
      emit(this.out, lex, {
        view: this.view,
        type: pairType,
        subjects: [first as Unit],
        objects: rest,
        confidence: 0.75,
        modality: p.modality,
        attribution: p.attribution,
        trigger,
      });
      return p;
    }
    // "Gondor and Osgiliath have renewed ties": the pair is the coordinated subject.
    if (pairType && governing && !p.pps.some((q) => q.objects.length > 0) && subjects.length >= 2) {
      // Every pair of "X, Y and Z agreed to boost cooperation".
      subjects.forEach((first, n) =>
        emit(this.out, lex, {
          view: this.view,
          type: pairType,
          subjects: [first],
          objects: subjects.slice(n + 1),
          confidence: 0.65,
          modality: p.modality,
          attribution: p.attribution,
          trigger,
        }),
      );
      return p;
    }
    const frame: NounFrame | undefined = lex.nouns.get(x.lemma);
    if (!frame) return p;
    const by = p.pps.find((pp) => pp.prep === 'by');
    if (by && subjects.length === 0) subjects = by.objects;
    const pp = p.pps.find((q) => frame.preps.includes(q.prep) && q.objects.length > 0);
    if (!pp || subjects.length === 0) return p;
    emit(this.out, lex, {
      view: this.view,
      type: frame.type,
      subjects,
      objects: pp.objects,
      confidence,
      modality: p.modality,
      attribution: p.attribution,
      trigger,
    });
    this.threatOf(p, frame.type, pp.objects);
    return p;
  }
}

function isNpStart(x: Unit): boolean {
  return isMention(x) || /^(NOUN|PROPN|ADJ|DET|NUM|PRON)$/.test(x.pos) || isQuote(x);
}

/**
 * Mentions of an argument region: the head (last) chain, chains right before it ("Iskander
 * cruise missiles") and possessors ("Ukraine's power stations"), not other modifiers
 * ("Italian" in "Italian Prime Minister Silvio Berlusconi", "Iranian" in "Iranian-made drones").
 */
function objectChains(units: Unit[], from: number, to: number, lex: Lexicon): Unit[] {
  const all = chains(units, from, to);
  const head = all[all.length - 1];
  if (!head) return [];
  if (qualifiesNoun(units, head, lex)) return [];
  // "the departure of American staff": a name inside an "of" phrase is the object only after
  // a group, part or quantity noun ("members of the IRGC", "30% of Ukraine's power stations").
  for (let k = from + 1; k < (head[0] as Unit).u; k++) {
    if (units[k]?.lower !== 'of') continue;
    const before = units[k - 1] as Unit;
    if (!isMention(before) && !lex.ofHeads.has(before.lemma) && !lex.ofHeads.has(before.lower)) {
      return [];
    }
    break;
  }
  let next = (head[0] as Unit).u;
  const kept: Unit[][] = [head];
  for (let c = all.length - 2; c >= 0; c--) {
    const chain = all[c] as Unit[];
    const after = (chain[chain.length - 1] as Unit).u + 1;
    // A demonym right before a name only qualifies it ("the Kurdish YPG"); a possessor counts
    // when what it owns is not itself named ("Ukraine's power stations", not "India's HCL").
    const demonym = chain.length === 1 && chain[0]?.mention?.type === 'NORP';
    const owner = isPossessive(units[after]) && !isMention(units[after + 1]);
    if ((after === next && !demonym) || owner) {
      kept.push(chain);
      next = (chain[0] as Unit).u;
    }
  }
  return kept.reverse().flat();
}

/**
 * "Russian missiles hit Kyiv", "hit by Russia's drones": a weapon named right after an actor
 * (demonym, name or possessor) stands for that actor when it is the one acting.
 */
function ownerOf(units: Unit[], chain: Unit[], lex: Lexicon): Unit[] {
  const first = chain[0] as Unit;
  if (chain.length !== 1 || argumentsFit(lex, 'SUPPORTS', first, first)) return chain;
  let k = first.u - 1;
  if (isPossessive(units[k])) k--;
  const owner = units[k];
  return owner && isMention(owner) && argumentsFit(lex, 'SUPPORTS', owner, owner) ? [owner] : chain;
}

/** The agents of a "by" phrase: its head chain, or the owner of the weapon it names. */
function agentsOf(units: Unit[], by: PrepPhrase, lex: Lexicon): Unit[] {
  const head = headChain(units, by.from, by.to);
  if (!head) return [];
  return ownerOf(units, head.chain, lex);
}

/**
 * A demonym that only qualifies a common noun: "the Pakistani community", "his Israeli
 * counterpart" — but "Russian forces", "Ukrainian cities" still name the country.
 */
function qualifiesNoun(units: Unit[], chain: Unit[], lex: Lexicon): boolean {
  const last = chain[chain.length - 1] as Unit;
  if (chain.length !== 1 || last.mention?.type !== 'NORP') return false;
  const next = units[last.u + 1];
  if (!next || isMention(next) || (next.pos !== 'NOUN' && next.pos !== 'PROPN')) return false;
  return (
    !lex.actorHeads.has(next.lemma) && !lex.ofHeads.has(next.lemma) && !lex.ofHeads.has(next.lower)
  );
}

/** Mentions of a prepositional object, leaving out compound modifiers ("Iranian-made") and qualifying demonyms. */
function ppChains(units: Unit[], from: number, to: number, lex: Lexicon): Unit[] {
  const kept = chains(units, from, to)
    .filter((c) => units[(c[c.length - 1] as Unit).u + 1]?.lower !== '-')
    .filter((c) => !qualifiesNoun(units, c, lex));
  if (kept.length < 2) return kept.flat();
  // "talks with US bank Wells Fargo": the head name, as for direct objects.
  const heads = objectChains(units, from, to, lex);
  return heads.length > 0 ? heads : kept.flat();
}

function regionFirstMention(units: Unit[], start: number): number {
  let k = start;
  while (units[k] && units[k]?.pos === 'DET') k++;
  return k;
}
