/**
 * One statement per checkpoint and one per task's writes, where LangGraph's
 * PostgresSaver sends a transaction of one statement per row (BEGIN, a row
 * per changed channel, the checkpoint, COMMIT). A ticket writes about seven
 * checkpoints and ten sets of task writes, so this takes it from roughly a
 * hundred round trips to seventeen. Same tables, same rows, same conflict
 * rules; a single statement is atomic on its own, so no transaction is needed.
 * Rows travel as one array per column, spread back into rows by unnest().
 */

const table = (schema: string, name: string) => `"${schema}".${name}`;

/**
 * $1–$6: blob columns as arrays; $7–$12: the checkpoint row. `compact`
 * (postgres-checkpointer.ts) adds $13–$14, the thread's long texts (hashes,
 * texts), and drops the parent checkpoint's writes, now folded into this one.
 */
export function putCheckpointSql(schema: string, compact = false): string {
  const extra = compact
    ? `texts AS (
  INSERT INTO ${table(schema, "checkpoint_texts")} (thread_id, hash, text)
  SELECT $7::text, * FROM unnest($13::text[], $14::text[])
  ON CONFLICT (thread_id, hash) DO NOTHING
), superseded AS (
  DELETE FROM ${table(schema, "checkpoint_writes")} WHERE thread_id = $7 AND checkpoint_ns = $8 AND checkpoint_id = $10
), `
    : "";
  return `WITH ${extra}blobs AS (
  INSERT INTO ${table(schema, "checkpoint_blobs")} (thread_id, checkpoint_ns, channel, version, type, blob)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bytea[])
  ON CONFLICT (thread_id, checkpoint_ns, channel, version) DO NOTHING
)
INSERT INTO ${table(schema, "checkpoints")} (thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, checkpoint, metadata)
VALUES ($7, $8, $9, $10, $11, $12)
ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id) DO UPDATE SET checkpoint = EXCLUDED.checkpoint, metadata = EXCLUDED.metadata`;
}

/**
 * $1–$8: write columns as arrays. `upsert` as PostgresSaver decides it: only
 * writes to the special channels (errors, interrupts…) replace earlier ones.
 * `compact` adds $9–$11: the long texts' thread, hashes and texts.
 */
export function putWritesSql(schema: string, upsert: boolean, compact = false): string {
  const texts = compact
    ? `WITH texts AS (
  INSERT INTO ${table(schema, "checkpoint_texts")} (thread_id, hash, text)
  SELECT $9::text, * FROM unnest($10::text[], $11::text[])
  ON CONFLICT (thread_id, hash) DO NOTHING
)
`
    : "";
  return `${texts}INSERT INTO ${table(schema, "checkpoint_writes")} (thread_id, checkpoint_ns, checkpoint_id, task_id, idx, channel, type, blob)
SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::bytea[])
ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id, task_id, idx) ${upsert ? "DO UPDATE SET channel = EXCLUDED.channel, type = EXCLUDED.type, blob = EXCLUDED.blob" : "DO NOTHING"}`;
}

/** Rows → one array per column, for unnest(). */
export function columns<Row extends readonly unknown[]>(rows: Row[], width: number): unknown[][] {
  return Array.from({ length: width }, (_, i) => rows.map((row) => row[i] ?? null));
}

/**
 * An upsert may not touch one row twice in a statement; PostgresSaver's
 * one-by-one statements let the last write of an index win, so keep that one.
 */
export function lastPerIndex<Row extends readonly unknown[]>(rows: Row[], indexAt: number): Row[] {
  const byIndex = new Map<unknown, Row>();
  for (const row of rows) byIndex.set(row[indexAt], row);
  return [...byIndex.values()];
}

/** The long-texts table (long-texts.ts), created with the checkpointer's own tables. */
export function createTextsSql(schema: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS ${table(schema, "checkpoint_texts")} (thread_id TEXT NOT NULL, hash TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (thread_id, hash))`,
    `CREATE INDEX IF NOT EXISTS checkpoint_texts_hash ON ${table(schema, "checkpoint_texts")} (hash)`,
  ];
}

/** $1: hashes. Any thread's copy of a text will do: the hash is of the text. */
export function textsByHashSql(schema: string): string {
  return `SELECT DISTINCT ON (hash) hash, text FROM ${table(schema, "checkpoint_texts")} WHERE hash = ANY($1::text[])`;
}
