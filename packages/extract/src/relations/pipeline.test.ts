/**
 * Relations through the whole extractor (mention detection, typing, coreference, the parser and
 * the relation passes), for errors the pattern tables with hand-given mentions do not reproduce:
 * each row names triples (entity names) that must and must not come out of the sentence.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extractor.js';
import { loadNlp } from '../nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** "subject PREDICATE object" by entity name, asserted or reported (negated ones are left out). */
function triples(text: string): string[] {
  const out = extractor.extract({ id: 't.txt', text });
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations
    .filter((r) => r.modality !== 'negated')
    .map((r) => `${name.get(r.subject)} ${r.predicate} ${name.get(r.object)}`);
}

describe('relations through the whole pipeline', () => {
  // [text, triples that must come out, triples that must not]
  const cases: [string, string[], string[]][] = [
    // A verb ends a title's noun phrase: the bomber's group is no body of the police chief.
    [
      'A Taliban suicide bomber killed police chief Ahmed Karimi in Kandahar on Monday.',
      ['Taliban ATTACKS Ahmed Karimi'],
      ['Ahmed Karimi LEADER_OF Taliban'],
    ],
    [
      "The Taliban's police chief Ahmed Karimi spoke in Kandahar on Monday.",
      ['Ahmed Karimi LEADER_OF Taliban'],
      [],
    ],
    // A record or a forecast beaten is nobody's position.
    [
      'Sarah Claxton won again. The 25-year-old has already smashed the British record twice.',
      [],
      ['Sarah Claxton ATTACKS United Kingdom'],
    ],
    ['Russian jets struck Ukrainian positions near Kharkiv.', ['Russia ATTACKS Ukraine'], []],
    // A relative clause on the first of a list speaks of that one member alone.
    [
      "The lawyer's clients have included Tom Reed, who killed Atlantis Bank founder Ola Vik, and Eva and Kari Lund.",
      ['Tom Reed ATTACKS Ola Vik'],
      ['Tom Reed ATTACKS Eva', 'Tom Reed ATTACKS Kari Lund', 'Eva ATTACKS Ola Vik'],
    ],
    // A country has no members: a post it gives is an affiliation; a party keeps its members.
    [
      'U.S. Ambassador Thomas J. Hale displayed photographs of the ships.',
      ['Thomas J. Hale AFFILIATED_WITH United States'],
      ['Thomas J. Hale MEMBER_OF United States'],
    ],
    [
      'The Turkish economics minister, Ali Babacan, said the talks went well.',
      ['Ali Babacan AFFILIATED_WITH Turkey'],
      ['Ali Babacan MEMBER_OF Turkey'],
    ],
    ['Labour MP John Smith said the vote was close.', ['John Smith MEMBER_OF Labour'], []],
    // A report with sports words: an ambassador is still no member of his country.
    [
      'The match went to a penalty in the final of the cup. U.S. Ambassador Lena Marsh showed the council pictures of the ships.',
      ['Lena Marsh AFFILIATED_WITH United States'],
      ['Lena Marsh MEMBER_OF United States'],
    ],
  ];
  it.each(cases)('%s', (text, must, mustNot) => {
    const found = triples(text);
    for (const t of must) expect(found).toContain(t);
    for (const t of mustNot) expect(found).not.toContain(t);
  });
});
