/**
 * A small hand-built graph for the query, metric and format tests (sentences written for the
 * tests, not taken from any article): a few states, an armed force, a weapon and a place, with
 * one negated claim and evidence spread over several dates.
 */
import type { EntityAttributes, EntityType, Modality, RelationType } from '@kg/schema';
import { createStoreGraph } from '../query/graph.js';

type Graph = ReturnType<typeof createStoreGraph>;

/** An entity's attributes with neutral counts and no dates, for graphs built by hand in tests. */
export function entityAttributes(label: string, type: EntityType = 'PERSON'): EntityAttributes {
  return {
    label,
    type,
    aliases: [],
    mentionCount: 1,
    documentCount: 1,
    firstSeen: '',
    lastSeen: '',
  };
}

export function addEntity(
  graph: Graph,
  id: string,
  label: string,
  type: EntityType,
  aliases: string[] = [],
  mentionCount = 1,
): void {
  graph.addNode(id, {
    label,
    type,
    aliases,
    mentionCount,
    documentCount: 1,
    firstSeen: '2022-10-01T00:00:00.000Z',
    lastSeen: '2022-12-01T00:00:00.000Z',
  });
}

/** Adds a relation with one evidence item per `[sentence, modality, date]`. */
export function addRelation(
  graph: Graph,
  subject: string,
  predicate: RelationType,
  object: string,
  evidence: [sentence: string, modality: Modality, date: string][],
): string {
  const key = `${subject}|${predicate}|${object}`;
  const records = evidence.map(([sentence, modality, date], i) => ({
    docId: `doc-${date}`,
    docSource: `news/${date}.txt`,
    start: i * 100,
    end: i * 100 + sentence.length,
    sentence,
    modality,
    confidence: 0.8,
    extractorVersion: 'test-1',
    date,
  }));
  const order: Modality[] = ['negated', 'considered', 'alleged', 'reported', 'asserted'];
  const modality = records.reduce<Modality>(
    (best, r) => (order.indexOf(r.modality) > order.indexOf(best) ? r.modality : best),
    'negated',
  );
  const dates = records.map((r) => r.date).sort();
  graph.addEdgeWithKey(key, subject, object, {
    predicate,
    weight: records.length,
    modality,
    evidence: records,
    firstSeen: dates[0] ?? '',
    lastSeen: dates[dates.length - 1] ?? '',
  });
  return key;
}

export function sampleGraph(): Graph {
  const g = createStoreGraph();
  addEntity(g, 'gpe:iran', 'Iran', 'GPE', ['Tehran', 'Iranian', 'Islamic Republic of Iran'], 9);
  addEntity(g, 'gpe:iraq', 'Iraq', 'GPE', ['Baghdad']);
  addEntity(g, 'gpe:russia', 'Russia', 'GPE', ['Moscow', 'Russian'], 7);
  addEntity(g, 'gpe:ukraine', 'Ukraine', 'GPE', ['Kyiv', 'Ukrainian'], 6);
  addEntity(g, 'gpe:united-states', 'United States', 'GPE', ['US', 'Washington']);
  addEntity(
    g,
    'org:irgc',
    'Islamic Revolutionary Guard Corps',
    'ORG',
    ['IRGC', 'Revolutionary Guards'],
    4,
  );
  addEntity(g, 'weapon:shahed-136', 'Shahed-136', 'WEAPON', ['Shahed'], 3);
  addEntity(g, 'loc:crimea', 'Crimea', 'LOC', [], 2);
  addEntity(g, 'person:ebrahim-raisi', 'Ebrahim Raisi', 'PERSON', ['Raisi']);
  addEntity(g, 'org:lonely-club', 'Lonely Club', 'ORG');

  addRelation(g, 'org:irgc', 'PART_OF', 'gpe:iran', [
    ['The Guard Corps is a branch of the armed forces of Iran.', 'asserted', '2022-10-01'],
  ]);
  addRelation(g, 'gpe:iran', 'SUPPLIES', 'gpe:russia', [
    ['Iran sold hundreds of drones to Russia, officials said.', 'asserted', '2022-10-18'],
    ['Tehran shipped more drones to Moscow, a newspaper reported.', 'reported', '2022-11-02'],
  ]);
  addRelation(g, 'gpe:russia', 'ATTACKS', 'gpe:ukraine', [
    ['Russia struck power stations across Ukraine overnight.', 'asserted', '2022-10-20'],
  ]);
  addRelation(g, 'org:irgc', 'DEPLOYS_TO', 'loc:crimea', [
    [
      'Guard Corps instructors were sent to Crimea, according to officials.',
      'reported',
      '2022-10-20',
    ],
  ]);
  addRelation(g, 'loc:crimea', 'PART_OF', 'gpe:ukraine', [
    ['Crimea is a peninsula of Ukraine in the Black Sea.', 'asserted', '2022-10-05'],
  ]);
  addRelation(g, 'gpe:russia', 'USES', 'weapon:shahed-136', [
    ['Russian units launched Shahed drones at the city.', 'asserted', '2022-10-17'],
  ]);
  addRelation(g, 'gpe:iran', 'PRODUCES', 'weapon:shahed-136', [
    ['The Shahed-136 is built in Iran.', 'asserted', '2022-10-10'],
  ]);
  addRelation(g, 'gpe:iran', 'ATTACKS', 'gpe:ukraine', [
    ['Tehran denied that it had attacked Ukraine.', 'negated', '2022-10-21'],
  ]);
  addRelation(g, 'gpe:united-states', 'SANCTIONS', 'gpe:iran', [
    ['Washington imposed sanctions on Iranian drone makers.', 'asserted', '2022-11-15'],
  ]);
  addRelation(g, 'gpe:united-states', 'ACCUSES', 'gpe:iran', [
    ['The US accused Iran of arming Russia.', 'asserted', '2022-10-19'],
  ]);
  addRelation(g, 'person:ebrahim-raisi', 'LEADER_OF', 'gpe:iran', [
    ['President Ebrahim Raisi of Iran spoke on Tuesday.', 'asserted', '2022-11-20'],
  ]);
  addRelation(g, 'gpe:iran', 'COOPERATES_WITH', 'gpe:russia', [
    ['Iran and Russia signed a deal on energy.', 'asserted', '2023-01-10'],
  ]);
  addRelation(g, 'gpe:iraq', 'MEETS', 'gpe:iran', [
    ['Iraq held talks with Iran on border security.', 'asserted', '2022-12-01'],
  ]);
  return g;
}
