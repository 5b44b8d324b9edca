/**
 * The SQLite store's tables. They live beside the checkpointer's tables in
 * the same file, so their names say whose they are. Every statement is
 * idempotent: opening a file twice, or one the checkpointer created, is safe.
 * A later change to the layout adds a numbered step here, keyed on the
 * version row, rather than editing these.
 */
import type Database from "better-sqlite3";

const SCHEMA_VERSION = 1;

export function createStoreSchema(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS store_items (
      -- An explicit integer key: the full-text rows point at it, and unlike
      -- an implicit rowid it never changes (VACUUM).
      id INTEGER PRIMARY KEY,
      namespace TEXT NOT NULL,
      key TEXT NOT NULL,
      value TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (namespace, key)
    );
    CREATE INDEX IF NOT EXISTS store_items_updated ON store_items (updated_at);
    -- Lexical index (BM25). Porter stemming so "escalations" finds
    -- "escalation"; diacritics folded so "facture" finds "facturé".
    CREATE VIRTUAL TABLE IF NOT EXISTS store_items_fts USING fts5 (
      text,
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
    CREATE TABLE IF NOT EXISTS store_schema (version INTEGER NOT NULL);
  `);
  const row = db.prepare<[], { version: number }>("SELECT version FROM store_schema").get();
  if (!row) db.prepare("INSERT INTO store_schema (version) VALUES (?)").run(SCHEMA_VERSION);
}
