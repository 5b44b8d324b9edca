/**
 * LangGraph's PostgresSaver, ready on first use. PostgresSaver wants
 * `setup()` awaited before anything else, but the agent opens its
 * checkpointer synchronously (as it does the SQLite one); so every entry
 * point waits for one shared setup instead. Setup runs under an advisory
 * lock because its migrations are not safe to run twice at once, and two
 * workers starting together would otherwise race on CREATE SCHEMA and the
 * migrations table.
 *
 * Compact (the default), as the SQLite checkpointer: values are written in
 * PostgresSaver's tables as JSON with long texts kept once per thread in
 * `checkpoint_texts`, deflated against the frozen dictionary, a channel
 * derived from another (the mirrored `messages`) is not written but rebuilt
 * on load (checkpoint/derived-channels.ts), and a checkpoint's writes go
 * once the next checkpoint is saved (see checkpoint/compact-sqlite-saver.ts
 * for why each is safe).
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import type { ChannelVersions, Checkpoint, CheckpointListOptions, CheckpointMetadata, CheckpointTuple, PendingWrite } from "@langchain/langgraph-checkpoint";
import { WRITES_IDX_MAP } from "@langchain/langgraph-checkpoint";
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import pg from "pg";
import { LOCK_SPACE, withAdvisoryLock } from "./pg-advisory-lock.js";
import { columns, createTextsSql, lastPerIndex, putCheckpointSql, putWritesSql, textsByHashSql } from "./postgres-batch-sql.js";
import { WritesInFlight } from "./checkpoint/writes-in-flight.js";
import { hashesIn, loadUnpacked, packValue, unpackValue, type Unpacked } from "./checkpoint/compact-values.js";
import { addDerived, ESCALATION_DERIVED_CHANNELS, withoutDerived, type DerivedChannels } from "./checkpoint/derived-channels.js";
import type { PostgresLocation } from "./postgres-location.js";

export interface PostgresCheckpointerOptions {
  /**
   * Write each checkpoint, and each task's writes, in one statement
   * (postgres-batch-sql.ts). Default true; false keeps PostgresSaver's own
   * statements, for comparison (bench/persistence.ts).
   */
  batchedWrites?: boolean;
  /**
   * Long texts once per thread, deflated JSON, superseded writes dropped.
   * Default true; false writes PostgresSaver's own rows (batched or not), for
   * comparison. Either way, both kinds of rows are read.
   */
  compact?: boolean;
  /** Channels not written (compact only), rebuilt on load; default the escalation graph's (`messages`). */
  derivedChannels?: DerivedChannels;
}

export class PostgresCheckpointer extends PostgresSaver {
  private ready: Promise<void> | undefined;
  private readonly ownPool: pg.Pool;
  private readonly batched: boolean;
  private readonly compact: boolean;
  private readonly derivedChannels: DerivedChannels;
  private readonly writesInFlight = new WritesInFlight();

  constructor(
    readonly location: PostgresLocation,
    options: PostgresCheckpointerOptions = {},
  ) {
    const pool = new pg.Pool({
      connectionString: location.connectionString,
      max: 10,
      idleTimeoutMillis: 10_000,
      // A one-shot CLI command ends when its work does, not when idle connections time out.
      allowExitOnIdle: true,
      application_name: "escalation-agent",
    });
    // An idle connection that drops (server restart) must not crash the process; the next query reconnects.
    pool.on("error", (error) => process.emitWarning(`PostgreSQL connection lost (${location.redacted}): ${error.message}`));
    super(pool, undefined, { schema: location.schema });
    this.ownPool = pool;
    this.batched = options.batchedWrites ?? true;
    this.compact = this.batched && (options.compact ?? true);
    this.derivedChannels = options.derivedChannels ?? ESCALATION_DERIVED_CHANNELS;
  }

  /** Creates the schema and tables once per process; safe to call any number of times. */
  override setup(): Promise<void> {
    this.ready ??= withAdvisoryLock(this.location, LOCK_SPACE.setup, this.location.schema, async () => {
      await super.setup();
      for (const sql of createTextsSql(this.location.schema)) await this.ownPool.query(sql);
    }).catch((error: unknown) => {
      this.ready = undefined; // let the next call try again (the database may come back)
      throw new Error(`PostgreSQL setup failed (${this.location.redacted}): ${(error as Error).message}`);
    });
    return this.ready;
  }

  override async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    await this.setup();
    return super.getTuple(config);
  }

  override async *list(config: RunnableConfig, options?: CheckpointListOptions): AsyncGenerator<CheckpointTuple> {
    await this.setup();
    yield* super.list(config, options);
  }

  override async put(config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata, newVersions: ChannelVersions): Promise<RunnableConfig> {
    await this.setup();
    if (!this.batched) return super.put(config, checkpoint, metadata, newVersions);
    if (config.configurable === undefined) throw new Error(`Missing "configurable" field in "config" param`);
    const { thread_id, checkpoint_ns = "", checkpoint_id } = config.configurable as { thread_id: string; checkpoint_ns?: string; checkpoint_id?: string };
    const texts = new Map<string, string>();
    const [blobs, dumpedMetadata] = await Promise.all([
      this.compact
        ? this.dumpCompactBlobs(thread_id, checkpoint_ns, checkpoint.channel_values, newVersions, texts)
        : this._dumpBlobs(thread_id, checkpoint_ns, checkpoint.channel_values, newVersions),
      this._dumpMetadata(metadata),
    ]);
    // The parent's writes are dropped by this statement: let those still being saved land first.
    if (this.compact) await this.writesInFlight.settled(thread_id);
    await this.ownPool.query(putCheckpointSql(this.location.schema, this.compact), [
      ...columns(blobs, 6),
      thread_id,
      checkpoint_ns,
      checkpoint.id,
      checkpoint_id ?? null,
      this._dumpCheckpoint(checkpoint),
      dumpedMetadata,
      ...(this.compact ? [[...texts.keys()], [...texts.values()]] : []),
    ]);
    return { configurable: { thread_id, checkpoint_ns, checkpoint_id: checkpoint.id } };
  }

  override async putWrites(config: RunnableConfig, writes: PendingWrite[], taskId: string): Promise<void> {
    await this.setup();
    if (!this.batched) return super.putWrites(config, writes, taskId);
    if (writes.length === 0) return;
    const {
      thread_id,
      checkpoint_ns = "",
      checkpoint_id,
    } = (config.configurable ?? {}) as { thread_id: string; checkpoint_ns?: string; checkpoint_id: string };
    return this.writesInFlight.track(thread_id, this.saveWrites(thread_id, checkpoint_ns, checkpoint_id, taskId, writes));
  }

  private async saveWrites(thread_id: string, checkpoint_ns: string, checkpoint_id: string, taskId: string, writes: PendingWrite[]): Promise<void> {
    const upsert = writes.every(([channel]) => channel in WRITES_IDX_MAP);
    const texts = new Map<string, string>();
    const rows = this.compact
      ? await this.dumpCompactWrites(thread_id, checkpoint_ns, checkpoint_id, taskId, writes, texts)
      : await this._dumpWrites(thread_id, checkpoint_ns, checkpoint_id, taskId, writes);
    await this.ownPool.query(putWritesSql(this.location.schema, upsert, this.compact), [
      ...columns(upsert ? lastPerIndex(rows, 4) : rows, 8),
      ...(this.compact ? [thread_id, [...texts.keys()], [...texts.values()]] : []),
    ]);
  }

  /** As _dumpBlobs, each value packed (compact-values.ts). */
  private dumpCompactBlobs(threadId: string, ns: string, values: Record<string, unknown>, versions: ChannelVersions, texts: Map<string, string>) {
    return Promise.all(
      Object.entries(withoutDerived(versions, this.derivedChannels, values)).map(async ([channel, version]) => {
        const stored = channel in values ? packValue(await this.serde.dumpsTyped(values[channel]), texts) : { type: "empty", data: null };
        return [threadId, ns, channel, String(version), stored.type, bytesOf(stored.data) ?? undefined] as [
          string,
          string,
          string,
          string,
          string,
          Uint8Array | undefined,
        ];
      }),
    );
  }

  /** As _dumpWrites, each value packed. */
  private dumpCompactWrites(threadId: string, ns: string, checkpointId: string, taskId: string, writes: PendingWrite[], texts: Map<string, string>) {
    return Promise.all(
      writes.map(async ([channel, value], idx) => {
        const stored = packValue(await this.serde.dumpsTyped(value), texts);
        return [threadId, ns, checkpointId, taskId, WRITES_IDX_MAP[channel] ?? idx, channel, stored.type, bytesOf(stored.data)] as const;
      }),
    );
  }

  /** Reads both layouts: PostgresSaver's JSON, and packed values with their texts. */
  protected override async _loadBlobs(blobValues: [Uint8Array, Uint8Array, Uint8Array][]): Promise<Record<string, unknown>> {
    const present = (blobValues ?? []).map(([channel, type, blob]) => [decode(channel), decode(type), blob] as const).filter(([, type]) => type !== "empty");
    const unpacked = present.map(([channel, type, blob]) => [channel, unpackValue(type, blob)] as const);
    const texts = await this.textsFor(unpacked.map(([, value]) => value));
    const values: Record<string, unknown> = Object.fromEntries(
      await Promise.all(unpacked.map(async ([channel, value]) => [channel, await loadUnpacked(this.serde, value, texts)])),
    );
    addDerived(values, this.derivedChannels);
    return values;
  }

  protected override async _loadWrites(writes: [Uint8Array, Uint8Array, Uint8Array, Uint8Array][]): Promise<[string, string, unknown][]> {
    const unpacked = (writes ?? []).map(([taskId, channel, type, blob]) => [decode(taskId), decode(channel), unpackValue(decode(type), blob)] as const);
    const texts = await this.textsFor(unpacked.map(([, , value]) => value));
    return Promise.all(
      unpacked.map(async ([taskId, channel, value]) => [taskId, channel, await loadUnpacked(this.serde, value, texts)] as [string, string, unknown]),
    );
  }

  private async textsFor(values: Unpacked[]): Promise<Map<string, string>> {
    const hashes = hashesIn(values);
    if (hashes.length === 0) return new Map();
    const { rows } = await this.ownPool.query<{ hash: string; text: string }>(textsByHashSql(this.location.schema), [hashes]);
    return new Map(rows.map((row) => [row.hash, row.text]));
  }

  override async deleteThread(threadId: string): Promise<void> {
    await this.setup();
    return super.deleteThread(threadId);
  }

  /** A connection of this checkpointer's pool, with its tables made (retention works on them: src/retention). */
  async withClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.setup();
    const client = await this.ownPool.connect();
    try {
      return await work(client);
    } finally {
      client.release();
    }
  }

  /** Closes the pool (graceful shutdown). */
  override async end(): Promise<void> {
    await this.ownPool.end();
  }
}

const decoder = new TextDecoder();

function decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** bytea parameters: text (uncompressed JSON) as its UTF-8 bytes. */
function bytesOf(data: Uint8Array | string | null): Uint8Array | null {
  return typeof data === "string" ? Buffer.from(data, "utf8") : data;
}
