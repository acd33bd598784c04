/**
 * The analysis pipeline up to relations: tokens and sentences from wink-nlp, mentions,
 * in-document resolution, and dependency trees, assembled into the `Analysis` the relation
 * rules read.
 */
import type { Analysis } from './analysis.js';
import { markCompounds } from './compounds.js';
import { joinDemonymOrgs } from './demonym-orgs.js';
import { joinDemonymRuns } from './demonym-runs.js';
import { joinShortFormOrgs } from './short-form-orgs.js';
import { joinCommaLegalForms } from './comma-legal-forms.js';
import { joinLegalFormLeads } from './legal-form-leads.js';
import { joinEventNames } from './event-names.js';
import { typeIndexNames } from './index-names.js';
import { markVesselNames } from './vessel-names.js';
import { typeAfterArticle, typeByContext } from './context.js';
import { loadLexicon } from './lexicon.js';
import type { Checkpoint } from './limits.js';
import { detectMentions } from './mentions.js';
import type { Nlp } from './nlp.js';
import { loadSharedParser, parseTokens } from './parse-stage.js';
import type { ParserSource, ParseScope } from './parse-stage.js';
import { markNicknames } from './nicknames.js';
import { markPlayers } from './players.js';
import { joinQuotedTitles } from './quoted-titles.js';
import { joinBroadcastTitles } from './broadcast-titles.js';
import { reconcileMentions } from './reconcile.js';
import { resolveMentions } from './resolve.js';
import { tagTokens } from './tagger/index.js';
import { markTeams } from './teams.js';
import { joinSideNames } from './side-names.js';
import { dropLineLabels } from './line-labels.js';
import { markLowerCasePlaces } from './lower-case-places.js';
import { markLowerCaseNames } from './lower-case-names.js';
import { markCamelBrands } from './camel-brands.js';
import { trimPersonLeads } from './person-leads.js';
import { trimLabelLeads } from './label-leads.js';
import { dropFileNames } from './file-names.js';
import { dropReviewTitles } from './review-titles.js';
import { typeKindLists } from './kind-lists.js';
import { keepTaggedAcronyms } from './tagged-acronyms.js';
import { joinCompassPlaces } from './compass-places.js';
import { markInitialPlaces } from './initial-places.js';
import { votePlaceGuesses } from './place-votes.js';
import { dropAcademicFields } from './academic-fields.js';
import { joinRegnalNumerals } from './regnal-numerals.js';
import { stageDone } from './stage-clock.js';
import { tokenise } from './tokens.js';
import { isCommonWord, primeWords } from './vocabulary.js';

/**
 * Analyses one (normalised) text: tokens, sentences, mentions resolved to entities, roles, and
 * a dependency tree per sentence (`scope` 'mentions', the default: only sentences with at
 * least one mention and more than one token are parsed, the others get a flat tree; 'all':
 * every sentence). `parser` defaults to the process-wide one (`loadSharedParser`, loaded only
 * when a sentence is parsed); `checkpoint` is called between stages
 * and text chunks (see `ExtractLimits`).
 *
 * @example
 * const analysis = analyse(loadNlp(), 'doc1', 'Iran sent drones to Russia.');
 * analysis.mentions.map((m) => m.text); // ['Iran', 'drones', 'Russia']
 * analysis.tokens[2].deprel; // 'obj'
 */
export function analyse(
  nlp: Nlp,
  docId: string,
  text: string,
  parser: ParserSource = loadSharedParser,
  checkpoint: Checkpoint = () => {},
  scope: ParseScope = 'mentions',
): Analysis {
  const { tokens, sentences } = tokenise(nlp, text, checkpoint);
  stageDone('wink: tokens, tags, sentences');
  // One vocabulary pass for every capitalised word the rules may ask about.
  primeWords(
    nlp,
    tokens.filter((t) => t.text !== t.lower).map((t) => t.lower),
  );
  const isCommon = (word: string) => isCommonWord(nlp, word);
  stageDone('wink: vocabulary');
  checkpoint();
  const lex = loadLexicon();
  // "eBay", "easyJet": brands the capital-first pass cannot see, read before the tagger.
  const rules = markCamelBrands(tokens, detectMentions(tokens, sentences, lex, isCommon), isCommon);
  stageDone('mentions: rules');
  checkpoint();
  const tags = tagTokens(tokens, sentences, { lex, isCommon }, rules.mentions);
  stageDone('mentions: tagger');
  // Context cues are surer than the tagger: they settle guesses before it does.
  typeByContext(tokens, rules.mentions, lex);
  stageDone('mentions: context cues');
  // A ship named after its class noun is sure: the tagger's O does not drop it.
  markVesselNames(tokens, rules);
  // A quoted work's title is sure too, whatever names its words hold.
  const titled = joinBroadcastTitles(tokens, joinQuotedTitles(tokens, rules, lex), lex);
  const reconciled = reconcileMentions(titled, tokens, sentences, tags, lex, isCommon);
  const peoples = joinDemonymRuns(tokens, joinEventNames(tokens, reconciled, lex));
  const bodies = joinShortFormOrgs(tokens, joinDemonymOrgs(tokens, peoples, lex, isCommon), lex);
  const detected = typeIndexNames(
    tokens,
    joinLegalFormLeads(tokens, joinCommaLegalForms(tokens, bodies), lex),
    lex,
  );
  keepTaggedAcronyms(tokens, sentences, detected.mentions, tags);
  stageDone('mentions: reconcile');
  typeAfterArticle(tokens, detected.mentions);
  markPlayers(tokens, detected.mentions, lex, isCommon);
  markTeams(tokens, detected.mentions, lex);
  const sides = joinSideNames(tokens, markNicknames(tokens, detected, lex, isCommon), lex);
  const labelled = dropReviewTitles(
    tokens,
    dropFileNames(tokens, dropLineLabels(tokens, sides, isCommon)),
    isCommon,
  );
  const named = markLowerCaseNames(
    tokens,
    markLowerCasePlaces(
      tokens,
      joinRegnalNumerals(
        tokens,
        trimLabelLeads(tokens, trimPersonLeads(tokens, labelled, lex, isCommon), lex),
      ),
      lex,
      isCommon,
    ),
    lex,
    isCommon,
  );
  stageDone('mentions: articles, players, teams');
  checkpoint();
  const { mentions, entities, roles } = resolveMentions(
    text,
    tokens,
    votePlaceGuesses(
      tokens,
      markInitialPlaces(
        tokens,
        joinCompassPlaces(
          tokens,
          dropAcademicFields(tokens, typeKindLists(tokens, named), isCommon),
        ),
        lex,
      ),
      lex,
    ),
    isCommon,
  );
  markCompounds(tokens, mentions);
  stageDone('mentions: resolution');
  checkpoint();
  if (scope === 'all') {
    parseTokens(parser, tokens, sentences);
  } else {
    const counts = new Map<number, number>();
    for (const m of mentions) counts.set(m.sentence, (counts.get(m.sentence) ?? 0) + 1);
    parseTokens(
      parser,
      tokens,
      sentences,
      (s) => (counts.get(s.i) ?? 0) >= 1 && s.lastToken - s.firstToken > 1,
    );
  }
  stageDone('parse');
  checkpoint();
  return { docId, text, tokens, sentences, mentions, entities, roles };
}
