/**
 * Relations over dependency trees. Every sentence becomes a tree (tree.ts) with its mentions on
 * their head tokens; the passes in patterns/ read it, each a function of the tree and a shared,
 * read-only context (lexicon, coreference, document genre), in this order:
 *
 * 1. roles and titles over all sentences, whose facts coreference reads ("the prime minister");
 * 2. coreference for pronouns and definite descriptions (coref.ts; "the gunman" for the person a
 *    report names so: perpetrators.ts), and groups a later sentence
 *    lists by name (groups.ts: "four companies … The four companies … are A, B and C");
 * 3. per sentence, with coreference: clauses (verb frames, with passive, control, coordination
 *    and relative clauses), event nouns, expulsions (expulsion.ts), forces said to be in a place
 *    (stationed-forces.ts), stakes sold to a buyer (stake-sales.ts), team sheets and transfers in
 *    a sports report
 *    (sport.ts) and scorers' sides ("goals from X gave Dunmore a win", scorers.ts), contests between two named sides (contest.ts), works and their makers
 *    (work.ts), performers and the works they star in (cast.ts), award nominees and the works their
 *    category ties them to (award.ts), holdings an owner lists ("Globex brands include A, B",
 *    include-list.ts), who takes part in a named event (event-participation.ts), a country before a
 *    company's descriptor and name the parse lost ("of US firm Kaltex next month",
 *    premodifier-run.ts), roles (with national offices, national-office.ts), apposition, premodifiers,
 *    possessives, "of" phrases, "in" phrases, bracketed affiliations ("Rory Lamont (Glasgow
 *    Rugby)"), homes ("his home in Dunmore") and organisations' seats ("Globex's headquarters
 *    in Tarnby", seat.ts) and member nouns ("Tom Reed, a Briton,", member-noun.ts), people described as from or in a
 *    place ("Ben Harlow, a drifter from Kentucky,", descriptor-place.ts), a company's town set off
 *    by commas ("Initech Inc., Dallas, said", org-place-apposition.ts); the
 *    noun-phrase finds shared by the other names
 *    of a bare list ("Spain's A and B"); then containment over what they found ("of Ashby,
 *    Norland"); doer nouns after an attack ("… Jon Berg was the lone gunman", doer-noun.ts);
 *    a quoted source's organisation the other passes missed ("said Kari Lund of Globex",
 *    source-affiliation.ts);
 * 4. over the whole document, team sheets that name no side, by what the other passes found of
 *    their players (unnamed-sheet.ts), and the bench line after a sheet (bench.ts).
 *
 * Candidates are merged per (subject, predicate, object, sentence), and a nationality
 * (AFFILIATED_WITH) is dropped where a role already relates the same two entities.
 */
import type { RelationType } from '@kg/schema';
import type { Analysis, MentionSpan, RelationCandidate } from '../analysis.js';
import type { Context } from './arguments.js';
import { resolveReferences } from './coref.js';
import { groupDefinitions } from './groups.js';
import { relationLexicon } from './lexicon.js';
import { perpetratorReferences } from './perpetrators.js';
import { appositionRelations } from './patterns/apposition.js';
import { attackPlaceRelations } from './patterns/attack-place.js';
import { awardRelations } from './patterns/award.js';
import { castRelations } from './patterns/cast.js';
import { clauseRelations } from './patterns/clause.js';
import { conjunctRelations } from './patterns/coordination.js';
import { contestRelations } from './patterns/contest.js';
import { containmentRelations } from './patterns/containment.js';
import { datelineRelations } from './patterns/dateline.js';
import { demandClauseRelations } from './patterns/demand-clause.js';
import { descriptorPlaceRelations } from './patterns/descriptor-place.js';
import { doerNounRelations } from './patterns/doer-noun.js';
import { epithetMemberRelations } from './patterns/epithet-member.js';
import { eventNounRelations } from './patterns/event-noun.js';
import { undergoneEventRelations } from './patterns/undergone-event.js';
import { eventParticipationRelations } from './patterns/event-participation.js';
import { expulsionRelations } from './patterns/expulsion.js';
import { homeRelations } from './patterns/home.js';
import { includeListRelations } from './patterns/include-list.js';
import { inChargeRelations } from './patterns/in-charge.js';
import { claimedAfter, implicitAgentRelations } from './patterns/implicit-agent.js';
import { locatedInRelations } from './patterns/located-in.js';
import { regionOfRelations } from './patterns/region-of.js';
import { memberNounRelations } from './patterns/member-noun.js';
import { partyStateRelations } from './patterns/party-state.js';
import { ofPhraseRelations } from './patterns/of-phrase.js';
import { orgPlaceAppositionRelations } from './patterns/org-place-apposition.js';
import { parentCompanyRelations } from './patterns/parent-company.js';
import { parentheticalRelations } from './patterns/parenthetical.js';
import { possessiveRelations } from './patterns/possessive.js';
import { premodifierRelations } from './patterns/premodifier.js';
import { premodifierRunRelations } from './patterns/premodifier-run.js';
import { roleRelations, titleRelations } from './patterns/role.js';
import { scorerRelations } from './patterns/scorers.js';
import { seatRelations } from './patterns/seat.js';
import type { RoleFact } from './patterns/role.js';
import { sourceAffiliationRelations } from './patterns/source-affiliation.js';
import { benchRelations } from './patterns/bench.js';
import { sportRelations } from './patterns/sport.js';
import { stakeSaleRelations } from './patterns/stake-sales.js';
import { stationedForceRelations } from './patterns/stationed-forces.js';
import { troopWithdrawalRelations } from './patterns/troop-withdrawal.js';
import { unnamedSheetRelations } from './patterns/unnamed-sheet.js';
import { whereClauseRelations } from './patterns/where-clause.js';
import { deathChargeRelations } from './patterns/death-charge.js';
import { workRelations } from './patterns/work.js';
import { workCreditRelations } from './patterns/work-credit.js';
import { stageDone } from '../stage-clock.js';
import { isSportsReport } from './sports-report.js';
import { sentenceTrees } from './tree.js';
import type { SentenceTree } from './tree.js';

type Pass = (tree: SentenceTree, ctx: Context) => RelationCandidate[];

/** The sentence passes, in order; each is a function of the tree and the context only. */
const PASSES: readonly Pass[] = [
  clauseRelations,
  eventNounRelations,
  undergoneEventRelations,
  expulsionRelations,
  demandClauseRelations,
  stationedForceRelations,
  troopWithdrawalRelations,
  inChargeRelations,
  attackPlaceRelations,
  stakeSaleRelations,
  whereClauseRelations,
  deathChargeRelations,
  datelineRelations,
  sportRelations,
  scorerRelations,
  contestRelations,
  workRelations,
  castRelations,
  awardRelations,
  workCreditRelations,
  includeListRelations,
  eventParticipationRelations,
  premodifierRunRelations,
];

/** Passes relating names inside one noun phrase, whose finds a bare list shares (coordination.ts). */
const PHRASE_PASSES: readonly Pass[] = [
  function rolePhraseRelations(tree, ctx) {
    return roleRelations(tree, ctx).relations;
  },
  appositionRelations,
  premodifierRelations,
  possessiveRelations,
  parentCompanyRelations,
  ofPhraseRelations,
  descriptorPlaceRelations,
  orgPlaceAppositionRelations,
  locatedInRelations,
  regionOfRelations,
  parentheticalRelations,
  homeRelations,
  seatRelations,
  memberNounRelations,
  epithetMemberRelations,
  partyStateRelations,
];

/** Stage names for the bench's clock (`stageDone`), one string per pass. */
const PASS_STAGES = PASSES.map((pass) => `relations: ${pass.name}`);
const PHRASE_STAGES = PHRASE_PASSES.map((pass) => `relations: ${pass.name}`);

const ROLE_TYPES = new Set<RelationType>(['LEADER_OF', 'MEMBER_OF', 'SPOKESPERSON_OF']);

/**
 * Finds relation candidates between the resolved mentions of an analysed document.
 *
 * @example
 * findRelations(analyse(loadNlp(), 'd', 'Iran sold drones to Russia.'));
 * // [{ subject: 'iran', predicate: 'SUPPLIES', object: 'russia', modality: 'asserted', … }]
 */
export function findRelations(analysis: Analysis): RelationCandidate[] {
  const lex = relationLexicon();
  const trees = sentenceTrees(analysis, lex);
  const base = { lex, sport: isSportsReport(analysis, lex) };
  const titles = analysis.roles ?? [];
  stageDone('relations: genre');

  const facts: RoleFact[] = [];
  const bare: Context = { ...base, refs: new Map() };
  for (const tree of trees) {
    facts.push(
      ...roleRelations(tree, bare, false).facts,
      ...titleRelations(tree, bare, titles, false).facts,
    );
  }
  stageDone('relations: role facts');
  const plurals = new Map<number, readonly MentionSpan[]>();
  const refs = resolveReferences(trees, facts, base, plurals);
  for (const [i, m] of perpetratorReferences(trees, lex)) if (!refs.has(i)) refs.set(i, m);

  stageDone('relations: coreference');
  // A plural pronoun for a coordinated subject stands for every name in it ("They" after
  // "Globex and Initech …"); a group a later sentence lists wins.
  const groups = new Map([...plurals, ...groupDefinitions(trees)]);
  const ctx: Context = { ...base, refs, groups };
  stageDone('relations: groups');

  const found: RelationCandidate[] = [];
  let previous: RelationCandidate[] = [];
  let last: SentenceTree | undefined;
  for (const tree of trees) {
    const worth = worthReading(tree, ctx);
    stageDone('relations: worth reading');
    if (!worth) {
      // One name: only a passive whose doer the sentence before named ("Ola Vik was killed").
      found.push(...implicitAgentRelations(tree, ctx, previous, last));
      found.push(...claimedAfter(tree, ctx, last), ...doerNounRelations(tree, ctx, last));
      stageDone('relations: implicitAgentRelations');
      previous = [];
      last = tree;
      continue;
    }
    const phrase = titleRelations(tree, ctx, titles).relations;
    stageDone('relations: titleRelations');
    for (let p = 0; p < PHRASE_PASSES.length; p++) {
      phrase.push(...(PHRASE_PASSES[p] as Pass)(tree, ctx));
      stageDone(PHRASE_STAGES[p] as string);
    }
    const here = [...phrase, ...conjunctRelations(tree, phrase)];
    stageDone('relations: conjunctRelations');
    for (let p = 0; p < PASSES.length; p++) {
      here.push(...(PASSES[p] as Pass)(tree, ctx));
      stageDone(PASS_STAGES[p] as string);
    }
    // A quoted source's organisation the other passes missed ("said Kari Lund of Globex").
    here.push(...sourceAffiliationRelations(tree, ctx, here));
    stageDone('relations: sourceAffiliationRelations');
    // Agentless passives take the doer just named (this sentence or the one before).
    here.push(...implicitAgentRelations(tree, ctx, [...previous, ...here], last));
    found.push(...here, ...containmentRelations(tree, here), ...claimedAfter(tree, ctx, last));
    found.push(...doerNounRelations(tree, ctx, last));
    stageDone('relations: implicitAgentRelations');
    previous = here.filter((c) => c.sentence === tree.sentence.i);
    last = tree;
  }
  // Team sheets with no side's name take the side the report makes their players members of.
  found.push(...unnamedSheetRelations(trees, ctx, found));
  stageDone('relations: unnamedSheetRelations');
  // A bench line right after a sheet is its side's ("Subs Not Used: …", bench.ts).
  found.push(...benchRelations(trees, ctx, found));
  stageDone('relations: benchRelations');
  const out = dedupe(found);
  stageDone('relations: dedupe');
  return out;
}

/** Two entities or more (names or references), or a titled person whose country may be known. */
function worthReading(tree: SentenceTree, ctx: Context): boolean {
  const ids = new Set<string>();
  for (const i of tree.indices()) {
    for (const m of ctx.groups?.get(i) ?? []) ids.add(m.entityId);
    const ref = ctx.refs.get(i);
    if (ref) ids.add(ref.entityId);
    else if (ref === undefined) {
      const m = tree.mentionAt(i);
      if (m) ids.add(m.entityId);
    }
    if (ids.size >= 2) return true;
  }
  return (tree.analysis.roles ?? []).some(
    (r) => tree.analysis.mentions[r.person]?.sentence === tree.sentence.i,
  );
}

/** One candidate per (subject, predicate, object, sentence): the most confident. */
function dedupe(found: RelationCandidate[]): RelationCandidate[] {
  const best = new Map<string, RelationCandidate>();
  const roles = new Set<string>();
  for (const c of found) {
    const key = `${c.subject}|${c.predicate}|${c.object}|${c.sentence}`;
    const prev = best.get(key);
    if (!prev || c.confidence > prev.confidence) best.set(key, c);
    if (ROLE_TYPES.has(c.predicate)) roles.add(`${c.subject}|${c.object}`);
  }
  return [...best.values()].filter(
    (c) => c.predicate !== 'AFFILIATED_WITH' || !roles.has(`${c.subject}|${c.object}`),
  );
}
