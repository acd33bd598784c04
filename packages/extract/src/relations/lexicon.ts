/**
 * Relation knowledge loaded from data files: verb frames (data/verb-frames.json, built by
 * scripts/build-verb-frames.mjs), relation nouns, roles and compounds (data/nominal-frames.json)
 * and modality cues (data/modality-cues.json). Loaded once per process, read-only after.
 */
import { readData } from '../lexicon.js';
import type { Modality, RelationType } from '@kg/schema';

export interface VerbFrame {
  type: RelationType;
  /** Preposition introducing the object; none = the direct object. */
  prep?: string;
  /**
   * The direct object decides the frame: people sent (DEPLOYS_TO) or things sent (SUPPLIES);
   * 'request': the verb needs an infinitive saying what is asked ("asked Norway to act");
   * 'none': the frame holds only without a direct object ("moved to Oslo"); 'message': the
   * direct object is a letter or message ("sent a letter to X"); 'bare': no naming complement
   * ("called Kari Lund", not "called Kari Lund a liar"); 'goods': money, arms or goods
   * ("gave Kari Lund $500", not "gave her a chance"); 'weapon': no direct object, or a weapon or
   * an attack ("launched rockets at X", not "launched a service at X").
   */
  theme?: 'personnel' | 'thing' | 'request' | 'none' | 'message' | 'bare' | 'goods' | 'weapon';
  /** The object must be a product or a weapon ("developed the Zeta phone", not "the network"). */
  products?: boolean;
  /** The object must be a person ("spoke to Kari Lund", not "spoke to the BBC"). */
  persons?: boolean;
  /** The direct object is the topic, not a party ("Norway and Sweden discussed the treaty"). */
  topic?: boolean;
  /** With `prep`, the object is the direct object and the PP holds the theme ("supply X with Y"). */
  objectFirst?: boolean;
  /** The PP's object is the relation's subject and the verb's subject its object ("bought drones from Iran"). */
  reverse?: boolean;
  /** The relation's subject is the verb's patient ("Vestas is based in Aarhus"). */
  subject?: 'patient';
  weak?: boolean;
  src: string;
}

export interface NounFrame {
  type: RelationType;
  preps: string[];
  object?: 'thing';
  /** The possessor is who the event is done to ("Brand's assassination"). */
  possessor?: 'patient';
  /**
   * Verbs besides the light verbs that hand their subject to this noun, being how one comes by
   * it: "bought a stake in X", "raised its holding in X" (the buyer acquires).
   */
  verbs?: string[];
  /** Verbs that part with it, undoing the relation ("sold its stake in X": negated). */
  undoneBy?: string[];
  /** Prepositions whose phrase names the doer ("the extradition of X to Y": Y takes X). */
  doerPreps?: string[];
}

export type ArgumentClass = 'actor' | 'place' | 'thing' | 'body' | 'any';

export interface CompoundFrame {
  type: RelationType;
  headIsSubject?: boolean;
  /** Argument classes when they differ from the type's ("Iranian-supplied drones"). */
  arguments?: [ArgumentClass, ArgumentClass];
}

export interface TypeOverride {
  type: RelationType;
  /** Only for these trigger lemmas (all when absent). */
  lemmas?: string[];
  subject: string[];
  object: string[];
  /** null: these arguments make it no relation at all. */
  becomes: RelationType | null;
  /**
   * Not in a sports report, where a town or country named is a side with players, unless the
   * trigger is a title that is no player's role.
   */
  outsideSport?: boolean;
}

/** nominal-frames.json `expulsion`: a government ordering people of another country out. */
export interface Expulsion {
  /** Nouns of leaving ("the departure of X", "the expulsion of X"). */
  nouns: Set<string>;
  /** Verbs that order such a noun ("ordered the departure of X"). */
  orderVerbs: Set<string>;
  /** Verbs of expelling people ("expelled 20 Norland diplomats"). */
  verbs: Set<string>;
  /** Verbs of leaving an order governs ("ordered Norland's envoys to leave"). */
  leaveVerbs: Set<string>;
  /** Nouns an "of" phrase passes through to the people ("the relatives of Norland envoys"). */
  kinNouns: Set<string>;
}

export interface Lexicon {
  verbs: Map<string, VerbFrame[]>;
  /** First word of a phrasal key ("take" for "take delivery") -> longest such key in words. */
  phrasalHeads: Map<string, number>;
  nouns: Map<string, NounFrame>;
  pairNouns: Map<string, RelationType>;
  /** Modifiers that make a pair noun a physical connection ("a rail link"): no relation. */
  connectionWords: Set<string>;
  controlNouns: Set<string>;
  accusationVerbs: Set<string>;
  /** Deaths a verb of accusing ties someone to (patterns/death-charge.ts). */
  deathNouns: Set<string>;
  /** Taking part: the subject (and "with" partner) or owner did the event after "in". */
  participationVerbs: Set<string>;
  participationNouns: Set<string>;
  /** A course of action parties named together in its phrase take together ("the decision by A and B"). */
  jointNouns: Set<string>;
  /** An act or course of action whose owner stands in for it as a verb's object ("condemned Atlantis's decision"). */
  actNouns: Set<string>;
  /** Serving a term: the subject did the event after "for". */
  punishmentVerbs: Set<string>;
  /** "went on trial for the murder of X": who is tried did it (patterns/event-noun.ts). */
  trialNouns: Set<string>;
  /** Verbs whose subject owns up to an event ("pleaded guilty to the murder of X"). */
  confessionVerbs: Set<string>;
  /** Verbs of demanding by a mandative that-clause, or by "for X to V" ("called for X to resign"). */
  demandVerbs: { that: Set<string>; forTo: Set<string> };
  /** Forces of a country or body said to be in a place (patterns/stationed-forces.ts). */
  stationedForces: {
    nouns: Set<string>;
    verbs: Set<string>;
    participles: Set<string>;
    cases: Set<string>;
  };
  /** A company's parent or owner noun -> the relation it gives (patterns/parent-company.ts). */
  parentNouns: Map<string, RelationType>;
  /** Places and people attacked, named by no name (patterns/attack-place.ts). */
  attackTargets: Set<string>;
  /** "in charge of", "at the helm of", "took command of" (patterns/in-charge.ts). */
  leadingPhrases: { nouns: Map<string, string>; takingVerbs: Set<string> };
  /** Forces withdrawn from a place were deployed there (patterns/troop-withdrawal.ts). */
  troopWithdrawal: {
    /** Verb lemma -> the particles it needs ("pull out", "bring home"); empty: none. */
    verbs: Map<string, Set<string>>;
    nouns: Set<string>;
    cases: Set<string>;
  };
  lightVerbs: Set<string>;
  negatingLightVerbs: Set<string>;
  /** Deals, sales and takeovers said to have failed (negated): verbs, adjectives, types. */
  failedDeals: {
    subjectVerbs: Set<string>;
    passiveVerbs: Set<string>;
    adjectives: Set<string>;
    types: Set<RelationType>;
  };
  semiModals: Map<string, Modality>;
  compounds: Map<string, CompoundFrame>;
  roles: Map<string, RelationType>;
  /** First words of the role nouns ("prime" for "prime minister"), to skip most units at once. */
  roleFirstWords: Set<string>;
  maxRoleWords: number;
  subordinateRoleModifiers: Set<string>;
  nonPersonRoles: Set<string>;
  /** Titles won, not held in a body ("European champion X"): a country qualifying one is the holder's. */
  achievementTitles: Set<string>;
  /** Marks and results one sets or breaks ("the British record"): their owner is no target. */
  scoreNouns: Set<string>;
  /** A person's home ("his home in X", "hometown of X"): the person is in the place. */
  homeNouns: Set<string>;
  /** Homes one is from rather than in ("birthplace"): AFFILIATED_WITH, as "born in". */
  birthplaceNouns: Set<string>;
  /** Ordering another country's people out (patterns/expulsion.ts). */
  expulsion: Expulsion;
  /** Heads of a description naming the one earlier name ending so ("the body shop"). */
  descriptionHeads: Set<string>;
  /** Names ending in these are premises one goes to ("Lund's Body Shop"). */
  premisesNouns: Set<string>;
  /** An organisation's seat or office ("Globex's headquarters in X"): patterns/seat.ts. */
  seatNouns: Set<string>;
  /** Doers of an attack ("the lone gunman"): patterns/doer-noun.ts. */
  attackDoerNouns: Set<string>;
  personNouns: Set<string>;
  personnelNouns: Set<string>;
  /** People moved by others ("smuggled migrants into X", "transferred prisoners to Y"). */
  movedPeople: Set<string>;
  actorHeads: Set<string>;
  governmentHeads: Set<string>;
  partNouns: Set<string>;
  headOfStateTitles: Set<string>;
  communicationThemes: Set<string>;
  /** Money, arms and goods: what a verb of giving supplies ("gave the rebels rifles"). */
  goodsNouns: Set<string>;
  /** What is fired or launched at a target ("missiles", "shots", "a salvo"). */
  projectileNouns: Set<string>;
  /** The doer of an attack or crime called by what they did ("the gunman", "the suspect"). */
  perpetratorNouns: Set<string>;
  /** Nouns that make a person a party a role holder deals with, not the holder (coref-office.ts). */
  nonHolderNouns: Set<string>;
  /** Verbs whose patient is harmed, so holds no office a later description names (coref-office.ts). */
  harmVerbs: Set<string>;
  typeOverrides: TypeOverride[];
  openVerbStoplist: Set<string>;
  ofHeads: Set<string>;
  responsibilityNouns: Set<string>;
  /** Verbs whose subject undergoes the relation noun they take ("faces sanctions from"). */
  undergoerVerbs: Set<string>;
  locationCues: string[][];
  argumentTypes: Map<ArgumentClass, Set<string>>;
  typeArguments: Map<RelationType, [ArgumentClass, ArgumentClass]>;
  reportingVerbs: Set<string>;
  sayingVerbs: Set<string>;
  allegingVerbs: Set<string>;
  reportingPhrases: string[][];
  /** First words of the reporting phrases, to skip most units at once. */
  reportingPhraseHeads: Set<string>;
  complementVerbs: Map<string, Modality>;
  considerNouns: Set<string>;
  allegingNouns: Set<string>;
  reportingNouns: Set<string>;
  threatVerbs: Set<string>;
  threatTypes: Set<RelationType>;
  auxiliaries: Map<string, Modality>;
  adverbs: Map<string, Modality>;
  modifiers: Map<string, Modality>;
  /** (noun-phrases.json) Descriptor nouns and the entity type they imply. */
  descriptorTypes: Map<string, 'ORG' | 'GPE' | 'FACILITY' | 'PERSON'>;
  stateGroups: Set<string>;
  /**
   * (noun-phrases.json) Nouns for a company or a club that, with a place before them, refer back
   * to one named in the text ("the Canadian firm", "the London club").
   */
  companyNouns: Set<string>;
  orgGroups: Set<string>;
  originNouns: Map<string, RelationType>;
  /** Construction -> "NAME<MODIFIER" entity types -> relation. */
  modifierRelations: Map<string, Map<string, ModifierRelation>>;
  partRelations: Map<string, RelationType>;
  sports: {
    minCues: number;
    drop: Set<RelationType>;
    cues: Set<string>;
    /** Cues other news uses too ("play", "title"): a sports report has another cue as well. */
    weakCues: Set<string>;
    pairWords: Set<string>;
    /** A club that signs a player: the player is its member (sport.ts). */
    signingVerbs: Set<string>;
    /** Verb -> prepositions of the club a player moves to ([]: the direct object). */
    moveVerbs: Map<string, string[]>;
    /** Verbs whose "from" club is the player's former club. */
    formerClubVerbs: Set<string>;
    /** A player's or coach's role nouns: a town or country named with them is the side. */
    roles: Set<string>;
    /** Roles news names only in a club: a town named with one is the club in any document. */
    clubRoles: Set<string>;
    /** Noun -> prepositions naming the side of a player's time with it ("debut for"). */
    memberNouns: Map<string, string[]>;
    /** Verbs whose subject the player of a member noun is ("made his debut", "scored a goal"). */
    playerVerbs: Set<string>;
  };
  /** (noun-phrases.json) Words of a contest between two named sides (contest.ts). */
  contests: {
    /** Distinct sports cues, one of them no weak cue, that make a report one of contests. */
    minCues: number;
    /** Verb (with its particle: "see off") -> prepositions of the opponent ([]: the object). */
    verbs: Map<string, string[]>;
    /** Verbs that name a contest outside a sports report too ("Blair defeated Howard"). */
    anywhere: Set<string>;
    /** Noun -> prepositions of the opponent ("win over", "match against"). */
    nouns: Map<string, string[]>;
    /** Nouns that name a contest outside a sports report too ("Labour's victory over"). */
    anywhereNouns: Set<string>;
    /** Words between two sides ("Arsenal v Chelsea"). */
    versus: Set<string>;
  };
  organisationRoles: Set<string>;
  /** A company's own officers' titles: with no body named, the company the text is about. */
  companyTitles: Set<string>;
  /** Roles held for a person ("Senator Vik's adviser"): the holder is affiliated with them. */
  personalRoles: Set<string>;
  /** Role nouns whose "to" phrase is their body ("an aide to Senator Reed", "a consultant to Globex"). */
  serviceRoles: Set<string>;
  /** (noun-phrases.json) Genre and field names ("r&b", "hip-hop"): what a role is in, no body. */
  fieldNames: Set<string>;
}

export interface ModifierRelation {
  type: RelationType;
  /** The modifier is the relation's subject ("Sony's PlayStation": Sony PRODUCES it). */
  reverse?: boolean;
  /** Only with a compound participle cue ("Iranian-made"), never from the adjective alone. */
  onlyWithCue?: boolean;
}

interface VerbFile {
  frames: Record<string, VerbFrame[]>;
}

interface NominalFile {
  nouns: Record<string, NounFrame>;
  pairNouns: Record<string, RelationType>;
  connectionWords: string[];
  controlNouns: string[];
  accusationVerbs: string[];
  deathNouns: string[];
  participationVerbs: string[];
  participationNouns: string[];
  jointNouns: string[];
  actNouns: string[];
  punishmentVerbs: string[];
  trialNouns: string[];
  confessionVerbs: string[];
  demandVerbs: { that: string[]; forTo: string[] };
  stationedForces: { nouns: string[]; verbs: string[]; participles: string[]; cases: string[] };
  attackTargets: string[];
  parentNouns: Record<string, RelationType>;
  leadingPhrases: { nouns: Record<string, string>; takingVerbs: string[] };
  troopWithdrawal: { verbs: Record<string, string[]>; nouns: string[]; cases: string[] };
  lightVerbs: string[];
  negatingLightVerbs: string[];
  failedDeals: {
    subjectVerbs: string[];
    passiveVerbs: string[];
    adjectives: string[];
    types: RelationType[];
  };
  semiModals: Record<string, Modality>;
  compoundModifiers: Record<string, CompoundFrame>;
  roles: Record<string, RelationType>;
  subordinateRoleModifiers: string[];
  nonPersonRoles: string[];
  achievementTitles: string[];
  scoreNouns: string[];
  homeNouns: string[];
  birthplaceNouns: string[];
  expulsion: Record<keyof Expulsion, string[]>;
  descriptionHeads: string[];
  premisesNouns: string[];
  seatNouns: string[];
  attackDoerNouns: string[];
  personNouns: string[];
  personnelNouns: string[];
  movedPeople: string[];
  actorHeads: string[];
  governmentHeads: string[];
  partNouns: string[];
  headOfStateTitles: string[];
  communicationThemes: string[];
  goodsNouns: string[];
  projectileNouns: string[];
  perpetratorNouns: string[];
  nonHolderNouns: string[];
  harmVerbs: string[];
  typeOverrides: TypeOverride[];
  openVerbStoplist: string[];
  organisationRoles: string[];
  companyTitles: string[];
  personalRoles: string[];
  serviceRoles: string[];
  ofHeads: string[];
  responsibilityNouns: string[];
  undergoerVerbs: string[];
  locationCues: string[];
  argumentTypes: Record<ArgumentClass, string[]>;
  typeArguments: Record<RelationType, [ArgumentClass, ArgumentClass]>;
}

interface NounPhraseFile {
  organisationNouns: string[];
  placeNouns: string[];
  facilityNouns: string[];
  personNouns: string[];
  stateGroups: string[];
  companyNouns: string[];
  orgGroups: string[];
  originNouns: Record<string, RelationType>;
  modifierRelations: Record<string, Record<string, ModifierRelation>>;
  partNouns: Record<string, RelationType>;
  sportsContext: {
    minCues: number;
    drop: RelationType[];
    cues: string[];
    weakCues: string[];
    pairWords: string[];
    signingVerbs: string[];
    moveVerbs: Record<string, string[]>;
    formerClubVerbs: string[];
    roles: string[];
    clubRoles: string[];
    memberNouns: Record<string, string[]>;
    playerVerbs: string[];
  };
  contests: {
    minCues: number;
    verbs: Record<string, string[]>;
    anywhere: string[];
    nouns: Record<string, string[]>;
    anywhereNouns: string[];
    versus: string[];
  };
  fieldNames: string[];
}

interface ModalityFile {
  reportingVerbs: string[];
  sayingVerbs: string[];
  allegingVerbs: string[];
  reportingPhrases: string[];
  complementVerbs: Record<string, Modality>;
  considerNouns: string[];
  allegingNouns: string[];
  reportingNouns: string[];
  threatVerbs: string[];
  threatTypes: RelationType[];
  auxiliaries: Record<string, Modality>;
  adverbs: Record<string, Modality>;
  modifiers: Record<string, Modality>;
}

const words = (s: string): string[] => s.split(' ');

function phrasalHeads(keys: string[]): Map<string, number> {
  const heads = new Map<string, number>();
  for (const key of keys) {
    const w = words(key);
    if (w.length < 2) continue;
    heads.set(w[0] as string, Math.max(heads.get(w[0] as string) ?? 0, w.length));
  }
  return heads;
}

function build(): Lexicon {
  const verbFile = readData<VerbFile>('verb-frames.json');
  const nominal = readData<NominalFile>('nominal-frames.json');
  const modality = readData<ModalityFile>('modality-cues.json');
  const np = readData<NounPhraseFile>('noun-phrases.json');
  const descriptorTypes = new Map<string, 'ORG' | 'GPE' | 'FACILITY' | 'PERSON'>();
  for (const w of np.personNouns) descriptorTypes.set(w, 'PERSON');
  for (const w of np.facilityNouns) descriptorTypes.set(w, 'FACILITY');
  for (const w of np.placeNouns) descriptorTypes.set(w, 'GPE');
  for (const w of np.organisationNouns) descriptorTypes.set(w, 'ORG');
  const verbs = new Map(Object.entries(verbFile.frames));
  // Role nouns: the titles the entities stage knows, and the relation layer's own (which win).
  const titles = readData<{ roles: Record<string, RelationType> }>('curated/titles.json');
  const roles = new Map([...Object.entries(titles.roles), ...Object.entries(nominal.roles)]);
  return {
    verbs,
    phrasalHeads: phrasalHeads([
      ...verbs.keys(),
      ...Object.keys(modality.complementVerbs),
      ...nominal.lightVerbs,
      ...nominal.negatingLightVerbs,
      ...nominal.failedDeals.subjectVerbs,
      ...nominal.failedDeals.passiveVerbs,
    ]),
    nouns: new Map(Object.entries(nominal.nouns)),
    pairNouns: new Map(Object.entries(nominal.pairNouns)),
    connectionWords: new Set(nominal.connectionWords),
    controlNouns: new Set(nominal.controlNouns),
    accusationVerbs: new Set(nominal.accusationVerbs),
    deathNouns: new Set(nominal.deathNouns),
    participationVerbs: new Set(nominal.participationVerbs),
    participationNouns: new Set(nominal.participationNouns),
    jointNouns: new Set(nominal.jointNouns),
    actNouns: new Set([...nominal.actNouns, ...nominal.jointNouns]),
    punishmentVerbs: new Set(nominal.punishmentVerbs),
    trialNouns: new Set(nominal.trialNouns),
    confessionVerbs: new Set(nominal.confessionVerbs),
    demandVerbs: {
      that: new Set(nominal.demandVerbs.that),
      forTo: new Set(nominal.demandVerbs.forTo),
    },
    stationedForces: {
      nouns: new Set(nominal.stationedForces.nouns),
      verbs: new Set(nominal.stationedForces.verbs),
      participles: new Set(nominal.stationedForces.participles),
      cases: new Set(nominal.stationedForces.cases),
    },
    attackTargets: new Set(nominal.attackTargets),
    parentNouns: new Map(Object.entries(nominal.parentNouns)),
    leadingPhrases: {
      nouns: new Map(Object.entries(nominal.leadingPhrases.nouns)),
      takingVerbs: new Set(nominal.leadingPhrases.takingVerbs),
    },
    troopWithdrawal: {
      verbs: new Map(
        Object.entries(nominal.troopWithdrawal.verbs).map(([v, p]) => [v, new Set(p)] as const),
      ),
      nouns: new Set(nominal.troopWithdrawal.nouns),
      cases: new Set(nominal.troopWithdrawal.cases),
    },
    lightVerbs: new Set([...nominal.lightVerbs, ...nominal.negatingLightVerbs]),
    negatingLightVerbs: new Set(nominal.negatingLightVerbs),
    failedDeals: {
      subjectVerbs: new Set(nominal.failedDeals.subjectVerbs),
      passiveVerbs: new Set(nominal.failedDeals.passiveVerbs),
      adjectives: new Set(nominal.failedDeals.adjectives),
      types: new Set(nominal.failedDeals.types),
    },
    semiModals: new Map(Object.entries(nominal.semiModals)),
    compounds: new Map(Object.entries(nominal.compoundModifiers)),
    roles,
    roleFirstWords: new Set([...roles.keys()].map((k) => words(k)[0] as string)),
    maxRoleWords: Math.max(...[...roles.keys()].map((k) => words(k).length)),
    subordinateRoleModifiers: new Set(nominal.subordinateRoleModifiers),
    nonPersonRoles: new Set(nominal.nonPersonRoles),
    achievementTitles: new Set(nominal.achievementTitles),
    scoreNouns: new Set(nominal.scoreNouns),
    homeNouns: new Set(nominal.homeNouns),
    birthplaceNouns: new Set(nominal.birthplaceNouns),
    expulsion: {
      nouns: new Set(nominal.expulsion.nouns),
      orderVerbs: new Set(nominal.expulsion.orderVerbs),
      verbs: new Set(nominal.expulsion.verbs),
      leaveVerbs: new Set(nominal.expulsion.leaveVerbs),
      kinNouns: new Set(nominal.expulsion.kinNouns),
    },
    descriptionHeads: new Set(nominal.descriptionHeads),
    premisesNouns: new Set(nominal.premisesNouns),
    seatNouns: new Set(nominal.seatNouns),
    attackDoerNouns: new Set(nominal.attackDoerNouns),
    personNouns: new Set([...nominal.personNouns, ...np.personNouns]),
    personnelNouns: new Set(nominal.personnelNouns),
    movedPeople: new Set(nominal.movedPeople),
    actorHeads: new Set([...nominal.actorHeads, ...nominal.personnelNouns]),
    governmentHeads: new Set(nominal.governmentHeads),
    partNouns: new Set(nominal.partNouns),
    headOfStateTitles: new Set(nominal.headOfStateTitles),
    communicationThemes: new Set(nominal.communicationThemes),
    goodsNouns: new Set(nominal.goodsNouns),
    projectileNouns: new Set(nominal.projectileNouns),
    perpetratorNouns: new Set(nominal.perpetratorNouns),
    nonHolderNouns: new Set(nominal.nonHolderNouns),
    harmVerbs: new Set(nominal.harmVerbs),
    typeOverrides: nominal.typeOverrides,
    openVerbStoplist: new Set(nominal.openVerbStoplist),
    ofHeads: new Set([
      ...nominal.ofHeads,
      ...nominal.actorHeads,
      ...nominal.personnelNouns,
      ...nominal.partNouns,
    ]),
    responsibilityNouns: new Set(nominal.responsibilityNouns),
    undergoerVerbs: new Set(nominal.undergoerVerbs),
    locationCues: nominal.locationCues.map(words),
    argumentTypes: new Map(
      (Object.entries(nominal.argumentTypes) as [ArgumentClass, string[]][]).map(([k, v]) => [
        k,
        new Set(v),
      ]),
    ),
    typeArguments: new Map(
      Object.entries(nominal.typeArguments) as [RelationType, [ArgumentClass, ArgumentClass]][],
    ),
    reportingVerbs: new Set(modality.reportingVerbs),
    sayingVerbs: new Set(modality.sayingVerbs),
    allegingVerbs: new Set(modality.allegingVerbs),
    reportingPhrases: modality.reportingPhrases.map(words),
    reportingPhraseHeads: new Set(modality.reportingPhrases.map((p) => words(p)[0] as string)),
    complementVerbs: new Map(Object.entries(modality.complementVerbs)),
    considerNouns: new Set(modality.considerNouns),
    allegingNouns: new Set(modality.allegingNouns),
    reportingNouns: new Set(modality.reportingNouns),
    threatVerbs: new Set(modality.threatVerbs),
    threatTypes: new Set(modality.threatTypes),
    auxiliaries: new Map(Object.entries(modality.auxiliaries)),
    adverbs: new Map(Object.entries(modality.adverbs)),
    modifiers: new Map(Object.entries(modality.modifiers)),
    descriptorTypes,
    stateGroups: new Set(np.stateGroups),
    companyNouns: new Set(np.companyNouns),
    orgGroups: new Set(np.orgGroups),
    originNouns: new Map(Object.entries(np.originNouns)),
    modifierRelations: new Map(
      Object.entries(np.modifierRelations).map(([k, v]) => [k, new Map(Object.entries(v))]),
    ),
    partRelations: new Map(Object.entries(np.partNouns)),
    fieldNames: new Set(np.fieldNames),
    sports: {
      minCues: np.sportsContext.minCues,
      drop: new Set(np.sportsContext.drop),
      cues: new Set(np.sportsContext.cues),
      weakCues: new Set(np.sportsContext.weakCues),
      pairWords: new Set(np.sportsContext.pairWords),
      signingVerbs: new Set(np.sportsContext.signingVerbs),
      moveVerbs: new Map(Object.entries(np.sportsContext.moveVerbs)),
      formerClubVerbs: new Set(np.sportsContext.formerClubVerbs),
      roles: new Set(np.sportsContext.roles),
      clubRoles: new Set(np.sportsContext.clubRoles),
      memberNouns: new Map(Object.entries(np.sportsContext.memberNouns)),
      playerVerbs: new Set(np.sportsContext.playerVerbs),
    },
    contests: {
      minCues: np.contests.minCues,
      verbs: new Map(Object.entries(np.contests.verbs)),
      anywhere: new Set(np.contests.anywhere),
      nouns: new Map(Object.entries(np.contests.nouns)),
      anywhereNouns: new Set(np.contests.anywhereNouns),
      versus: new Set(np.contests.versus),
    },
    organisationRoles: new Set(nominal.organisationRoles),
    companyTitles: new Set(nominal.companyTitles),
    personalRoles: new Set(nominal.personalRoles),
    serviceRoles: new Set(nominal.serviceRoles),
  };
}

let cached: Lexicon | undefined;

export function relationLexicon(): Lexicon {
  cached ??= build();
  return cached;
}

interface LeadersFile {
  countries: Record<string, string[]>;
  people: Record<string, string>;
}

export interface Leaders {
  /** Lower-cased full name -> country code. */
  people: Map<string, string>;
  /** Country code -> lower-cased names. */
  countries: Map<string, Set<string>>;
}

let leaders: Leaders | undefined;

/** People in government and their country (data/leaders.json), loaded on first use. */
export function leadersLexicon(): Leaders {
  if (!leaders) {
    const file = readData<LeadersFile>('leaders.json');
    leaders = {
      people: new Map(Object.entries(file.people)),
      countries: new Map(Object.entries(file.countries).map(([k, v]) => [k, new Set(v)])),
    };
  }
  return leaders;
}
