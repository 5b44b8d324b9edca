/**
 * Retention in PostgreSQL (see thread-storage.ts): the same operations as
 * on SQLite, on PostgresSaver's tables and ours, each in one transaction.
 * Deleted rows' space is reused by later writes once autovacuum has been;
 * reclaim() leaves it to that.
 */
import type pg from "pg";
import type { CheckpointEntry, ErasureRecord, ThreadActivity } from "../domain/retention.js";
import { hashesIn, unpackValue } from "../persistence/checkpoint/compact-values.js";
import type { PostgresCheckpointer } from "../persistence/postgres-checkpointer.js";
import { checkpointTime, entryOf, erasureOf, type ThreadStorage } from "./thread-storage.js";

const THREAD_TABLES = ["checkpoints", "checkpoint_writes", "checkpoint_blobs", "checkpoint_texts"] as const;

export class PostgresThreadStorage implements ThreadStorage {
  private ready: Promise<void> | undefined;

  constructor(private readonly checkpointer: PostgresCheckpointer) {}

  private table(name: string): string {
    // The schema name is validated as a plain identifier by parsePostgresLocation.
    return `"${this.checkpointer.location.schema}".${name}`;
  }

  private run<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.checkpointer.withClient(async (client) => {
      this.ready ??= client
        .query(
          `CREATE TABLE IF NOT EXISTS ${this.table("erasures")} (id BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, scope TEXT NOT NULL, thread_digests TEXT NOT NULL, removed TEXT NOT NULL)`,
        )
        .then(() => undefined);
      await this.ready;
      return work(client);
    });
  }

  private transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.run(async (client) => {
      await client.query("BEGIN");
      try {
        const result = await work(client);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    });
  }

  async threads(): Promise<ThreadActivity[]> {
    const { rows } = await this.run((c) =>
      c.query<{ thread_id: string; latest: string }>(
        `SELECT thread_id, max(checkpoint_id) AS latest FROM ${this.table("checkpoints")} WHERE checkpoint_ns = '' GROUP BY thread_id`,
      ),
    );
    return rows.map((row) => ({ threadId: row.thread_id, lastCheckpointAt: checkpointTime(row.latest) ?? new Date() }));
  }

  async history(threadId: string): Promise<CheckpointEntry[]> {
    const { rows } = await this.run((c) =>
      c.query<{ checkpoint_id: string; parent_checkpoint_id: string | null; metadata: unknown }>(
        `SELECT checkpoint_id, parent_checkpoint_id, metadata FROM ${this.table("checkpoints")} WHERE thread_id = $1 AND checkpoint_ns = '' ORDER BY checkpoint_id`,
        [threadId],
      ),
    );
    return rows.map((row) => entryOf(row.checkpoint_id, row.parent_checkpoint_id, row.metadata));
  }

  async keepOnly(threadId: string, keep: readonly string[]): Promise<number> {
    const kept = [...keep].sort();
    const latest = kept.at(-1);
    if (!latest) return 0;
    return this.transaction(async (c) => {
      const removed = await c.query(
        `DELETE FROM ${this.table("checkpoints")} WHERE thread_id = $1 AND checkpoint_ns = '' AND NOT (checkpoint_id = ANY($2::text[]))`,
        [threadId, kept],
      );
      for (const [i, id] of kept.entries()) {
        await c.query(`UPDATE ${this.table("checkpoints")} SET parent_checkpoint_id = $1 WHERE thread_id = $2 AND checkpoint_ns = '' AND checkpoint_id = $3`, [
          kept[i - 1] ?? null,
          threadId,
          id,
        ]);
      }
      await c.query(`DELETE FROM ${this.table("checkpoint_writes")} WHERE thread_id = $1 AND checkpoint_ns = '' AND checkpoint_id <> $2`, [threadId, latest]);
      // Values at versions no remaining checkpoint refers to.
      await c.query(
        `DELETE FROM ${this.table("checkpoint_blobs")} b WHERE b.thread_id = $1 AND b.checkpoint_ns = '' AND NOT EXISTS (
          SELECT 1 FROM ${this.table("checkpoints")} cp
          WHERE cp.thread_id = b.thread_id AND cp.checkpoint_ns = b.checkpoint_ns AND cp.checkpoint -> 'channel_versions' ->> b.channel = b.version)`,
        [threadId],
      );
      await this.dropUnreferencedTexts(c, threadId);
      return removed.rowCount ?? 0;
    });
  }

  async erase(threadId: string): Promise<number> {
    return this.transaction(async (c) => {
      let rows = 0;
      for (const table of THREAD_TABLES) rows += (await c.query(`DELETE FROM ${this.table(table)} WHERE thread_id = $1`, [threadId])).rowCount ?? 0;
      return rows;
    });
  }

  async reclaim(): Promise<void> {
    // Autovacuum makes the space of deleted rows reusable; giving it back to the file system (VACUUM FULL) would lock the tables.
  }

  async recordErasure(record: ErasureRecord): Promise<void> {
    await this.run((c) =>
      c.query(`INSERT INTO ${this.table("erasures")} (at, scope, thread_digests, removed) VALUES ($1, $2, $3, $4)`, [
        record.at,
        record.scope,
        JSON.stringify(record.threadDigests),
        JSON.stringify(record.removed),
      ]),
    );
  }

  async erasures(): Promise<ErasureRecord[]> {
    const { rows } = await this.run((c) =>
      c.query<Record<string, string>>(`SELECT at, scope, thread_digests, removed FROM ${this.table("erasures")} ORDER BY id`),
    );
    return rows.map(erasureOf);
  }

  async close(): Promise<void> {
    await this.checkpointer.end();
  }

  private async dropUnreferencedTexts(c: pg.PoolClient, threadId: string): Promise<void> {
    const stored = await c.query<{ type: string; data: Uint8Array | null }>(
      `SELECT type, blob AS data FROM ${this.table("checkpoint_blobs")} WHERE thread_id = $1 AND type <> 'empty'
       UNION ALL SELECT type, blob AS data FROM ${this.table("checkpoint_writes")} WHERE thread_id = $1`,
      [threadId],
    );
    const hashes = hashesIn(stored.rows.map((row) => unpackValue(row.type, row.data)));
    await c.query(`DELETE FROM ${this.table("checkpoint_texts")} WHERE thread_id = $1 AND NOT (hash = ANY($2::text[]))`, [threadId, hashes]);
  }
}
