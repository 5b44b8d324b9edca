/**
 * SQLite checkpoints that grow with what changes, not with every step.
 *
 * LangGraph's SqliteSaver writes the whole state into every checkpoint: a
 * ticket's seven supersteps wrote its conversation, mirrored messages,
 * context package and evidence seven times over (about 52 KB per short
 * ticket, 21 MB for a 1 MB one). This saver keeps SqliteSaver's tables and
 * adds PostgresSaver's layout: a checkpoint row carries channel versions
 * (and the few-byte values: flags, ids, nulls), and any other channel's
 * value is written once per version, when a node changed it (LangGraph
 * passes those as `newVersions`); a channel without a value has no row.
 * Long texts are kept once per thread (long-texts.ts), deflated; a channel
 * derived from another (the mirrored `messages`) is not kept at all, and is
 * rebuilt when a checkpoint is read (derived-channels.ts). A checkpoint's pending writes go once the
 * next checkpoint is saved: they are folded into its values, and neither a
 * resume (which starts from the latest checkpoint and its writes) nor the
 * output needs them; past checkpoints keep their values. Threads written
 * by SqliteSaver read as before (their values are inline) and continue in
 * this layout.
 *
 * It stays a SqliteSaver (`db` and all), so the delivery ledger and
 * closeCheckpointer find its connection as before.
 */
import Database from "better-sqlite3";
import type { RunnableConfig } from "@langchain/core/runnables";
import { SqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";
import {
  compareWritesSortKeys,
  WRITES_IDX_MAP,
  writesSortKey,
  type ChannelVersions,
  type Checkpoint,
  type CheckpointListOptions,
  type CheckpointMetadata,
  type CheckpointPendingWrite,
  type CheckpointTuple,
  type PendingWrite,
} from "@langchain/langgraph-checkpoint";
import { packJson, packText, shortType, unpackJson, unpackText } from "./compression.js";
import { hashesIn, loadUnpacked, packValue as storable, unpackValue as unpack, type StoredData as Stored, type Unpacked } from "./compact-values.js";
import { addDerived, ESCALATION_DERIVED_CHANNELS, withoutDerived, type DerivedChannels } from "./derived-channels.js";
import { jsonText } from "./long-texts.js";
import { WritesInFlight } from "./writes-in-flight.js";
import { StatementCache } from "../sqlite-statements.js";
import { createCompactTables, createRowTables, SQL, THREAD_TABLES, type BlobRow, type CheckpointRow, type WriteRow } from "./sqlite-schema.js";

export { packText, unpackText } from "./compression.js";

interface Location {
  threadId: string;
  ns: string;
}

export class CompactSqliteSaver extends SqliteSaver {
  private compactReady = false;
  private readonly writesInFlight = new WritesInFlight();
  private statements: StatementCache | undefined;
  /** Channels not stored, rebuilt on load; the escalation graph's unless told otherwise. */
  private derivedChannels: DerivedChannels = ESCALATION_DERIVED_CHANNELS;

  /** A prepared statement of this connection, prepared once. */
  private sql(text: string): Database.Statement {
    return (this.statements ??= new StatementCache(this.db)).get(text);
  }

  /** Opens the file (created if need be); another process may hold a write lock for a moment. */
  static open(path: string, derivedChannels: DerivedChannels = ESCALATION_DERIVED_CHANNELS): CompactSqliteSaver {
    const db = new Database(path);
    db.pragma("busy_timeout = 5000");
    const saver = new CompactSqliteSaver(db);
    saver.derivedChannels = derivedChannels;
    return saver;
  }

  /** The connection, with the tables made (retention works on them: src/retention). */
  ready(): Database.Database {
    this.setup();
    return this.db;
  }

  protected override setup(): void {
    if (this.compactReady) return;
    createRowTables(this.db);
    super.setup();
    createCompactTables(this.db);
    this.compactReady = true;
  }

  override async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    this.setup();
    const { thread_id, checkpoint_ns = "", checkpoint_id } = addressOf(config);
    if (thread_id === undefined) return undefined;
    const row = (checkpoint_id ? this.sql(SQL.checkpoint).get(thread_id, checkpoint_ns, checkpoint_id) : this.sql(SQL.latest).get(thread_id, checkpoint_ns)) as
      CheckpointRow | undefined;
    return row ? this.tupleOf(row) : undefined;
  }

  override async *list(config: RunnableConfig, options?: CheckpointListOptions): AsyncGenerator<CheckpointTuple> {
    this.setup();
    const { limit, before, filter } = options ?? {};
    const where: string[] = [];
    const params: unknown[] = [];
    const when = (condition: string, ...values: unknown[]) => {
      where.push(condition);
      params.push(...values);
    };
    const { thread_id, checkpoint_ns } = (config.configurable ?? {}) as { thread_id?: string; checkpoint_ns?: string | null };
    if (thread_id) when("thread_id = ?", thread_id);
    if (checkpoint_ns !== undefined && checkpoint_ns !== null) when("checkpoint_ns = ?", checkpoint_ns);
    const beforeId = (before?.configurable as { checkpoint_id?: string } | undefined)?.checkpoint_id;
    if (beforeId !== undefined) when("checkpoint_id < ?", beforeId);
    // As SqliteSaver: metadata keys compared as JSON.
    for (const [key, value] of Object.entries(filter ?? {}))
      if (value !== undefined) when("jsonb(CAST(metadata AS TEXT))->? = ?", `$.${key}`, JSON.stringify(value));
    const sql = `SELECT thread_id, checkpoint_ns, checkpoint_id FROM checkpoints ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
ORDER BY checkpoint_id DESC${limit ? ` LIMIT ${Math.trunc(Number(limit))}` : ""}`;
    // Keys first, each row when its turn comes: a listing of every thread never holds every state at once.
    const keys = this.sql(sql).all(...params) as Array<Pick<CheckpointRow, "thread_id" | "checkpoint_ns" | "checkpoint_id">>;
    for (const key of keys) {
      const row = this.sql(SQL.checkpoint).get(key.thread_id, key.checkpoint_ns, key.checkpoint_id) as CheckpointRow | undefined;
      if (row) yield await this.tupleOf(row);
    }
  }

  override async put(config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata, newVersions?: ChannelVersions): Promise<RunnableConfig> {
    this.setup();
    const {
      thread_id,
      checkpoint_ns = "",
      checkpoint_id: parentId,
    } = (config.configurable ?? {}) as {
      thread_id?: string;
      checkpoint_ns?: string;
      checkpoint_id?: string;
    };
    if (!thread_id) throw new Error(`Missing "thread_id" field in passed "config.configurable".`);
    const at: Location = { threadId: thread_id, ns: checkpoint_ns };
    const texts = new Map<string, string>();
    const blobs: Array<[string, string, string, Stored]> = [];
    // Derived channels keep their version (in channel_versions) but no value anywhere.
    const values = withoutDerived(checkpoint.channel_values, this.derivedChannels, checkpoint.channel_values);
    // Flags and ids (a status, a branch marker, null) ride in the checkpoint row: smaller there than a row of their own.
    const inline = Object.fromEntries(Object.entries(values).filter(([, value]) => isSmall(value)));
    const outOfLine = (versions: ChannelVersions) =>
      withoutDerived(Object.fromEntries(Object.entries(versions).filter(([channel]) => !(channel in inline))), this.derivedChannels, checkpoint.channel_values);
    const changed = outOfLine(newVersions ?? checkpoint.channel_versions);
    for (const [channel, version] of Object.entries(this.versionsToWrite(at, outOfLine(checkpoint.channel_versions), changed))) {
      // A channel without a value (a branch marker once consumed) gets no row: a missing blob reads as "empty" did,
      // and such rows were more than a third of a finished thread's blob rows (bench/RESULTS.md, storage).
      if (!(channel in values)) continue;
      const stored = storable(await this.serde.dumpsTyped(values[channel]), texts);
      blobs.push([channel, String(version), shortType(stored.type), stored.data]);
    }
    const row = packJson(jsonText((await this.serde.dumpsTyped({ ...checkpoint, channel_values: inline }))[1]));
    // Metadata stays plain JSON: list() filters on it in SQL.
    const [, serializedMetadata] = await this.serde.dumpsTyped(metadata);
    // The parent's writes are dropped below: let those still being serialized land first.
    await this.writesInFlight.settled(thread_id);
    this.db.transaction(() => {
      this.putTexts(at.threadId, texts);
      const putBlob = this.sql(SQL.putBlob);
      for (const [channel, version, blobType, blob] of blobs) putBlob.run(at.threadId, at.ns, channel, version, blobType, blob);
      this.sql(SQL.putCheckpoint).run(at.threadId, at.ns, checkpoint.id, parentId ?? null, shortType(row.type), row.data, serializedMetadata);
      // The parent's writes are now folded into this checkpoint's values: history keeps values, not the deltas that made them.
      if (parentId) this.sql(SQL.supersededWrites).run(at.threadId, at.ns, parentId);
    })();
    return { configurable: { thread_id, checkpoint_ns, checkpoint_id: checkpoint.id } };
  }

  override async putWrites(config: RunnableConfig, writes: PendingWrite[], taskId: string, taskPath = ""): Promise<void> {
    this.setup();
    const { thread_id, checkpoint_ns = "", checkpoint_id } = addressOf(config);
    if (!thread_id) throw new Error("Missing thread_id field in config.configurable.");
    if (!checkpoint_id) throw new Error("Missing checkpoint_id field in config.configurable.");
    return this.writesInFlight.track(thread_id, this.saveWrites(thread_id, checkpoint_ns, checkpoint_id, taskId, taskPath, writes));
  }

  private async saveWrites(
    thread_id: string,
    checkpoint_ns: string,
    checkpoint_id: string,
    taskId: string,
    taskPath: string,
    writes: PendingWrite[],
  ): Promise<void> {
    const texts = new Map<string, string>();
    const rows = await Promise.all(
      writes.map(async ([channel, value], idx) => {
        const stored = storable(await this.serde.dumpsTyped(value), texts);
        return [thread_id, checkpoint_ns, checkpoint_id, taskId, WRITES_IDX_MAP[channel] ?? idx, channel, shortType(stored.type), stored.data, taskPath];
      }),
    );
    // As SqliteSaver: writes to the special channels (errors, interrupts…) replace earlier ones; others are written once.
    const replace = writes.every(([channel]) => channel in WRITES_IDX_MAP);
    this.db.transaction(() => {
      this.putTexts(thread_id, texts);
      const statement = this.sql(SQL.putWrite(replace));
      for (const row of rows) statement.run(...row);
    })();
  }

  override async deleteThread(threadId: string): Promise<void> {
    this.setup();
    this.db.transaction(() => {
      for (const table of THREAD_TABLES) this.db.prepare(`DELETE FROM ${table} WHERE thread_id = ?`).run(threadId);
    })();
  }

  /**
   * The channels whose value this checkpoint must write: the changed ones,
   * and any other without a blob at its version yet (a thread SqliteSaver
   * started, whose values so far are inline in its checkpoints).
   */
  private versionsToWrite(at: Location, all: ChannelVersions, changed: ChannelVersions): ChannelVersions {
    const unchanged = Object.fromEntries(Object.entries(all).filter(([channel]) => !(channel in changed)));
    if (Object.keys(unchanged).length === 0) return changed;
    const missing = this.sql(SQL.withoutBlob).all(JSON.stringify(unchanged), at.threadId, at.ns) as Array<{ channel: string }>;
    return { ...changed, ...Object.fromEntries(missing.map(({ channel }) => [channel, all[channel] as string | number])) };
  }

  private putTexts(threadId: string, texts: ReadonlyMap<string, string>): void {
    if (texts.size === 0) return;
    const statement = this.sql(SQL.putText);
    for (const [hash, text] of texts) statement.run(threadId, hash, packText(text));
  }

  private async tupleOf(row: CheckpointRow): Promise<CheckpointTuple> {
    const at: Location = { threadId: row.thread_id, ns: row.checkpoint_ns };
    const checkpoint = (await this.serde.loadsTyped("json", unpackJson(row.type ?? "json", row.checkpoint))) as Checkpoint;
    const blobRows = this.sql(SQL.blobs).all(JSON.stringify(checkpoint.channel_versions ?? {}), at.threadId, at.ns) as BlobRow[];
    const writeRows = this.sql(SQL.writes).all(at.threadId, at.ns, row.checkpoint_id) as WriteRow[];
    const blobs = blobRows.filter((b) => b.type !== "empty").map((b) => ({ channel: b.channel, value: unpack(b.type, b.blob) }));
    const writes = writeRows
      .sort((a, b) => compareWritesSortKeys(writesSortKey(a.task_path, a.task_id, a.idx), writesSortKey(b.task_path, b.task_id, b.idx)))
      .map((w) => ({ taskId: w.task_id, channel: w.channel, value: unpack(w.type ?? "json", w.value) }));
    const texts = this.textsFor(
      at.threadId,
      [...blobs, ...writes].map((v) => v.value),
    );
    // Values inline in the row (flags and ids; everything in a checkpoint SqliteSaver wrote) come first; the blobs give the rest.
    const values: Record<string, unknown> = { ...(checkpoint.channel_values ?? {}) };
    for (const blob of blobs) if (!(blob.channel in values)) values[blob.channel] = await this.load(blob.value, texts);
    addDerived(values, this.derivedChannels);
    checkpoint.channel_values = values;
    const pendingWrites: CheckpointPendingWrite[] = await Promise.all(
      writes.map(async (write) => [write.taskId, write.channel, await this.load(write.value, texts)] as const),
    );
    if (checkpoint.v < 4 && row.parent_checkpoint_id != null) await this.migratePendingSends(checkpoint, row.thread_id, row.parent_checkpoint_id);
    const key = (id: string) => ({ configurable: { thread_id: row.thread_id, checkpoint_ns: row.checkpoint_ns, checkpoint_id: id } });
    return {
      config: key(row.checkpoint_id),
      checkpoint,
      metadata: (await this.serde.loadsTyped("json", row.metadata)) as CheckpointMetadata,
      ...(row.parent_checkpoint_id ? { parentConfig: key(row.parent_checkpoint_id) } : {}),
      pendingWrites,
    };
  }

  private load(value: Unpacked, texts: ReadonlyMap<string, string>): Promise<unknown> {
    return loadUnpacked(this.serde, value, texts);
  }

  /** The thread's texts that these stored values refer to, in one query. */
  private textsFor(threadId: string, stored: Unpacked[]): Map<string, string> {
    const hashes = hashesIn(stored);
    if (hashes.length === 0) return new Map();
    const rows = this.sql(SQL.texts).all(threadId, JSON.stringify(hashes)) as Array<{ hash: string; text: string | Uint8Array }>;
    return new Map(rows.map((r) => [r.hash, unpackText(r.text)]));
  }
}

/** Values kept inline in the checkpoint row, rewritten with each checkpoint: a few bytes at most. */
export function isSmall(value: unknown): boolean {
  if (value === null || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "string") return value.length <= 64;
  return Array.isArray(value) && value.length === 0;
}

/** Where a checkpoint lives, from a run config's `configurable`. */
function addressOf(config: RunnableConfig): { thread_id?: string; checkpoint_ns?: string; checkpoint_id?: string } {
  return (config.configurable ?? {}) as { thread_id?: string; checkpoint_ns?: string; checkpoint_id?: string };
}
