/**
 * Team nicknames name their teams in sports reports only; a name with particles ("van der")
 * is one person.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** [mention text, mention type] of every mention. */
function mentionsOf(text: string): [string, string][] {
  const out = extractor.extract({ id: 't.txt', text });
  return out.entities.flatMap((e) => e.mentions.map((m): [string, string] => [m.text, m.type]));
}

const REPORT =
  'The pitcher threw a shutout as the league leaders won the game, and the coach praised the team.\n';

describe('team nicknames', () => {
  // [sentence after a sports report's first line, mention, type]
  const cases: [string, string, string][] = [
    ['Jaxon Pirell homered twice as the Cubs held on.', 'Cubs', 'ORG'],
    ['The White Sox lost for the fourth time in a row.', 'White Sox', 'ORG'],
    ['Quade Venn, a Springbok flanker, scored a late try.', 'Springbok', 'ORG'],
    ['The loss left the Heat two games behind.', 'Heat', 'ORG'],
  ];
  it.each(cases)('%s → %s', (text, mention, type) => {
    expect(mentionsOf(`${REPORT}${text}`)).toContainEqual([mention, type]);
  });

  it('reads the bare nickname as the team after its full name', () => {
    const text = `${REPORT}The Cincinnati Reds lost again on Sunday.\nPirell won for the third time against the Reds this season.`;
    expect(mentionsOf(text)).toContainEqual(['Reds', 'ORG']);
  });

  it('leaves a longer name around a nickname whole', () => {
    const texts = mentionsOf(`${REPORT}The Chicago Cubs beat the visitors.`).map(([t]) => t);
    expect(texts).toContain('Chicago Cubs');
    expect(texts).not.toContain('Cubs');
  });

  it('is no team outside a sports report', () => {
    const mentions = mentionsOf(
      'Veteran Reds marched through the capital to honour the revolution.',
    );
    expect(mentions.some(([t]) => t === 'Reds')).toBe(false);
    // The same words in a sports report name the team.
    expect(mentionsOf(`${REPORT}Veteran Reds marched past the rivals.`)).toContainEqual([
      'Reds',
      'ORG',
    ]);
  });

  it('reads no everyday-word nickname as the first word of a sentence', () => {
    const mentions = mentionsOf(`${REPORT}Heat rose across the stadium before kick-off.`);
    expect(mentions.some(([t]) => t === 'Heat')).toBe(false);
  });
});

describe('names with two particles', () => {
  const cases: [string, string][] = [
    ['Scrum-half Kobus van der Berghe scored twice.', 'Kobus van der Berghe'],
    ['The court heard Marisol de la Fuente on Monday.', 'Marisol de la Fuente'],
  ];
  it.each(cases)('%s → %s', (text, name) => {
    expect(mentionsOf(text)).toContainEqual([name, 'PERSON']);
  });
});

describe("a company's abbreviated legal form ends its name", () => {
  const cases: [string, string, string][] = [
    [
      'Shares of Kelvor Motor Corp of South Korea rose on Monday.',
      'Kelvor Motor Corp',
      'South Korea',
    ],
    [
      'Orlanda Chemical Co of the United States bought the plant.',
      'Orlanda Chemical Co',
      'United States',
    ],
  ];
  it.each(cases)('%s → %s', (text, company, place) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContainEqual([company, 'ORG']);
    expect(mentions.some(([t, ty]) => t.endsWith(place) && ty === 'GPE')).toBe(true);
  });
});
