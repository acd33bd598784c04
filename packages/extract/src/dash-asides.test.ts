/**
 * Asides between spaced dashes: the parser reads the pair as commas, so the verb after the aside
 * keeps the subject before it; a lone dash, a hyphenated word and three dashes are left alone.
 */
import { describe, expect, it } from 'vitest';
import { asideDashes } from './dash-asides.js';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';
import { parseText } from './parse-stage.js';
import { tokenise } from './tokens.js';

const nlp = loadNlp();
const extractor = createExtractor({ nlp });

/** The dashes `asideDashes` picks in the first sentence of `text`, as token texts with index. */
function picked(text: string): string[] {
  const { tokens, sentences } = tokenise(nlp, text);
  const s = sentences[0]!;
  const words = tokens.slice(s.firstToken, s.lastToken);
  return [...asideDashes(words)].map((k) => `${k}:${words[k]?.text}`);
}

describe('dash asides', () => {
  // [sentence, the dashes read as commas]
  const cases: [string, string[]][] = [
    ["Norland - the region's biggest exporter - sells oil to Lemuria.", ['1:-', '7:-']],
    ['Mr Vik -- who chairs the board -- resigned on Friday.', ['2:--', '7:--']],
    ['The deal \u2013 worth $2bn \u2013 was signed.', ['2:\u2013', '7:\u2013']],
    // Not an aside: one dash, a hyphenated word, three dashes, a dash ending the sentence.
    ['Bergen - the talks failed on Monday.', []],
    ['The Blu-ray and the HD-DVD formats compete.', []],
    ['Results: Lunde 2 - 1 Vik, Osk 0 - 0 Bray, Tam 3 - 2 Sol.', []],
    ['The board met - and then - at last - it agreed.', []],
  ];
  it.each(cases)('%s → %j', (text, dashes) => {
    expect(picked(text)).toEqual(dashes);
  });

  it('gives the verb after the aside the subject before it', () => {
    const { tokens } = parseText(
      nlp,
      "Norway - the region's biggest grain exporter - sells most of its harvest to Sweden.",
    );
    const sells = tokens.find((t) => t.text === 'sells')!;
    const norway = tokens.find((t) => t.text === 'Norway')!;
    expect(norway.head).toBe(sells.i);
    expect(norway.deprel).toBe('nsubj');
    // The dashes keep their text for the rules that read it.
    expect(tokens.filter((t) => t.text === '-')).toHaveLength(2);
  });

  // [sentence, relation that must be found, or that must not]
  const relations: [string, string, boolean][] = [
    [
      "Norway - the region's biggest grain exporter - sells most of its harvest to Sweden.",
      'Norway SUPPLIES Sweden',
      true,
    ],
    [
      'Mr Vik - who chairs the Globex board - met Chinese President Hu Jintao in Beijing.',
      'Vik MEETS Hu Jintao',
      true,
    ],
    // The aside's own verb keeps its own subject: Germany sells nothing.
    [
      'Norway - which buys cars from Germany - sells oil to Sweden.',
      'Germany SUPPLIES Sweden',
      false,
    ],
  ];
  it.each(relations)('%s: %s (%s)', (text, relation, found) => {
    const out = extractor.extract({ id: 't.txt', text });
    const name = new Map(out.entities.map((e) => [e.id, e.name]));
    const got = out.relations.map(
      (r) => `${name.get(r.subject)} ${r.predicate} ${name.get(r.object)}`,
    );
    if (found) expect(got).toContain(relation);
    else expect(got).not.toContain(relation);
  });
});
