/** Merging extractions into the graph: cross-document resolution, weights, symmetric edges. */
import { describe, expect, it } from 'vitest';
import { mergeExtraction } from './merge.js';
import { countsOf } from './modalities.js';
import { createStoreGraph } from './query/graph.js';
import { fixture } from './test-fixtures.js';
import type { EntitySpec, FixtureDocument } from './test-fixtures.js';

function merge(...docs: FixtureDocument[]) {
  const graph = createStoreGraph();
  const summaries = docs.map((d) =>
    mergeExtraction(graph, d.extraction, { id: d.hash, source: d.id }),
  );
  return { graph, summaries };
}

/** One document per entity spec, each a sentence naming it. */
function docsNaming(...specs: [EntitySpec, string][]): FixtureDocument[] {
  return specs.map(([spec, text], i) => fixture(`d${i}.txt`, text, [spec]));
}

describe('cross-document resolution', () => {
  const cases: [string, FixtureDocument[], string[]][] = [
    [
      'the same name in two documents',
      docsNaming(
        [{ name: 'Iran', type: 'GPE' }, 'Iran spoke.'],
        [{ name: 'Iran', type: 'GPE' }, 'Iran answered.'],
      ),
      ['gpe:iran'],
    ],
    [
      'a leading article and case',
      docsNaming(
        [{ name: 'United States', type: 'GPE' }, 'United States spoke.'],
        [{ name: 'The United States', type: 'GPE' }, 'The United States answered.'],
      ),
      ['gpe:united-states'],
    ],
    [
      'an acronym after its expansion',
      docsNaming(
        [
          { name: 'Islamic Revolutionary Guard Corps', type: 'ORG' },
          'Islamic Revolutionary Guard Corps spoke.',
        ],
        [{ name: 'IRGC', type: 'ORG' }, 'IRGC answered.'],
      ),
      ['org:islamic-revolutionary-guard-corps'],
    ],
    [
      'an expansion after its acronym',
      docsNaming(
        [{ name: 'NATO', type: 'ORG' }, 'NATO spoke.'],
        [
          { name: 'North Atlantic Treaty Organization', type: 'ORG' },
          'North Atlantic Treaty Organization answered.',
        ],
      ),
      ['org:nato'],
    ],
    [
      'a surname after the full name',
      docsNaming(
        [{ name: 'Vladimir Putin', type: 'PERSON' }, 'Vladimir Putin spoke.'],
        [{ name: 'Putin', type: 'PERSON' }, 'Putin answered.'],
      ),
      ['person:vladimir-putin'],
    ],
    [
      'a full name after the surname',
      docsNaming(
        [{ name: 'Zelensky', type: 'PERSON' }, 'Zelensky spoke.'],
        [{ name: 'Volodymyr Zelensky', type: 'PERSON' }, 'Volodymyr Zelensky answered.'],
      ),
      ['person:zelensky'],
    ],
    [
      'a surname shared by two people stays apart',
      docsNaming(
        [{ name: 'Boris Johnson', type: 'PERSON' }, 'Boris Johnson spoke.'],
        [{ name: 'Rachel Johnson', type: 'PERSON' }, 'Rachel Johnson wrote.'],
        [{ name: 'Johnson', type: 'PERSON' }, 'Johnson answered.'],
      ),
      ['person:boris-johnson', 'person:rachel-johnson', 'person:johnson'],
    ],
    [
      'a known alias from another document',
      docsNaming(
        [
          { name: 'European Union', type: 'ORG', aliases: ['EU'] },
          'The European Union (EU) spoke.',
        ],
        [{ name: 'EU', type: 'ORG' }, 'The EU answered.'],
      ),
      ['org:european-union'],
    ],
    [
      // One name, one entity: the extractor's type for a bare name varies between documents
      // ("Amazon" a place once); the store votes the type over every mention.
      'the same name typed otherwise by another document',
      docsNaming(
        [{ name: 'Amazon', type: 'ORG' }, 'Amazon spoke.'],
        [{ name: 'Amazon', type: 'LOC' }, 'Amazon answered.'],
      ),
      ['org:amazon'],
    ],
    [
      'a surname does not pull in an entity of another type',
      docsNaming(
        [{ name: 'Tony Blair', type: 'PERSON' }, 'Tony Blair spoke.'],
        [{ name: 'Blair', type: 'LOC' }, 'Blair is a village.'],
      ),
      ['person:tony-blair', 'loc:blair'],
    ],
    [
      'a place typed GPE in one document and LOC in another',
      docsNaming(
        [{ name: 'Crimea', type: 'GPE' }, 'Crimea was annexed.'],
        [{ name: 'Crimea', type: 'LOC' }, 'Crimea is a peninsula.'],
      ),
      ['gpe:crimea'],
    ],
    [
      'a capital known as an alias does not pull in a city named alone',
      docsNaming(
        [{ name: 'Iran', type: 'GPE', aliases: ['Tehran'] }, 'Iran, Tehran said, spoke.'],
        [{ name: 'Tehran', type: 'GPE' }, 'Tehran had snow.'],
      ),
      ['gpe:iran', 'gpe:tehran'],
    ],
  ];

  it.each(cases)('%s', (_name, docs, keys) => {
    const { graph } = merge(...docs);
    expect(graph.nodes().sort()).toEqual([...keys].sort());
  });

  it('joins a bare surname the extractor left apart from the full name in the same document', () => {
    const doc = fixture('a.txt', 'Moyes said little. Later, David Moyes spoke.', [
      { name: 'Moyes', type: 'PERSON' },
      { name: 'David Moyes', type: 'PERSON' },
    ]);
    const { graph } = merge(doc);
    expect(graph.nodes()).toEqual(['person:david-moyes']);
    expect(graph.getNodeAttributes('person:david-moyes')).toMatchObject({
      mentionCount: 2,
      documentCount: 1,
      aliases: ['Moyes'],
    });
  });

  /** A document whose one entity is named only on a team sheet (`Mention.sheet`). */
  function sheet(file: string, text: string, name: string): FixtureDocument {
    const doc = fixture(file, text, [{ name, type: 'PERSON' }]);
    for (const m of doc.extraction.entities[0]?.mentions ?? []) m.sheet = true;
    return doc;
  }

  it('keeps a surname named only on a team sheet apart from a known full name', () => {
    const star = fixture('a.txt', 'Scarlett Johansson starred.', [
      { name: 'Scarlett Johansson', type: 'PERSON' },
    ]);
    const player = sheet('b.txt', 'Dunmore: Tavish, Orrel, Johansson, Quorne.', 'Johansson');
    const { graph } = merge(star, player);
    expect(graph.nodes().sort()).toEqual(['person:johansson', 'person:scarlett-johansson']);
  });

  it('joins a name on two team sheets, and a sheet name also written in prose', () => {
    const first = sheet('a.txt', 'Dunmore: Tavish, Orrel, Johansson, Quorne.', 'Johansson');
    const second = sheet('b.txt', 'Kelby: Brisk, Johansson, Hale, Mott.', 'Johansson');
    const { graph } = merge(first, second);
    expect(graph.nodes()).toEqual(['person:johansson']);
    expect(graph.getNodeAttributes('person:johansson').documentCount).toBe(2);
    // One mention in prose is enough for the surname to join its full name.
    const star = fixture('c.txt', 'Ann Quorne scored.', [{ name: 'Ann Quorne', type: 'PERSON' }]);
    const mixed = fixture('d.txt', 'Quorne scored. Dunmore: Tavish, Quorne.', [
      { name: 'Quorne', type: 'PERSON' },
    ]);
    const [, onSheet] = mixed.extraction.entities[0]?.mentions ?? [];
    if (onSheet) onSheet.sheet = true;
    expect(merge(star, mixed).graph.nodes()).toEqual(['person:ann-quorne']);
  });

  it('resolves an entity named only by a demonym to the country it belongs to', () => {
    const a = fixture('a.txt', 'Iran and Iranian forces.', [
      { name: 'Iran', type: 'GPE', aliases: ['Iranian'] },
    ]);
    const b = fixture('b.txt', 'Iranian drones.', [{ name: 'Iranian', type: 'GPE' }]);
    for (const m of b.extraction.entities[0]?.mentions ?? []) m.type = 'NORP';
    const { graph } = merge(a, b);
    expect(graph.nodes()).toEqual(['gpe:iran']);
    expect(graph.getNodeAttribute('gpe:iran', 'documentCount')).toBe(2);
  });

  it.each([
    [
      'an acronym gives way to its expansion',
      { name: 'NATO', type: 'ORG' },
      { name: 'North Atlantic Treaty Organization', type: 'ORG' },
      'org:nato',
      'North Atlantic Treaty Organization',
    ],
    [
      'a country keeps its short name',
      { name: 'Iran', type: 'GPE' },
      { name: 'Islamic Republic of Iran', type: 'GPE', aliases: ['Iran'] },
      'gpe:iran',
      'Iran',
    ],
  ] as const)('labels: %s', (_name, first, second, key, label) => {
    const { graph } = merge(
      fixture('a.txt', `${first.name} spoke.`, [first]),
      fixture('b.txt', `${second.name} answered.`, [
        { ...second, aliases: [...('aliases' in second ? second.aliases : [])] },
      ]),
    );
    expect(graph.nodes()).toEqual([key]);
    expect(graph.getNodeAttribute(key, 'label')).toBe(label);
  });

  it('upgrades a short label to the full name that contains it', () => {
    const { graph } = merge(
      ...docsNaming(
        [{ name: 'Zelensky', type: 'PERSON' }, 'Zelensky spoke.'],
        [{ name: 'Volodymyr Zelensky', type: 'PERSON' }, 'Volodymyr Zelensky answered.'],
      ),
    );
    expect(graph.getNodeAttributes('person:zelensky')).toMatchObject({
      label: 'Volodymyr Zelensky',
      aliases: ['Zelensky'],
      documentCount: 2,
      mentionCount: 2,
    });
  });
});

describe('edges', () => {
  it('keeps light edges when asked to leave the evidence out (a store projection)', () => {
    const a = fixture(
      'a.txt',
      'Iran supplied drones to Russia. Iran denied it supplied Russia.',
      [
        { name: 'Iran', type: 'GPE' },
        { name: 'Russia', type: 'GPE' },
      ],
      [{ subject: 'Iran', predicate: 'SUPPLIES', object: 'Russia' }],
    );
    const b = structuredClone(a);
    b.hash = 'other';
    for (const ev of b.extraction.relations[0]?.evidence ?? []) ev.modality = 'negated';
    const graph = createStoreGraph();
    mergeExtraction(graph, a.extraction, { id: a.hash }, { evidence: false });
    mergeExtraction(graph, b.extraction, { id: b.hash }, { evidence: false });
    const edge = graph.getEdgeAttributes('gpe:iran|SUPPLIES|gpe:russia');
    expect(edge).toMatchObject({
      weight: 4,
      modality: 'asserted',
      modalityCounts: { asserted: 2, negated: 2 },
    });
    expect(edge.evidence).toBeUndefined();
  });

  it('gives light edges the weight, modality, counts and dates the full ones sum up', () => {
    const docs = [
      fixture(
        'a.txt',
        'Iran supplied drones to Russia. Russia attacked Ukraine. Iran met Belarus.',
        [iran, russia, ukraine, belarus],
        [
          { subject: 'Iran', predicate: 'SUPPLIES', object: 'Russia' },
          { subject: 'Russia', predicate: 'ATTACKS', object: 'Ukraine', modality: 'reported' },
          { subject: 'Iran', predicate: 'MEETS', object: 'Belarus' },
        ],
      ),
      fixture(
        'b.txt',
        'Iran denied it supplied Russia. Belarus met Iran. Russia attacked Ukraine.',
        [iran, russia, ukraine, belarus],
        [
          { subject: 'Iran', predicate: 'SUPPLIES', object: 'Russia', modality: 'negated' },
          { subject: 'Belarus', predicate: 'MEETS', object: 'Iran', modality: 'alleged' },
          { subject: 'Russia', predicate: 'ATTACKS', object: 'Ukraine', modality: 'reported' },
        ],
      ),
    ];
    const full = createStoreGraph();
    const light = createStoreGraph();
    const dates = ['2024-03-01', '2024-01-15'];
    docs.forEach((doc, i) => {
      const meta = { id: doc.hash, date: dates[i] as string, ingestedAt: '2025-01-01T00:00:00Z' };
      const a = mergeExtraction(full, doc.extraction, meta);
      const b = mergeExtraction(light, doc.extraction, meta, { evidence: false });
      expect(b).toEqual(a);
    });
    expect(light.mapNodes((k, a) => [k, a])).toEqual(full.mapNodes((k, a) => [k, a]));
    expect(light.size).toBe(full.size);
    full.forEachEdge((key, { evidence, ...attrs }) => {
      const counts = countsOf({ ...attrs, evidence });
      const mixed = Object.keys(counts).length > 1;
      expect([key, light.getEdgeAttributes(key)]).toEqual([
        key,
        mixed ? { ...attrs, modalityCounts: counts } : attrs,
      ]);
    });
  });

  it("gives each evidence item its own attribution, never the relation's", () => {
    const doc = fixture(
      'a.txt',
      'Iran supplied drones to Russia, CNN said. Iran supplied Russia again.',
      [
        { name: 'Iran', type: 'GPE' },
        { name: 'Russia', type: 'GPE' },
      ],
      [{ subject: 'Iran', predicate: 'SUPPLIES', object: 'Russia' }],
    );
    const relation = doc.extraction.relations[0];
    if (!relation?.evidence[0]) throw new Error('no evidence');
    relation.attribution = 'CNN';
    relation.evidence[0].attribution = 'CNN';
    const { graph } = merge(doc);
    const evidence = graph.getEdgeAttribute('gpe:iran|SUPPLIES|gpe:russia', 'evidence') ?? [];
    expect(evidence.map((e) => e.attribution)).toEqual(['CNN', undefined]);
  });

  const iran = { name: 'Iran', type: 'GPE' } as const;
  const russia = { name: 'Russia', type: 'GPE' } as const;
  const ukraine = { name: 'Ukraine', type: 'GPE' } as const;
  const belarus = { name: 'Belarus', type: 'GPE' } as const;

  it('counts evidence as weight across documents and reports what it merged', () => {
    const a = fixture(
      'a.txt',
      'Iran supplied drones to Russia. Later Iran sold Russia more.',
      [iran, russia],
      [{ subject: 'Iran', predicate: 'SUPPLIES', object: 'Russia' }],
    );
    const b = fixture(
      'b.txt',
      'Iran reportedly supplied Russia.',
      [iran, russia],
      [{ subject: 'Iran', predicate: 'SUPPLIES', object: 'Russia', modality: 'reported' }],
    );
    const { graph, summaries } = merge(a, b);
    expect(summaries).toEqual([
      { nodesAdded: 2, nodesMerged: 0, edgesAdded: 1, edgesMerged: 0, evidenceAdded: 2 },
      { nodesAdded: 0, nodesMerged: 2, edgesAdded: 0, edgesMerged: 1, evidenceAdded: 1 },
    ]);
    const edge = graph.getEdgeAttributes('gpe:iran|SUPPLIES|gpe:russia');
    expect(edge.weight).toBe(3);
    expect(edge.modality).toBe('asserted');
    expect(edge.evidence?.map((e) => e.sentence)).toEqual([
      'Iran supplied drones to Russia.',
      'Later Iran sold Russia more.',
      'Iran reportedly supplied Russia.',
    ]);
    expect(edge.evidence?.[0]).toMatchObject({
      subjectSpan: { start: 0, end: 4 },
      objectSpan: { start: 24, end: 30 },
    });
  });

  it('gives symmetric relations one direction whichever way the text puts them', () => {
    const a = fixture(
      'a.txt',
      'Russia met Iran.',
      [iran, russia],
      [{ subject: 'Russia', predicate: 'MEETS', object: 'Iran' }],
    );
    const b = fixture(
      'b.txt',
      'Iran met Russia.',
      [iran, russia],
      [{ subject: 'Iran', predicate: 'MEETS', object: 'Russia' }],
    );
    const { graph } = merge(a, b);
    expect(graph.edges()).toEqual(['gpe:iran|MEETS|gpe:russia']);
    expect(graph.getEdgeAttribute('gpe:iran|MEETS|gpe:russia', 'weight')).toBe(2);
    expect(
      graph.getEdgeAttribute('gpe:iran|MEETS|gpe:russia', 'evidence')?.[0]?.subjectSpan,
    ).toEqual({
      start: 11,
      end: 15,
    });
  });

  it('keeps directed relations apart by direction', () => {
    const a = fixture(
      'a.txt',
      'Russia attacked Ukraine. Ukraine attacked Russia.',
      [russia, { name: 'Ukraine', type: 'GPE' }],
      [
        { subject: 'Russia', predicate: 'ATTACKS', object: 'Ukraine' },
        { subject: 'Ukraine', predicate: 'ATTACKS', object: 'Russia' },
      ],
    );
    const { graph } = merge(a);
    expect(graph.edges().sort()).toEqual([
      'gpe:russia|ATTACKS|gpe:ukraine',
      'gpe:ukraine|ATTACKS|gpe:russia',
    ]);
  });
});
