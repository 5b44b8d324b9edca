/**
 * The SQLite store's tables. They live beside the checkpointer's tables in
 * the same file, so their names say whose they are. Every statement is
 * idempotent: opening a file twice, or one the checkpointer created, is safe.
 * A later change to the layout adds a numbered step here, keyed on the
 * version row, rather than editing these.
 */
import type Database from "better-sqlite3";

/**
 * 2: the full-text index keeps no copy of the text it indexes (contentless,
 * rows deletable), values may be deflated, and `filterable` holds what the
 * SQL prefilter reads (sqlite-store.ts). A file at version 1 keeps its
 * index, which takes the same statements, and gains the column (NULL in its
 * rows, whose plain JSON values are read instead).
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
      filterable TEXT,
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
  if (!hasFilterable(db)) {
    try {
      db.exec("ALTER TABLE store_items ADD COLUMN filterable TEXT");
    } catch (error) {
      // Another process opening the same file may have added it a moment ago.
      if (!hasFilterable(db)) throw error;
    }
  }
}

function hasFilterable(db: Database.Database): boolean {
  return (db.pragma("table_info(store_items)") as Array<{ name: string }>).some((column) => column.name === "filterable");
}

/**
 * What the SQL prefilter (filter.ts) reads of an item, as JSON: its
 * top-level strings and nulls — the prefilter narrows on `key: "string"`
 * and `key: { $ne: null }` only, and a key left out reads as neither. Kept
 * beside the (deflated) value so a search narrows in SQL without inflating
 * every row: the learning loop searches all outcomes for those with a
 * verdict at every ticket.
 */
export function filterableOf(value: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === "string" || v === null)));
}

/** The JSON the prefilter reads: `filterable`, or the plain value of a row written before it existed. */
export const FILTERABLE_SQL = (alias: string): string => `COALESCE(${alias}.filterable, ${alias}.value)`;
