/**
 * A guessed name before a work's part noun and a person's name is the work, a PRODUCT
 * ("Zorvan Nights actress Kari Lund"), so the person is credited with a part in it; a known body
 * or place, a band or club the document names before a body's role, a company's name and any
 * name of a sports report are left alone (credit-titles.ts). Tables of invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** The type of the entity named `name`, and the relations as "subject PREDICATE object". */
function extractOf(text: string, name: string): { type?: string; relations: string[] } {
  const out = extractor.extract({ id: 't.txt', text });
  const nameOf = (id: string) => out.entities.find((e) => e.id === id)?.name ?? id;
  return {
    type: out.entities.find((e) => e.name === name)?.type,
    relations: out.relations.map((r) => `${nameOf(r.subject)} ${r.predicate} ${nameOf(r.object)}`),
  };
}

describe('a work named by the part someone had in it', () => {
  // [text, work, person]
  const works: [string, string, string][] = [
    ['Zorvan Nights actress Kari Lund has won an award.', 'Zorvan Nights', 'Kari Lund'],
    ['The Pelmore Files presenter Ann Holt quit on Monday.', 'Pelmore Files', 'Ann Holt'],
    ['Critics praised Kelver Nights co-star Ann Holt.', 'Kelver Nights', 'Ann Holt'],
  ];
  it.each(works)('%s → a work', (text, work, person) => {
    const { type, relations } = extractOf(text, work);
    expect(type).toBe('PRODUCT');
    expect(relations).toContain(`${person} RELATED_TO ${work}`);
    expect(relations).not.toContain(`${person} MEMBER_OF ${work}`);
  });

  // [text, name that is no work]
  const bodies: [string, string][] = [
    // Known to the gazetteer: a party, a broadcaster.
    ['Labour star Ann Holt quit on Monday.', 'Labour'],
    ['BBC presenter Ann Holt left the show.', 'BBC'],
    // One word of people's names: a club or a band as often.
    ['Chelsea star Frank Lampard was hurt.', 'Chelsea'],
    // A company's name.
    ['Halvex Media presenter Ann Holt quit.', 'Halvex Media'],
    // A radio station.
    ['Radio Kelby presenter Ann Holt quit.', 'Radio Kelby'],
    // A person and a part noun after a conjunction.
    ['The show starred Lena Varg and actress Kari Lund.', 'Lena Varg'],
    // A maker's noun: a production company's staff.
    ['Globex producer Tom Reed quit.', 'Globex'],
    // A director of a company too.
    ['Globex director Ann Holt quit.', 'Globex'],
    // A band the document names before a singer.
    ['Coral Lights singer Ann Holt left. Coral Lights star Tom Reed stayed.', 'Coral Lights'],
    // A club's star in a sports report.
    [
      'Zorvan Nights star Ola Vik scored twice in the league match. The coach praised the goalkeeper and the striker after the penalty.',
      'Zorvan Nights',
    ],
  ];
  it.each(bodies)('%s → no work', (text, name) => {
    expect(extractOf(text, name).type).not.toBe('PRODUCT');
  });

  it('leaves a place alone', () => {
    const { relations } = extractOf('Hollywood star Tom Hanks arrived in London.', 'Hollywood');
    expect(relations.some((r) => r.includes('RELATED_TO Hollywood'))).toBe(false);
  });
});
