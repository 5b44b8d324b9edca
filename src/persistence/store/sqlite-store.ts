/**
 * A LangGraph store (BaseStore) in SQLite, so outcome memory survives the
 * process like the threads do — by default in the same file as the
 * checkpointer. LangGraph ships an in-memory and a PostgreSQL store but none
 * for SQLite. Every operation goes through `batch()`, which runs in one
 * transaction: a batch is applied whole or not at all, in the order given.
 *
 * Search: a namespace prefix, a filter on top-level value keys (see
 * filter.ts), limit/offset, and an optional query ranked lexically (FTS5,
 * BM25) over the item's indexed text; without a query, most recently
 * updated first.
 *
 * A value is kept deflated with the checkpoint dictionary when that is
 * shorter (an outcome record takes about a third of its JSON so; see
 * packText), plain JSON text otherwise and in files written before. The
 * filter's SQL narrowing reads `filterable`, the value's top-level strings
 * and nulls kept as JSON text (filterableOf), so it never inflates a row.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import {
  BaseStore,
  InvalidNamespaceError,
  validateNamespace,
  type GetOperation,
  type Item,
  type ListNamespacesOperation,
  type Operation,
  type OperationResults,
  type PutOperation,
  type SearchItem,
  type SearchOperation,
} from "@langchain/langgraph-checkpoint";
import { matchesFilter, sqlPrefilter } from "./filter.js";
import { ftsQuery, indexText } from "./lexical.js";
import { decodeNamespace, encodeNamespace, matchesCondition, prefixCondition } from "./namespace-path.js";
import { createStoreSchema, FILTERABLE_SQL, filterableOf } from "./sqlite-schema.js";
import { packText, unpackText } from "../checkpoint/compression.js";
import { privateSqliteFile } from "../private-sqlite.js";
import { StatementCache } from "../sqlite-statements.js";

/** BaseStore's documented defaults. */
const DEFAULT_SEARCH_LIMIT = 10;
const DEFAULT_NAMESPACE_LIMIT = 100;

interface Row {
  id: number;
  namespace: string;
  key: string;
  /** JSON text, or JSON deflated (a BLOB): see packText. */
  value: string | Uint8Array;
  created_at: string;
  updated_at: string;
}

function toItem(row: Row): Item {
  return {
    namespace: decodeNamespace(row.namespace),
    key: row.key,
    value: JSON.parse(unpackText(row.value)) as Record<string, unknown>,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

/**
 * The value cell and its filterable JSON: deflated with the filterable
 * beside it when the two take less than the JSON alone (an outcome record),
 * else the JSON as text with no filterable (a follow-up: mostly strings,
 * every one of which the filterable would repeat); the prefilter reads
 * either (FILTERABLE_SQL).
 */
function storedValue(value: Record<string, unknown>): [string | Uint8Array, string | null] {
  const json = JSON.stringify(value);
  const packed = packText(json);
  if (typeof packed === "string") return [json, null];
  const filterable = filterableOf(value);
  return packed.length + filterable.length < json.length ? [packed, filterable] : [json, null];
}

export class SqliteStore extends BaseStore {
  private closed = false;
  /** Get and put run per ticket: their statements are prepared once (sqlite-statements.ts). */
  private readonly statements: StatementCache;

  /**
   * @param db an open better-sqlite3 database; the store creates its tables
   *   beside whatever else the file holds (the checkpointer's tables).
   * @param owned whether stop() closes the connection.
   */
  constructor(
    readonly db: Database.Database,
    private readonly owned = false,
  ) {
    super();
    createStoreSchema(db);
    this.statements = new StatementCache(db);
  }

  /** Opens (and creates, folder included) the SQLite file at `path`. */
  static fromPath(path: string): SqliteStore {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    privateSqliteFile(path);
    const db = new Database(path);
    // WAL lets readers (a report, `learning show`) run while an agent
    // writes; the checkpointer on the same file sets it too. 5 s of waiting
    // on a lock covers any single batch this store writes.
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    privateSqliteFile(path);
    return new SqliteStore(db, true);
  }

  async batch<Op extends Operation[]>(operations: Op): Promise<OperationResults<Op>> {
    if (this.closed) throw new Error("SqliteStore: the store was stopped");
    const run = this.db.transaction((ops: Operation[]) => ops.map((op) => this.apply(op)));
    return run(operations) as OperationResults<Op>;
  }

  override stop(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.owned) this.db.close();
  }

  private apply(op: Operation): Item | null | SearchItem[] | string[][] | void {
    if ("namespacePrefix" in op) return this.runSearch(op);
    if ("value" in op) return this.runPut(op);
    if ("key" in op) return this.runGet(op);
    if ("matchConditions" in op) return this.runListNamespaces(op);
    throw new Error(`SqliteStore: unsupported operation ${JSON.stringify(op)}`);
  }

  private runGet(op: GetOperation): Item | null {
    const row = this.statements.get("SELECT * FROM store_items WHERE namespace = ? AND key = ?").get(encodeNamespace(op.namespace), op.key) as Row | undefined;
    return row ? toItem(row) : null;
  }

  private runPut(op: PutOperation): void {
    const namespace = encodeNamespace(op.namespace);
    if (op.value === null) {
      const row = this.statements.get("SELECT id FROM store_items WHERE namespace = ? AND key = ?").get(namespace, op.key) as { id: number } | undefined;
      if (!row) return;
      this.statements.get("DELETE FROM store_items_fts WHERE rowid = ?").run(row.id);
      this.statements.get("DELETE FROM store_items WHERE id = ?").run(row.id);
      return;
    }
    // batch() is public: a put that did not come through put() is checked here.
    validateNamespace(op.namespace);
    const now = new Date().toISOString();
    const { id } = this.statements
      .get(
        `INSERT INTO store_items (namespace, key, value, filterable, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, filterable = excluded.filterable
         RETURNING id`,
      )
      .get(namespace, op.key, ...storedValue(op.value), now, now) as { id: number };
    this.statements.get("DELETE FROM store_items_fts WHERE rowid = ?").run(id);
    const text = indexText(op.value, op.index);
    if (text !== null) this.statements.get("INSERT INTO store_items_fts (rowid, text) VALUES (?, ?)").run(id, text);
  }

  private runSearch(op: SearchOperation): SearchItem[] {
    if (op.namespacePrefix.some((label) => typeof label !== "string")) {
      throw new InvalidNamespaceError(`Invalid namespace prefix ${JSON.stringify(op.namespacePrefix)}`);
    }
    const limit = op.limit ?? DEFAULT_SEARCH_LIMIT;
    const offset = op.offset ?? 0;
    const prefix = prefixCondition("i.namespace", op.namespacePrefix);
    const pre = sqlPrefilter(FILTERABLE_SQL("i"), op.filter);
    const where = [prefix.sql, ...pre.sql];
    const params: Array<string | number> = [...prefix.params, ...pre.params];
    const match = op.query ? ftsQuery(op.query) : null;

    const sql = match
      ? `SELECT i.*, bm25(store_items_fts) AS rank FROM store_items_fts JOIN store_items i ON i.id = store_items_fts.rowid
         WHERE store_items_fts MATCH ? AND ${where.join(" AND ")} ORDER BY rank, i.updated_at DESC, i.id DESC`
      : `SELECT i.* FROM store_items i WHERE ${where.join(" AND ")} ORDER BY i.updated_at DESC, i.id DESC`;
    const rows = this.db.prepare<Array<string | number>, Row & { rank?: number }>(sql).iterate(...(match ? [match, ...params] : params));

    const found: SearchItem[] = [];
    let skipped = 0;
    for (const row of rows) {
      const item = toItem(row);
      if (!matchesFilter(item.value, op.filter)) continue;
      if (skipped < offset) {
        skipped++;
        continue;
      }
      // FTS5's bm25() is negative, more negative for a better match; the
      // store contract wants higher-is-better.
      found.push(row.rank !== undefined ? { ...item, score: -row.rank } : item);
      if (found.length >= limit) break;
    }
    return found;
  }

  private runListNamespaces(op: ListNamespacesOperation): string[][] {
    const rows = this.db.prepare<[], { namespace: string }>("SELECT DISTINCT namespace FROM store_items").all();
    let namespaces = rows
      .map((r) => decodeNamespace(r.namespace))
      .filter((ns) => (op.matchConditions ?? []).every((condition) => matchesCondition(ns, condition)));
    if (op.maxDepth !== undefined) {
      const depth = op.maxDepth;
      const unique = new Map(namespaces.map((ns) => ns.slice(0, depth)).map((ns) => [encodeNamespace(ns), ns]));
      namespaces = [...unique.values()];
    }
    namespaces.sort((a, b) => a.join(":").localeCompare(b.join(":")));
    const offset = op.offset ?? 0;
    return namespaces.slice(offset, offset + (op.limit ?? DEFAULT_NAMESPACE_LIMIT));
  }
}
