/**
 * "Administrator" before a name is the title of an agency's head ("NASA Administrator Charles
 * Bolden": curated/titles.json), so the agency and the person come apart and the person leads
 * it; before, "NASA Administrator Charles Bolden" was one person. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

function read(text: string): { entities: string[]; relations: string[] } {
  const out = extractor.extract({ id: 't.txt', text });
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  return {
    entities: out.entities.map((e) => `${e.name}/${e.type}`),
    relations: out.relations.map(
      (r) => `${name.get(r.subject)} ${r.predicate} ${name.get(r.object)}`,
    ),
  };
}

describe('agency administrators', () => {
  it.each<[string, string, string]>([
    ['Nexa Administrator Tom Reed announced the plan on Monday.', 'Tom Reed', 'Nexa'],
    ['The shuttle was retired, NASA Administrator Ann Holt said.', 'Ann Holt', 'NASA'],
  ])('%s', (text, person, agency) => {
    const { entities, relations } = read(text);
    expect(entities).toContain(`${person}/PERSON`);
    expect(entities).not.toContain(`${agency} Administrator ${person}/PERSON`);
    expect(relations).toContain(`${person} LEADER_OF ${agency}`);
  });
});
