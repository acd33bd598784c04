/**
 * Titles of heads of government beyond president and prime minister, read whole: "First
 * Minister" (a capitalised "First" before a role opens no name), "Taoiseach" (a title, not a
 * given name), and a shadow minister, who is a member of the party, not its leader. Tables of
 * invented sentences through the whole extractor.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** "subject PREDICATE object" by entity name, for every relation found. */
function triplesOf(text: string): string[] {
  const out = extractor.extract({ id: 't.txt', text });
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations.map((r) => `${name.get(r.subject)} ${r.predicate} ${name.get(r.object)}`);
}

describe('heads of government and shadow ministers', () => {
  // [text, relations that must be found, relations that must not]
  const cases: [string, string[], string[]][] = [
    [
      'Scottish First Minister Ann Holt visited Oslo on Monday.',
      ['Ann Holt LEADER_OF Scotland', 'Ann Holt VISITS Oslo'],
      [],
    ],
    [
      'Welsh First Minister Tom Reed said the plan would go ahead.',
      ['Tom Reed LEADER_OF Wales'],
      [],
    ],
    [
      'Irish Taoiseach Kari Lund met the Norwegian prime minister.',
      ['Kari Lund LEADER_OF Ireland'],
      ['Taoiseach Kari Lund LEADER_OF Ireland'],
    ],
    [
      'Conservative shadow chancellor Ola Vik said taxes would fall.',
      ['Ola Vik MEMBER_OF Conservative Party'],
      ['Ola Vik LEADER_OF Conservative Party'],
    ],
    // Guard (right before the change too): a shadow secretary was a member already.
    [
      'Labour shadow home secretary Ola Vik criticised the plan.',
      ['Ola Vik MEMBER_OF Labour'],
      ['Ola Vik LEADER_OF Labour'],
    ],
  ];
  it.each(cases)('%s', (text, must, mustNot) => {
    const found = triplesOf(text);
    for (const t of must) expect(found).toContain(t);
    for (const t of mustNot) expect(found).not.toContain(t);
  });

  it('keeps "First" in a bank\'s name', () => {
    const out = extractor.extract({
      id: 't.txt',
      text: 'Shares in First Halvex Bank fell on Tuesday.',
    });
    expect(out.entities.map((e) => e.name)).toContain('First Halvex Bank');
  });
});
