/**
 * Degrees and fields of study name no one: "a PhD in Linguistics", "a degree in Philosophy and
 * Economics", "a master's degree in Educational Leadership", "Professor of Physics". Wikipedia
 * biographies capitalise the field, and the mention stage guessed it a place after *in* (or an
 * organisation); a degree's abbreviation in capitals ("PhD", "MBA") came out an organisation.
 * Issue 14.
 *
 * Never a gazetteer entry, whatever the rules or the tagger read: a degree's abbreviation; and
 * a run of capitalised everyday words (wink's vocabulary knows each) right after *in* or *of*
 * after a degree or teaching word, with the runs listed after it by *and* or a comma. A name
 * that is not everyday words stays ("a degree in Norland", "Professor of Kelmar University").
 */
import type { Token } from './analysis.js';
import { dropMentions } from './join-spans.js';
import type { Detected, RawMention } from './raw-mention.js';

/** Degrees written short (lower case, dots dropped); not "BA", "MA", "MD", which name more. */
const DEGREE_ABBREVIATIONS = new Set(['phd', 'mba', 'bsc', 'msc', 'mphil', 'dphil', 'llb', 'llm']);
/**
 * Words of a degree or a post in teaching, before "in" or "of" and the field; not "BA" or "MA",
 * which are surnames too ("Jack Ma of Ant Group").
 */
const DEGREE_WORDS = new Set([
  'degree',
  'degrees',
  'phd',
  'doctorate',
  'diploma',
  'bachelor',
  "bachelor's",
  'master',
  "master's",
  'masters',
  'bsc',
  'msc',
  'major',
  'professor',
  'professorship',
  'lecturer',
]);

const isCapWord = (t: Token | undefined) => !!t && /^\p{Lu}\p{Ll}/u.test(t.text);

/** Drops the guessed mentions that are degrees or fields of study (see above). */
export function dropAcademicFields(
  tokens: readonly Token[],
  detected: Detected,
  isCommon: (lower: string) => boolean,
): Detected {
  const fields = fieldTokens(tokens, isCommon);
  return dropMentions(detected, (m) => {
    if (m.canonical) return false;
    if (isDegree(tokens, m)) return true;
    for (let i = m.firstToken; i < m.lastToken; i++) if (!fields.has(i)) return false;
    return true;
  });
}

function isDegree(tokens: readonly Token[], m: RawMention): boolean {
  if (m.lastToken - m.firstToken !== 1) return false;
  const word = (tokens[m.firstToken] as Token).text.replace(/\./g, '').toLowerCase();
  return DEGREE_ABBREVIATIONS.has(word);
}

/** Indexes of the tokens of fields of study named after a degree word and "in" / "of". */
function fieldTokens(tokens: readonly Token[], isCommon: (lower: string) => boolean): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.lower !== 'in' && t.lower !== 'of') continue;
    const cue = tokens[i - 1] as Token;
    if (cue.sentence !== t.sentence) continue;
    if (!DEGREE_WORDS.has(cue.lower.replace(/\./g, ''))) continue;
    let k = i + 1;
    for (;;) {
      const run: number[] = [];
      while (isCapWord(tokens[k]) && tokens[k]?.sentence === t.sentence) run.push(k++);
      if (!run.length || !run.every((n) => isCommon((tokens[n] as Token).lower))) break;
      run.forEach((n) => out.add(n));
      const next = tokens[k];
      if (!next || next.sentence !== t.sentence || (next.lower !== 'and' && next.text !== ',')) {
        break;
      }
      k++;
    }
  }
  return out;
}
