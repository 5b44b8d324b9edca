/**
 * LangGraph's PostgresSaver, ready on first use. PostgresSaver wants
 * `setup()` awaited before anything else, but the agent opens its
 * checkpointer synchronously (as it does the SQLite one); so every entry
 * point waits for one shared setup instead. Setup runs under an advisory
 * lock because its migrations are not safe to run twice at once, and two
 * workers starting together would otherwise race on CREATE SCHEMA and the
 * migrations table.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import type { ChannelVersions, Checkpoint, CheckpointListOptions, CheckpointMetadata, CheckpointTuple, PendingWrite } from "@langchain/langgraph-checkpoint";
import { WRITES_IDX_MAP } from "@langchain/langgraph-checkpoint";
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import pg from "pg";
import { LOCK_SPACE, withAdvisoryLock } from "./pg-advisory-lock.js";
import { columns, lastPerIndex, putCheckpointSql, putWritesSql } from "./postgres-batch-sql.js";
import type { PostgresLocation } from "./postgres-location.js";

export interface PostgresCheckpointerOptions {
  /**
   * Write each checkpoint, and each task's writes, in one statement
   * (postgres-batch-sql.ts). Default true; false keeps PostgresSaver's own
   * statements, for comparison (bench/persistence.ts).
   */
  batchedWrites?: boolean;
}

export class PostgresCheckpointer extends PostgresSaver {
  private ready: Promise<void> | undefined;
  private readonly ownPool: pg.Pool;
  private readonly batched: boolean;

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
  }

  /** Creates the schema and tables once per process; safe to call any number of times. */
  override setup(): Promise<void> {
    this.ready ??= withAdvisoryLock(this.location, LOCK_SPACE.setup, this.location.schema, () => super.setup()).catch((error: unknown) => {
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
    const [blobs, dumpedMetadata] = await Promise.all([
      this._dumpBlobs(thread_id, checkpoint_ns, checkpoint.channel_values, newVersions),
      this._dumpMetadata(metadata),
    ]);
    await this.ownPool.query(putCheckpointSql(this.location.schema), [
      ...columns(blobs, 6),
      thread_id,
      checkpoint_ns,
      checkpoint.id,
      checkpoint_id ?? null,
      this._dumpCheckpoint(checkpoint),
      dumpedMetadata,
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
    const upsert = writes.every(([channel]) => channel in WRITES_IDX_MAP);
    const rows = await this._dumpWrites(thread_id, checkpoint_ns, checkpoint_id, taskId, writes);
    await this.ownPool.query(putWritesSql(this.location.schema, upsert), columns(upsert ? lastPerIndex(rows, 4) : rows, 8));
  }

  override async deleteThread(threadId: string): Promise<void> {
    await this.setup();
    return super.deleteThread(threadId);
  }

  /** Closes the pool (graceful shutdown). */
  override async end(): Promise<void> {
    await this.ownPool.end();
  }
}
