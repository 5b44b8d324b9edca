/**
 * Where a piece of text still is: every cell of every table (deflated
 * checkpoint JSON inflated first, so a compressed copy is found too), and
 * the raw bytes of files. For erasure tests: what `threads delete` removed
 * must be found nowhere.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { DEFLATED_JSON, unpackJson } from "../../src/persistence/checkpoint/compression.js";
import type { TestSchema } from "./services.js";

function readings(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === "string") return [value];
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) {
    const bytes = Buffer.from(value);
    const texts = [bytes.toString("utf8"), bytes.toString("latin1")];
    try {
      texts.push(unpackJson(DEFLATED_JSON, bytes));
    } catch {
      // Not deflated: read as it is.
    }
    return texts;
  }
  return [typeof value === "object" ? JSON.stringify(value) : String(value)];
}

function matches(texts: string[], needles: readonly string[]): string[] {
  return needles.filter((needle) => texts.some((text) => text.toLowerCase().includes(needle.toLowerCase())));
}

/** "table: needle" for every table of the SQLite file holding a needle in any cell. */
export function sqliteTraces(path: string, needles: readonly string[]): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
    const hits: string[] = [];
    for (const { name } of tables) {
      const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>;
      const found = new Set(rows.flatMap((row) => matches(Object.values(row).flatMap(readings), needles)));
      for (const needle of found) hits.push(`${name}: ${needle}`);
    }
    return hits;
  } finally {
    db.close();
  }
}

/** The same for every table of a PostgreSQL test schema. */
export async function postgresTraces(schema: TestSchema, needles: readonly string[]): Promise<string[]> {
  const tables = await schema.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = $1", [schema.name]);
  const hits: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = await schema.query<Record<string, unknown>>(`SELECT * FROM "${schema.name}"."${table_name}"`);
    const found = new Set(rows.rows.flatMap((row) => matches(Object.values(row).flatMap(readings), needles)));
    for (const needle of found) hits.push(`${table_name}: ${needle}`);
  }
  return hits;
}

/** "file: needle" for every file (folders searched whole) whose bytes hold a needle. */
export function fileTraces(paths: readonly string[], needles: readonly string[]): string[] {
  const walk = (path: string): string[] => {
    try {
      return statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => walk(join(path, name))) : [path];
    } catch {
      return [];
    }
  };
  const files = paths.flatMap(walk);
  return files.flatMap((file) => matches(readings(readFileSync(file)), needles).map((needle) => `${file}: ${needle}`));
}
