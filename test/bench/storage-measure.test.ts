/**
 * The storage benchmark's measuring functions (bench/storage-measure.ts,
 * bench/storage-cli.ts): which bytes count as a threads database's, how a
 * table's indexes are counted with it, which tables are the checkpointer's,
 * and the peak memory a child process reports. Figures, not timings.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../bench/storage-cli.js";
import {
  checkpointBytes,
  isCheckpointTable,
  kbPerTicket,
  postgresFootprint,
  sqliteFootprint,
  sqliteTableBytes,
  statusBytes,
} from "../../bench/storage-measure.js";
import { tempDir } from "../cli/run-cli.js";
import { skipWithout, testSchema, type TestSchema } from "../helpers/services.js";

describe("sqliteFootprint", () => {
  it("counts the file, its companions and what is left under locks/, and nothing else beside it", () => {
    const dir = tempDir("esc-bench-measure-");
    const db = join(dir, "agent.db");
    writeFileSync(db, Buffer.alloc(4096));
    writeFileSync(`${db}-wal`, Buffer.alloc(1000));
    writeFileSync(`${db}-journal`, Buffer.alloc(24));
    mkdirSync(join(dir, "locks", "0123456789abcdef0123456789abcdef.lock"), { recursive: true });
    writeFileSync(join(dir, "locks", "fedcba9876543210fedcba9876543210"), Buffer.alloc(10));
    writeFileSync(join(dir, "other.db"), Buffer.alloc(9999));
    mkdirSync(join(dir, "outbox"));
    writeFileSync(join(dir, "outbox", "T-1_reply_1.eml"), Buffer.alloc(500));

    expect(sqliteFootprint(db)).toEqual({ databaseBytes: 4096 + 1000 + 24, lockEntries: 2, lockBytes: 10, totalBytes: 4096 + 1000 + 24 + 10 });
  });

  it("finds no litter where there is no locks folder", () => {
    const db = join(tempDir("esc-bench-measure-"), "agent.db");
    writeFileSync(db, Buffer.alloc(8192));
    expect(sqliteFootprint(db)).toEqual({ databaseBytes: 8192, lockEntries: 0, lockBytes: 0, totalBytes: 8192 });
  });
});

describe("sqliteTableBytes", () => {
  it("gives each table its pages, its indexes' pages counted with it, and adds up to the file", () => {
    const path = join(tempDir("esc-bench-measure-"), "agent.db");
    const db = new Database(path);
    db.exec("CREATE TABLE checkpoints (id TEXT PRIMARY KEY, body TEXT); CREATE TABLE store_items (id INTEGER PRIMARY KEY, value TEXT)");
    const insert = db.prepare("INSERT INTO checkpoints VALUES (?, ?)");
    for (let i = 0; i < 200; i++) insert.run(`cp-${i}`, "x".repeat(300));
    db.prepare("INSERT INTO store_items (value) VALUES (?)").run("small");
    db.close();

    const tables = sqliteTableBytes(path);
    const pageSize = 4096;
    // 200 rows of ~300 bytes take many pages; its primary-key index adds pages of its own.
    expect(tables.checkpoints).toBeGreaterThan(200 * 300);
    expect(tables.checkpoints! % pageSize).toBe(0);
    expect(tables.store_items).toBe(pageSize);
    expect(checkpointBytes(tables)).toBe(tables.checkpoints);
    const schemaPage = pageSize;
    expect(Object.values(tables).reduce((a, b) => a + b, 0) + schemaPage).toBe(sqliteFootprint(path).databaseBytes);
  });
});

describe("which tables are the checkpointer's", () => {
  it("takes SQLite's and PostgreSQL's checkpoint tables, not the store, ledger or journal", () => {
    for (const name of ["checkpoints", "writes", "checkpoint_blobs", "checkpoint_texts", "checkpoint_writes", "checkpoint_migrations"]) {
      expect(isCheckpointTable(name), name).toBe(true);
    }
    for (const name of ["store_items", "store_items_fts_data", "notification_deliveries", "intake_journal", "erasures"]) {
      expect(isCheckpointTable(name), name).toBe(false);
    }
  });
});

describe("statusBytes", () => {
  const status = "Name:\tnode\nVmPeak:\t 1200000 kB\nVmHWM:\t  262144 kB\nVmRSS:\t  131072 kB\nThreads:\t11\n";
  it("reads the peak and the current resident set of /proc/<pid>/status in bytes", () => {
    expect(statusBytes(status, "VmHWM")).toBe(262_144 * 1024);
    expect(statusBytes(status, "VmRSS")).toBe(131_072 * 1024);
  });
  it("says nothing when the field is absent (a process that has exited)", () => {
    expect(statusBytes("Name:\tnode\nState:\tZ (zombie)\n", "VmHWM")).toBeUndefined();
  });
});

describe("kbPerTicket", () => {
  it("divides by the tickets in thousands of bytes, as the targets are written", () => {
    expect(kbPerTicket(15_000_000, 1000)).toBe("15.0");
    expect(kbPerTicket(6_049, 1)).toBe("6.0");
    expect(kbPerTicket(1234, 0)).toBe("1.2");
  });
});

describe("runCli", () => {
  it("counts the result lines a real CLI process prints and reports its own peak memory", async () => {
    const lines: string[] = [];
    const run = await runCli(["--version"], {}, (line) => lines.push(line));
    expect(run.code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(run.resultAt).toHaveLength(1);
    // A Node process with the CLI loaded holds tens of megabytes at least; maxRSS arrives in bytes, not kilobytes.
    expect(run.peakRssBytes).toBeGreaterThan(20 * 1024 * 1024);
    expect(run.peakRssBytes).toBeLessThan(4 * 1024 * 1024 * 1024);
  });
});

describe.skipIf(skipWithout("TEST_DATABASE_URL", "the storage benchmark's PostgreSQL measure"))("postgresFootprint", () => {
  let schema: TestSchema | undefined;
  afterEach(async () => {
    await schema?.drop();
    schema = undefined;
  });

  it("adds up every table of the schema (rows, TOAST, indexes), the checkpoint tables apart", async () => {
    const own = (schema = testSchema("benchstore"));
    await own.query(`CREATE SCHEMA "${own.name}"`);
    await own.query(`CREATE TABLE "${own.name}".checkpoint_blobs (id TEXT PRIMARY KEY, blob BYTEA)`);
    await own.query(`CREATE TABLE "${own.name}".store_items (id TEXT PRIMARY KEY, value TEXT)`);
    // Random bytes: PostgreSQL compresses repeated ones.
    await own.query(
      `INSERT INTO "${own.name}".checkpoint_blobs SELECT 'b' || i, decode((SELECT string_agg(md5(random()::text || i || j), '') FROM generate_series(1, 125) AS j), 'hex') FROM generate_series(1, 300) AS i`,
    );
    await own.query(`INSERT INTO "${own.name}".store_items VALUES ('one', 'x')`);

    const footprint = await postgresFootprint(own.query, own.name);

    expect(Object.keys(footprint.tables).sort()).toEqual(["checkpoint_blobs", "store_items"]);
    // 300 rows of 2,000 bytes, in the heap or TOAST, plus the key's index.
    expect(footprint.checkpointBytes).toBeGreaterThan(300 * 2000);
    expect(footprint.checkpointBytes).toBe(footprint.tables.checkpoint_blobs);
    expect(footprint.totalBytes).toBe(footprint.checkpointBytes + footprint.tables.store_items!);
  });
});
