/**
 * Local repairs of parse errors the relation layer meets often, applied to a copy of a
 * sentence's arcs (the Analysis keeps the parser's own). Each repair is a small rule on the
 * surface and the tree together, for constructions the parser reads from wink-nlp's tags badly:
 *
 * - function words (aux, cop, mark, case, det, cc) head no arguments or modifiers, and
 *   punctuation heads nothing: what the parse hung on one ("Russia" the subject of the
 *   auxiliary in "Russia has turned") hangs on its head;
 * - "have" read as the auxiliary of the noun after it ("Globex has offices in Tarnby") is the
 *   clause's verb, the noun its object (have-verbs.ts); so is "back" read as an adverb after a
 *   modal or "to" ("Labour would back Gordon Brown", back-verbs.ts);
 * - "lives" read as a noun after "and" or "but" ("was born in Norland and lives in Lemuria") is
 *   the conjunct of the verb before it, the phrase after it its own (lives-verbs.ts); so is a
 *   present in -s read as a plural noun right after its subject ("Globex plans to buy Initech",
 *   present-verbs.ts);
 * - a conjunct of the subject opening right after a dash ("Bergen (NNA) -- Norland's
 *   Premier Ola Vik signed") is the subject, the dateline before the dash a loose dependent;
 * - an "of" phrase after a comma ("Tom Reed, 9, of Ashby,") hung on the verb belongs
 *   to the noun phrase the comma closes;
 * - a participle with an agent right after a noun ("a part of Ukraine annexed by Russia")
 *   parsed as a clause of the main verb, or as a reduced relative of a noun further out, is a
 *   reduced relative of that noun phrase;
 * - "as" hung as the adverb of a modifier that opens a noun phrase ("take over as chief
 *   executive of Globex") is the noun's case word, the noun an oblique, not an object;
 * - a goal or source ("to China") hung on a bare time or measure phrase ("a month") is the
 *   verb's; a preposition read as the marker of a clause right before a noun is its case; a
 *   participle right after a possessive 's ("last year's forced auction") modifies the noun;
 * - a name after a comma and a descriptor noun ("a Lyon-based firm, Globex") hung loose on the
 *   verb is the noun's apposition;
 * - hyphenated compounds: in "Iranian-made drones" or "a Paris-based firm" wink tags the
 *   participle as a verb and the parse makes it a clause; the phrase becomes one nominal headed
 *   by its noun, the participle an amod of it and the name its compound;
 * - a place noun or place name after a comma hung on a word above the place before the comma
 *   ("Residents of Harare, the capital of Zimbabwe,", "from Chicago to Dallas, Texas") is that
 *   place's apposition (place-appositions.ts);
 * - comma appositions: "Chile's ambassador to the UN, Rosa Vidal," or "two Latvian citizens,
 *   Ilze Berg and Juris Ozols," parsed with the name as a conjunct or an oblique; the name
 *   becomes the apposition of the role or person noun before the comma;
 * - a preposition parsed as the head of its object ("demand for Turkey" with "Turkey" hung on
 *   "for") is its object's case; one parsed as the marker of the verb after it with a name hung
 *   on it ("an agreement with Nissan to supply") heads a phrase of the word before it; a conjunct with a preposition ("Mubanga, 29, from London"
 *   with "London" a conjunct) is a modifier;
 * - trailing appositions: "said Rolf Dress, a spokesman for Union Investment." or "Andrew Hogg,
 *   spokesman for the Foundation, said" parsed with the role noun as a clause of the verb or
 *   with the name as its compound; the role noun becomes the apposition of the name before the
 *   comma, the name taking the role noun's place when the parse hung it there;
 * - a name right after a descriptor noun parsed as the subject of the verb ("Shares in UK drug
 *   firm Phytopharm closed", a second subject; "Shares in Japanese carmaker Nissan rose", a
 *   relative clause on the noun) takes the noun's place, the noun describing it;
 * - a title noun parsed as a sibling of the name right after it ("BBC pundit Mark Lawson said",
 *   both subjects of "said") describes the name;
 * - "in / near / at" and a name right after a name ("the Hall of Trade, in Port Ellery",
 *   "Ola Vik at the Institute of Geology") hung elsewhere is that name's phrase;
 * - a name hung by "flat" on the common noun before it ("reporter Tom Reed") takes the noun's
 *   place, the noun describing it;
 * - a past participle right after a name and a comma ("Carl Moss, convicted of murdering
 *   …,") hung on the main verb modifies the name, also where the parse made the name its
 *   subject ("Globex Corp., headquartered in Denver, said");
 * - "by" and a name hung on a noun inside a passive clause that has no agent ("was shot … in
 *   the lobby of his office by Carl Moss") is the clause's agent;
 * - the one on whose orders a passive clause without an agent was done is its agent ("was
 *   poisoned at the command of Tom Hale");
 * - a noun hung as a compound on the verb after it ("Arnor cut ties") is its subject;
 * - a subject with a preposition ("in India") is an oblique;
 * - "X - the world's largest exporter - sells": the name is the subject, the rest its apposition;
 * - a possessor hung on a verb ("India's Infosys hired", or a second subject: "Germany's Alexander
 *   Kosenkow won") owns the noun after it;
 * - a gerund opening the sentence parsed as a clausal subject with the subject noun phrase its
 *   object ("Ailing truck maker Globex Motors has signed a contract") modifies that noun;
 * - a name hung flat on a time word before the predicate ("On Monday Ms Brand was in Norland
 *   touring") is the predicate's subject;
 * - after a person noun in apposition with a name, an organisation phrase or a coordinated
 *   person noun hung on the name is the noun's ("Ola Vik, analyst with Globex Securities");
 * - a comma-closed name right before a verb without a subject is its subject ("the 25th
 *   President, William McKinley, was born"); a common noun subject between a name and the verb
 *   is the name's apposition ("Tom Hale, the 9th President …, was born");
 * - a subordinator read as a preposition ("as Biden's administration continues") marks a clause;
 * - a clause with "which"/"who" after ", " is the relative clause of the name before it; made
 *   the root with the sentence's subject as a second subject, it gives the root to the verb
 *   after its closing comma;
 * - a sentence rooted in a noun with the main verb as its clause ("Ann Holt assassinated Tom
 *   Reed" with "assassinated" a reduced relative of "Ann", "Atlantis, which did not comment,
 *   invaded Lemuria" with "invaded" inside the relative clause): the verb is the root;
 * - passives without a passive auxiliary ("Arnor is about to restore ties" with Arnor as
 *   nsubj:pass of "restore") become active subjects;
 * - shapes of better parsers: a bare name `obl` right after an active verb is its object; a
 *   comma-opened bare nominal after another argument of the verb is that one's apposition; an
 *   honorific hung away from its name joins it; a descriptor noun compounded on a name is its
 *   title; a "by" phrase on an active verb belongs to its object; "being" and a participle
 *   after a noun are that noun's reduced relative; an "in"/"by" gerund right after an
 *   infinitive clause modifies the infinitive;
 * - "Tom Becker shot Mark Olsen": an irregular past form tagged as a noun between a clause's
 *   first name and a name, a determiner or "and" and a verb is the clause's verb (its tag
 *   corrected);
 * - a person's name set off by commas as the subject of the clause after it keeps the person
 *   noun before the first comma, left the object of the verb before, as its apposition ("said its
 *   chairman, Ann Holt, would retire"; roles-before-subjects.ts);
 * - a person's name after a noun and a comma parsed as an adverb ("killed his wife, Ann Tully") is
 *   the noun's apposition (name-adverbs.ts);
 * - a recipient parsed as a compound of the thing given, with a numeral or determiner of the
 *   thing after it ("sold Egypt 24 Rafale jets") is the verb's first object
 *   (recipient-compounds.ts);
 * - a name opening the sentence (or after a verb of saying), a relative clause or an apposition
 *   set off by commas and a verb form after the closing comma that the parse swallowed into it
 *   ("Tom Reed, who knew her, shot Ann Holt", "shot" a noun; "Police said Tom Reed, an
 *   unemployed welder, killed Ann Holt"): the verb is the root (or the complement of the verb of
 *   saying), the name its subject (predicates-after-relative-clauses.ts);
 * - a name set off by commas right after the last name of a common noun's relative clause,
 *   before the verb the noun is the subject of ("The gunman who shot Ola Vik, Karl Dahl, was
 *   arrested"), is the noun's apposition, with an age and an "of" phrase after it
 *   (names-after-relative-clauses.ts);
 * - a person's name after a passive's "by" phrase and a comma hung on the verb ("was killed by
 *   his neighbour, Tom Reed") is the agent noun's apposition; a noun phrase after a name and its
 *   age hung loose on the name ("Tom Reed, 45, a native of Denver") is its apposition
 *   (appositions-of-agents.ts);
 * - "shot dead Ola Vik": a name phrase right after a verb and an adjective, hung on the
 *   adjective, is the verb's object and the adjective its secondary predicate;
 * - "UN Secretary General Kofi Annan visited Iraq" parsed as one chain headed by "UN": a person's
 *   name after a role hung on a word before it heads the phrase, the role describing it and the
 *   body modifying the role (titled-names.ts);
 * - "… Peter Mandelson criticised China" with "criticised" an adjective of "China" in a sentence
 *   with no other verb: the verb is the root, the name before its subject and the one after its
 *   object (verbs-as-modifiers.ts);
 * - "Jim Wright, the Texas Democrat, resigned" with the description a conjunct of the name: a
 *   person or group noun with its own article, between commas after a name and with no
 *   conjunction, is the name's apposition (conjuncts-as-appositions.ts);
 * - "Reed, 45, is a lawyer for Globex" with the one-word name a modifier of the predicate noun: a
 *   copular predicate with no subject takes the name hung on it before the comma that opens its
 *   copula, and a noun phrase after a comma parsed as the name's object is its apposition
 *   (copular-subjects.ts);
 * - "the Cupertino, Calif., company" parsed with the phrase ending at the city: a determiner, a
 *   place, a comma, a second place, a comma and a lower-case noun are one phrase headed by the
 *   noun (city-state-modifiers.ts);
 * - "the takeover of Initech by Globex" with "by Globex" hung on Initech: a "by" phrase naming an
 *   actor on the "of" phrase of an event noun is the noun's (agents-of-event-nouns.ts);
 * - "After talks with Vladimir Putin, Gerhard Schroeder said" with the talks the subject and the
 *   name a conjunct of Putin: a phrase fronted by a preposition of time is the verb's oblique and
 *   the name after its comma the subject (fronted-phrases.ts);
 * - "Shares fell after Globex said its CFO, Tom Reed, resigned" with "CFO" a second subject of
 *   "said" and "resigned" its conjunct: the verb after the name's closing comma is the
 *   complement of the verb of saying, the name its subject, the noun phrase its apposition; "Film
 *   giant Globex says" with "Film" and "Globex" both subjects: the descriptor describes the name
 *   (second-subjects.ts);
 * - "Ola Vik warned the Norland Lions will be his toughest opponents" with the team the object of
 *   "warned" and the complement subjectless: an object followed at once by the complement's
 *   auxiliary is the complement's subject (complement-subjects.ts).
 */
import type { Analysis, MentionSpan, Sentence, Token } from '../../analysis.js';
import type { Lexicon } from '../lexicon.js';
import {
  appositionsOfArguments,
  commaAppositions,
  subjectsBeforeAppositions,
  dashAppositions,
  datelinesBeforeDashes,
  descriptorAppositions,
  ofPhrasesAfterCommas,
  phrasesOfAppositiveRoles,
  trailingAppositions,
} from './appositions.js';
import {
  looseRelatives,
  predicatesAfterRelatives,
  predicatesUnderNominalRoots,
  relativesAsRoots,
  verbsTaggedAsNouns,
  subjectsOfCoordinatedClauses,
} from './clauses.js';
import type { Arcs, RepairContext } from './context.js';
import { backAsVerb } from './back-verbs.js';
import { livesAsVerb } from './lives-verbs.js';
import { presentVerbsAsNouns } from './present-verbs.js';
import { haveAsMainVerb } from './have-verbs.js';
import { appositionsAfterAges, appositionsOfAgents } from './appositions-of-agents.js';
import { agentsOfEventNouns } from './agents-of-event-nouns.js';
import { cityStateModifiers } from './city-state-modifiers.js';
import { placeAppositionsOnPlaces } from './place-appositions.js';
import { conjunctsAsAppositions } from './conjuncts-as-appositions.js';
import { frontedPhrases } from './fronted-phrases.js';
import { objectsOfNamesAsAppositions, subjectsOfCopulas } from './copular-subjects.js';
import { namesAsAdverbsAfterCommas } from './name-adverbs.js';
import { namesAfterRelativeClauses } from './names-after-relative-clauses.js';
import { predicatesAfterRelativeClauses } from './predicates-after-relative-clauses.js';
import { recipientsAsCompounds } from './recipient-compounds.js';
import { rolesBeforeNamedSubjects } from './roles-before-subjects.js';
import { descriptorSubjects, subjectsOfSayingComplements } from './second-subjects.js';
import { objectsAsComplementSubjects } from './complement-subjects.js';
import { namesUnderTitleChains } from './titled-names.js';
import { verbsAsModifiers } from './verbs-as-modifiers.js';
import {
  asOnModifiers,
  directionsOnBareNominals,
  functionWordsAsHeads,
  markedConjuncts,
  prepositionsAsHeads,
  prepositionsAsMarkers,
  prepositionsBeforeSiblings,
  subordinatorsAsCase,
} from './function-words.js';
import {
  descriptorCompounds,
  honorificsOnNames,
  namesAfterDescriptors,
  namesFlatOnNouns,
  namesFlatOnTimes,
  nameSpans,
  placePhrasesOnNames,
  possessorsOnVerbs,
  namesAfterPluralPossessives,
  premodifiedTitles,
  titlesAsSiblings,
} from './names.js';
import {
  beingParticiplesOnNouns,
  gerundsAfterClauseMarkers,
  gerundsAfterInfinitives,
  hyphenCompounds,
  participlesAfterNames,
  participlesOnAppositiveNouns,
  participlesWithNameSubjects,
  participlesAfterPossessives,
  participlesAsSubjects,
  reducedPassiveRelatives,
  resultativeAdjectives,
} from './participles.js';
import {
  agentsOfActiveVerbs,
  agentsOfOrders,
  agentsOnNouns,
  bareObliquesAsObjects,
  compoundsOnVerbs,
  markedSubjects,
  nominalAdverbs,
  passivesWithoutAuxiliary,
  subjectsOfPassives,
  subjectsBeforeAuxiliaries,
  subjectsBeforeCommas,
  subjectsOfAdverbs,
  subjectsAfterOpeningPhrases,
  objectsBeforePredicativeRoles,
} from './subjects.js';

export type { Arcs } from './context.js';

/** The parser's arcs of one sentence, repaired. */
export function repairArcs(
  analysis: Analysis,
  sentence: Sentence,
  mentions: readonly MentionSpan[],
  lex: Lexicon,
): Arcs {
  const first = sentence.firstToken;
  const end = sentence.lastToken;
  const tokens = analysis.tokens;
  const heads: number[] = [];
  const labels: string[] = [];
  for (let i = first; i < end; i++) {
    const t = tokens[i] as Token;
    heads.push(t.head >= first && t.head < end && t.head !== i ? t.head : -1);
    labels.push(t.deprel);
  }
  const arcs = { heads, labels };
  const ctx: RepairContext = { tokens, first, end, arcs, lex, mentions, kids: undefined };
  functionWordsAsHeads(ctx);
  haveAsMainVerb(ctx);
  backAsVerb(ctx);
  livesAsVerb(ctx);
  presentVerbsAsNouns(ctx);
  asOnModifiers(ctx);
  agentsOfActiveVerbs(ctx);
  hyphenCompounds(ctx);
  prepositionsAsHeads(ctx);
  prepositionsAsMarkers(ctx);
  prepositionsBeforeSiblings(ctx);
  gerundsAfterClauseMarkers(ctx);
  participlesAfterPossessives(ctx);
  markedConjuncts(ctx);
  nameSpans(ctx);
  namesUnderTitleChains(ctx);
  verbsAsModifiers(ctx);
  conjunctsAsAppositions(ctx);
  cityStateModifiers(ctx);
  placeAppositionsOnPlaces(ctx);
  frontedPhrases(ctx);
  subjectsBeforeAppositions(ctx);
  commaAppositions(ctx);
  namesAsAdverbsAfterCommas(ctx);
  recipientsAsCompounds(ctx);
  descriptorAppositions(ctx);
  appositionsOfArguments(ctx);
  bareObliquesAsObjects(ctx);
  trailingAppositions(ctx);
  titlesAsSiblings(ctx);
  placePhrasesOnNames(ctx);
  namesFlatOnNouns(ctx);
  descriptorCompounds(ctx);
  premodifiedTitles(ctx);
  namesAfterDescriptors(ctx);
  participlesAfterNames(ctx);
  passivesWithoutAuxiliary(ctx);
  subjectsOfPassives(ctx);
  reducedPassiveRelatives(ctx);
  directionsOnBareNominals(ctx);
  ofPhrasesAfterCommas(ctx);
  datelinesBeforeDashes(ctx);
  agentsOfEventNouns(ctx);
  agentsOnNouns(ctx);
  agentsOfOrders(ctx);
  compoundsOnVerbs(ctx);
  nominalAdverbs(ctx);
  markedSubjects(ctx);
  subjectsBeforeAuxiliaries(ctx);
  subjectsOfAdverbs(ctx);
  beingParticiplesOnNouns(ctx);
  gerundsAfterInfinitives(ctx);
  dashAppositions(ctx);
  namesAfterPluralPossessives(ctx);
  possessorsOnVerbs(ctx);
  subordinatorsAsCase(ctx);
  relativesAsRoots(ctx);
  subjectsBeforeCommas(ctx);
  rolesBeforeNamedSubjects(ctx);
  phrasesOfAppositiveRoles(ctx);
  participlesAsSubjects(ctx);
  namesFlatOnTimes(ctx);
  honorificsOnNames(ctx);
  looseRelatives(ctx);
  predicatesAfterRelatives(ctx);
  predicatesUnderNominalRoots(ctx);
  predicatesAfterRelativeClauses(ctx);
  namesAfterRelativeClauses(ctx);
  appositionsOfAgents(ctx);
  appositionsAfterAges(ctx);
  resultativeAdjectives(ctx);
  participlesOnAppositiveNouns(ctx);
  verbsTaggedAsNouns(ctx);
  participlesWithNameSubjects(ctx);
  subjectsOfCoordinatedClauses(ctx);
  subjectsAfterOpeningPhrases(ctx);
  objectsBeforePredicativeRoles(ctx);
  subjectsOfCopulas(ctx);
  objectsOfNamesAsAppositions(ctx);
  descriptorSubjects(ctx);
  subjectsOfSayingComplements(ctx);
  objectsAsComplementSubjects(ctx);
  return arcs;
}
