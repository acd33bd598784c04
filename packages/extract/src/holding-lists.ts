/**
 * Names an owner lists as its holdings (issue 14): "its brands include Carling, Grolsch and
 * Stella Artois", "the group's beers include …", "brands such as …", "Globex's subsidiaries
 * include Initech". Brand
 * and product names are often two capitalised words the person-name lists know ("Stella
 * Artois") or one the rules guess, and they came out as people, which the relation passes then
 * read as persons. The plural noun before *include* says what the listed names are: brands,
 * products, beers, drinks, drugs, models, titles and authored works (hits, albums, books) are
 * products (PRODUCT); subsidiaries, units and divisions are organisations (ORG).
 *
 * Only names the rules typed as people by their words or guessed: a gazetteer entry, a place,
 * a people, a title's person ("Mr Reed") and an organisation a cue typed keep their types.
 * Every other mention of a retyped name in the document whose type was only a guess or the
 * person-name lists' reading follows it ("Stella Artois sales fell" after the list).
 */
import type { Token } from './analysis.js';
import type { RawMention } from './raw-mention.js';

/** Plural nouns for what an owner holds, and the type the listed names then have. */
const HOLDINGS: ReadonlyMap<string, 'PRODUCT' | 'ORG'> = new Map([
  ['brands', 'PRODUCT'],
  ['products', 'PRODUCT'],
  ['titles', 'PRODUCT'],
  ['beers', 'PRODUCT'],
  ['lagers', 'PRODUCT'],
  ['drinks', 'PRODUCT'],
  ['drugs', 'PRODUCT'],
  ['medicines', 'PRODUCT'],
  ['models', 'PRODUCT'],
  ['hits', 'PRODUCT'],
  ['albums', 'PRODUCT'],
  ['books', 'PRODUCT'],
  ['novels', 'PRODUCT'],
  ['subsidiaries', 'ORG'],
  ['units', 'ORG'],
  ['divisions', 'ORG'],
]);
const INCLUDE = new Set(['include', 'includes', 'included', 'including']);
/** Words that may stand between the noun and "include" ("have included", "also include"). */
const BETWEEN = new Set(['have', 'has', 'had', 'also', 'now', 'already', 'will']);
/** Lower-case words that may describe a listed name ("the lager Fjordlys"). */
const DESCRIBING = /^[\p{Ll}\d][\p{Ll}\d'-]*$/u;
const MAX_DESCRIBING = 2;
const MAX_ITEMS = 12;

/** A mention whose type only the person-name lists or a guess gave it. */
const weak = (m: RawMention): boolean =>
  !m.canonical && m.kind === 'name' && (!m.confident || !!m.yieldable);

const key = (tokens: readonly Token[], m: RawMention) =>
  tokens
    .slice(m.firstToken, m.lastToken)
    .map((t) => t.lower)
    .join(' ');

/** Retypes, in place, the weakly typed names listed as an owner's holdings; returns how many. */
export function typeHoldingLists(tokens: readonly Token[], mentions: RawMention[]): number {
  const byFirst = new Map<number, RawMention>();
  for (const m of mentions) byFirst.set(m.firstToken, m);
  const typed = new Map<string, 'PRODUCT' | 'ORG'>();
  for (let n = 0; n < tokens.length; n++) {
    const type = HOLDINGS.get((tokens[n] as Token).lower);
    if (!type) continue;
    const sentence = (tokens[n] as Token).sentence;
    const at = (i: number) => {
      const t = tokens[i];
      return t && t.sentence === sentence ? t : undefined;
    };
    let k = n + 1;
    while (at(k) && BETWEEN.has(at(k)?.lower ?? '')) k++;
    // "its brands include …", "brands such as …".
    if (INCLUDE.has(at(k)?.lower ?? '')) k++;
    else if (at(k)?.lower === 'such' && at(k + 1)?.lower === 'as') k += 2;
    else continue;
    if (at(k)?.text === ':') k++;
    for (let items = 0; items < MAX_ITEMS && at(k); items++) {
      let m: RawMention | undefined;
      for (let d = 0; d <= MAX_DESCRIBING && at(k); d++) {
        m = byFirst.get(k);
        if (m) break;
        const word = (at(k) as Token).text;
        if (!DESCRIBING.test(word) || /^(and|or|as|such)$/.test(word)) break;
        k++;
      }
      if (!m) break;
      if (weak(m) && (m.entityType === 'PERSON' || m.entityType === 'ORG')) {
        typed.set(key(tokens, m), type);
      }
      k = m.lastToken;
      const sep = at(k)?.lower;
      if (sep === ',' && at(k + 1)?.lower === 'and') k += 2;
      else if (sep === ',' || sep === 'and' || sep === 'or') k++;
      else break;
    }
  }
  let retyped = 0;
  for (const m of mentions) {
    const type = weak(m) ? typed.get(key(tokens, m)) : undefined;
    if (!type) continue;
    m.type = type;
    m.entityType = type;
    m.confident = true;
    delete m.yieldable;
    retyped++;
  }
  return retyped;
}
