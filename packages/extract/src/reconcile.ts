/**
 * Rules and the learned tagger, reconciled. The rule-based mention stage finds names and types
 * them where it is certain (a gazetteer entry, a cue word, a title); elsewhere it guesses. The
 * tagger, which read those mentions as features, settles the guesses: it retypes them, and a
 * guess it reads as no name at all ("Great Service", "News Alert") is dropped. Only in running text:
 * tables and results lines are nothing like what the tagger learned from. A person typed
 * only because its words are in the person-name lists yields to a tagger that reads a place or
 * an organisation ("Warner Brothers", "El Toro"). A one-word guess that is a word of a public
 * figure's name in the gazetteer ("Putin", "Xi") is a person unless the tagger reads a place or
 * an organisation.
 */
import type { EntityType } from '@kg/schema';
import type { Sentence, Token } from './analysis.js';
import { hasLetter } from './casing.js';
import type { Lexicon } from './lexicon.js';
import { remapRoles } from './join-spans.js';
import type { Detected, RawMention } from './mentions.js';
import { tagAt } from './tagger/index.js';
import { joinStormNames } from './storm-names.js';
import { isNewsStyle } from './news-style.js';
import { typeHoldingLists } from './holding-lists.js';
import { bodyAcronym } from './acronym-names.js';
import { firmOfSurnames } from './surname-firms.js';
import { itsBody } from './its-bodies.js';
import { uncuedSubject } from './subject-leads.js';
import { settleContestSides } from './contest-sides.js';
import { contestPlayers } from './contest-players.js';
import { rangePeople } from './range-people.js';
import { isRoleRun } from './role-runs.js';
import { celebrityLeads, figureLeads } from './celebrity-leads.js';
import { ownerOfPerson } from './everyday-names.js';
import { fixtureSide, isSportsReport } from './teams.js';
import { referredType, uncuedNameType } from './uncued-names.js';
import type { NerTag, TaggedTokens } from './tagger/index.js';

/** How a tagger tag reads when no gazetteer entry or cue settles the type. */
const TAG_TO_ENTITY: Record<NerTag, EntityType | undefined> = {
  PER: 'PERSON',
  ORG: 'ORG',
  LOC: 'GPE',
  MISC: undefined,
};

/** Margin (in weight units of the shipped model) above which the tagger's O drops a guess. */
const NO_NAME_MARGIN = Number(process.env.KG_NO_NAME_MARGIN ?? 0);

/** Applies the tagger's reading to the rule-based mentions; roles follow their mentions. */
export function reconcileMentions(
  detected: Detected,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  tags: TaggedTokens,
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): Detected {
  // "Chelsea beat Arsenal": clubs named by everyday words are surer than the tagger.
  settleContestSides(tokens, detected.mentions, lex, isCommon);
  const prose = sentences.map((s) => isProse(tokens, s));
  const supported = supportedNames(detected.mentions, tokens);
  const sports = isSportsReport(tokens, lex);
  const listed = listedWithSure(detected.mentions, tokens);
  const news = isNewsStyle(tokens, sentences);
  // "Federer beat Nadal 6-3": the sides of a match word are of one kind.
  const players = contestPlayers(
    tokens,
    detected.mentions,
    lex,
    (x) => taggerType(tokens, tags, x) === 'PERSON',
  );
  // "from Kennedy to Khrushchev": the ends of a range are of one kind.
  const rangeEnds = rangePeople(tokens, detected.mentions, lex, isCommon);
  const kept: RawMention[] = [];
  const index = new Map<number, number>();
  detected.mentions.forEach((m, i) => {
    const sentence = tokens[m.firstToken]?.sentence ?? 0;
    // An email address names no one ("write to ola.vik@varnex.com"), whatever its domain says.
    if (isEmail(tokens, m)) return;
    // "The House Speaker, Tom Foley,": a role in capitals names no one.
    if (isRoleRun(tokens, m, lex, isCommon)) return;
    // A fixture's side ("East Fife v Clydebank") is left to the teams pass.
    // Listed with a name of its type the rules are sure of: a cue surer than the tagger.
    if (listed.has(m) && !m.confident) m.confident = true;
    if (
      !m.canonical &&
      (!m.confident || m.yieldable) &&
      prose[sentence] &&
      !fixtureSide(tokens, m, sports)
    ) {
      // A word of a name the rules are sure of ("Orbitex" after "Orbitex Corp.") is left to
      // resolution, which joins it to that name and its type.
      // The tagger may still give it the type of such a name ("Lebed" after "Alexander Lebed").
      const vouchedFor = supported.get(surface(tokens, m));
      const vouched = !!vouchedFor;
      const read = taggerType(tokens, tags, m);
      const learned = !vouchedFor || (read && vouchedFor.has(read)) ? read : undefined;
      // A coined name its own clause refers back to ("Zentrix said on Monday its profit …").
      // A company's possession after "its" outweighs the tagger ("Tarnex … its dividend").
      const referred =
        vouched || m.confident ? undefined : uncuedNameType(tokens, m, lex, isCommon);
      if (rangeEnds.has(m)) {
        m.type = 'PERSON';
        m.entityType = 'PERSON';
        delete m.yieldable;
      } else if (
        !learned &&
        m.lastToken - m.firstToken === 1 &&
        figureLeads(tokens, m.firstToken, lex)
      ) {
        // "Straw told reporters", "Bush met …": a public figure speaking or meeting someone,
        // whatever the tagger reads of a word that is an everyday word too.
        m.type = 'PERSON';
        m.entityType = 'PERSON';
        m.learnedPerson = true;
        delete m.yieldable;
      } else if (firmOfSurnames(tokens, m, lex)) {
        // "Smith Barney raised its rating": a firm named after its founders.
        m.type = 'ORG';
        m.entityType = 'ORG';
        delete m.yieldable;
      } else if (itsBody(tokens, m, lex)) {
        // "The broker Pell Hartley cut its forecast": a company, whatever read a person.
        m.type = 'ORG';
        m.entityType = 'ORG';
        delete m.yieldable;
      } else if (
        referred &&
        (!learned || referred.company || (learned === 'PERSON' && referred.type === 'ORG'))
      ) {
        m.type = referred.type;
        m.entityType = referred.type;
        delete m.yieldable;
      } else if (sports && learned === 'PERSON' && !vouched && loneGuess(tokens, m, lex)) {
        // A sports report names its teams and clubs bare ("Derbyshire closed in", "Kent
        // stepped up a gear") and its players in full first: a lone word no name in the
        // document vouches for, and no given name, stays the guess.
      } else if (learned && learned !== m.entityType && !(m.yieldable && learned === 'PERSON')) {
        m.type = learned;
        m.entityType = learned;
        m.confident = false;
        delete m.yieldable;
        if (learned === 'PERSON' && personPlace(tokens, m, lex)) m.learnedPerson = true;
      } else if (
        learned === 'PERSON' &&
        m.entityType === 'PERSON' &&
        !m.confident &&
        personPlace(tokens, m, lex)
      ) {
        // The rules guessed a person and the tagger agrees ("Thanks, Marek said").
        m.learnedPerson = true;
      } else if (
        !m.confident &&
        !learned &&
        vouchedByBodyOnly(vouchedFor, m) &&
        referredType(tokens, m, lex)?.type !== 'PERSON'
      ) {
        // A one-word person guess that is a word only of a body the rules are sure of ("Varnex
        // said it …" after "Varnex Corp."; not "Varnex said he …"): the body, which resolution
        // then joins.
        m.type = 'ORG';
        m.entityType = 'ORG';
        delete m.yieldable;
      } else if (!m.confident && !vouched && !learned && isFigure(tokens, m, lex, isCommon)) {
        m.type = 'PERSON';
        m.entityType = 'PERSON';
      } else if (!m.confident && !learned && players.has(m)) {
        m.type = 'PERSON';
        m.entityType = 'PERSON';
      } else if (
        !m.confident &&
        !vouched &&
        !(news && bodyAcronym(tokens, m)) &&
        !(m.lastToken - m.firstToken === 1 && ownerOfPerson(tokens, m.firstToken, lex)) &&
        // "Ryanair cut fares": a coined name opening its sentence before a verb.
        !uncuedSubject(tokens, m, isCommon) &&
        saysNoName(tokens, tags, m)
      ) {
        return;
      }
    }
    index.set(i, kept.length);
    kept.push(m);
  });
  // "its brands include Carling and Stella Artois": products, not people.
  typeHoldingLists(tokens, kept);
  personBySurname(tokens, kept, lex);
  const out =
    kept.length === detected.mentions.length
      ? detected
      : { mentions: kept, roles: remapRoles(detected.roles, index) };
  return joinStormNames(tokens, out);
}

/**
 * One name, one type, seeded by the strongest cue: where the document names a person surely (a
 * title or honorific, a saying verb, an age, the gazetteer's public figures: "Mr Washington",
 * "Washington , 26 ,"), a guessed name of two or more words ending in that person's surname is
 * the person ("MaliVai Washington"), whatever the rules or the tagger guessed it to be.
 * Resolution then joins the bare surname to the full name. Retypes in place.
 */
function personBySurname(tokens: readonly Token[], mentions: RawMention[], lex: Lexicon): void {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.entityType !== 'PERSON' || m.type !== 'PERSON') continue;
    if (!m.canonical && (!m.confident || m.yieldable)) continue;
    const last = tokens[m.lastToken - 1];
    if (last && hasLetter(last.text)) surnames.add(last.lower);
  }
  if (!surnames.size) return;
  for (const m of mentions) {
    if (m.canonical || (m.confident && !m.yieldable) || m.kind !== 'name') continue;
    if (m.entityType === 'PERSON' || m.lastToken - m.firstToken < 2) continue;
    const last = tokens[m.lastToken - 1] as Token;
    if (!surnames.has(last.lower) || !/^\p{Lu}/u.test(last.text)) continue;
    // A cue word closing the name ("Ford Foundation") was no surname.
    if (lex.orgSuffix.has(last.lower) || lex.locSuffix.has(last.lower)) continue;
    if (lex.facilitySuffix.has(last.lower) || lex.eventSuffix.has(last.lower)) continue;
    m.type = 'PERSON';
    m.entityType = 'PERSON';
  }
}

/**
 * The tagger learned from running text; in tables and results lines ("Somerset 303 and 172-5",
 * "Loren Roberts 68 70 = 138") its reading carries no weight. Such a line has numbers and no verb.
 */
/**
 * Where a tagger's person reading of a one-word everyday word stands: mid-sentence ("when Bush
 * arrived"), or opening the sentence as a name of the person-name lists that speaks or owns
 * ("Madonna's new album", "Bush said": `celebrity-leads.ts`).
 */
function personPlace(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  if (midSentenceWord(tokens, m)) return true;
  return m.lastToken - m.firstToken === 1 && celebrityLeads(tokens, m.firstToken, lex);
}

/** A one-word mention capitalised after a lower-case word or a comma of its sentence. */
function midSentenceWord(tokens: readonly Token[], m: RawMention): boolean {
  if (m.lastToken - m.firstToken !== 1) return false;
  const prev = tokens[m.firstToken - 1];
  const word = tokens[m.firstToken] as Token;
  if (!prev || prev.sentence !== word.sentence) return false;
  return prev.text === ',' || (hasLetter(prev.text) && prev.text === prev.lower);
}

function isProse(tokens: readonly Token[], s: Sentence): boolean {
  let verb = false;
  let digits = false;
  for (let i = s.firstToken; i < s.lastToken; i++) {
    const t = tokens[i] as Token;
    // A capitalised "verb" is most often a name the POS tagger misread ("Bury 2 Hull 1").
    if ((t.pos === 'VERB' || t.pos === 'AUX') && t.text === t.lower) verb = true;
    const c = t.text.charCodeAt(0);
    if (c >= 48 && c <= 57) digits = true;
  }
  return verb || !digits;
}

const surface = (tokens: readonly Token[], m: RawMention) =>
  tokens
    .slice(m.firstToken, m.lastToken)
    .map((t) => t.lower)
    .join(' ');

/**
 * Names the document vouches for, with their types: the words of every name the rules are sure of ("Orbitex"
 * after "Orbitex Corp.") and their initials ("NGB" after "Northern Grain Board").
 */
function supportedNames(
  mentions: readonly RawMention[],
  tokens: readonly Token[],
): Map<string, Set<EntityType>> {
  const out = new Map<string, Set<EntityType>>();
  const add = (key: string, type: EntityType) => {
    const types = out.get(key) ?? new Set<EntityType>();
    types.add(type);
    out.set(key, types);
  };
  for (const m of mentions) {
    if (!m.confident && !m.canonical) continue;
    const words = tokens.slice(m.firstToken, m.lastToken).filter((t) => hasLetter(t.text));
    for (const w of words) add(w.lower, m.entityType);
    if (words.length >= 2) {
      add(
        words
          .filter((w) => /^\p{Lu}/u.test(w.text))
          .map((w) => (w.text[0] ?? '').toLowerCase())
          .join(''),
        m.entityType,
      );
    }
  }
  return out;
}

/** The tag most of the mention's word tokens carry, as an entity type. */
function taggerType(tokens: readonly Token[], tags: TaggedTokens, m: RawMention) {
  const counts = new Map<NerTag, number>();
  let words = 0;
  for (let k = m.firstToken; k < m.lastToken; k++) {
    if (!hasLetter(tokens[k]?.text ?? '')) continue;
    words++;
    const tag = tagAt(tags, k);
    if (tag) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  let best: NerTag | undefined;
  let bestCount = 0;
  for (const [tag, count] of counts) {
    if (count > bestCount) {
      best = tag;
      bestCount = count;
    }
  }
  if (!best || bestCount * 2 <= words) return undefined;
  return TAG_TO_ENTITY[best];
}

/**
 * Guesses listed with a name the rules are sure of, of the type they guessed ("Globex,
 * Initech and Zorbex Brothers"): items of one list name things of one kind, so they keep that
 * type, surely (neither the tagger nor the everyday-word check drops them).
 */
function listedWithSure(
  mentions: readonly RawMention[],
  tokens: readonly Token[],
): Set<RawMention> {
  const out = new Set<RawMention>();
  let list: RawMention[] = [];
  // A list has a conjunction before its last item; names between commas alone are an
  // apposition ("the ministry, Ola Vik,"), no list.
  let conjoined = false;
  const close = () => {
    if (!conjoined) list = [];
    conjoined = false;
    for (const sure of list) {
      if (!sure.canonical && (!sure.confident || sure.yieldable)) continue;
      for (const m of list) if (m.entityType === sure.entityType && wholeRun(tokens, m)) out.add(m);
    }
    list = [];
  };
  mentions.forEach((m, n) => {
    const prev = mentions[n - 1];
    const between = prev
      ? tokens
          .slice(prev.lastToken, m.firstToken)
          .map((t) => t.lower)
          .join(' ')
      : '';
    const joined =
      !!prev &&
      tokens[prev.firstToken]?.sentence === tokens[m.firstToken]?.sentence &&
      (between === ',' || between === 'and' || between === ', and' || between === 'or');
    if (!joined) close();
    else if (between !== ',') conjoined = true;
    list.push(m);
  });
  close();
  return out;
}

/** No capitalised word touches the mention: the rules did not cut it out of a longer name. */
function wholeRun(tokens: readonly Token[], m: RawMention): boolean {
  const capital = (t: Token | undefined) =>
    !!t && t.sentence === tokens[m.firstToken]?.sentence && /^\p{Lu}/u.test(t.text);
  return !capital(tokens[m.firstToken - 1]) && !capital(tokens[m.lastToken]);
}

/** Is the mention one word of a public figure's name, and no everyday word ("Putin", "Xi")? */
function isFigure(
  tokens: readonly Token[],
  m: RawMention,
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): boolean {
  const word = m.lastToken - m.firstToken === 1 ? tokens[m.firstToken] : undefined;
  return !!word && lex.figureWords.has(word.lower) && !isCommon(word.lower);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.\p{L}{2,}$/u;

/** Is a word of the mention an email address? */
function isEmail(tokens: readonly Token[], m: RawMention): boolean {
  for (let k = m.firstToken; k < m.lastToken; k++) {
    if (EMAIL.test(tokens[k]?.text ?? '')) return true;
  }
  return false;
}

/** A one-word person guess vouched for by organisations alone. */
function vouchedByBodyOnly(vouchedFor: Set<EntityType> | undefined, m: RawMention): boolean {
  if (!vouchedFor || m.lastToken - m.firstToken !== 1 || m.entityType !== 'PERSON') return false;
  return vouchedFor.size === 1 && vouchedFor.has('ORG');
}

/** Does the tagger label every word of the mention O, clearly? */
function saysNoName(tokens: readonly Token[], tags: TaggedTokens, m: RawMention): boolean {
  for (let k = m.firstToken; k < m.lastToken; k++) {
    if (!hasLetter(tokens[k]?.text ?? '')) continue;
    if (tagAt(tags, k) || (tags.margins[k] ?? 0) < NO_NAME_MARGIN) return false;
  }
  return true;
}

/** A one-word guess (no cue, no name list typed it) that is no given name. */
function loneGuess(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  if (m.confident || m.lastToken - m.firstToken !== 1) return false;
  return !lex.givenNames.has(tokens[m.firstToken]?.lower ?? '');
}
