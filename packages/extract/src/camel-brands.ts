/**
 * Brands written with a lower-case first letter and a capital inside (issue 14): "Shares in
 * easyJet fell", "eBay said profits rose", "sales of the iPod". The mention pass needs a capital
 * first, so these were no names. A word of letters only that opens with one lower-case letter, or
 * with an everyday word (`isCommon`: "easy", "my"), and goes on with a capitalised word of three
 * letters or more is a brand: a product where the prefix is the "i" of a device or a service
 * ("iPod", "iTunes"), else a company ("eBay", "easyJet"). Not a word glued to a dot, slash, @,
 * underscore or bracket (a file, an address or code: "getName()", "user.firstName"), not a
 * word with "=" beside it.
 */
import type { Token } from './analysis.js';
import { coveredTokens, remapRoles } from './join-spans.js';
import type { Detected, RawMention } from './raw-mention.js';

/** A lower-case prefix and a capitalised word: "easy|Jet", "e|Bay", "i|Pod". */
const CAMEL = /^(\p{Ll}+)(\p{Lu}\p{Ll}{2,})$/u;
/** Marks of code or addresses next to a word. */
const CODE = /^[(.=_/@:#<>{}[\]\\]$/;

/** Adds an ORG or PRODUCT mention for each brand of this shape no mention covers. */
export function markCamelBrands(
  tokens: readonly Token[],
  detected: Detected,
  isCommon: (lower: string) => boolean,
): Detected {
  const covered = coveredTokens(tokens.length, detected.mentions);
  const added: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered[i]) continue;
    const shape = CAMEL.exec(t.text);
    if (!shape) continue;
    const prefix = shape[1] ?? '';
    if (prefix.length > 1 && !isCommon(prefix)) continue;
    if (codeAround(tokens, i)) continue;
    const type = prefix === 'i' ? 'PRODUCT' : 'ORG';
    added.push({
      firstToken: i,
      lastToken: i + 1,
      type,
      kind: 'name',
      entityType: type,
      confident: true,
    });
  }
  if (!added.length) return detected;
  const mentions = [...detected.mentions, ...added].sort((a, b) => a.firstToken - b.firstToken);
  const index = new Map<number, number>();
  detected.mentions.forEach((m, k) => index.set(k, mentions.indexOf(m)));
  return { mentions, roles: remapRoles(detected.roles, index) };
}

/**
 * Is the word a piece of code, a file name or an address: a mark touching it ("user.firstName",
 * "getName(", "@eBay"), or "=" beside it? A full stop after it ends the sentence, unless a word
 * touches the stop on its other side ("eBay.co").
 */
function codeAround(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before && before.end === t.start && CODE.test(before.text)) return true;
  if (before?.text === '=' || after?.text === '=') return true;
  if (!after || after.start !== t.end) return false;
  if (after.text === '.') {
    const next = tokens[i + 2];
    return !!next && next.start === after.end && /^\p{L}/u.test(next.text);
  }
  return CODE.test(after.text);
}
