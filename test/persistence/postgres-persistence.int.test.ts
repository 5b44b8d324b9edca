/**
 * The PostgreSQL checkpointer (ESCALATION_DB=postgres://…): tables created
 * on first use in the schema asked for, threads kept across agents, setup
 * safe when several processes start at once, passwords never in messages.
 */
import { InMemoryStore } from "@langchain/langgraph";
import { afterEach, describe, expect, it } from "vitest";
import { createEscalationAgent } from "../../src/agent/graph.js";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { closeCheckpointer, openCheckpointer } from "../../src/persistence/open.js";
import { PostgresCheckpointer } from "../../src/persistence/postgres-checkpointer.js";
import { parsePostgresLocation, redactUrl, withDefaultSchema } from "../../src/persistence/postgres-location.js";
import { InMemoryDeliveryLedger } from "../../src/delivery/ledger.js";
import { skipWithout, testSchema, type TestSchema } from "../helpers/services.js";
import { tempDir } from "../cli/run-cli.js";
import { OutboxChannels } from "../../src/delivery/outbox.js";

describe("PostgreSQL locations", () => {
  it("takes the schema from ?schema= (ESCALATION_DB_SCHEMA's when the URL names none) and keeps it out of the driver's URL", () => {
    const fromUrl = parsePostgresLocation("postgres://app:s3cret@db.internal:5432/agent?schema=tenant_a&sslmode=require");
    expect(fromUrl.schema).toBe("tenant_a");
    expect(fromUrl.connectionString).not.toContain("schema=");
    expect(fromUrl.connectionString).toContain("sslmode=require");
    expect(fromUrl.redacted).toBe("postgres://app:***@db.internal:5432/agent?sslmode=require");
    expect(parsePostgresLocation(withDefaultSchema("postgresql://db/agent", "tenant_b")).schema).toBe("tenant_b");
    expect(parsePostgresLocation(withDefaultSchema("postgresql://db/agent?schema=tenant_a", "tenant_b")).schema).toBe("tenant_a");
    expect(parsePostgresLocation("postgres://db/agent").schema).toBe("public");
  });

  it("refuses schema names that are not plain identifiers, without echoing the password", () => {
    expect(() => parsePostgresLocation('postgres://u:pw@db/agent?schema=x";drop')).toThrow(/plain identifier/);
    expect(() => openCheckpointer("postgres://u:hunter2@db:notaport/agent")).toThrow(/^(?!.*hunter2)/);
    expect(redactUrl("connect to postgres://u:hunter2@db/x failed")).toBe("connect to postgres://u:***@db/x failed");
  });
});

describe.skipIf(skipWithout("TEST_DATABASE_URL", "the PostgreSQL checkpointer tests"))("PostgreSQL checkpointer", () => {
  let schema: TestSchema | undefined;
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    await schema?.drop();
    schema = undefined;
  });

  function client(location: string) {
    const checkpointer = openCheckpointer(location);
    closers.push(() => closeCheckpointer(checkpointer));
    const agent = createEscalationAgent({
      checkpointer,
      store: new InMemoryStore(),
      channels: new OutboxChannels(tempDir()),
      ledger: new InMemoryDeliveryLedger(),
    });
    return new ThreadClient(agent, location);
  }

  it("creates its tables on first use, in its own schema, and keeps threads across agents", async () => {
    const own = (schema = testSchema("ckpt"));
    const first = await client(own.location).triage({ id: "PG-1", subject: "Export", description: "How do I export my data to CSV?" });
    expect(first.decision?.type).toBe("no_escalation");
    const tables = await own.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = $1", [own.name]);
    expect(tables.rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(["checkpoints", "checkpoint_blobs", "checkpoint_writes"]));

    const resumed = await client(own.location).message("PG-1", "And can I export to JSON as well?");
    expect(resumed.conversation.filter((t) => t.role === "customer")).toHaveLength(2);
    expect(resumed.conversation.filter((t) => t.role === "agent")).toHaveLength(2);
  });

  it("sets up once when several agents start together", async () => {
    const own = (schema = testSchema("setup"));
    const clients = Array.from({ length: 4 }, () => client(own.location));
    const results = await Promise.all(clients.map((c, i) => c.triage({ id: `PG-SETUP-${i}`, description: "How do I reset my password?" })));
    expect(results.every((r) => r.decision?.type === "no_escalation")).toBe(true);
    const migrations = await own.query<{ n: string }>(`SELECT count(*) AS n FROM "${own.name}".checkpoint_migrations`);
    const distinct = await own.query<{ n: string }>(`SELECT count(DISTINCT v) AS n FROM "${own.name}".checkpoint_migrations`);
    expect(migrations.rows[0]?.n).toBe(distinct.rows[0]?.n);
  });

  it("stores exactly the rows PostgresSaver's own statements store, in one statement per checkpoint and per task", async () => {
    const own = (schema = testSchema("batch"));
    const location = parsePostgresLocation(own.location);
    // Same clock and outbox for both runs: apart from timings (metrics), the random ids the
    // messages reducer gives chat messages and interrupt ids, the rows must match byte for byte.
    const now = () => new Date("2026-01-01T00:00:00Z");
    const outbox = tempDir();
    const run = async (saver: PostgresCheckpointer, threadId: string) => {
      closers.push(() => saver.end());
      const agent = createEscalationAgent({
        checkpointer: saver,
        store: new InMemoryStore(),
        channels: new OutboxChannels(outbox),
        ledger: new InMemoryDeliveryLedger(),
        now,
      });
      const client = new ThreadClient(agent);
      await client.triage({ id: "PG-BATCH", description: "Our production API is down, every request fails with 503.", customerTier: "enterprise" }, threadId);
      await client.message(threadId, "Any update? We are losing money.");
      const { metrics, ...result } = (await client.read(threadId))!;
      // The mirrored messages: not stored by the compact layout, rebuilt from the conversation on load (ids included).
      const { messages } = (await agent.getState({ configurable: { thread_id: threadId } })).values as { messages: Array<{ id?: string; content: unknown }> };
      return { ...result, nodesRun: Object.keys(metrics.nodes).sort(), messages: messages.map((m) => ({ id: m.id, content: m.content })) };
    };
    const batched = await run(new PostgresCheckpointer(location, { compact: false }), "batched");
    const plain = await run(new PostgresCheckpointer(location, { batchedWrites: false }), "plain");
    expect(batched).toEqual(plain);

    const rows = async (sql: string, threadId: string) => (await own.query(sql.replaceAll("$schema", `"${own.name}"`), [threadId])).rows;
    const blobs =
      "SELECT channel, version, type, CASE WHEN channel IN ('metrics', 'messages', '__interrupt__') THEN '' ELSE md5(blob) END AS blob FROM $schema.checkpoint_blobs WHERE thread_id = $1 ORDER BY channel, version";
    const writes =
      "SELECT channel, idx, type, CASE WHEN channel IN ('metrics', 'messages', '__interrupt__') THEN '' ELSE md5(blob) END AS blob FROM $schema.checkpoint_writes WHERE thread_id = $1 ORDER BY channel, idx, blob";
    const checkpoints =
      "SELECT metadata - 'thread_id' - 'turn_id' AS metadata, parent_checkpoint_id IS NULL AS root FROM $schema.checkpoints WHERE thread_id = $1 ORDER BY checkpoint_id";
    for (const sql of [blobs, writes, checkpoints]) expect(await rows(sql, "batched")).toEqual(await rows(sql, "plain"));
  });

  it("stores compactly (a long text once, deflated values, no superseded writes) and reads back what PostgresSaver's rows give", async () => {
    const own = (schema = testSchema("compact"));
    const location = parsePostgresLocation(own.location);
    const now = () => new Date("2026-01-01T00:00:00Z");
    const outbox = tempDir();
    const pasted = Array.from({ length: 400 }, (_, i) => `2026-01-01 00:00:${String(i % 60).padStart(2, "0")} ERROR gateway upstream timeout id=${i}`).join(
      "\n",
    );
    const description = `Our production API is down, every request fails with 503. Logs:\n${pasted}`;
    const run = async (saver: PostgresCheckpointer, threadId: string) => {
      closers.push(() => saver.end());
      const agent = createEscalationAgent({
        checkpointer: saver,
        store: new InMemoryStore(),
        channels: new OutboxChannels(outbox),
        ledger: new InMemoryDeliveryLedger(),
        now,
      });
      const client = new ThreadClient(agent);
      await client.triage({ id: "PG-COMPACT", description, customerTier: "enterprise" }, threadId);
      await client.message(threadId, "Any update? We are losing money.");
      const { metrics, ...result } = (await client.read(threadId))!;
      // The mirrored messages: not stored by the compact layout, rebuilt from the conversation on load (ids included).
      const { messages } = (await agent.getState({ configurable: { thread_id: threadId } })).values as { messages: Array<{ id?: string; content: unknown }> };
      return { ...result, nodesRun: Object.keys(metrics.nodes).sort(), messages: messages.map((m) => ({ id: m.id, content: m.content })) };
    };
    const compact = await run(new PostgresCheckpointer(location), "compact");
    expect(compact).toEqual(await run(new PostgresCheckpointer(location, { compact: false }), "plain"));
    expect(compact.conversation[0]?.content).toBe(description);

    const count = async (sql: string, threadId: string) =>
      Number((await own.query<{ n: string }>(sql.replaceAll("$schema", `"${own.name}"`), [threadId])).rows[0]?.n);
    const holding = (table: string) =>
      `SELECT count(*) AS n FROM $schema.${table} t WHERE thread_id = $1 AND position('gateway upstream timeout id=399' in t::text) > 0`;
    // The pasted log, as JSON text: once among the compact thread's texts, in no blob or write.
    expect(await count(holding("checkpoint_texts"), "compact")).toBe(1);
    expect(
      await count(
        "SELECT count(*) AS n FROM $schema.checkpoint_blobs WHERE thread_id = $1 AND position(convert_to('upstream timeout id=399', 'UTF8') in blob) > 0",
        "compact",
      ),
    ).toBe(0);
    expect(
      await count(
        "SELECT count(*) AS n FROM $schema.checkpoint_blobs WHERE thread_id = $1 AND position(convert_to('upstream timeout id=399', 'UTF8') in blob) > 0",
        "plain",
      ),
    ).toBeGreaterThan(2);
    expect(await count("SELECT count(*) AS n FROM $schema.checkpoint_blobs WHERE thread_id = $1 AND type = 'json+deflate1'", "compact")).toBeGreaterThan(5);
    const messageBlobs = "SELECT count(*) AS n FROM $schema.checkpoint_blobs WHERE thread_id = $1 AND channel = 'messages'";
    expect(await count(messageBlobs, "compact")).toBe(0);
    expect(await count(messageBlobs, "plain")).toBeGreaterThan(0);
    expect(compact.messages).toHaveLength(compact.conversation.length);
    // Writes are kept for the latest checkpoint only (folded into the next one's values otherwise).
    const checkpointsWithWrites = "SELECT count(DISTINCT checkpoint_id) AS n FROM $schema.checkpoint_writes WHERE thread_id = $1";
    expect(await count(checkpointsWithWrites, "compact")).toBeLessThanOrEqual(1);
    expect(await count(checkpointsWithWrites, "plain")).toBeGreaterThan(5);
  });

  it("reports an unreachable database with the password redacted", async () => {
    const unreachable = openCheckpointer("postgres://app:hunter2@127.0.0.1:1/agent?schema=nowhere");
    closers.push(() => closeCheckpointer(unreachable));
    const error = await unreachable.getTuple({ configurable: { thread_id: "x" } }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain("postgres://app:***@127.0.0.1:1/agent");
    expect((error as Error).message).not.toContain("hunter2");
  });
});
