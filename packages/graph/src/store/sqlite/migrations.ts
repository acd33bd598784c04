/**
 * The SQLite store's schema, as an ordered list of migrations. `PRAGMA user_version` records
 * how many have run; opening a store runs the missing ones in one transaction. Append, never
 * edit: a store written by an older kg upgrades in place.
 */
import { CHANGES_TABLE } from '../changes.js';
import type { Database } from 'better-sqlite3';
import type { EntityType } from '@kg/schema';
import { KgError } from '@kg/schema';
import { nameEntries } from '../../resolver.js';
import { searchText } from '../../query/search.js';
import { countComponents, writeComponents } from './components.js';

type Migration = (db: Database) => void;

const V1 = `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    title TEXT,
    date TEXT,
    format TEXT,
    chars INTEGER NOT NULL,
    extractor_version TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX documents_source ON documents(source);

  CREATE TABLE entities (
    key TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    type TEXT NOT NULL
  );

  CREATE TABLE aliases (
    id INTEGER PRIMARY KEY,
    entity_key TEXT NOT NULL REFERENCES entities(key),
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    UNIQUE (entity_key, doc_id, alias)
  );
  CREATE INDEX aliases_doc ON aliases(doc_id);

  CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_key TEXT NOT NULL REFERENCES entities(key),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL
  );
  CREATE INDEX mentions_doc ON mentions(doc_id);
  CREATE INDEX mentions_entity ON mentions(entity_key);

  CREATE TABLE relations (
    key TEXT PRIMARY KEY,
    subject TEXT NOT NULL REFERENCES entities(key),
    predicate TEXT NOT NULL,
    object TEXT NOT NULL REFERENCES entities(key),
    label TEXT
  );
  CREATE INDEX relations_subject ON relations(subject);
  CREATE INDEX relations_object ON relations(object);

  CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    relation_key TEXT NOT NULL REFERENCES relations(key),
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sentence TEXT NOT NULL,
    subject_start INTEGER,
    subject_end INTEGER,
    object_start INTEGER,
    object_end INTEGER,
    trigger_start INTEGER,
    trigger_end INTEGER,
    modality TEXT NOT NULL,
    attribution TEXT,
    confidence REAL NOT NULL,
    extractor_version TEXT NOT NULL,
    date TEXT NOT NULL
  );
  CREATE INDEX evidence_relation ON evidence(relation_key);
  CREATE INDEX evidence_doc ON evidence(doc_id);

  CREATE TABLE curation (
    id INTEGER PRIMARY KEY,
    op TEXT NOT NULL CHECK (op IN ('merge', 'split', 'rename', 'retype')),
    rule TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
`;

/**
 * 2: integer row ids for every reference (smaller rows and indexes than repeated text keys);
 * what every reader asks for kept as columns by ingest (an entity's counts, aliases, type votes
 * and degrees; a relation's weight, modality counts and dates; a document's counts), so nothing
 * is aggregated on open; `names` for resolving a document by indexed look-ups; full-text
 * indexes over entity names and evidence sentences; a version counter and a cache of derived
 * values per version.
 */
const V2_SCHEMA = `
  CREATE TABLE documents (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    title TEXT,
    date TEXT,
    format TEXT,
    chars INTEGER NOT NULL,
    extractor_version TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    mention_count INTEGER NOT NULL DEFAULT 0,
    evidence_count INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX documents_source ON documents(source);

  CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    type_votes TEXT NOT NULL DEFAULT '{}',
    mention_count INTEGER NOT NULL DEFAULT 0,
    document_count INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen TEXT,
    degree INTEGER NOT NULL DEFAULT 0,
    weighted_degree INTEGER NOT NULL DEFAULT 0
  );

  CREATE TABLE names (
    norm TEXT NOT NULL,
    entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    PRIMARY KEY (norm, entity)
  ) WITHOUT ROWID;
  CREATE INDEX names_entity ON names(entity);

  CREATE TABLE aliases (
    entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    doc INTEGER NOT NULL REFERENCES documents(num) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (entity, doc, alias)
  ) WITHOUT ROWID;
  CREATE INDEX aliases_doc ON aliases(doc);

  CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    doc INTEGER NOT NULL REFERENCES documents(num) ON DELETE CASCADE,
    entity INTEGER NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL
  );
  CREATE INDEX mentions_doc ON mentions(doc);
  CREATE INDEX mentions_entity ON mentions(entity, doc);

  CREATE TABLE relations (
    id INTEGER PRIMARY KEY,
    subject INTEGER NOT NULL REFERENCES entities(id),
    predicate TEXT NOT NULL,
    object INTEGER NOT NULL REFERENCES entities(id),
    label TEXT,
    weight INTEGER NOT NULL DEFAULT 0,
    modality TEXT NOT NULL DEFAULT 'negated',
    asserted INTEGER NOT NULL DEFAULT 0,
    reported INTEGER NOT NULL DEFAULT 0,
    considered INTEGER NOT NULL DEFAULT 0,
    alleged INTEGER NOT NULL DEFAULT 0,
    negated INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT,
    last_seen TEXT,
    UNIQUE (subject, predicate, object)
  );
  CREATE INDEX relations_object ON relations(object);

  CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    relation INTEGER NOT NULL REFERENCES relations(id),
    doc INTEGER NOT NULL REFERENCES documents(num) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sentence TEXT NOT NULL,
    subject_start INTEGER,
    subject_end INTEGER,
    object_start INTEGER,
    object_end INTEGER,
    trigger_start INTEGER,
    trigger_end INTEGER,
    modality TEXT NOT NULL,
    attribution TEXT,
    confidence REAL NOT NULL,
    extractor_version TEXT NOT NULL,
    date TEXT NOT NULL
  );
  CREATE INDEX evidence_relation ON evidence(relation);
  CREATE INDEX evidence_doc ON evidence(doc);

  -- Entity names (label, aliases, initials), written with the names rows; rowid = entity id.
  CREATE VIRTUAL TABLE entity_fts USING fts5(
    names, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
  );
  CREATE TRIGGER entities_fts_delete AFTER DELETE ON entities BEGIN
    DELETE FROM entity_fts WHERE rowid = old.id;
  END;

  CREATE VIRTUAL TABLE evidence_fts USING fts5(
    sentence, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN
    INSERT INTO evidence_fts (rowid, sentence) VALUES (new.id, new.sentence);
  END;
  CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence BEGIN
    DELETE FROM evidence_fts WHERE rowid = old.id;
  END;

  CREATE TABLE curation (
    id INTEGER PRIMARY KEY,
    op TEXT NOT NULL CHECK (op IN ('merge', 'split', 'rename', 'retype')),
    rule TEXT NOT NULL,
    created_at TEXT NOT NULL
  );

  CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
  INSERT INTO meta (key, value) VALUES ('version', 0);

  CREATE TABLE cache (
    name TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    value TEXT NOT NULL
  ) WITHOUT ROWID;
`;

/** Copies a version-1 store into the version-2 tables (same content, new shape). */
function fromV1(db: Database): void {
  for (const table of ['documents', 'entities', 'aliases', 'mentions', 'relations', 'evidence']) {
    db.exec(`ALTER TABLE ${table} RENAME TO v1_${table}`);
  }
  db.exec(`ALTER TABLE curation RENAME TO v1_curation`);
  // Indexes keep their names through a rename: the new tables want those names.
  for (const index of [
    'documents_source',
    'aliases_doc',
    'mentions_doc',
    'mentions_entity',
    'relations_subject',
    'relations_object',
    'evidence_relation',
    'evidence_doc',
  ]) {
    db.exec(`DROP INDEX IF EXISTS ${index}`);
  }
  db.exec(V2_SCHEMA);
  db.exec(`
    INSERT INTO curation (id, op, rule, created_at) SELECT id, op, rule, created_at FROM v1_curation;
    INSERT INTO documents (id, source, title, date, format, chars, extractor_version, ingested_at)
      SELECT id, source, title, date, format, chars, extractor_version, ingested_at
      FROM v1_documents ORDER BY ingested_at, rowid;
    INSERT INTO entities (key, label, type) SELECT key, label, type FROM v1_entities ORDER BY rowid;
    INSERT OR IGNORE INTO aliases (entity, doc, alias)
      SELECT e.id, d.num, a.alias FROM v1_aliases a
      JOIN entities e ON e.key = a.entity_key JOIN documents d ON d.id = a.doc_id ORDER BY a.id;
    INSERT INTO mentions (doc, entity, start, end, text, type)
      SELECT d.num, e.id, m.start, m.end, m.text, m.type FROM v1_mentions m
      JOIN entities e ON e.key = m.entity_key JOIN documents d ON d.id = m.doc_id ORDER BY m.id;
    INSERT INTO relations (subject, predicate, object, label)
      SELECT s.id, r.predicate, o.id, r.label FROM v1_relations r
      JOIN entities s ON s.key = r.subject JOIN entities o ON o.key = r.object ORDER BY r.rowid;
    INSERT INTO evidence (relation, doc, start, end, sentence, subject_start, subject_end,
        object_start, object_end, trigger_start, trigger_end, modality, attribution, confidence,
        extractor_version, date)
      SELECT n.id, d.num, ev.start, ev.end, ev.sentence, ev.subject_start, ev.subject_end,
        ev.object_start, ev.object_end, ev.trigger_start, ev.trigger_end, ev.modality,
        ev.attribution, ev.confidence, ev.extractor_version, ev.date
      FROM v1_evidence ev
      JOIN v1_relations r ON r.key = ev.relation_key
      JOIN entities s ON s.key = r.subject JOIN entities o ON o.key = r.object
      JOIN relations n ON n.subject = s.id AND n.predicate = r.predicate AND n.object = o.id
      JOIN documents d ON d.id = ev.doc_id
      ORDER BY ev.id;
  `);
  for (const table of ['evidence', 'mentions', 'aliases', 'relations', 'entities', 'documents']) {
    db.exec(`DROP TABLE v1_${table}`);
  }
  db.exec(`DROP TABLE v1_curation`);
  recomputeAll(db);
}

/** Every aggregate column and name row, from the rows themselves. */
function recomputeAll(db: Database): void {
  db.exec(`
    UPDATE documents SET
      mention_count = (SELECT COUNT(*) FROM mentions WHERE doc = documents.num),
      evidence_count = (SELECT COUNT(*) FROM evidence WHERE doc = documents.num);
    UPDATE relations SET
      weight = (SELECT COUNT(*) FROM evidence WHERE relation = relations.id),
      asserted = (SELECT COUNT(*) FROM evidence WHERE relation = relations.id AND modality = 'asserted'),
      reported = (SELECT COUNT(*) FROM evidence WHERE relation = relations.id AND modality = 'reported'),
      considered = (SELECT COUNT(*) FROM evidence WHERE relation = relations.id AND modality = 'considered'),
      alleged = (SELECT COUNT(*) FROM evidence WHERE relation = relations.id AND modality = 'alleged'),
      negated = (SELECT COUNT(*) FROM evidence WHERE relation = relations.id AND modality = 'negated'),
      first_seen = (SELECT MIN(date) FROM evidence WHERE relation = relations.id),
      last_seen = (SELECT MAX(date) FROM evidence WHERE relation = relations.id);
    UPDATE relations SET modality = CASE
      WHEN asserted > 0 THEN 'asserted' WHEN reported > 0 THEN 'reported'
      WHEN alleged > 0 THEN 'alleged' WHEN considered > 0 THEN 'considered' ELSE 'negated' END;
    UPDATE entities SET
      mention_count = (SELECT COUNT(*) FROM mentions WHERE entity = entities.id),
      document_count = (SELECT COUNT(DISTINCT doc) FROM mentions WHERE entity = entities.id),
      first_seen = (SELECT MIN(d.ingested_at) FROM mentions m JOIN documents d ON d.num = m.doc
        WHERE m.entity = entities.id),
      last_seen = (SELECT MAX(d.ingested_at) FROM mentions m JOIN documents d ON d.num = m.doc
        WHERE m.entity = entities.id),
      degree = (SELECT COUNT(*) FROM relations WHERE subject = entities.id)
        + (SELECT COUNT(*) FROM relations WHERE object = entities.id),
      weighted_degree = (SELECT COALESCE(SUM(weight), 0) FROM relations WHERE subject = entities.id)
        + (SELECT COALESCE(SUM(weight), 0) FROM relations WHERE object = entities.id);
  `);
  const aliasesOf = db
    .prepare(`SELECT alias FROM aliases WHERE entity = ? GROUP BY alias ORDER BY MIN(doc), alias`)
    .pluck();
  const votesOf = db.prepare(
    `SELECT type, COUNT(*) AS n FROM mentions WHERE entity = ? AND type != 'NORP' GROUP BY type`,
  );
  const update = db.prepare(`UPDATE entities SET aliases = ?, type_votes = ? WHERE id = ?`);
  const addName = db.prepare(`INSERT OR REPLACE INTO names (norm, entity, kind) VALUES (?, ?, ?)`);
  const addText = db.prepare(`INSERT INTO entity_fts (rowid, names) VALUES (?, ?)`);
  const rows = db.prepare(`SELECT id, label, type FROM entities`).all() as {
    id: number;
    label: string;
    type: EntityType;
  }[];
  for (const row of rows) {
    const aliases = (aliasesOf.all(row.id) as string[]).filter((a) => a !== row.label);
    const votes: Record<string, number> = {};
    for (const vote of votesOf.all(row.id) as { type: string; n: number }[]) {
      votes[vote.type] = vote.n;
    }
    update.run(JSON.stringify(aliases), JSON.stringify(votes), row.id);
    for (const [norm, kind] of nameEntries({ label: row.label, type: row.type, aliases })) {
      addName.run(norm, row.id, kind);
    }
    addText.run(row.id, searchText(row.label, aliases));
  }
  db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('version', 1)`).run();
}

/**
 * 3: `tallies`, the counts graph stats read (entities per type, relations per predicate and per
 * modality, evidence items, isolated entities), kept by every write.
 */
const V3_SCHEMA = `
  CREATE TABLE tallies (name TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
`;

/** Fills `tallies` from the tables (also used by the bench's store generator). */
export function fillTallies(db: Database): void {
  db.exec(`
    DELETE FROM tallies;
    INSERT INTO tallies (name, count)
      SELECT 'type:' || type, COUNT(*) FROM entities GROUP BY type;
    INSERT INTO tallies (name, count)
      SELECT 'predicate:' || predicate, COUNT(*) FROM relations GROUP BY predicate;
    INSERT INTO tallies (name, count)
      SELECT 'modality:' || modality, COUNT(*) FROM relations GROUP BY modality;
    INSERT INTO tallies (name, count) SELECT 'evidence', COALESCE(SUM(weight), 0) FROM relations;
    INSERT INTO tallies (name, count) SELECT 'isolated', COUNT(*) FROM entities WHERE degree = 0;
  `);
}

/**
 * 4: `document_text`, each document's text as it was extracted (what the reader shows and what
 * re-extraction and undo read again); curation ops for relations (`reject`, `accept`).
 */
const V4_SCHEMA = `
  CREATE TABLE document_text (
    doc INTEGER PRIMARY KEY REFERENCES documents(num) ON DELETE CASCADE,
    text TEXT NOT NULL
  );
  CREATE TABLE curation_v4 (
    id INTEGER PRIMARY KEY,
    op TEXT NOT NULL CHECK (op IN ('merge', 'split', 'rename', 'retype', 'reject', 'accept')),
    rule TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  INSERT INTO curation_v4 (id, op, rule, created_at) SELECT id, op, rule, created_at FROM curation;
  DROP TABLE curation;
  ALTER TABLE curation_v4 RENAME TO curation;
`;

/**
 * 5: `components`, the connected components every write keeps (a union-find over entity ids:
 * see `components.ts`), so stats never walk the relations.
 */
const V5_SCHEMA = `
  CREATE TABLE components (
    entity INTEGER PRIMARY KEY,
    parent INTEGER NOT NULL,
    size INTEGER NOT NULL
  );
`;

/** 7: the site a web page came from (`documents.site`: its og:site_name, else its host). */
const V7_SCHEMA = `
  ALTER TABLE documents ADD COLUMN site TEXT;
`;

const MIGRATIONS: readonly Migration[] = [
  // 1: documents, entities with their aliases and mentions, relations with their evidence,
  // and curation rules. Everything a document brought goes when the document goes.
  (db) => db.exec(V1),
  // 2: see V2_SCHEMA.
  fromV1,
  // 3: see V3_SCHEMA.
  (db) => {
    db.exec(V3_SCHEMA);
    fillTallies(db);
  },
  // 4: see V4_SCHEMA.
  (db) => db.exec(V4_SCHEMA),
  // 5: see V5_SCHEMA; counted from the tables once.
  (db) => {
    db.exec(V5_SCHEMA);
    writeComponents(db, countComponents(db));
  },
  // 6: the change log (`../changes.ts`): what each write touched, for catching up.
  (db) => db.exec(CHANGES_TABLE),
  // 7: see V7_SCHEMA.
  (db) => db.exec(V7_SCHEMA),
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database up to `SCHEMA_VERSION`; refuses one written by a newer kg. */
export function migrate(db: Database, path: string): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new KgError(
      'STORE_ERROR',
      `graph.store: ${path} has schema version ${current}; this kg reads up to ${SCHEMA_VERSION}. Upgrade kg.`,
    );
  }
  if (current === SCHEMA_VERSION) return current;
  // IMMEDIATE, and the version read again inside: two processes opening a new store at once
  // migrate it once.
  db.transaction(() => {
    const from = db.pragma('user_version', { simple: true }) as number;
    // A new store is created in the latest shape directly.
    if (from === 0) {
      db.exec(V2_SCHEMA + V3_SCHEMA + V4_SCHEMA + V5_SCHEMA + CHANGES_TABLE + V7_SCHEMA);
    } else for (let v = from; v < SCHEMA_VERSION; v++) MIGRATIONS[v]?.(db);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
  return SCHEMA_VERSION;
}

/** The v1 schema, for tests that upgrade an old store. */
export const SCHEMA_V1_SQL = V1;
