/**
 * Works' titles: a film, a book, an album or a show named right after its work noun ("the
 * thriller Cold Ridge", "her new album Blue Harbour", "the show Passport to Paradise"). A title
 * keeps its function words and numbers, so it runs past the proper-noun run the mention pass would
 * cut at "to" or "of"; a title of two words or more read after a work noun is read whole wherever
 * else the document names it ("a sequel to Passport to Paradise"). The maker in a relative clause
 * ("the film Lund directed") is no title.
 */
import type { Sentence, Token } from './analysis.js';
import { hasLetter, isCap } from './casing.js';
import type { Mode } from './casing.js';
import type { Lexicon } from './lexicon.js';
import { titleAfterComma } from './comma-titles.js';

/** A possessive ending written as a token of its own. */
const POSSESSIVE = /^['’]s$/;
/** Work nouns that as often name a match, a sports series or a part of something. */
const AMBIGUOUS_WORK_NOUNS = new Set([
  'game',
  'games',
  'series',
  'record',
  'track',
  'single',
  'play',
  'feature',
  'picture',
]);
/** Title connectors that may say where instead ("… in Wales"). */
const LOCATIVE_CONNECTORS = new Set(['in', 'at', 'from']);
/** Tags wink gives a work noun: "the film" NOUN, "Comedy …" PROPN, "his new single" ADJ. */
const WORK_NOUN_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Tags of a word describing an ambiguous work noun: "video game", "new single" (ADV in wink). */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'ADV', 'NUM']);
/** Lower-case words inside a work's title: "Passport to Paradise", "World of Warcraft". */
const TITLE_CONNECTORS = new Set(['of', 'to', 'the', 'a', 'in', 'on', 'for', 'with', 'from', 'at']);

/** Verbs whose subject makes or performs a work: "the film Lund directed", "the song Vale sang". */
const MAKING_VERBS = new Set([
  'direct',
  'write',
  'wrote',
  'compose',
  'pen',
  'produce',
  'record',
  'release',
  'publish',
  'make',
  'made',
  'create',
  'develop',
  'star',
  'sing',
  'sang',
  'perform',
  'play',
  'present',
  'host',
  'film',
  'shoot',
  'shot',
]);

/** What the title rules ask of the mention pass that uses them. */
export interface TitleHost {
  readonly tokens: readonly Token[];
  readonly lex: Lexicon;
  /** Does a gazetteer entry start at `i` and end by `end` (read as running text)? */
  knownAt(i: number, end: number): boolean;
  /** Is the token at `i` a common word capitalised only because it opens its sentence? */
  commonFirstWord(i: number): boolean;
  /** End (exclusive) of the proper-noun run starting at `i` in running text, or `i`. */
  runAt(i: number, end: number): number;
}

/** "companies" → "company", "towns" → "town"; other words as they are. */
export function singularOf(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/**
 * The titles of a document and the rules that find them: `collect` reads every title after a
 * work noun once, `at` finds one again anywhere in running text.
 */
export class WorkTitles {
  private readonly host: TitleHost;
  /**
   * Works' titles of two words or more the document names after a work noun ("the comedy Meet
   * the Fockers"), by their lower-case words joined with spaces, and their lengths by first word:
   * every other mention of the title in running text is read whole ("a sequel to Meet the
   * Fockers"), not cut at its function words.
   */
  private readonly titles = new Set<string>();
  private readonly titleLengths = new Map<string, number[]>();

  constructor(host: TitleHost) {
    this.host = host;
  }

  /** Collects the titles of two words or more that follow a work noun (see `titles`). */
  collect(sentences: readonly Sentence[], modes: readonly Mode[]): void {
    const tokens = this.host.tokens;
    sentences.forEach((s, n) => {
      if (modes[n] !== 'normal') return;
      for (let i = s.firstToken + 1; i < s.lastToken; i++) {
        const t = tokens[i] as Token;
        if (!isCap(t)) continue;
        const run = this.host.runAt(i, s.lastToken);
        let last = this.titleEnd(i, i, s.lastToken);
        if (last === undefined || last < run) continue;
        while (last > i && !hasLetter(tokens[last - 1]?.text ?? '')) last--;
        if (last - i < 2 || this.makerOfWork(last)) continue;
        const words = tokens.slice(i, last).map((w) => w.lower);
        this.titles.add(words.join(' '));
        const lengths = this.titleLengths.get(t.lower) ?? [];
        lengths.push(last - i);
        this.titleLengths.set(t.lower, lengths);
        i = last - 1;
      }
    });
  }

  /** The length of the longest collected title written from token i, or 0. */
  at(i: number, end: number): number {
    const tokens = this.host.tokens;
    const t = tokens[i];
    const lengths = t && isCap(t) ? this.titleLengths.get(t.lower) : undefined;
    if (!lengths) return 0;
    let best = 0;
    for (const n of lengths) {
      if (n <= best || i + n > end) continue;
      const key = tokens
        .slice(i, i + n)
        .map((w) => w.lower)
        .join(' ');
      if (this.titles.has(key)) best = n;
    }
    return best;
  }

  /**
   * Is the token before `first` a work noun (`works.json`: "the thriller", "his new album", "the
   * BBC One series")? The nouns that as often name a match, a sports series or a document part
   * ("game", "series", "record", "track", "single", "play") count only with a word describing them
   * before ("video game", "new single", "BBC One series"), not after a bare article ("the game
   * Lund won", "the series Norland lost").
   */
  afterWorkNoun(first: number): boolean {
    const tokens = this.host.tokens;
    const noun = tokens[first - 1];
    const sentence = tokens[first]?.sentence;
    // "her latest album, Blue Lanterns,": the title after a comma closing the apposition.
    if (noun?.text === ',') {
      const workNoun = (w: string, described: boolean) => {
        const lower = singularOf(w);
        return (
          this.host.lex.workNouns.has(lower) && (described || !AMBIGUOUS_WORK_NOUNS.has(lower))
        );
      };
      return titleAfterComma(tokens, first, this.host.lex, workNoun);
    }
    // wink tags "single" ADJ and a capitalised first word PROPN more often than not.
    if (!noun || noun.sentence !== sentence || !WORK_NOUN_POS.has(noun.pos)) return false;
    // Lower case, or capitalised as the sentence's first word ("Comedy Meet The Fockers …").
    if (noun.text !== noun.lower && !this.workNounOpens(noun.i)) return false;
    const lower = singularOf(noun.lower);
    if (!this.host.lex.workNouns.has(lower)) return false;
    if (!AMBIGUOUS_WORK_NOUNS.has(lower)) return true;
    const before = tokens[first - 2];
    if (!before || before.sentence !== sentence) return false;
    // "the BBC One series", not "the Group B game".
    if (isCap(before)) return before.text.length > 1 && !this.host.commonFirstWord(before.i);
    return MODIFIER_POS.has(before.pos) || before.lower === 'hit';
  }

  /** A work noun written with a capital as its sentence's first word: "Thriller Cold Ridge …". */
  workNounOpens(i: number): boolean {
    const tokens = this.host.tokens;
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!t || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
    if (prev && prev.sentence === t.sentence && !/^["'(‘“:-]$/.test(prev.text)) return false;
    return this.host.lex.workNouns.has(singularOf(t.lower));
  }

  /**
   * The end of a work's title that starts at `i`, right after a work noun, when it runs past the
   * proper-noun run `run` (undefined otherwise): titles keep their capitalised function words and
   * numbers, and lower-case *of, to, the, a, in, on, for, with, from, at* (and *and*, after a
   * singular noun) between capitalised words: "the comedy Meet The Fockers", "the show Passport
   * to Paradise", "the video game World of Warcraft", "the sequel Ring 2", "the show The Quiet
   * Hour".
   */
  titleEnd(i: number, run: number, end: number): number | undefined {
    const { tokens, lex } = this.host;
    const first = tokens[i];
    if (!first || !isCap(first) || !this.afterWorkNoun(i)) return undefined;
    const noun = tokens[i - 1] as Token;
    const plural = noun.lower.endsWith('s') && noun.lower !== 'series';
    let k = i;
    let last = i;
    while (k < end && k - i < 12) {
      const t = tokens[k] as Token;
      if (isCap(t) && hasLetter(t.text)) last = k + 1;
      else if (/^\d+$/.test(t.text) && k > i) last = k + 1;
      else if (POSSESSIVE.test(t.text) && k > i && isCap(tokens[k + 1] ?? t)) {
        // "Howl 's Moving Castle"
      } else if (TITLE_CONNECTORS.has(t.text) || (t.text === 'and' && !plural)) {
        // "A Message from the People": one more connector may follow before the capital.
        const then = TITLE_CONNECTORS.has(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
        if (!isCap(tokens[then] ?? t) || then >= end) break;
        // "the show Bethan and Huw in Wales": a place after "in", "at" or "from" is where.
        if (LOCATIVE_CONNECTORS.has(t.text) && this.host.knownAt(k + 1, end)) break;
        // "the movie Google and Amazon made": two names the gazetteer knows are no one title.
        if (t.text === 'and' && (this.host.knownAt(i, end) || this.host.knownAt(k + 1, end))) {
          break;
        }
      } else break;
      k++;
    }
    // A title needs a word that is no stop capital: "the show The" is nothing.
    const words = tokens.slice(i, last);
    if (!words.some((t) => isCap(t) && !lex.stopCapitals.has(t.lower))) return undefined;
    return last > Math.max(run, i) ? last : undefined;
  }

  /**
   * "the film Lund directed", "the album Vale recorded": a verb of making or performing right
   * after the name makes it the maker in a relative clause, not the work's title.
   */
  makerOfWork(last: number): boolean {
    const tokens = this.host.tokens;
    const next = tokens[last];
    if (!next || next.sentence !== tokens[last - 1]?.sentence || next.pos !== 'VERB') {
      return false;
    }
    return MAKING_VERBS.has(next.lemma) || MAKING_VERBS.has(next.lower);
  }
}
