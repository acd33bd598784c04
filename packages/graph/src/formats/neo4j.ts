/**
 * Neo4j: a Cypher script of idempotent MERGE statements (for cypher-shell), and the CSV pair
 * `neo4j-admin database import full` reads (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`).
 * Every entity is an `:Entity` with its type as a second label; relation types become
 * relationship types; the edge key is kept as a property so re-running the script merges.
 */
import type { KgGraph } from '../query/graph.js';
import type { CsvValue } from './csv-codec.js';
import { csvLines } from './csv-codec.js';
import type { CsvFileLines } from './csv.js';
import { joinFiles } from './csv.js';
import { flattenEntity, flattenRelation } from './flatten.js';

/** A Cypher string literal. */
export function cypherString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what gets escaped
  const escaped = text.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (char) => {
    switch (char) {
      case '\\':
        return '\\\\';
      case "'":
        return "\\'";
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `'${escaped}'`;
}

/** A Cypher identifier (label or relationship type), backtick-quoted. */
export function cypherName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

function cypherValue(value: string | number | readonly string[]): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'string') return cypherString(value);
  return `[${value.map(cypherString).join(', ')}]`;
}

function cypherMap(record: Record<string, string | number | readonly string[]>): string {
  return `{${Object.entries(record)
    .map(([key, value]) => `${key}: ${cypherValue(value)}`)
    .join(', ')}}`;
}

/** A Cypher script that creates (or updates) the graph in Neo4j, statement by statement. */
export function* cypherLines(graph: KgGraph): Generator<string> {
  yield `// kg graph for Neo4j: ${graph.order} entities, ${graph.size} relations.\n`;
  yield '// Run with: cypher-shell -f FILE (statements are MERGEs, so re-running updates in place).\n';
  yield 'CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n';
  for (const { node: key, attributes } of graph.nodeEntries()) {
    const flat = flattenEntity(attributes);
    const properties = { ...flat, aliases: attributes.aliases ?? [] };
    yield `MERGE (n:Entity {id: ${cypherString(key)}}) SET n:${cypherName(attributes.type)}, n += ${cypherMap(properties)};\n`;
  }
  for (const { edge: key, attributes, source, target } of graph.edgeEntries()) {
    const flat = flattenRelation(attributes);
    const evidence = attributes.evidence ?? [];
    const properties = {
      ...flat,
      sentences: evidence.map((item) => item.sentence),
      documents: [...new Set(evidence.map((item) => item.docSource ?? item.docId))],
    };
    yield (
      `MATCH (s:Entity {id: ${cypherString(source)}}), (o:Entity {id: ${cypherString(target)}}) ` +
      `MERGE (s)-[r:${cypherName(attributes.predicate)} {key: ${cypherString(key)}}]->(o) SET r += ${cypherMap(properties)};\n`
    );
  }
}

/** A Cypher script that creates (or updates) the graph in Neo4j. */
export function exportCypher(graph: KgGraph): string {
  return [...cypherLines(graph)].join('');
}

/** neo4j-admin arrays are `;`-separated: keep the separator out of the items. */
function adminArray(items: readonly string[]): string {
  return items.map((item) => item.replace(/;/g, ',')).join(';');
}

/** One line per record: neo4j-admin needs `--multiline-fields` otherwise. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

function* entityRows(graph: KgGraph): Generator<CsvValue[]> {
  for (const { node: key, attributes } of graph.nodeEntries()) {
    const flat = flattenEntity(attributes);
    yield [
      oneLine(key),
      oneLine(flat.label),
      flat.type,
      oneLine(adminArray(attributes.aliases ?? [])),
      flat.mentionCount,
      flat.documentCount,
      flat.firstSeen,
      flat.lastSeen,
      `Entity;${flat.type}`,
    ];
  }
}

function* relationRows(graph: KgGraph): Generator<CsvValue[]> {
  for (const { edge: key, attributes, source, target } of graph.edgeEntries()) {
    const flat = flattenRelation(attributes);
    yield [
      oneLine(source),
      oneLine(target),
      flat.predicate,
      oneLine(key),
      oneLine(flat.relationLabel),
      flat.weight,
      flat.modality,
      flat.evidenceCount,
      flat.firstSeen,
      flat.lastSeen,
    ];
  }
}

/** `entities.csv` and `relations.csv` for `neo4j-admin database import full`, line by line. */
export function neo4jCsvLines(graph: KgGraph): CsvFileLines {
  const options = { guardFormulas: false };
  return {
    'entities.csv': () =>
      csvLines(
        [
          'id:ID',
          'label',
          'type',
          'aliases:string[]',
          'mentionCount:int',
          'documentCount:int',
          'firstSeen',
          'lastSeen',
          ':LABEL',
        ],
        entityRows(graph),
        options,
      ),
    'relations.csv': () =>
      csvLines(
        [
          ':START_ID',
          ':END_ID',
          ':TYPE',
          'key',
          'relationLabel',
          'weight:float',
          'modality',
          'evidenceCount:int',
          'firstSeen',
          'lastSeen',
        ],
        relationRows(graph),
        options,
      ),
  };
}

/** `entities.csv` and `relations.csv` for `neo4j-admin database import full`. */
export function exportNeo4jCsv(graph: KgGraph): Record<string, string> {
  return joinFiles(neo4jCsvLines(graph));
}
