/**
 * The store's schema, as an ordered list of migrations. `PRAGMA user_version` records how many
 * have run; opening a store runs the missing ones in one transaction. Append, never edit.
 */
import type { Database } from 'better-sqlite3';
import { KgError } from '@kg/schema';

const MIGRATIONS: readonly string[] = [
  // 1: documents, entities with their aliases and mentions, relations with their evidence,
  // and curation rules. Everything a document brought goes when the document goes.
  `
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
  `,
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
    for (let v = from; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v] ?? '');
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
  return SCHEMA_VERSION;
}
