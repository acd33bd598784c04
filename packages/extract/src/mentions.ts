/**
 * Mention detection and typing. One left-to-right pass per sentence finds, at each token, the
 * longest of: a role phrase before a name ("President", "spokesman" — kept out of the name and
 * recorded as a role), a gazetteer entry, or a run of proper nouns (with connectors such as
 * "of", "al-", "bin", initials and hyphens). Runs are typed by their cue words, by a role or
 * honorific before them, by given names and by context. Sentences in capitals or title case
 * (headlines, CoNLL-style datelines) only take gazetteer entries and names seen elsewhere in the
 * document, since their capitals carry no information.
 */
import type { EntityType } from '@kg/schema';
import type { MentionKind, Sentence, Token } from './analysis.js';
import { longestPhrase, placeOfHead } from './lexicon.js';
import type { GazetteerEntry, Lexicon, RoleRelation } from './lexicon.js';
import { hasLetter, isAllCaps, isCap, sentenceMode } from './casing.js';
import { COMPASS_POINTS } from './compass.js';
import type { Mode } from './casing.js';
import { singularOf, WorkTitles } from './work-titles.js';
import { acronymNames } from './acronym-names.js';
import { BracketClubs } from './club-names.js';
import { personWithCueSurname } from './cue-surnames.js';
import { opensPlaceName, placeCityType } from './city-names.js';
import { possessiveBeforeVerb } from './business-possessives.js';
import { givenNameLeads } from './given-name-leads.js';
import { everydayBodyName, ownerOfPerson } from './everyday-names.js';
import { companyCue } from './company-cues.js';
import { ownerAfterPreposition } from './owner-prepositions.js';
import { personalMaker } from './maker-nouns.js';
import { celebrityLeads } from './celebrity-leads.js';
import { exRoleAt, isExWord } from './ex-roles.js';
import { titledTown } from './titled-towns.js';
import { describedInApposition } from './context.js';
import { matchHeadlines } from './headlines.js';
import { groupClosesName } from './group-names.js';
import { bodyRoleLength, leadsBodyRole } from './body-role-leads.js';
import type { Detected, RawMention, RawRole } from './raw-mention.js';

export { settleName } from './raw-mention.js';
export type { Detected, RawMention, RawRole } from './raw-mention.js';

/** A run's type as the rules read it. */
interface Typed {
  type: EntityType;
  confident: boolean;
  kind: MentionKind;
  yieldable?: boolean;
}

const ACRONYM = /^(?:\p{Lu}[\p{Lu}\d&]{1,6}|(?:\p{Lu}\.){2,4})$/u;
const INITIAL = /^\p{Lu}\.$/u;
/** Marks before a player in a cricket scorecard: caught, bowled, stumped. */
const SCORECARD_MARKS = new Set(['c', 'b', 'st']);
/** Bowling figures after a bowler: overs, maidens, runs, wickets ("7-0-29-0"). */
const BOWLING_FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;
/** The shape of a trade word ending a company name: "Cables", "Medical", "Electronics". */
const TRADE_WORD = /(?:[^s']s|ic|ics|al)$/;
/** News-wire document codes at the head of a story: "AU1502173794", "LD2804174994". */
const WIRE_CODE = /^\p{Lu}{1,4}\d{6,}$/u;
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
const CAPS_WORD = /^\p{Lu}{2,}$/u;

/**
 * A listed company name with the casing of its acronyms as the text writes them: the source
 * lists title-case "Siemens Ag", "Abb LTD"; "Siemens AG" in the text gives "Siemens AG", "ABB
 * Ltd" gives "ABB Ltd". Only a word that is a title-case / capitals pair of the same letters
 * changes, and only when the text is not in capitals throughout (a headline says nothing).
 */
function acronymCasing(canonical: string, tokens: readonly Token[]): string {
  const words = canonical.split(' ');
  if (words.length !== tokens.length || tokens.every((t) => isAllCaps(t))) return canonical;
  return words
    .map((w, k) => {
      const s = (tokens[k] as Token).text;
      if (s === w || s.toLowerCase() !== w.toLowerCase()) return w;
      if (TITLE_WORD.test(w) && CAPS_WORD.test(s)) return s;
      if (CAPS_WORD.test(w) && TITLE_WORD.test(s)) return s;
      return w;
    })
    .join(' ');
}

/** Participles after a hyphen that make the city before them a place ("Paris-based"). */
const PLACE_PARTICIPLES = new Set(['based', 'born', 'headquartered', 'area', 'bound']);
/** One romanised Korean syllable written with a capital: "Kim", "In", "Young", "Seung". */
const SYLLABLE = /^\p{Lu}\p{Ll}{0,4}$/u;
/** "St" or "St." before a name: a saint's name, which starts a name of its own. */
const SAINT = /^St\.?$/;
/** A party's letter in an AP party-state tag: "D-Ohio", "R-Texas", "I-Vt.". */
const PARTY_LETTER = /^[DRI]$/;
/** A possessive ending written as a token of its own. */
const POSSESSIVE = /^['’]s$/;
/**
 * English prefixes written with a hyphen before a capitalised word ("Anti-American", "Pro-Moscow",
 * "Ex-President", "Sino-Japanese"): such a word opens no name.
 */
const WORD_PREFIXES = new Set(
  (
    'anti pro non ex co mid post pre trans self semi neo pan inter intra multi cross sub super ' +
    'ultra vice all half over out under counter euro afro anglo franco sino russo indo ' +
    'north south east west re de un'
  ).split(' '),
);
/** A generation after a surname: "Jr.", "Sr", "III". */
const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/;
/** Prepositions that place what follows in space, never a club's opponent or employer. */
const SPATIAL_PREPOSITIONS = new Set(['in', 'near', 'outside', 'inside', 'across', 'around']);
/** A plural's possessive apostrophe written as a token of its own ("Workers' Party"). */
const PLURAL_APOSTROPHE = /^['’]$/;
/** Plurals not ending in "s" that name the people a body serves ("People's Army"). */
const PLURAL_PEOPLE = new Set(['people', 'children', 'women', 'men', 'peoples']);
/** Parts of speech of a word a possessive owns: "France's envoys", "Iran's nuclear plan". */
const OWNED_POS = new Set(['NOUN', 'ADJ', 'NUM', 'PROPN']);
/** Surnames written with an inner capital: "McCain", "MacArthur", "DiCaprio", "LeBron". */
const SURNAME_PREFIX = /^(?:Mc|Mac|Di|De|Du|La|Le|Van|Von)\p{Lu}/u;

/** Directions before "of" and a place: "40 miles north of Bergen". */
const COMPASS = new Set([...COMPASS_POINTS, 'outskirts']);

const OF_HEADS = new Set([
  'republic',
  'kingdom',
  'states',
  'emirates',
  'federation',
  'commonwealth',
  'isle',
  'islands',
  'city',
  'duchy',
  'people',
  'gulf',
  'sea',
  'bay',
  'cape',
  'strait',
  'straits',
  'university',
  'secretary',
]);

/** Words that qualify a country's name rather than name a body: "Greater China", "Free France". */
const QUALIFIERS = new Set([
  'old',
  'new',
  'young',
  'great',
  'greater',
  'little',
  'free',
  'upper',
  'lower',
  'inner',
  'outer',
  'mainland',
  'rural',
  'ancient',
  'occupied',
  'independent',
  'united',
  'democratic',
  'communist',
  'postwar',
  'contemporary',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'all',
  'whole',
  'unified',
  'divided',
]);
/** Adjective endings: "Medieval England", "Modern Britain", "Islamic Iran", "Soviet-era". */
const QUALIFIER_SHAPE = /(?:al|ern|ian|ish|ese|ic|ous|ive|ed|ful|less|-\p{L}+)$/u;

/** Words inside a name that its acronym leaves out: "Organisation for Security and …". */
/** Legal forms written as words, which may head a name with "of" ("Corporation of London"). */
const WORD_LEGAL_FORMS = new Set(['group', 'holdings', 'limited', 'corporation', 'company']);

const longest = longestPhrase;

/** A word written all in lower case ("state", "agency"; not "-" or "'s"). */
const lowerWord = (t: Token | undefined) =>
  !!t && t.text === t.lower && hasLetter(t.text) && !POSSESSIVE.test(t.text);

export class MentionDetector {
  private readonly tokens: Token[];
  private readonly lex: Lexicon;
  private readonly mentions: RawMention[] = [];
  private readonly roles: RawRole[] = [];

  private readonly isCommon: (lower: string) => boolean;
  /** Lower-cased words written with a capital inside running text somewhere in the document. */
  private readonly capitalisedInside = new Set<string>();
  private readonly works: WorkTitles;
  private readonly clubs: BracketClubs;
  constructor(tokens: Token[], lex: Lexicon, isCommon: (lower: string) => boolean) {
    this.tokens = tokens;
    this.lex = lex;
    this.isCommon = isCommon;
    this.clubs = new BracketClubs(tokens, lex);
    this.works = new WorkTitles({
      tokens,
      lex,
      knownAt: (i, end) => !!this.gazetteer(i, end, 'normal'),
      commonFirstWord: (i) => this.commonFirstWord(i),
      runAt: (i, end) => (this.nameLike(i, end, 'normal') ? this.runEnd(i, end, 'normal') : i),
    });
  }

  detect(sentences: Sentence[]): Detected {
    const modes = sentences.map((s) => sentenceMode(this.tokens, s));
    sentences.forEach((s, n) => {
      if (modes[n] !== 'normal') return;
      for (let i = s.firstToken + 1; i < s.lastToken; i++) {
        const t = this.tokens[i] as Token;
        const prev = this.tokens[i - 1] as Token;
        if (isCap(t) && !/^["'(‘“:-]$/.test(prev.text)) this.capitalisedInside.add(t.lower);
      }
    });
    this.works.collect(sentences, modes);
    sentences.forEach((s, n) => this.sentence(s, modes[n] ?? 'normal'));
    const push = (m: RawMention) => this.push(m);
    const merged = acronymNames(this.tokens, this.mentions, push);
    matchHeadlines(this.tokens, this.lex, sentences, modes, this.mentions, push);
    const order = this.mentions
      .map((m, i) => ({ m, i }))
      .filter((o) => !merged.has(o.i) && !this.wireMark(o.m) && !this.pageChrome(o.m))
      .sort((a, b) => a.m.firstToken - b.m.firstToken);
    const position = new Map(order.map((o, sorted) => [o.i, sorted]));
    const roles: RawRole[] = [];
    for (const r of this.roles) {
      const person = position.get(r.person);
      if (person === undefined) continue;
      const of = r.of !== undefined ? position.get(r.of) : undefined;
      const { of: _of, ...rest } = r;
      roles.push({ ...rest, person, ...(of !== undefined ? { of } : {}) });
    }
    return { mentions: order.map((o) => o.m), roles };
  }

  /**
   * A tag or end mark of wire copy ("FILE - Firefighters work …", "UPDATE: …", "… on Friday.
   * Enditem"): one word of `wireMarks` before a dash or colon, or alone in its sentence.
   */
  private wireMark(m: RawMention): boolean {
    if (m.lastToken - m.firstToken !== 1) return false;
    const t = this.tokens[m.firstToken] as Token;
    if (!this.lex.wireMarks.has(t.lower)) return false;
    const next = this.tokens[m.lastToken];
    if (next && next.sentence === t.sentence && /^(?:-|--|–|—|:)$/u.test(next.text)) return true;
    const words = (k: number, step: number) => {
      for (let j = k; this.tokens[j]?.sentence === t.sentence; j += step) {
        if (hasLetter(this.tokens[j]?.text ?? '') || /\d/u.test(this.tokens[j]?.text ?? ''))
          return true;
      }
      return false;
    };
    return !words(m.firstToken - 1, -1) && !words(m.lastToken, 1);
  }

  /** Page buttons and share bars ("View Photos", "Whatsapp Tumblr"): two `pageChrome` words or more. */
  private pageChrome(m: RawMention): boolean {
    if (m.canonical || m.lastToken - m.firstToken < 2) return false;
    let chrome = 0;
    for (let k = m.firstToken; k < m.lastToken; k++) {
      if (this.lex.pageChrome.has(this.tokens[k]?.lower ?? '')) chrome++;
    }
    return chrome >= 2;
  }

  // ---- gazetteer --------------------------------------------------------------------------------

  /** Gazetteer match at `i` up to the sentence end, memoised: runs ask about the same tokens. */
  private gazetteerMemo: ({ length: number; value: GazetteerEntry } | null | undefined)[] = [];
  private sentenceStart = 0;

  private gazetteer(
    i: number,
    end: number,
    mode: Mode,
  ): { length: number; value: GazetteerEntry } | undefined {
    const sentenceEnd = this.sentenceEnd;
    if (i >= sentenceEnd || i < this.sentenceStart || end > sentenceEnd) {
      return this.gazetteerUncached(i, end, mode);
    }
    let full = this.gazetteerMemo[i - this.sentenceStart];
    if (full === undefined) {
      full = this.gazetteerUncached(i, sentenceEnd, mode) ?? null;
      this.gazetteerMemo[i - this.sentenceStart] = full;
    }
    if (!full) return undefined;
    return full.length <= end - i ? full : this.gazetteerUncached(i, end, mode);
  }

  private gazetteerUncached(
    i: number,
    end: number,
    mode: Mode,
  ): { length: number; value: GazetteerEntry } | undefined {
    const hit = longest(this.lex.gazetteer, this.tokens, i, end);
    if (!hit) return undefined;
    const first = this.tokens[i];
    if (!first) return undefined;
    switch (hit.value.caseMode) {
      case 'any':
        return hit;
      case 'cap':
        if (!isCap(first)) return this.gazetteerUncached(i, i + hit.length - 1, mode);
        if (mode !== 'normal' && hit.value.type === 'PERSON' && hit.length < 2) return undefined;
        // An organisation's name does not end in a lower-case word (a legal form aside: "Halvex
        // plc"): "the Islamic state" is no "Islamic State", "Xinhua news agency" names "Xinhua"
        // (a place may: "Washington state", "the Caspian sea").
        if (mode === 'normal' && hit.length > 1 && hit.value.type === 'ORG') {
          const last = this.tokens[i + hit.length - 1];
          if (lowerWord(last) && !this.lex.legalForms.has(last?.lower ?? '')) {
            return this.gazetteerUncached(i, i + hit.length - 1, mode);
          }
        }
        return hit;
      case 'exact': {
        const span = this.tokens.slice(i, i + hit.length);
        const exact = span.every((t) => !hasLetter(t.text) || t.text === t.text.toUpperCase());
        if (!exact) {
          return hit.length > 1 ? this.gazetteerUncached(i, i + hit.length - 1, mode) : undefined;
        }
        // In capitals, "US" may be "us": trust only longer or dotted acronyms there, or one in
        // brackets, a dateline's agency ("LIMA, Peru (AP)").
        const bracketed =
          this.tokens[i - 1]?.text === '(' && this.tokens[i + hit.length]?.text === ')';
        if (mode === 'caps' && hit.length === 1 && first.text.length < 3 && !bracketed) {
          return undefined;
        }
        return hit;
      }
    }
  }

  // ---- roles ------------------------------------------------------------------------------------

  /** A role phrase (with modifiers) at `i` followed by a name: "deputy spokesperson Vedant". */
  private role(
    i: number,
    end: number,
  ): { first: number; last: number; head: string; relation: RoleRelation } | undefined {
    // "Chief executive" is a role of its own; "chief" before "spokesman" is a modifier.
    let j = i;
    // "Ex-President Carter": the role glued to "ex-" (`ex-roles.ts`).
    let hit =
      longest(this.lex.roles, this.tokens, j, end) ?? exRoleAt(this.lex, this.tokens, j, end);
    while (!hit && j < end && this.lex.roleModifiers.has(this.tokens[j]?.lower ?? '')) {
      j++;
      if (this.tokens[j]?.text === '-') j++;
      hit = longest(this.lex.roles, this.tokens, j, end);
    }
    if (!hit) return undefined;
    let after = j + hit.length;
    // "Secretary of Trade Ola Vik": an of-phrase inside the title, up to a given name.
    if (this.tokens[after]?.lower === 'of' && after + 2 < end) {
      let k = after + 1;
      if (this.tokens[k]?.lower === 'the') k++;
      for (let p = k + 1; p <= k + 4 && p < end; p++) {
        const t = this.tokens[p] as Token;
        if (!isCap(t) || !isCap(this.tokens[p - 1] as Token)) break;
        const name = this.lex.givenNames.has(t.lower) || this.lex.personWords.has(t.lower);
        if (name && isCap(this.tokens[p + 1] ?? t) && p + 1 < end) {
          after = p;
          break;
        }
      }
    }
    const next = this.tokens[after];
    if (!next || !isCap(next) || !this.nameLike(after, end, 'normal')) return undefined;
    // "Martin Luther King Jr.": a generation after a role word makes it a surname.
    if (GENERATION.test(next.text)) return undefined;
    // "General Motors", "Chairman Mao Street": a cue word at the end says it is no person; so it
    // does before another role ("spokesman US Army Gen. Ola Vik": the army is no person).
    let e = after;
    while (e < end && this.nameLike(e, end, 'normal') && !(e > after && this.role(e, end))) e++;
    const tail = this.tokens[e - 1]?.lower ?? '';
    const lex = this.lex;
    if (
      [lex.orgSuffix, lex.locSuffix, lex.facilitySuffix, lex.eventSuffix].some((s) => s.has(tail))
    ) {
      return undefined;
    }
    const head = this.tokens
      .slice(j, after)
      .map((t) => t.lower)
      .join(' ')
      .replace(/^ex-/, '');
    return { first: i, last: after, head, relation: hit.value };
  }

  /**
   * Is the run from i to last a role or a peer's title alone, right before "of" and a capitalised
   * word ("Emperor of Lemuria", "Earl of Varna")? Not a role that is a surname too
   * standing alone ("Major said", "King told reporters": no "of").
   */
  private officeOf(i: number, last: number): boolean {
    const of = this.tokens[last];
    const run = this.tokens[i];
    if (!run || of?.lower !== 'of' || of.sentence !== run.sentence) return false;
    let k = last + 1;
    if (['the', 'these', 'this'].includes(this.tokens[k]?.lower ?? '')) k++;
    const after = this.tokens[k];
    if (!after || after.sentence !== run.sentence || !isCap(after)) return false;
    if (last - i === 1 && this.lex.peerTitles.has(run.lower)) return true;
    return longest(this.lex.roles, this.tokens, i, last)?.length === last - i;
  }

  /** A peer's title and one name word, the whole run: "Lord Halvering" (not "Lord Mayor"). */
  private peerName(i: number, last: number): boolean {
    if (last - i !== 2 || !this.lex.peerTitles.has(this.tokens[i]?.lower ?? '')) return false;
    const name = this.tokens[i + 1];
    if (!name || !isCap(name) || !/^\p{Lu}\p{Ll}+$/u.test(name.text)) return false;
    return !this.lex.roles.root.has(name.lower) && !this.lex.orgSuffix.has(name.lower);
  }

  private honorific(i: number): boolean {
    return this.lex.honorifics.has(this.tokens[i]?.lower ?? '');
  }

  // ---- proper-noun runs -------------------------------------------------------------------------

  private nameLike(i: number, _end: number, mode: Mode): boolean {
    const t = this.tokens[i];
    if (!t || !isCap(t)) return false;
    if (
      this.lex.stopCapitals.has(t.lower) &&
      !ACRONYM.test(t.text) &&
      !this.ordinalInName(i) &&
      !groupClosesName(this.tokens, i)
    ) {
      return false;
    }
    // A news-wire code ("AU1502173794", "PA2904034294") is no name and ends one.
    if (WIRE_CODE.test(t.text)) return false;
    if (this.prefixedWord(i)) return false;
    // A contraction ("I’m", "It’s") is no name; "O'Brien", "d'Ivoire" and a store written
    // with its possessive as one token ("Macy's") keep their capital.
    if (/['’]\p{Ll}/u.test(t.text) && !this.possessiveName(t)) return false;
    if (mode !== 'normal') return false;
    if (INITIAL.test(t.text) || ACRONYM.test(t.text)) return true;
    if (t.pos === 'PROPN') return true;
    // Inside running text a capital marks a name whatever the tagger says ("Guy Forget").
    const prev = this.tokens[i - 1];
    if (!prev || prev.sentence !== t.sentence)
      return (
        this.leadsResults(i + 1) ||
        this.leadsCuedName(i) ||
        this.opensHyphenName(i) ||
        givenNameLeads(this.tokens, i, this.lex, this.isCommon)
      );
    return !/^["'(‘“:]$/.test(prev.text);
  }

  /**
   * "Pro-Moscow rebels", "Anglo-Dutch group", "Anti-Semitism is": a word formed with an English
   * prefix and a hyphen, with no name word after it, is an adjective or a noun, no name
   * ("Inter-Services Intelligence", "Trans-Siberian Railway" go on into one).
   */
  private prefixedWord(i: number): boolean {
    const t = this.tokens[i] as Token;
    const cut = t.text.indexOf('-');
    // One token ("Pro-Moscow") or three ("Anglo", "-", "Dutch").
    let last = i;
    if (cut > 0) {
      if (!WORD_PREFIXES.has(t.lower.slice(0, cut))) return false;
    } else {
      const [hyphen, word] = [this.tokens[i + 1], this.tokens[i + 2]];
      if (!WORD_PREFIXES.has(t.lower) || hyphen?.text !== '-' || !word) return false;
      if (hyphen.start !== t.end || word.start !== hyphen.end) return false;
      last = i + 2;
    }
    const end = this.tokens[last] as Token;
    const next = this.tokens[last + 1];
    return !next || next.sentence !== t.sentence || !isCap(next) || next.start - end.end > 1;
  }

  /**
   * "Rolls-Royce won", "Smith-Jones said": a sentence's first word written onto a hyphen and a
   * capitalised word that is no everyday word opens a name, whatever wink reads the first as
   * ("Rolls"); not an English prefix ("Anti-Semitism", "Pro-European").
   */
  private opensHyphenName(i: number): boolean {
    const [t, hyphen, next] = [this.tokens[i], this.tokens[i + 1], this.tokens[i + 2]];
    if (!t || !hyphen || !next || hyphen.text !== '-' || WORD_PREFIXES.has(t.lower)) return false;
    if (hyphen.start !== t.end || next.start !== hyphen.end || next.sentence !== t.sentence) {
      return false;
    }
    return /^\p{Lu}\p{Ll}+$/u.test(next.text) && !this.isCommon(next.lower);
  }

  /**
   * "Downing Street has confirmed …", "Bridge Road was closed": a sentence's first word that
   * wink reads as no proper noun opens a name when one or two name words after it end in a
   * place or building word.
   */
  private leadsCuedName(i: number): boolean {
    const lex = this.lex;
    for (let k = i + 1; k <= i + 2; k++) {
      const t = this.tokens[k];
      if (
        !t ||
        t.sentence !== this.tokens[i]?.sentence ||
        !isCap(t) ||
        lex.stopCapitals.has(t.lower)
      ) {
        return false;
      }
      // Not an abbreviation: "Downing St said" stays a verb and "St".
      if (
        (lex.facilitySuffix.has(t.lower) || lex.locSuffix.has(t.lower)) &&
        !t.text.startsWith('St')
      ) {
        const after = this.tokens[k + 1];
        return !after || after.sentence !== t.sentence || !isCap(after);
      }
    }
    return false;
  }

  /**
   * "First Union", "First Chicago NBD Corp.", "Banc One", "Capital One": inside running text a
   * capitalised "First" right before a name opens that name, and a capitalised "One" right after
   * a name word closes it (both are otherwise words that start nothing).
   */
  private ordinalInName(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !this.capitalMidSentence(i)) return false;
    const touching = (a: Token | undefined, b: Token | undefined) =>
      !!a && !!b && a.sentence === b.sentence && b.start - a.end <= 1;
    if (t.text === 'First') {
      const next = this.tokens[i + 1];
      return (
        touching(t, next) &&
        /^\p{Lu}\p{Ll}/u.test(next?.text ?? '') &&
        !this.lex.stopCapitals.has(next?.lower ?? '') &&
        next?.pos === 'PROPN' &&
        // "Scottish First Minister", "the First Lady": a title, no name.
        !this.lex.roles.root.has(next.lower) &&
        !this.lex.roleModifiers.has(next.lower)
      );
    }
    if (t.text === 'One') {
      const prev = this.tokens[i - 1];
      return (
        touching(prev, t) &&
        /^\p{Lu}\p{Ll}/u.test(prev?.text ?? '') &&
        !this.lex.stopCapitals.has(prev?.lower ?? '') &&
        this.capitalMidSentence(i - 1)
      );
    }
    return false;
  }

  /**
   * End of "Exchange Commission" after "Securities and" (one or two everyday words before "and",
   * a name of two or three words after it ending in an organisation or building word: "National
   * Air and Space Museum"), or undefined.
   */
  private everydayAndBody(i: number, and: number, end: number, mode: Mode): number | undefined {
    if (and - i > 2) return undefined;
    // Not the last two names of a list ("Paramount, Universal and Warner Brothers").
    const before = this.tokens[i - 1]?.lower;
    if (before === ',' || before === 'and') return undefined;
    const after = this.tokens[and + 1]?.lower ?? '';
    if (this.lex.givenNames.has(after)) return undefined;
    for (let k = i; k < and; k++) {
      const t = this.tokens[k] as Token;
      if (!isCap(t) || !this.isCommon(t.lower) || this.lex.personWords.has(t.lower))
        return undefined;
    }
    let k = and + 1;
    while (k < end && this.nameLike(k, end, mode)) k++;
    const last = this.tokens[k - 1];
    const body = k - and - 1;
    const suffix =
      !!last && (this.lex.orgSuffix.has(last.lower) || this.lex.facilitySuffix.has(last.lower));
    return body >= 2 && body <= 3 && suffix ? k : undefined;
  }

  /**
   * End (exclusive) of a body named for the people it serves ("People's Liberation Army",
   * "Workers' Party", "Veterans' Affairs Committee"): one or two everyday words ending in a plural
   * own a name of at most four words that ends in an organisation word. Not "Britain's Labour
   * Party" (a name owns it) nor "the Army's Special Forces" (a singular owner).
   */
  private constituencyBody(i: number, p: number, end: number, mode: Mode): number | undefined {
    if (p - i > 2 || p === i) return undefined;
    for (let k = i; k < p; k++) {
      const t = this.tokens[k] as Token;
      if (!isCap(t) || !this.isCommon(t.lower) || this.lex.personWords.has(t.lower))
        return undefined;
    }
    const owner = (this.tokens[p - 1] as Token).lower;
    if (!PLURAL_PEOPLE.has(owner) && !/[^su]s$/.test(owner)) return undefined;
    if (PLURAL_APOSTROPHE.test((this.tokens[p] as Token).text) && !owner.endsWith('s')) {
      return undefined;
    }
    let k = p + 1;
    while (k < end && k - p <= 4 && this.nameLike(k, end, mode)) k++;
    const last = this.tokens[k - 1];
    return k > p + 1 && last && this.lex.orgSuffix.has(last.lower) ? k : undefined;
  }

  /**
   * A preposition or conjunction written with a capital: "Without", "Against", "And", and a
   * foreign one ("Médecins Sans Frontières", "Médicos Sin Fronteras"; `foreignFunctionWords`).
   */
  private capitalFunctionWord(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !isCap(t)) return false;
    if (this.lex.foreignFunctionWords.has(t.lower)) return true;
    return (t.pos === 'ADP' || t.pos === 'CCONJ') && this.lex.stopCapitals.has(t.lower);
  }

  /** Does a capitalised function word sit inside the run ("Reporters Without Borders")? */
  private innerFunctionWord(first: number, last: number): boolean {
    for (let k = first + 1; k < last - 1; k++) if (this.capitalFunctionWord(k)) return true;
    return false;
  }

  /** Is the token at `i` capitalised though nothing before it in its sentence calls for one? */
  private capitalMidSentence(i: number): boolean {
    const t = this.tokens[i];
    const prev = this.tokens[i - 1];
    return !!t && !!prev && prev.sentence === t.sentence && !/^["'(‘“:.!?-]$/.test(prev.text);
  }

  /** "Macy's" as one token: an uncommon capitalised word with a possessive. */
  private possessiveName(t: Token): boolean {
    const m = /^(\p{Lu}[\p{L}.-]+)['’]s$/u.exec(t.text);
    if (!m) return false;
    const stem = (m[1] ?? '').toLowerCase();
    return !this.lex.stopCapitals.has(stem) && !this.isCommon(stem);
  }

  /**
   * End (exclusive) of a name opened by a lower-case Arabic article and a hyphen, written as one
   * word ("al-Aqsa", "el-Arish": wink splits it in three), or 0. A gazetteer entry that starts
   * there ("al-Qaeda") is left to the gazetteer.
   */
  private articleRun(i: number, end: number, mode: Mode): number {
    const t = this.tokens[i] as Token;
    if (mode !== 'normal' || (t.text !== 'al' && t.text !== 'el')) return 0;
    const dash = this.tokens[i + 1];
    const head = this.tokens[i + 2];
    if (!dash || !head || dash.text !== '-' || i + 2 >= end) return 0;
    if (dash.start !== t.end || head.start !== dash.end) return 0;
    if (!this.nameLike(i + 2, end, mode)) return 0;
    const run = this.runEnd(i + 2, end, mode);
    const gaz = this.gazetteer(i, end, mode);
    return gaz && gaz.length >= run - i ? 0 : run;
  }

  /** End (exclusive) of the proper-noun run starting at `i`. */
  private runEnd(i: number, end: number, mode: Mode): number {
    let j = i + 1;
    for (;;) {
      if (j >= end) break;
      const t = this.tokens[j];
      if (!t) break;
      const prev = this.tokens[j - 1];
      if (this.role(j, end) && (this.tokens[j]?.text ?? '') !== '-') break;
      // A Korean given name whose first syllable is an English stop word: "Kim In-so".
      if (j === i + 1 && this.koreanGivenName(j)) {
        j += 3;
        continue;
      }
      // "St" before a name starts that name: "London St Pancras" is London and St Pancras.
      if (SAINT.test(t.text) && isCap(this.tokens[j + 1] ?? t) && j + 1 < end) break;
      if (this.nameLike(j, end, mode) && t.start - (prev?.end ?? t.start) <= 1) {
        // "Surveillance Priorities LONDON —": a word in capitals after title case starts anew.
        if (prev && t.text.length >= 5 && isAllCaps(t) && !isAllCaps(prev)) break;
        j++;
        continue;
      }
      // Hyphenated compound: "Al-Qaeda", "Jean-Marc", "el-Sisi".
      if (t.text === '-' && prev && t.start === prev.end) {
        const next = this.tokens[j + 1];
        if (
          next &&
          next.start === t.end &&
          (isCap(next) || this.lex.nameConnectors.has(next.lower))
        ) {
          j += 2;
          continue;
        }
        // A Korean given name in two syllables: "Kim Il-sung", "Kim Jong-un", "Moon Jae-in".
        if (
          next &&
          next.start === t.end &&
          j - i >= 2 &&
          /^\p{Ll}{1,4}$/u.test(next.text) &&
          SYLLABLE.test(prev.text)
        ) {
          j += 2;
          continue;
        }
        break;
      }
      // Lower-case name particles: "bin", "al", "de", "van"; two of them: "van der", "de la".
      if (this.lex.nameConnectors.has(t.lower) && !isCap(t)) {
        const second = this.tokens[j + 1];
        const two = !!second && this.lex.nameConnectors.has(second.lower) && !isCap(second);
        const next = this.tokens[two ? j + 2 : j + 1];
        // A particle that is also an English function word ("as") joins only written onto a
        // hyphen ("as-Sabah"): "stars Tom Reed as Howard Hughes" is two people.
        const word = !two && this.lex.stopCapitals.has(t.lower);
        if (next && ((isCap(next) && !word) || next.text === '-')) {
          j += two ? 2 : 1;
          continue;
        }
        break;
      }
      // "and" inside an of- or for-phrase: "Institute for Soil Science and Forestry".
      if ((t.lower === 'and' || t.text === '&') && prev && this.nameLike(j + 1, end, mode)) {
        const phrase = this.tokens.slice(i, j).map((x) => x.lower);
        if (phrase.includes('of') || phrase.includes('for')) {
          j += 2;
          continue;
        }
        // Everyday words, "and", and a name ending in an organisation word: "Securities and
        // Exchange Commission", "National Aeronautics and Space Administration".
        const joined = this.everydayAndBody(i, j, end, mode);
        if (joined) {
          j = joined;
          continue;
        }
      }
      // A function word written with a capital inside running text belongs to the name around
      // it: "Reporters Without Borders", "Mothers Against Drunk Driving".
      if (
        mode === 'normal' &&
        j > i &&
        this.capitalFunctionWord(j) &&
        this.nameLike(j + 1, end, mode) &&
        this.capitalMidSentence(j)
      ) {
        j += 2;
        continue;
      }
      // "of (the)" after a head that takes one: "Ministry of Defence", "Gulf of Aden",
      // "Observatory for Human Rights"; "on" after an organisation word: "Commission on Human
      // Rights", "Council on Foreign Relations".
      const on = t.lower === 'on' && !!prev && this.lex.orgSuffix.has(prev.lower);
      if ((t.lower === 'of' || t.lower === 'for' || on) && prev) {
        const head = prev.lower;
        const takesOf =
          this.lex.orgPrefix.has(head) ||
          this.lex.orgSuffix.has(head) ||
          this.lex.locPrefix.has(head) ||
          this.lex.locSuffix.has(head) ||
          this.lex.facilitySuffix.has(head) ||
          OF_HEADS.has(head) ||
          // "of" inside a body's for-phrase: "Centre for Control of Tropical Diseases",
          // "Institute for the Study of Conflict".
          (t.lower === 'of' && this.tokens.slice(i, j).some((x) => x.lower === 'for'));
        // "Kelvor Motor Corp of Lemuria": an abbreviated legal form ends the company's name; the
        // place after it says where the company is ("Corporation of London" is a name).
        const legal = this.lex.legalForms.has(head) && !WORD_LEGAL_FORMS.has(head);
        let k = j + 1;
        if (this.tokens[k]?.lower === 'the') k++;
        if (takesOf && !legal && this.nameLike(k, end, mode)) {
          j = k + 1;
          continue;
        }
        break;
      }
      if (t.text === '&' && this.nameLike(j + 1, end, mode)) {
        j += 2;
        continue;
      }
      // "Holt's Body Shop", "Macy's": a business named after its owner is one name.
      if (mode === 'normal' && POSSESSIVE.test(t.text) && prev && t.start === prev.end) {
        if (!this.wholeGazetteer(i, j, mode)) {
          const body = this.constituencyBody(i, j, end, mode);
          if (body) {
            j = body;
            continue;
          }
          const shop = this.businessAfter(j + 1, end, mode);
          if (shop) j = shop;
          else if (this.ellipticalPossessive(j)) j++;
        }
      }
      // "Workers' Party": a plural's bare apostrophe.
      if (mode === 'normal' && PLURAL_APOSTROPHE.test(t.text) && prev && t.start === prev.end) {
        const body = this.constituencyBody(i, j, end, mode);
        if (body) {
          j = body;
          continue;
        }
      }
      break;
    }
    return j;
  }

  /**
   * End (exclusive) of a capitalised kind of business or building starting at `k` ("Body Shop",
   * "Restaurant", "Cathedral", "Chinese Theatre"), of at most three words, or undefined.
   */
  private businessAfter(k: number, end: number, mode: Mode): number | undefined {
    let e = k;
    while (e < end && e - k < 3 && this.nameLike(e, end, mode)) e++;
    if (e === k || this.nameLike(e, end, mode)) return undefined;
    const last = this.tokens[e - 1]?.lower ?? '';
    const two = e - k >= 2 ? `${this.tokens[e - 2]?.lower ?? ''} ${last}` : '';
    const lex = this.lex;
    if (lex.businessNouns.has(last) || lex.businessNouns.has(two)) return e;
    // A building's name of everyday words ("St Paul's Cathedral", "Grauman's Chinese Theatre"),
    // not one with a name of its own: "Hollywood's Kodak Theatre" is Hollywood's, the Kodak
    // Theatre.
    if (!lex.facilitySuffix.has(last)) return undefined;
    for (let n = k; n < e - 1; n++) {
      if (!this.isCommon((this.tokens[n] as Token).lower)) return undefined;
    }
    return e;
  }

  /**
   * A possessive that owns nothing written after it names a business ("shoppers crowded
   * Macy's.", "at Quimby's in Ohio", "called Dorrick's to ask"): punctuation, a conjunction,
   * a preposition or "to" follows,
   * and no other possessive shares an owned noun with it ("Britain's and France's envoys").
   */
  private ellipticalPossessive(p: number): boolean {
    const t = this.tokens[p] as Token;
    const next = this.tokens[p + 1];
    if (!next || next.sentence !== t.sentence) return true;
    const closes = /^[.,;:!?]$/.test(next.text);
    // "McDonald's said", "Sainsbury's reported": a saying or company verb right after.
    if (possessiveBeforeVerb(next, this.lex)) return true;
    if (!closes && next.pos !== 'CCONJ' && next.pos !== 'ADP' && next.lower !== 'to') return false;
    if (next.text === ',' || next.pos === 'CCONJ') {
      for (let k = p + 2; k < p + 8; k++) {
        const u = this.tokens[k];
        if (!u || u.sentence !== t.sentence) break;
        if (POSSESSIVE.test(u.text)) {
          const owned = this.tokens[k + 1];
          if (owned && owned.sentence === t.sentence && OWNED_POS.has(owned.pos)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  // ---- typing -----------------------------------------------------------------------------------

  private typeRun(first: number, last: number, hasRole: boolean): Typed {
    const lex = this.lex;
    const words = this.tokens.slice(first, last).filter((t) => hasLetter(t.text));
    const lowers = words.map((t) => t.lower);
    const head = lowers[lowers.length - 1] ?? '';
    const lead = lowers[0] ?? '';
    const multi = words.length > 1;
    // "Straits of Gibraltar", "Communist Party of Spain": the head is the word before "of".
    const ofAt = lowers.findIndex((w) => w === 'of' || w === 'for');
    const ofHead = ofAt > 0 ? (lowers[ofAt - 1] ?? '') : '';
    const prev = this.tokens[first - 1];
    const next = this.tokens[last];
    const acronym = words.length === 1 && ACRONYM.test(words[0]?.text ?? '');
    if (hasRole || (prev && this.honorific(prev.i) && prev.sentence === words[0]?.sentence)) {
      return { type: 'PERSON', confident: true, kind: 'name' };
    }
    // "Kuwait City", "Leicester City", "Gaza City": a place and *City*.
    if (multi && words.length <= 4) {
      const place = this.wholeGazetteer(first, last - 1, 'normal');
      const afterLocative =
        !!prev &&
        prev.sentence === words[0]?.sentence &&
        this.lex.locativePrepositions.has(prev.lower);
      const city = placeCityType(place?.value, words[words.length - 1]?.text ?? '', afterLocative);
      if (city === 'GPE') return { type: 'GPE', confident: true, kind: 'name' };
      if (city === 'ORG') return { type: 'ORG', confident: true, kind: 'name' };
    }
    // "a 27-year-old Gaddafi", "the 20-year-old Woods": an age before a name (not before a
    // noun of its people: "a 45-year-old Dunmore woman" is from Dunmore).
    const people = next && next.text === next.lower && lex.localNounsAfter.has(next.lower);
    if (prev?.lower === 'old' && prev.sentence === words[0]?.sentence && !people) {
      const year = this.tokens[first - 3]?.lower ?? '';
      if (this.tokens[first - 2]?.text === '-' && (year === 'year' || year === 'years')) {
        return { type: 'PERSON', confident: true, kind: 'name' };
      }
    }
    // "miles north of Bergen": a place; "Ola Vik of Ashby": in news style, the
    // place a person comes from (a guess: an organisation mostly carries a cue word).
    if (prev?.lower === 'of' && prev.sentence === words[0]?.sentence) {
      const before = this.tokens[first - 2];
      if (before && COMPASS.has(before.lower))
        return { type: 'GPE', confident: true, kind: 'name' };
      const person = this.mentions[this.mentions.length - 1];
      if (person?.lastToken === first - 1 && person.entityType === 'PERSON' && person.confident) {
        return { type: 'GPE', confident: true, kind: 'name', yieldable: true };
      }
    }
    // "oil firm Yukos", "his wife Cherie", "the port city Sevastopol": the noun before says;
    // so it does for every name of a list after it ("technology companies Dell, Samsung and
    // Matsushita").
    // "the thriller Cold Ridge", "her new album Blue Harbour": a work; not the maker in a
    // relative clause ("the film Lund directed").
    if (this.works.afterWorkNoun(first) && !this.works.makerOfWork(last)) {
      return { type: 'PRODUCT', confident: true, kind: 'name' };
    }
    const noun = this.nounBeforeList(first);
    if (noun) {
      // "the film's producer Harvey Weinstein": a company noun that is a person's job too.
      if (lex.orgNouns.has(noun) && personalMaker(this.tokens, first - 1, words, lex)) {
        return { type: 'PERSON', confident: true, kind: 'name' };
      }
      if (lex.orgNouns.has(noun)) return { type: 'ORG', confident: true, kind: 'name' };
      if (lex.personNouns.has(noun)) return { type: 'PERSON', confident: true, kind: 'name' };
      if (lex.placeNouns.has(noun)) return { type: 'GPE', confident: true, kind: 'name' };
    }
    // "South East", "North West": a region named by directions alone ("touring South East
    // Asian countries", "the North West of England").
    if (multi && lowers.every((w) => COMPASS.has(w) && w !== 'outskirts')) {
      return { type: 'LOC', confident: true, kind: 'name' };
    }
    // "Islamic Republic", "Weimar Republic": a state's name.
    if (multi && head === 'republic') return { type: 'GPE', confident: true, kind: 'name' };
    // "Helen Park said", "Tom Hill, 34,": a given name and a cue word that is a surname too.
    if (
      (lex.locSuffix.has(head) || lex.facilitySuffix.has(head) || lex.orgSuffix.has(head)) &&
      personWithCueSurname(this.tokens, words, last, lex)
    ) {
      return { type: 'PERSON', confident: true, kind: 'name' };
    }
    // "Organisation of Islamic Conference": a body's word before "of" heads the name, whatever
    // event word ends it.
    if (ofHead && lex.orgSuffix.has(ofHead) && lex.eventSuffix.has(head)) {
      return { type: 'ORG', confident: true, kind: 'name' };
    }
    if (multi && lex.eventSuffix.has(head)) return { type: 'EVENT', confident: true, kind: 'name' };
    if (multi && lex.orgSuffix.has(head)) return { type: 'ORG', confident: true, kind: 'name' };
    if (multi && lex.facilitySuffix.has(head)) {
      return { type: 'FACILITY', confident: true, kind: 'name' };
    }
    // "First Union", "First Chicago", "Banc One": an ordinal opening a name mid-sentence, or
    // "One" closing it, names a bank or a company, "First Bank" too (titles such as "First Lady"
    // are roles, read before).
    const closing = this.tokens[last - 1];
    if (
      multi &&
      ((words[0]?.text === 'First' && this.capitalMidSentence(first)) ||
        (closing?.text === 'One' && this.capitalMidSentence(last - 1)))
    ) {
      return { type: 'ORG', confident: true, kind: 'name', yieldable: true };
    }
    if (multi && lex.locSuffix.has(head)) return { type: 'LOC', confident: true, kind: 'name' };
    // "the Holy Land", "Arnhem Land", "Queen Maud Land": a region; not a person with that
    // surname ("Edwin Land": a given name and one more word).
    if (multi && head === 'land' && !(words.length === 2 && lex.givenNames.has(lead))) {
      return { type: 'LOC', confident: true, kind: 'name' };
    }
    if (ofHead && (lex.orgSuffix.has(ofHead) || lex.orgPrefix.has(ofHead))) {
      return { type: 'ORG', confident: true, kind: 'name' };
    }
    // "Douglas & Lomason", "Procter & Gamble".
    if (multi && this.tokens.slice(first, last).some((t) => t.text === '&')) {
      return { type: 'ORG', confident: true, kind: 'name' };
    }
    if (ofHead && lex.locSuffix.has(ofHead)) return { type: 'LOC', confident: true, kind: 'name' };
    if (ofHead && lex.facilitySuffix.has(ofHead)) {
      return { type: 'FACILITY', confident: true, kind: 'name' };
    }
    // "El Toro, Calif.", "Union City, Iowa": a name before a comma and a state is a town.
    if (next?.text === ',' && this.stateAt(last + 1)) {
      return { type: 'GPE', confident: true, kind: 'name' };
    }
    if (multi && lex.orgPrefix.has(lead)) return { type: 'ORG', confident: true, kind: 'name' };
    if (multi && lex.locPrefix.has(lead)) return { type: 'LOC', confident: true, kind: 'name' };
    if (multi && lex.facilityPrefix.has(lead)) {
      return { type: 'FACILITY', confident: true, kind: 'name' };
    }
    // "Zantrix spokesman", "HMV analyst", "Morvane striker", "Coral Lights singer": a name
    // right before the role of someone working in a body names that body.
    if (this.beforeBodyRole(first, last, words, lead, multi)) {
      return { type: 'ORG', confident: true, kind: acronym ? 'acronym' : 'name', yieldable: true };
    }
    if (acronym) return { type: 'ORG', confident: false, kind: 'acronym' };
    // "Coca-Cola", "Hewlett-Packard": a company's name of hyphened words, often surnames.
    const written = this.tokens
      .slice(first, last)
      .map((t) => t.lower)
      .join('');
    if (written.includes('-') && lex.companyNames.has(written)) {
      return { type: 'ORG', confident: true, kind: 'name' };
    }
    // Person-name words are also place and company names ("Washington", "Warner Brothers"):
    // the tagger may read such a run otherwise (see reconcile.ts).
    if (multi && (lex.givenNames.has(lead) || INITIAL.test(words[0]?.text ?? ''))) {
      const yieldable = !INITIAL.test(words[0]?.text ?? '');
      return { type: 'PERSON', confident: true, kind: 'name', yieldable };
    }
    // Not after "the" without a given name: "the Common Market", "the Golden Stones" are no
    // people (a guess, which `typeAfterArticle` in context.ts settles).
    const article = prev?.text === 'the' && prev.sentence === words[0]?.sentence;
    if (
      multi &&
      words.length <= 4 &&
      lowers.every((w) => lex.personWords.has(w) || lex.givenNames.has(w) || w.length === 1) &&
      !(article && !lowers.some((w) => lex.givenNames.has(w)))
    ) {
      return { type: 'PERSON', confident: true, kind: 'name', yieldable: true };
    }
    // "Toshiba said", "Accenture Consulting": a company-name word, not a person's (the tagger
    // may still read a place: a few brand words are towns too).
    if (lex.companyWords.has(lead) && !lex.personWords.has(head)) {
      return { type: 'ORG', confident: true, kind: 'name', yieldable: true };
    }
    // A cricket scorecard names players: "c Tillekeratne b Dharmasena 13", "lbw b Mullally 0",
    // "Bowling : Vaas 7-0-29-0".
    if (this.scorecardPlayer(first, last)) {
      return { type: 'PERSON', confident: true, kind: 'name' };
    }
    // "Reporters Without Borders": a capitalised function word inside makes a body's name.
    if (multi && (this.everydayHead(first, last, head) || this.innerFunctionWord(first, last))) {
      return { type: 'ORG', confident: true, kind: 'name', yieldable: true };
    }
    // Not before what only a company announces ("Virgin Atlantic announced 300 job cuts").
    if (
      next &&
      lex.personVerbs.has(next.lower) &&
      next.sentence === words[0]?.sentence &&
      !companyCue(this.tokens, first, last)
    ) {
      return { type: 'PERSON', confident: multi, kind: 'name' };
    }
    // "Duran, 45, ..." — an age in apposition.
    const after = this.tokens[last + 1];
    if (
      next?.text === ',' &&
      after &&
      /^\d{1,2}$/.test(after.text) &&
      this.tokens[last + 2]?.text === ','
    ) {
      return { type: 'PERSON', confident: true, kind: 'name' };
    }
    // "OpenAI", "YouTube": a capital inside a word marks a brand or a company; not so after a
    // surname prefix ("McCain", "DiCaprio", "LeBron").
    if (!multi && /^\p{Lu}?\p{Ll}+\p{Lu}/u.test(words[0]?.text ?? '')) {
      const surname = SURNAME_PREFIX.test(words[0]?.text ?? '');
      return { type: 'ORG', confident: !surname, kind: 'name' };
    }
    if (multi && lex.personWords.has(lead) && !lex.locSuffix.has(head)) {
      return { type: 'PERSON', confident: false, kind: 'name' };
    }
    if (prev && prev.sentence === words[0]?.sentence && lex.locativePrepositions.has(prev.lower)) {
      // "in Yasser Arafat's government": the preposition governs what the name owns.
      const owner = ownerAfterPreposition(this.tokens, first, last, lex);
      if (owner === 'person') return { type: 'PERSON', confident: true, kind: 'name' };
      if (!owner && (!multi || !lex.givenNames.has(lead)))
        return { type: 'GPE', confident: false, kind: 'name' };
    }
    // Two or three unknown capitalised words are most often a person, unless the first is an
    // everyday word ("Red Star", "Standard Liege"): then a club, a company or a team.
    if (multi && words.length <= 3) {
      const everyday = this.isCommon(lead) && !lex.personWords.has(lead);
      return { type: everyday ? 'ORG' : 'PERSON', confident: false, kind: 'name' };
    }
    return { type: 'ORG', confident: false, kind: 'name' };
  }

  /**
   * Is the name right before a lower-case role of someone in a body (`bodyRoles`: "spokesman",
   * "chief executive", "striker", "singer"; one modifier may stand between: "Zantrix senior
   * analyst")? Not a person's own name ("Ola Dahl spokesman": a given name leads), a surname of a
   * person named before ("Dahl spokesman" after "Ola Dahl": that person's spokesman), nor a
   * capitalised everyday word ("Test captain", "Soul singer").
   */
  private beforeBodyRole(
    first: number,
    last: number,
    words: readonly Token[],
    lead: string,
    multi: boolean,
  ): boolean {
    const lex = this.lex;
    const sentence = this.tokens[first]?.sentence;
    const word = (k: number) => {
      const t = this.tokens[k];
      return t && t.sentence === sentence && t.text === t.lower ? t.lower : undefined;
    };
    let k = last;
    if (lex.roleModifiers.has(word(k) ?? '') && word(k + 1)) k++;
    const one = word(k);
    if (!one) return false;
    const single = words.length === 1 ? words[0] : undefined;
    // "Wenger's Arsenal side", "Celtic fans": an everyday word's club (checked below).
    // Not a person-name word: "Madonna fans" are a singer's.
    const club =
      !!single &&
      lex.clubNounsAfter.has(one) &&
      this.isCommon(single.lower) &&
      !lex.personWords.has(single.lower);
    // "Bath scrum-half", "Wasps centre": hyphenated roles and playing positions too.
    if (!bodyRoleLength(this.tokens, k, lex) && !club) {
      return false;
    }
    if (multi && lex.givenNames.has(lead)) return false;
    if (single && !ACRONYM.test(single.text) && this.isCommon(single.lower)) {
      // "Wolves manager", "Arsenal striker": an everyday word alone names the body.
      if (this.tokens[first] !== single || !everydayBodyName(this.tokens, first, lex)) return false;
    }
    const tail = words[words.length - 1]?.lower;
    return !this.mentions.some(
      (m) =>
        m.entityType === 'PERSON' &&
        m.lastToken - m.firstToken > 1 &&
        this.tokens[m.lastToken - 1]?.lower === tail,
    );
  }

  /** After a catch or bowled mark ("c", "b", "st"), or before bowling figures ("7-0-29-0")? */
  private scorecardPlayer(first: number, last: number): boolean {
    const prev = this.tokens[first - 1];
    const next = this.tokens[last];
    const sentence = this.tokens[first]?.sentence;
    if (prev?.sentence === sentence && SCORECARD_MARKS.has(prev?.text ?? '')) return true;
    return next?.sentence === sentence && BOWLING_FIGURES.test(next?.text ?? '');
  }

  /**
   * "Dow Chemical", "Pirelli Cables", "Jones Medical": a name ending in an everyday plural or an
   * adjective in -al / -ic that names no place and no role is a company or a body, whatever verb
   * follows. Other everyday words are surnames too ("Darryl Strawberry"), and wink's vocabulary
   * knows many names ("gaddafi", "yugoslavia"), so only this trade shape counts.
   */
  private everydayHead(first: number, last: number, head: string): boolean {
    const lex = this.lex;
    if (!this.isCommon(head) || lex.personWords.has(head) || lex.givenNames.has(head)) return false;
    if (
      OF_HEADS.has(head) ||
      this.gazetteer(last - 1, last, 'normal') ||
      longest(lex.roles, this.tokens, last - 1, last)
    ) {
      return false;
    }
    return TRADE_WORD.test(head) && !INITIAL.test(this.tokens[first]?.text ?? '');
  }

  /**
   * The common noun right before a name, or before the list the name ends ("companies" for
   * Samsung in "companies Dell, Samsung and Matsushita"), in the singular form the cue lists
   * hold ("studios" → "studio"); undefined when the name follows no noun.
   */
  private nounBeforeList(first: number): string | undefined {
    const sentence = this.tokens[first]?.sentence;
    let k = first - 1;
    let listed = false;
    // Walk back over "Dell, Samsung and": capitalised words, commas and one "and" / "or".
    for (let steps = 0; steps < 16; steps++) {
      const t = this.tokens[k];
      if (!t || t.sentence !== sentence) return undefined;
      if ((t.pos === 'NOUN' && !isCap(t)) || t.lower === 'of') break;
      if (t.text === ',' || t.lower === 'and' || t.lower === 'or') {
        if (!isCap(this.tokens[k - 1] ?? t)) return undefined;
        listed = true;
      } else if (!listed || !isCap(t)) return undefined;
      k--;
    }
    const lex = this.lex;
    // "the towns of Vardby and Kolm", "the city of Bergen": a place noun before "of" types
    // every name of the list after it.
    if (this.tokens[k]?.lower === 'of') {
      const noun = this.tokens[k - 1];
      if (!noun || noun.sentence !== sentence || isCap(noun) || noun.pos !== 'NOUN')
        return undefined;
      return placeOfHead(lex, noun.lower) ? 'city' : undefined;
    }
    const t = this.tokens[k];
    if (!t || t.pos !== 'NOUN' || t.sentence !== sentence) return undefined;
    if (k === first - 1) return t.lower;
    const known = (w: string) => lex.orgNouns.has(w) || lex.personNouns.has(w);
    if (known(t.lower) || lex.placeNouns.has(t.lower)) return t.lower;
    // Only organisation and person nouns take a plural list ("companies", "actors").
    const singular = singularOf(t.lower);
    return known(singular) ? singular : undefined;
  }

  /** Does a US state, province or similar region start at token i ("Calif.", "Ontario")? */
  private stateAt(i: number): boolean {
    const hit = this.gazetteer(i, this.sentenceEnd, 'normal');
    return !!hit && hit.value.lexClass === 'place' && hit.value.type === 'GPE';
  }

  // ---- the pass ---------------------------------------------------------------------------------

  private push(m: RawMention): number {
    const last = this.tokens[m.lastToken];
    if (last && (m.entityType === 'GPE' || m.type === 'NORP') && m.kind !== 'capital') {
      const noun = longestGroupNoun(this.lex, this.tokens, m.lastToken);
      if (noun) m.group = noun;
    }
    this.mentions.push(m);
    return this.mentions.length - 1;
  }

  private sentenceEnd = 0;

  private sentence(s: Sentence, mode: Mode): void {
    this.sentenceEnd = s.lastToken;
    this.sentenceStart = s.firstToken;
    this.gazetteerMemo = [];
    let pendingRole:
      { first: number; last: number; head: string; relation: RoleRelation } | undefined;
    let i = s.firstToken;
    const end = s.lastToken;
    const lex = this.lex;
    while (i < end) {
      const t = this.tokens[i];
      if (!t) break;
      // An Arabic article joined by a hyphen opens the name after it: "al-Aqsa", "el-Arish".
      const article = this.articleRun(i, end, mode);
      if (article) {
        this.emitRun(i, article, mode, pendingRole);
        pendingRole = undefined;
        i = article;
        continue;
      }
      // Most tokens are lower-case words that start nothing: skip them cheaply.
      const cap = isCap(t);
      if (
        !cap &&
        !lex.anyCaseStarts.has(t.lower) &&
        !lex.roles.root.has(t.lower) &&
        !lex.roleModifiers.has(t.lower) &&
        !isExWord(t)
      ) {
        if (pendingRole && i > pendingRole.last) pendingRole = undefined;
        i++;
        continue;
      }
      // "Sen. Ola Vik, D-Ohio,", "(R-Texas)": an AP party-state tag after a name; the party's
      // letter names nothing, the state is read from the next word.
      const tag = mode === 'normal' ? this.partyTag(i) : undefined;
      if (tag) {
        pendingRole = undefined;
        // "D-Calif.", "D-N.Y.": the tokenizer may cut the abbreviation at its full stops.
        if (tag !== true) this.emitGazetteer(i + 2, tag.length, tag.entry);
        i += tag === true ? 2 : 2 + tag.length;
        continue;
      }
      // "Tavi Orrel (Kelby, Dunmore and Ashby AC)": one club, not three towns.
      const club = mode === 'normal' && cap ? this.clubs.at(i, this.afterPerson(i)) : undefined;
      if (club !== undefined) {
        this.emitTyped(i, club, undefined, { type: 'ORG', confident: true, kind: 'name' });
        pendingRole = undefined;
        i = club;
        continue;
      }
      if (
        mode === 'normal' &&
        (cap || lex.roleModifiers.has(t.lower) || lex.roles.root.has(t.lower) || isExWord(t))
      ) {
        const role = this.role(i, end);
        if (role) {
          pendingRole = role;
          i = role.last;
          continue;
        }
      }
      // "Comedy Meet The Fockers topped …": a work noun opening the sentence before a title
      // is no name; the title is read from the next word.
      if (
        mode === 'normal' &&
        this.works.workNounOpens(i) &&
        this.works.titleEnd(i + 1, i + 1, end)
      ) {
        i++;
        continue;
      }
      const title = mode === 'normal' ? this.works.at(i, end) : 0;
      if (title) {
        this.emitTyped(i, i + title, undefined, { type: 'PRODUCT', confident: true, kind: 'name' });
        pendingRole = undefined;
        i += title;
        continue;
      }
      const gaz = this.gazetteer(i, end, mode);
      let run = this.nameLike(i, end, mode) ? this.runEnd(i, end, mode) : i;
      if (mode === 'normal') {
        const title = this.works.titleEnd(i, run, end);
        if (title !== undefined && (!gaz || title - i > gaz.length)) run = title;
      }
      if (run > i && (!gaz || run - i > gaz.length)) {
        this.emitRun(i, run, mode, pendingRole);
        pendingRole = undefined;
        i = run;
        continue;
      }
      // "President Henderson", "Sen. Raleigh": a town's one-word name right after a person's title
      // is that person's surname (`titled-towns.ts`).
      if (
        gaz &&
        pendingRole?.last === i &&
        titledTown(gaz.value, gaz.length) &&
        !this.nameLike(i + gaz.length, end, mode)
      ) {
        this.emitTyped(i, i + gaz.length, pendingRole, {
          type: 'PERSON',
          confident: true,
          kind: 'name',
        });
        pendingRole = undefined;
        i += gaz.length;
        continue;
      }
      if (gaz) {
        const length = gaz.length + this.legalFormAfter(i + gaz.length, end, gaz.value);
        const index = this.emitGazetteer(i, length, gaz.value);
        if (pendingRole && pendingRole.last === i && gaz.value.type === 'PERSON') {
          this.addRole(index, pendingRole);
        }
        pendingRole = undefined;
        i += length;
        continue;
      }
      if (pendingRole && i > pendingRole.last) pendingRole = undefined;
      i++;
    }
  }

  /**
   * Does a party's letter (D, R, I) and a hyphen open an AP party-state tag at i: after a comma
   * or a bracket that follows a name, before a state ("D-Ohio", "R-Calif.")?
   */
  private partyTag(i: number): true | { entry: GazetteerEntry; length: number } | undefined {
    const t = this.tokens[i];
    const prev = this.tokens[i - 1];
    if (!t || !prev || !PARTY_LETTER.test(t.text) || this.tokens[i + 1]?.text !== '-') return;
    if (prev.sentence !== t.sentence || (prev.text !== ',' && prev.text !== '(')) return;
    const name = this.mentions[this.mentions.length - 1];
    if (!name || name.lastToken !== i - 1) return;
    if (this.stateAt(i + 2)) return true;
    // "Calif" and "." or "N", ".", "Y." as tokens of their own: the state is the abbreviation
    // they spell together, full stops included.
    let written = '';
    for (let k = i + 2; k < i + 6; k++) {
      const word = this.tokens[k];
      const before = this.tokens[k - 1];
      if (!word || !before || word.sentence !== t.sentence) return;
      if (k > i + 2 && word.start !== before.end) return;
      written += word.lower;
      if (k === i + 2 || !written.endsWith('.')) continue;
      const state = longest(this.lex.gazetteer, [{ lower: written }], 0, 1)?.value;
      if (state && state.lexClass === 'place' && state.type === 'GPE') {
        return { entry: state, length: k - i - 1 };
      }
    }
    return undefined;
  }

  /**
   * Does the last mention found end right before the bracket that opens before i, a person or a
   * guess ("Vask (Kelby AC)": a player named by surname alone)?
   */
  private afterPerson(i: number): boolean {
    const m = this.mentions[this.mentions.length - 1];
    return !!m && m.lastToken === i - 1 && (m.entityType === 'PERSON' || !m.confident);
  }

  /**
   * "Ford Motor Co. said": a capitalised legal form right after a known company's name is part
   * of the name (1), not a name of its own ("Co." came out as a second organisation where the
   * sentence's first word kept the run from reading on); else 0.
   */
  private legalFormAfter(k: number, end: number, entry: GazetteerEntry): number {
    const t = this.tokens[k];
    if (k >= end || !t || entry.type !== 'ORG' || !isCap(t)) return 0;
    return this.lex.legalForms.has(t.lower) ? 1 : 0;
  }

  private emitGazetteer(i: number, length: number, entry: GazetteerEntry): number {
    let kind = entry.kind;
    let canonical = entry.name;
    if (entry.lexClass === 'org')
      canonical = acronymCasing(canonical, this.tokens.slice(i, i + length));
    if (kind === 'capital' && this.capitalIsPlace(i, length)) {
      kind = 'name';
      canonical = this.tokens
        .slice(i, i + length)
        .map((t) => t.text)
        .join(' ');
    }
    return this.push({
      firstToken: i,
      lastToken: i + length,
      type: entry.mentionType,
      kind,
      canonical,
      entityType: entry.type,
      confident: true,
      lexClass: entry.lexClass,
    });
  }

  /** "in Moscow", "MOSCOW (Reuters) -": a capital named as a place, not as its government. */
  private capitalIsPlace(i: number, length: number): boolean {
    const prev = this.tokens[i - 1];
    const next = this.tokens[i + length];
    const first = this.tokens[i];
    // "a London protest", "Paris police": a capital modifying a noun names the city (not
    // "Moscow officials": the country's).
    const group = this.lex.groupNouns.has(next?.lower ?? '');
    if (
      next &&
      next.pos === 'NOUN' &&
      !isCap(next) &&
      (!group || this.lex.cityGroupNouns.has(next.lower))
    ) {
      return true;
    }
    // "a Paris-based firm", "the London-born singer": the city a thing is based in or a person
    // born in (not "Moscow-backed rebels": the country's doing).
    if (next?.text === '-' && PLACE_PARTICIPLES.has(this.tokens[i + length + 1]?.lower ?? '')) {
      return true;
    }
    if (prev && first && prev.sentence === first.sentence) {
      if (this.lex.locativePrepositions.has(prev.lower) && prev.lower !== 'to') return true;
      // "moved to London", "flew back to Kabul": where one goes, not whom one addresses.
      if (prev.lower === 'to') {
        let v = this.tokens[i - 2];
        if (v && v.sentence === first.sentence && v.pos === 'ADV') v = this.tokens[i - 3];
        if (v && v.sentence === first.sentence && this.lex.motionVerbs.has(v.lemma)) return true;
        // "a visit to Beijing", "her trip to Moscow": the noun of going, too.
        if (v?.pos === 'NOUN' && v.sentence === first.sentence) {
          if (this.lex.motionNouns.has(v.lemma.toLowerCase())) return true;
        }
      }
      // "visited Berlin", "shelled Kyiv": the city visited or fought over ("urged Berlin" stays
      // the government).
      if (prev.pos === 'VERB' && this.lex.placeObjectVerbs.has(prev.lemma)) return true;
      if (WIRE_CODE.test(prev.text)) return true;
      return this.listAfterLocative(i);
    }
    return !!next && /^[-(,–—]$/.test(next.text);
  }

  /**
   * Is the name at `i` a later member of a list of names that a locative preposition opens ("in
   * Lima, Quito and Bogota", "in Seoul or Tokyo")? Walks back over capitalised words, commas
   * and one "and" / "or" from the joiner right before `i`.
   */
  private listAfterLocative(i: number): boolean {
    const sentence = this.tokens[i]?.sentence;
    let k = i - 1;
    let joined = false;
    let conjunction = false;
    for (let steps = 0; steps < 16; steps++) {
      const t = this.tokens[k];
      if (!t || t.sentence !== sentence) return false;
      const joiner = t.text === ',' || t.lower === 'and' || t.lower === 'or';
      if (joiner) {
        if (!isCap(this.tokens[k - 1] ?? t)) return false;
        if (t.text !== ',') {
          if (conjunction) return false;
          conjunction = true;
        }
        joined = true;
      } else if (!isCap(t)) break;
      else if (!joined) return false;
      k--;
    }
    const opener = this.tokens[k];
    return (
      joined &&
      !!opener &&
      opener.sentence === sentence &&
      opener.lower !== 'to' &&
      this.lex.locativePrepositions.has(opener.lower)
    );
  }

  /** Do tokens i..last hold a given name and one or two more capitalised words, no listed body? */
  private personAfter(i: number, last: number): boolean {
    const words = last - i;
    if (words < 2 || words > 3 || !this.lex.givenNames.has(this.tokens[i]?.lower ?? ''))
      return false;
    const listed = this.gazetteer(i, last, 'normal');
    if (listed && listed.value.type !== 'PERSON') return false;
    return this.tokens.slice(i, last).every((t) => isCap(t) && /^\p{L}/u.test(t.text));
  }

  /** Splits a run into leading gazetteer entries and a typed remainder. */
  private emitRun(
    first: number,
    last: number,
    mode: Mode,
    role: { first: number; last: number; head: string; relation: RoleRelation } | undefined,
  ): void {
    let i = first;
    // A leading country or demonym is its own mention when more than one word follows:
    // "US National Security Council", "Ukrainian Foreign Ministry" (but "U.S. Open" stays whole).
    const lead = this.gazetteer(i, last, mode);
    if (
      lead &&
      lead.length < last - i &&
      (lead.value.lexClass === 'country' || lead.value.lexClass === 'group')
    ) {
      const rest = this.wordCount(i + lead.length, last);
      const restHit = this.gazetteer(i + lead.length, last, mode);
      if (rest >= 2 || (restHit && restHit.length === last - i - lead.length) || role) {
        this.emitGazetteer(i, lead.length, lead.value);
        i += lead.length;
        while (i < last && !this.nameLike(i, last, mode)) i++;
        if (i >= last) return;
      }
    }
    // "For Labour Gordon Brown said", "For the Lib Dems David Laws said": a listed organisation
    // right before a given name and a surname is its own mention, the person another.
    if (
      lead &&
      lead.value.lexClass === 'org' &&
      i === first &&
      this.personAfter(i + lead.length, last)
    ) {
      this.emitGazetteer(i, lead.length, lead.value);
      i += lead.length;
    }
    // "AU1234567890 Oslo NTB": after a news-wire code come the dateline's city and the agency.
    if (WIRE_CODE.test(this.tokens[i - 1]?.text ?? '') && lead && lead.length < last - i) {
      const cls = lead.value.lexClass;
      if (cls === 'capital' || cls === 'city' || cls === 'country') {
        this.emitGazetteer(i, lead.length, lead.value);
        const rest = i + lead.length;
        const agency = this.wholeGazetteer(rest, last, mode);
        if (agency) this.emitGazetteer(rest, last - rest, agency.value);
        else this.emitTyped(rest, last, undefined, { type: 'ORG', confident: true, kind: 'name' });
        return;
      }
    }
    // A peer's title before one name is part of the name a peer is known by: "Lord Halvering",
    // "Baroness Treddle" (not "Lord Mayor", a role).
    if (this.peerName(i, last)) {
      this.emitTyped(i, last, role, {
        type: 'PERSON',
        confident: true,
        kind: 'name',
      });
      return;
    }
    // "Macy's", "Holt's Body Shop": a business named after its owner, "St Paul's
    // Cathedral" a building (see `runEnd`).
    if (this.tokens.slice(i + 1, last).some((t) => POSSESSIVE.test(t.text))) {
      const building = this.lex.facilitySuffix.has(this.tokens[last - 1]?.lower ?? '');
      this.emitTyped(
        i,
        last,
        undefined,
        building ? undefined : { type: 'ORG', confident: true, kind: 'name' },
      );
      return;
    }
    // An honorific and nothing but a role is an office and names no one: "the Lord Chancellor
    // said", "the Lord Mayor" (`titles.json` roles), not "Lord" and a person "Chancellor".
    if (
      this.honorific(i) &&
      longest(this.lex.roles, this.tokens, i + 1, last)?.length === last - i - 1
    ) {
      return;
    }
    // Honorifics stay out of the name: "Mr. Smith".
    while (i < last - 1 && this.honorific(i)) i++;
    // An office of a place or a body is no name: "Emperor of Lemuria", "King of
    // Lemuria", "2nd Earl of Varna" (a role or a peer's title, and "of" after it).
    if (this.officeOf(i, last)) return;
    // A common word that is capitalised only because it starts the sentence: "Findings",
    // "Several", "Bomb Ola Vik".
    if (
      !role &&
      this.commonFirstWord(i) &&
      !this.endsInCue(i, last) &&
      !this.innerFunctionWord(i, last) &&
      !this.leadsResults(last)
    ) {
      i++;
      while (i < last && !this.nameLike(i, last, mode)) i++;
      if (i >= last) return;
    }
    // "Midfielders Tom Reed and …", "Springboks Jan Berg …": a plural opening the sentence before
    // a given name labels the names after it and is no part of them: a role, or the side's name.
    if (!role && this.pluralLabel(i, last, mode)) {
      const word = (this.tokens[i] as Token).lower;
      const roleWord = singularOf(word);
      if (!this.lex.roles.root.has(roleWord) && !this.lex.bodyRoles.has(roleWord)) {
        const side = { type: 'ORG', confident: true, kind: 'name', yieldable: true } as const;
        this.emitTyped(i, i + 1, undefined, side);
      }
      i++;
    }
    const whole = this.gazetteer(i, last, mode);
    if (whole && whole.length === last - i) {
      const index = this.emitGazetteer(i, whole.length, whole.value);
      if (role && whole.value.type === 'PERSON') this.addRole(index, role);
      return;
    }
    const typed = this.typeRun(i, last, !!role);
    // "Chad Ogea", "Christian Karembeu": a place or demonym that is also a given name, before a
    // surname, names a person (a guess the tagger settles), not the place and a stray word.
    const given = typed.confident
      ? undefined
      : (this.givenNameOfPlace(i, last, mode) ?? this.placeAsSurname(i, last, mode));
    if (given) {
      this.emitTyped(i, last, role, {
        type: 'PERSON',
        confident: given === 'surname',
        kind: 'name',
      });
      return;
    }
    if (!typed.confident && this.everydayWordAndCountry(i, last, mode)) {
      this.emitTyped(i, last, role, { type: 'ORG', confident: true, kind: 'name' });
      return;
    }
    if (!typed.confident) {
      // Without a cue word, countries, organisations and named weapons inside the run are names
      // of their own ("Russia Iran"); a city with unknown words around it names a club or a
      // company ("Dynamo Moscow", "Philadelphia Eagles").
      const pieces = this.splitByGazetteer(i, last, mode);
      if (pieces) {
        for (const piece of pieces) {
          const entry = piece.entry ?? this.wholeGazetteer(piece.first, piece.last, mode)?.value;
          if (entry) this.emitGazetteer(piece.first, piece.last - piece.first, entry);
          else this.emitTyped(piece.first, piece.last, undefined);
        }
        return;
      }
      if (this.placeLed(i, last, mode)) {
        this.emitTyped(i, last, role, { type: 'ORG', confident: true, kind: 'name' });
        return;
      }
      if (this.containsPlace(i, last, mode)) {
        this.emitTyped(i, last, role, { type: 'ORG', confident: false, kind: 'name' });
        return;
      }
    }
    this.emitTyped(i, last, role, typed);
  }

  /**
   * Two words, the first a one-word place or demonym that is also a given name ("Chad",
   * "Jordan", "Christian"), the second a surname, never everyday English nor a gazetteer entry:
   * a person-name word ('surname': "Katz") or a word that is no cue either ('unknown': "Ogea",
   * not "Tech", "Daily", "Airways" or "Kent").
   */
  private givenNameOfPlace(
    first: number,
    last: number,
    mode: Mode,
  ): 'surname' | 'unknown' | undefined {
    if (last - first !== 2) return undefined;
    const given = this.tokens[first] as Token;
    const surname = this.tokens[first + 1] as Token;
    const lex = this.lex;
    if (!lex.namesOfPlaces.has(given.lower) || !/^\p{Lu}\p{Ll}/u.test(surname.text)) {
      return undefined;
    }
    if (this.gazetteer(first + 1, last, mode) || this.isCommon(surname.lower)) return undefined;
    if (lex.personWords.has(surname.lower)) return 'surname';
    const cue = [lex.orgSuffix, lex.locSuffix, lex.facilitySuffix, lex.eventSuffix, lex.legalForms];
    return cue.some((s) => s.has(surname.lower)) ? undefined : 'unknown';
  }

  /**
   * "In-so" after "Kim": a capitalised syllable right after a one-syllable surname, a hyphen and
   * a lower-case syllable, written as one ("Li In-mo"); the syllable may be a stop word.
   */
  private koreanGivenName(j: number): boolean {
    const [surname, syllable, dash, rest] = [-1, 0, 1, 2].map((k) => this.tokens[j + k]);
    if (!surname || !syllable || !dash || !rest || dash.text !== '-') return false;
    if (!SYLLABLE.test(surname.text) || !SYLLABLE.test(syllable.text)) return false;
    const joined = dash.start === syllable.end && rest.start === dash.end;
    return joined && syllable.start - surname.end <= 1 && /^\p{Ll}{1,4}$/u.test(rest.text);
  }

  /**
   * Two words, a given name first and a one-word country or town that is also a person's name
   * second: "Ellen Jordan", "Ellen Paris" (a person, a guess the tagger settles), not the name
   * and the place.
   */
  private placeAsSurname(first: number, last: number, mode: Mode): 'unknown' | undefined {
    if (last - first !== 2) return undefined;
    const lead = (this.tokens[first] as Token).lower;
    const lex = this.lex;
    if (!lex.givenNames.has(lead)) return undefined;
    const place = this.wholeGazetteer(first + 1, last, mode)?.value;
    if (!place || place.kind === 'demonym' || place.type !== 'GPE') return undefined;
    return lex.namesOfPlaces.has(this.tokens[first + 1]?.lower ?? '') ? 'unknown' : undefined;
  }

  /**
   * Does a results line or a table row follow the run ending at `last`: only counts ("Bury 4 3 1
   * 0 8 2 10"), or a count, a name and a count ("Hull 2 Stoke 1")? Such a line opens with a team.
   */
  private leadsResults(last: number): boolean {
    let end = this.sentenceEnd;
    while (end > last && /^[.;]$/.test(this.tokens[end - 1]?.text ?? '')) end--;
    const count = (k: number) => /^\d{1,3}$/.test(this.tokens[k]?.text ?? '');
    if (end <= last || !count(last)) return false;
    let k = last + 1;
    while (k < end && count(k)) k++;
    if (k === end) return true;
    const name = k;
    while (k < end && isCap(this.tokens[k] as Token)) k++;
    return k > name && k === end - 1 && count(k);
  }

  /**
   * Is the token at `i` a plural opening its sentence ("Midfielders", "Springboks"), no name word
   * and no gazetteer entry, before a given name and one more name word?
   */
  private pluralLabel(i: number, last: number, mode: Mode): boolean {
    const t = this.tokens[i];
    const prev = this.tokens[i - 1];
    if (!t || last - i < 3 || !/^\p{Lu}\p{Ll}{2,}s$/u.test(t.text)) return false;
    if (prev && prev.sentence === t.sentence && !/^["'(‘“:-]$/.test(prev.text)) return false;
    const lex = this.lex;
    if (lex.givenNames.has(t.lower) || lex.personWords.has(t.lower)) return false;
    if (this.gazetteer(i, last, mode)) return false;
    const next = this.tokens[i + 1];
    return !!next && isCap(next) && lex.givenNames.has(next.lower);
  }

  private commonFirstWord(i: number): boolean {
    const t = this.tokens[i];
    const prev = this.tokens[i - 1];
    if (!t || (prev && prev.sentence === t.sentence && !/^["'(‘“:-]$/.test(prev.text)))
      return false;
    const lex = this.lex;
    if (this.capitalisedInside.has(t.lower) || lex.givenNames.has(t.lower)) return false;
    if (ACRONYM.test(t.text) || this.opensHyphenName(i)) return false;
    // "Madonna's new album", "Madonna said": a person's name speaking or owning.
    if (celebrityLeads(this.tokens, i, lex)) return false;
    // "Celtic's Chris Sutton": the owner of a person named in full is a name.
    if (ownerOfPerson(this.tokens, i, lex)) return false;
    // "Arsenal keeper Jens Marlo", "Wasps centre Tom Voyce": the player's club.
    if (leadsBodyRole(this.tokens, i, lex) && everydayBodyName(this.tokens, i, lex)) return false;
    // "Orange, the mobile operator, said …", "Orange posted a profit of …": what the sentence
    // says of the word makes it a company.
    if (companyCue(this.tokens, i, i + 1)) return false;
    const one = { firstToken: i, lastToken: i + 1, type: 'ORG', kind: 'name' } as const;
    const guess: RawMention = { ...one, entityType: 'ORG', confident: false };
    if (describedInApposition(this.tokens, this.mentions, guess, lex) === 'ORG') return false;
    const next = this.tokens[i + 1];
    const named = lex.personWords.has(t.lower) || lex.namesOfPlaces.has(t.lower);
    if (named && next && next.sentence === t.sentence && isCap(next)) return false;
    // "Gaza City said": a place opening a longer place name.
    if (next?.text === 'City' && next.sentence === t.sentence) {
      if (opensPlaceName(this.wholeGazetteer(i, i + 1, 'normal')?.value)) return false;
    }
    if (
      lex.orgPrefix.has(t.lower) ||
      lex.locPrefix.has(t.lower) ||
      lex.facilityPrefix.has(t.lower)
    ) {
      return false;
    }
    return this.isCommon(t.lower);
  }

  private wholeGazetteer(first: number, last: number, mode: Mode) {
    const hit = this.gazetteer(first, last, mode);
    return hit && hit.length === last - first ? hit : undefined;
  }

  /** "Defence Ministry", "Southern Railway Station": a multi-word name ending in a cue word. */
  private endsInCue(first: number, last: number): boolean {
    if (last - first < 2) return false;
    const head = this.tokens[last - 1]?.lower ?? '';
    const lex = this.lex;
    return [lex.orgSuffix, lex.locSuffix, lex.facilitySuffix, lex.eventSuffix].some((s) =>
      s.has(head),
    );
  }

  private wordCount(first: number, last: number): number {
    let n = 0;
    for (let k = first; k < last; k++) if (hasLetter(this.tokens[k]?.text ?? '')) n++;
    return n;
  }

  /**
   * A town or state followed by other capitalised words and no cue: a team, a paper or a
   * company named after its home ("San Diego Padres", "Jerusalem Post"), not the place itself.
   * Not a person named after one ("Paris Hilton").
   */
  private placeLed(first: number, last: number, mode: Mode): boolean {
    const hit = this.gazetteer(first, last, mode);
    if (!hit || hit.length >= last - first || hit.value.type !== 'GPE') return false;
    const cls = hit.value.lexClass;
    if (cls !== 'city' && cls !== 'capital' && cls !== 'place') return false;
    const rest = this.tokens.slice(first + hit.length, last).filter((t) => hasLetter(t.text));
    const word = (t: Token) =>
      /^\p{Lu}[\p{L}'’.-]*$/u.test(t.text) && !this.lex.givenNames.has(t.lower);
    if (!rest.length || !rest.every(word)) {
      return false;
    }
    // "Gaza City", "in Leicester City": a region's city, or a town's after a preposition of
    // place, is the city itself (a club is "at", "to" or "against" Leicester City).
    if (rest.length === 1 && rest[0]?.lower === 'city') {
      const before = this.tokens[first - 1]?.lower ?? '';
      if (cls === 'place' || SPATIAL_PREPOSITIONS.has(before)) return false;
    }
    return !(rest.length === 1 && this.lex.personWords.has(rest[0]?.lower ?? ''));
  }

  /**
   * "Air France", "Statistics Canada", "Cricket Australia": an everyday noun written with a
   * capital right before a country's name, inside running text, names a body or a company of that
   * country, not the country. Not a direction or a qualifier ("Eastern Europe", "Modern
   * Britain", "Greater China"), a person's name, or a word the gazetteer knows.
   */
  private everydayWordAndCountry(first: number, last: number, mode: Mode): boolean {
    if (last - first !== 2 || mode !== 'normal' || !this.capitalMidSentence(first)) return false;
    const word = this.tokens[first] as Token;
    const lower = word.lower;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word.text) || !this.isCommon(lower)) return false;
    const lex = this.lex;
    if (lex.personWords.has(lower) || lex.givenNames.has(lower) || COMPASS.has(lower)) return false;
    if (QUALIFIERS.has(lower) || QUALIFIER_SHAPE.test(lower)) return false;
    if (this.gazetteer(first, first + 1, mode) || longest(lex.roles, this.tokens, first, last)) {
      return false;
    }
    const country = this.wholeGazetteer(first + 1, last, mode)?.value;
    return !!country && country.lexClass === 'country' && country.kind !== 'demonym';
  }

  /** A city named together with common words only: "Dynamo Moscow", "Philadelphia Eagles". */
  private containsPlace(first: number, last: number, mode: Mode): boolean {
    let place = false;
    for (let k = first; k < last;) {
      const hit = this.gazetteer(k, last, mode);
      if (hit && (hit.value.lexClass === 'city' || hit.value.lexClass === 'capital')) {
        place = true;
        k += hit.length;
        continue;
      }
      const t = this.tokens[k] as Token;
      if (hasLetter(t.text) && !this.isCommon(t.lower)) return false;
      k++;
    }
    return place;
  }

  private splitByGazetteer(
    first: number,
    last: number,
    mode: Mode,
  ): { first: number; last: number; entry?: GazetteerEntry }[] | undefined {
    const pieces: { first: number; last: number; entry?: GazetteerEntry }[] = [];
    let loose = first;
    let found = false;
    for (let i = first; i < last;) {
      const hit = this.gazetteer(i, last, mode);
      const splits =
        hit &&
        (hit.value.lexClass === 'country' ||
          hit.value.lexClass === 'org' ||
          hit.value.lexClass === 'weapon' ||
          hit.value.lexClass === 'event' ||
          hit.value.lexClass === 'group');
      if (hit && splits) {
        if (loose < i) pieces.push({ first: loose, last: i });
        pieces.push({ first: i, last: i + hit.length, entry: hit.value });
        i += hit.length;
        loose = i;
        found = true;
      } else i++;
    }
    if (!found) return undefined;
    if (loose < last) pieces.push({ first: loose, last });
    return pieces.filter((p) => p.entry || this.tokens.slice(p.first, p.last).some(isCap));
  }

  private emitTyped(
    first: number,
    last: number,
    role: { first: number; last: number; head: string; relation: RoleRelation } | undefined,
    typed = this.typeRun(first, last, !!role),
  ): void {
    // Trim connectors and punctuation at the edges.
    while (last > first && !hasLetter(this.tokens[last - 1]?.text ?? '')) last--;
    while (first < last && !hasLetter(this.tokens[first]?.text ?? '')) first++;
    if (last <= first) return;
    const single = this.tokens[first];
    // A lone "St" or "St." (the rest of "Downing St" read as a verb) names nothing either.
    if (
      last - first === 1 &&
      single &&
      (single.text.length < 2 ||
        this.lex.stopCapitals.has(single.lower) ||
        (single.text.length <= 3 && this.lex.facilitySuffix.has(single.lower)))
    )
      return;
    const index = this.push({
      firstToken: first,
      lastToken: last,
      type: typed.type,
      kind: typed.kind,
      entityType: typed.type,
      confident: typed.confident,
      ...(typed.yieldable ? { yieldable: true } : {}),
    });
    if (role && typed.type === 'PERSON') this.addRole(index, role);
  }

  private addRole(
    person: number,
    role: { first: number; last: number; head: string; relation: RoleRelation },
  ): void {
    // The qualifier ends right before the role ("Ukrainian President", "Russia's foreign minister",
    // "National Security Council spokesman").
    let k = role.first - 1;
    if (/^['’]s?$/.test(this.tokens[k]?.text ?? '')) k--;
    let of = this.mentions.findIndex((m) => m.lastToken === k + 1 && m.type !== 'PERSON');
    // A guessed name qualifying a role is what the person works for ("Cofinec CEO Stephen
    // Frater", "Petofi general manager …"): an organisation (or, as the tagger reads, a place).
    let end = k + 1;
    for (let steps = 0; steps < 2; steps++) {
      const t = this.tokens[end - 1];
      if (!t || isCap(t) || t.pos !== 'ADJ') break;
      end--;
    }
    const guess = this.mentions.findIndex(
      (m) => m.lastToken === end && !m.confident && !m.canonical && m.kind === 'name',
    );
    if (
      guess >= 0 &&
      (of < 0 || of === guess) &&
      this.tokens[end]?.sentence === this.tokens[k]?.sentence
    ) {
      const m = this.mentions[guess] as RawMention;
      const single = m.lastToken - m.firstToken === 1 ? this.tokens[m.firstToken] : undefined;
      // Not a capitalised everyday word ("Home Affairs spokesman": "Affairs" is no name).
      if ((m.type === 'PERSON' || m.type === 'ORG') && !(single && this.isCommon(single.lower))) {
        m.type = 'ORG';
        m.entityType = 'ORG';
        m.confident = true;
        m.yieldable = true;
        of = guess;
      }
    }
    this.roles.push({
      person,
      titleFirst: role.first,
      titleLast: role.last,
      head: role.head,
      relation: role.relation,
      ...(of >= 0 ? { of } : {}),
    });
  }
}

function longestGroupNoun(lex: Lexicon, tokens: Token[], i: number): string | undefined {
  const a = tokens[i];
  if (!a) return undefined;
  const b = tokens[i + 1];
  if (b && lex.groupNouns.has(`${a.lower} ${b.lower}`)) return `${a.lower} ${b.lower}`;
  return lex.groupNouns.has(a.lower) ? a.lower : undefined;
}

/** Finds and types the mentions and roles of a tokenised document. */
export function detectMentions(
  tokens: Token[],
  sentences: Sentence[],
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): Detected {
  return new MentionDetector(tokens, lex, isCommon).detect(sentences);
}
