/**
 * Generates a seeded synthetic store directly, in minutes rather than the hours the ingest
 * path takes at 3M relations: the same documents `build-store.mjs` ingests (`relationBatches`),
 * each resolved by the graph package's own `resolveExtraction` against an in-memory index of
 * the names written so far, its entity and relation states moved on by the store's own
 * `mergeEntityState` / `mergeRelationState`, and the rows written with prepared statements
 * into a store `openStore` created (the current schema) in large transactions. What ingest
 * keeps beside the rows is written from the same functions at the end: the final entity and
 * relation aggregates, the `names` rows (`nameEntries`), the entity full-text rows
 * (`searchText`), the tallies and the connected components (`countComponents`). The evidence
 * full-text rows come from the schema's own trigger. Not written: the change log (a server
 * whose version predates it reloads the whole graph, which is what a first start does) and
 * the cache of derived values (emptied before every measured start anyway).
 *
 * `--check=FILE` compares the result with a store built by ingest from the same data (their
 * NDJSON dumps, byte for byte, are compared by the caller; here the tables' counts).
 *   --relations=N --entities=M --out=FILE
 * Writes into `FILE.generating` and renames it into place when complete.
 */
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { childArgs, emitResult, peakRss } from '../lib/child.mjs';
import { relationBatches } from '../lib/synthetic.mjs';
import { ROOT, importBuilt, importFrom } from '../lib/workspace.mjs';

/** A module of the built graph package that its public entry does not export. */
const internal = (file) =>
  import(pathToFileURL(path.join(ROOT, 'packages', 'graph', 'dist', file)).href);

const args = childArgs();
const total = Number(args.relations);
const entityCount = Number(args.entities);
const out = args.out;
const graph = await importBuilt('graph');
if (!graph?.openStore) {
  emitResult({ error: 'not built' });
  process.exit(1);
}
const { resolveExtraction } = await internal('merge.js');
const { ResolverIndex, nameEntries } = await internal('resolver.js');
const { mergeEntityState, mergeRelationState, countColumns } =
  await internal('store/aggregates.js');
const { searchText } = await internal('query/search.js');
const { countComponents, writeComponents } = await internal('store/sqlite/components.js');
const { fillTallies } = await internal('store/sqlite/migrations.js');
const { evidenceInsert } = await internal('store/write-document.js');
const Database = await importFrom('graph', 'better-sqlite3');

const partial = `${out}.generating`;
for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
// The schema as the store writes it, then the rows by hand.
await (await graph.openStore({ path: partial })).close();
const db = new Database(partial);
db.pragma('journal_mode = OFF');
db.pragma('synchronous = OFF');
db.pragma('cache_size = -262144');
// Entity and relation rows go in last, with their final aggregates: checked once at the end.
db.pragma('foreign_keys = OFF');

// Secondary indexes and the evidence full-text trigger are dropped while the rows go in and
// made again from their own SQL at the end (a sort per index instead of a random insert per
// row): the schema comes out as `openStore` wrote it.
const deferred = db
  .prepare(
    `SELECT type, name, sql FROM sqlite_master
     WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name IN
       ('mentions', 'aliases', 'evidence', 'names', 'relations', 'documents', 'entities'))
       OR (type = 'trigger' AND name = 'evidence_fts_insert'))`,
  )
  .all();
for (const { type, name } of deferred) db.exec(`DROP ${type.toUpperCase()} ${name}`);

const start = performance.now();
const statements = {
  document: db.prepare(
    `INSERT INTO documents (num, id, source, title, date, site, format, chars, extractor_version,
       ingested_at, mention_count, evidence_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  mention: db.prepare(
    `INSERT INTO mentions (doc, entity, start, "end", text, type) VALUES (?, ?, ?, ?, ?, ?)`,
  ),
  alias: db.prepare(`INSERT OR IGNORE INTO aliases (entity, doc, alias) VALUES (?, ?, ?)`),
  evidence: db.prepare(
    `INSERT INTO evidence (relation, doc, start, "end", sentence, subject_start, subject_end,
       object_start, object_end, trigger_start, trigger_end, modality, attribution, confidence,
       extractor_version, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  entity: db.prepare(
    `INSERT INTO entities (id, key, label, type, aliases, type_votes, mention_count,
       document_count, first_seen, last_seen, degree, weighted_degree)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  relation: db.prepare(
    `INSERT INTO relations (id, subject, predicate, object, label, weight, modality, asserted,
       reported, considered, alleged, negated, first_seen, last_seen)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  name: db.prepare(`INSERT INTO names (norm, entity, kind) VALUES (?, ?, ?)`),
  text: db.prepare(`INSERT INTO entity_fts (rowid, names) VALUES (?, ?)`),
};

// The store as resolution sees it: every name written so far, and each entity's state.
const index = new ResolverIndex();
/** key → { id, state } */
const entities = new Map();
/** relation key → { id, subject, predicate, object, state } */
const relations = new Map();
const known = {
  index,
  get: (key) => {
    const found = entities.get(key);
    return found ? { label: found.state.label, type: found.state.type } : undefined;
  },
};

let documents = 0;
let evidenceRows = 0;
let last = start;
const writeDocument = ({ extraction, docId, date }) => {
  const doc = extraction.documents[0];
  const meta = { id: doc.hash, source: docId, title: doc.title, date, ingestedAt: date };
  const resolved = resolveExtraction(known, extraction, meta);
  const record = resolved.doc;
  const num = ++documents;
  const seen = record.ingestedAt;
  let mentionCount = 0;
  const here = new Map();
  for (const entity of resolved.entities) {
    let found = entities.get(entity.key);
    const before = found?.state;
    const state = mergeEntityState(before, entity, seen, undefined);
    if (!found) {
      found = { id: entities.size + 1, state };
      entities.set(entity.key, found);
    } else found.state = state;
    const renamed =
      !before ||
      before.label !== state.label ||
      before.type !== state.type ||
      before.aliases.join('\n') !== state.aliases.join('\n');
    if (renamed) index.index(entity.key, state);
    here.set(entity.key, found);
    for (const alias of entity.aliases) statements.alias.run(found.id, num, alias);
    for (const m of entity.mentions) {
      statements.mention.run(num, found.id, m.start, m.end, m.text, m.type);
      mentionCount++;
    }
  }
  let evidenceCount = 0;
  for (const relation of resolved.relations) {
    const subject = here.get(relation.subject);
    const object = here.get(relation.object);
    let row = relations.get(relation.key);
    if (!row) {
      row = {
        id: relations.size + 1,
        subject: subject.id,
        predicate: relation.predicate,
        object: object.id,
        label: relation.label ?? null,
        state: undefined,
      };
      relations.set(relation.key, row);
      subject.state.degree++;
      object.state.degree++;
    }
    row.state = mergeRelationState(row.state, relation);
    subject.state.weightedDegree += relation.evidence.length;
    object.state.weightedDegree += relation.evidence.length;
    for (const ev of relation.evidence) {
      const e = evidenceInsert(row.id, ev, seen);
      statements.evidence.run(
        e.relation,
        num,
        e.start,
        e.end,
        e.sentence,
        ...e.spans,
        e.modality,
        e.attribution,
        e.confidence,
        e.extractorVersion,
        e.date,
      );
      evidenceCount++;
    }
  }
  evidenceRows += evidenceCount;
  statements.document.run(
    num,
    record.id,
    record.source,
    record.title ?? null,
    record.date ?? null,
    record.site ?? null,
    record.format ?? null,
    record.chars,
    record.extractorVersion,
    record.ingestedAt,
    mentionCount,
    evidenceCount,
  );
};

const inTransaction = db.transaction((batch) => {
  for (const item of batch) writeDocument(item);
});
let batch = [];
for (const item of relationBatches({ total, entities: entityCount })) {
  batch.push(item);
  if (batch.length < 500) continue;
  inTransaction(batch);
  batch = [];
  if (performance.now() - last > 10_000) {
    last = performance.now();
    process.stderr.write(
      `generate-store: ${documents} documents, ${entities.size} entities, ${relations.size} relations, ${((last - start) / 1000).toFixed(0)} s\n`,
    );
  }
}
inTransaction(batch);
const rowsSeconds = (performance.now() - start) / 1000;

// What ingest keeps beside the rows, from the final states.
db.transaction(() => {
  for (const [key, { id, state }] of entities) {
    statements.entity.run(
      id,
      key,
      state.label,
      state.type,
      JSON.stringify(state.aliases),
      JSON.stringify(state.typeVotes),
      state.mentionCount,
      state.documentCount,
      state.firstSeen || null,
      state.lastSeen || null,
      state.degree,
      state.weightedDegree,
    );
    for (const [norm, kind] of nameEntries(state)) statements.name.run(norm, id, kind);
    statements.text.run(id, searchText(state.label, state.aliases));
  }
  for (const row of relations.values()) {
    statements.relation.run(
      row.id,
      row.subject,
      row.predicate,
      row.object,
      row.state.label ?? row.label,
      row.state.weight,
      row.state.modality,
      ...countColumns(row.state.counts),
      row.state.firstSeen,
      row.state.lastSeen,
    );
  }
  fillTallies(db);
  db.exec(
    `INSERT INTO evidence_fts (rowid, sentence) SELECT id, sentence FROM evidence ORDER BY id`,
  );
  for (const { sql } of deferred) db.exec(sql);
  writeComponents(db, countComponents(db));
  db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('version', ?)`).run(documents);
})();
const broken = db.pragma('foreign_key_check');
if (broken.length > 0) throw new Error(`generate-store: ${broken.length} rows break a foreign key`);
db.pragma('journal_mode = WAL');
db.close();
const seconds = (performance.now() - start) / 1000;
// Opened once through the store (as every reader of it will), then put in place.
const store = await graph.openStore({ path: partial });
const stats = await store.stats();
await store.close();
renameSync(partial, out);
for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
emitResult({
  seconds,
  rowsSeconds,
  documents,
  entities: entities.size,
  relations: relations.size,
  evidence: evidenceRows,
  stats,
  peakRss: peakRss(),
});
