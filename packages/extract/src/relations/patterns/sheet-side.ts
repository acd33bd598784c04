/**
 * The side a team sheet's label names when the label is no mention of a side: "Man City: James,
 * Mills, …" (a short form mention detection left alone), "Man Utd: Carroll, …" (typed a person),
 * "Gunners: Almunia, …" (a nickname). The label (one to four capitalised words opening the
 * sentence, before the colon) names the club of the report that
 *
 * 1. bears the label as its name or one of its aliases ("Everton: …" typed a place);
 * 2. bears one of the full names the label stands for (`shortForms` in team-sheets.json:
 *    "Man Utd" for Manchester United, "Spurs" for Tottenham Hotspur), or that name's leading
 *    words ("Newcastle" for "Newcastle United"), the only club of the report that does;
 * 3. is the only club of the report whose name opens with the label's words ("Bolton" for Bolton
 *    Wanderers), or whose name's words the label's words give in turn, one at least as it is and
 *    one shortened: opening with the name word's first letter, its letters following in that word
 *    ("Man City" for Manchester City, "Bristol C" for Bristol City).
 *
 * A club is an organisation (or a place, a national side) the report names. When no club or more
 * than one fits, the sheet names no side and nothing is linked.
 */
import type { MentionSpan } from '../../analysis.js';
import { readData } from '../../lexicon.js';
import type { SentenceTree } from '../tree.js';

const SIDE_TYPES = new Set(['ORG', 'GPE']);
/** Longest label a sheet opens with ("Inverness Caledonian Thistle"). */
const MAX_LABEL_WORDS = 4;
const WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

interface ShortFormData {
  shortForms: Record<string, string[]>;
}

let shortForms: ReadonlyMap<string, readonly string[]> | undefined;

function fullNames(label: string): readonly string[] {
  if (!shortForms) {
    const d = readData<ShortFormData>('team-sheets.json');
    shortForms = new Map(Object.entries(d.shortForms).map(([k, v]) => [norm(k), v.map(norm)]));
  }
  return shortForms.get(label) ?? [];
}

/** Is `name` a short form or nickname in team-sheets.json ("Gunners", "Man Utd")? */
export function nickname(name: string): boolean {
  return fullNames(norm(name)).length > 0;
}

const norm = (s: string) =>
  s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /, '');

/**
 * The mention of the club the label before the sheet's colon at `colon` names, if exactly one
 * club of the report fits; the mention is the club's first name in the report.
 */
export function sheetSide(tree: SentenceTree, colon: number): MentionSpan | undefined {
  const words: string[] = [];
  for (let k = tree.first; k < colon; k++) words.push(tree.token(k).text);
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return undefined;
  if (!words.every((w) => WORD.test(w) || w === '&')) return undefined;
  return clubNamed(tree, words.join(' '));
}

/**
 * The one club of the report (other than `except`) that `name` names by the rules above, or
 * undefined: also what a nickname the report names as a side ("the Gunners' Almunia") stands
 * for (unnamed-sheet.ts), so that its players count for the club.
 */
export function clubNamed(
  tree: SentenceTree,
  name: string,
  except?: string,
): MentionSpan | undefined {
  const label = norm(name);
  const clubs = clubsOf(tree).filter((c) => c.mention.entityId !== except);
  const exact = clubs.filter((c) => c.names.includes(label));
  if (exact.length > 0) return only(exact);
  const full = fullNames(label);
  if (full.length > 0) {
    return only(
      clubs.filter((c) => c.names.some((n) => full.some((f) => f === n || f.startsWith(`${n} `)))),
    );
  }
  const parts = label.split(' ');
  return only(clubs.filter((c) => c.names.some((n) => shortens(parts, n.split(' ')))));
}

interface Club {
  names: string[];
  mention: MentionSpan;
}

/** The organisations and places the report names, each with its names and its first mention. */
function clubsOf(tree: SentenceTree): Club[] {
  const { entities, mentions } = tree.analysis;
  const out = new Map<string, Club>();
  for (const m of mentions) {
    if (m.kind === 'pronoun' || out.has(m.entityId)) continue;
    const e = entities.get(m.entityId);
    if (!e || !SIDE_TYPES.has(e.type) || !SIDE_TYPES.has(m.type === 'NORP' ? 'GPE' : m.type)) {
      continue;
    }
    out.set(m.entityId, { names: [e.name, ...e.aliases].map(norm), mention: m });
  }
  return [...out.values()];
}

function only(clubs: Club[]): MentionSpan | undefined {
  return clubs.length === 1 ? clubs[0]?.mention : undefined;
}

/**
 * Do the label's words name the club: its name's leading words ("Newcastle" for Newcastle
 * United), or each of its words in turn, one at least as it is and one shortened to letters of
 * its own in order ("Man City" for Manchester City)?
 */
function shortens(label: readonly string[], name: readonly string[]): boolean {
  if (label.length > name.length) return false;
  if (label.length < name.length) return label.every((w, i) => w === name[i]);
  let same = 0;
  for (let i = 0; i < label.length; i++) {
    const a = (label[i] as string).replace(/\.$/, '');
    const b = name[i] as string;
    if (a === b) same++;
    else if (!subsequence(a, b)) return false;
  }
  return same > 0 && same < label.length;
}

function subsequence(short: string, word: string): boolean {
  if (short.length === 0 || short[0] !== word[0]) return false;
  let j = 0;
  for (const ch of word) if (ch === short[j]) j++;
  return j >= short.length;
}
