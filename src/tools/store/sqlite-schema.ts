/**
 * The SQLite store's tables. They live beside the checkpointer's tables in
 * the same file, so their names say whose they are. Every statement is
 * idempotent: opening a file twice, or one the checkpointer created, is safe.
 * A later change to the layout adds a numbered step here, keyed on the
 * version row, rather than editing these.
 */
import type Database from "better-sqlite3";
import { unpackText } from "../checkpoint/compression.js";

/**
 * 2: the full-text index keeps no copy of the text it indexes (contentless,
 * rows deletable), and values may be deflated (sqlite-store.ts). A file at
 * version 1 keeps its index, which takes the same statements; its plain
 * JSON values read as before.
 */
const SCHEMA_VERSION = 2;

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
    -- Contentless: a search ranks and joins on the rowid and never reads the
    -- text back, so a second copy of it (store_items_fts_content) was bytes
    -- for nothing; contentless_delete lets a put replace an item's words.
    CREATE VIRTUAL TABLE IF NOT EXISTS store_items_fts USING fts5 (
      text,
      content = '',
      contentless_delete = 1,
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
    CREATE TABLE IF NOT EXISTS store_schema (version INTEGER NOT NULL);
  `);
  const row = db.prepare<[], { version: number }>("SELECT version FROM store_schema").get();
  if (!row) db.prepare("INSERT INTO store_schema (version) VALUES (?)").run(SCHEMA_VERSION);
}

/** A value column as JSON text in SQL, deflated or not: `store_value(column)`. */
export const STORE_VALUE_SQL = (column: string): string => `store_value(${column})`;

/** Registers store_value() on this connection (per connection, as SQLite functions are). */
export function registerStoreValue(db: Database.Database): void {
  db.function("store_value", { deterministic: true }, (value: unknown) =>
    value instanceof Uint8Array ? unpackText(value) : typeof value === "string" ? value : null,
  );
}
