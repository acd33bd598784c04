/**
 * Datelines and wire source lines: a news organisation named where a report is filed from is
 * based there. Read from the words at the start of a sentence, whatever the parse made of them
 * (it reads them as a noun phrase at best):
 *
 * - a dateline: a place (and a wider place after a comma), a date, and the agency, bracketed or
 *   not, before a dash: "Bergen, March 3 (NNA) --", "Ashby May 9 LNS --",
 *   "Port Ellery, Norland, Jun 4 (NNA) --";
 * - a source line: a wire code, a place, the source and "in" a language: "BX1234567890 Bergen
 *   NORPRESS in English 0930 GMT 3 Mar 97".
 *
 * A "(Text)" or "(Excerpts)" marker may come first; a source line starts after its wire code,
 * wherever that stands ("Mayor Opens New Bridge CX9876543210 Bergen NNA in English").
 */
import type { MentionSpan, RelationCandidate, Token } from '../../analysis.js';
import { denote } from '../arguments.js';
import type { Context } from '../arguments.js';
import { emit } from '../emit.js';
import type { SentenceTree } from '../tree.js';

const WIRE_CODE = /^\p{Lu}{1,4}\d{6,}$/u;
const MONTH =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(january|february|march|april|june|july|august|september|october|november|december)$/;
const DASHES = new Set(['--', '-', '—', '–', ':', '_']);
const PLACE_TYPES = new Set(['GPE', 'LOC']);
const MAX_DATE_WORDS = 5;

interface Dateline {
  places: MentionSpan[];
  agency: MentionSpan;
  /** The first token after the dateline (after its dash; the sentence's end for a line alone). */
  end: number;
}

const READ = new WeakMap<SentenceTree, Dateline | null>();

/** The dateline or source line the sentence opens with, if any. */
function readDateline(tree: SentenceTree): Dateline | undefined {
  let d = READ.get(tree);
  if (d === undefined) {
    d = scan(tree) ?? null;
    READ.set(tree, d);
  }
  return d ?? undefined;
}

/**
 * The first token after the dateline the sentence opens with, or -1: the words before it name
 * where the report is filed from, never a clause's subject ("OSLO, Norway (NTB) - The ministers
 * met …" is no meeting of Oslo's).
 */
export function datelineEnd(tree: SentenceTree): number {
  return readDateline(tree)?.end ?? -1;
}

export function datelineRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const d = readDateline(tree);
  if (!d) return [];
  const out: RelationCandidate[] = [];
  const subjects = denote(tree, tree.headOfSpan(d.agency), ctx);
  for (const place of d.places) {
    emit(out, tree, ctx, {
      type: 'LOCATED_IN',
      subjects,
      objects: denote(tree, tree.headOfSpan(place), ctx),
      confidence: 0.6,
      stance: { modality: 'asserted' },
      trigger: place.firstToken,
      argumentClasses: ['any', 'any'],
    });
  }
  return out;
}

function scan(tree: SentenceTree): Dateline | undefined {
  const { tokens } = tree.analysis;
  const s = tree.sentence;
  const end = s.lastToken;
  const word = (i: number): Token | undefined => (i < end ? tokens[i] : undefined);
  const nameStarting = (i: number): MentionSpan | undefined => {
    const m = tree.mentionAt(i);
    return m && m.kind !== 'pronoun' && m.firstToken === i ? m : undefined;
  };

  // A source line may follow a headline the sentence splitter left on its line.
  let i = s.firstToken;
  let coded = false;
  for (let k = s.firstToken; k < end; k++) {
    if (WIRE_CODE.test(tokens[k]?.text ?? '')) {
      coded = true;
      i = k + 1;
      break;
    }
  }
  if (!coded && word(i)?.text === '(' && word(i + 2)?.text === ')') i += 3;

  // The place, and a wider place after a comma. A town mention detection took for something
  // else ("Tarnby-Vik, Lemuria, Mar 9 (LNA)") still places the agency in the wider place.
  const first = nameStarting(i);
  if (first && !PLACE_TYPES.has(first.type) && word(first.lastToken)?.text === ',') {
    const wider = nameStarting(first.lastToken + 1);
    if (wider && PLACE_TYPES.has(wider.type)) i = first.lastToken + 1;
  }
  const places: MentionSpan[] = [];
  for (let m = nameStarting(i); m && PLACE_TYPES.has(m.type);) {
    places.push(m);
    i = m.lastToken;
    if (word(i)?.text !== ',') break;
    m = nameStarting(i + 1);
    if (m && PLACE_TYPES.has(m.type)) i++;
  }
  if (places.length === 0) return undefined;

  // The date: month names, numbers and commas.
  let dated = false;
  for (let n = 0; n < MAX_DATE_WORDS; n++) {
    const t = word(i);
    if (!t) break;
    if (t.text === ',') i++;
    else if (MONTH.test(t.lower) || /^\d{1,4}$/.test(t.text)) {
      dated = true;
      i++;
    } else break;
  }
  const bracketed = word(i)?.text === '(';
  if (bracketed) i++;
  const agency = nameStarting(i);
  if (!agency || agency.type !== 'ORG') return undefined;
  i = agency.lastToken;
  if (bracketed) {
    if (word(i)?.text !== ')') return undefined;
    i++;
  }
  const after = word(i);
  const dashed = after !== undefined && DASHES.has(after.text);
  const language =
    after?.lower === 'in' && /^\p{Lu}/u.test(word(i + 1)?.text ?? '') && coded && !dated;
  // A bracketed agency that ends its line: the dateline set apart as a sentence of its own.
  const alone = bracketed && isLineEnd(after);
  if (!(dashed && (dated || bracketed)) && !language && !alone) return undefined;
  return { places, agency, end: dashed ? i + 1 : i };
}

/** Nothing more on the line: the sentence's end, or only a full stop. */
function isLineEnd(t: Token | undefined): boolean {
  return t === undefined || t.text === '.';
}
