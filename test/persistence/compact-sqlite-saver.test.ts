/**
 * The compact SQLite checkpointer keeps less and reads back the same: a
 * channel without a value gets no row, long texts are deflated, and a
 * thread taken through escalation, claim and resolve reads, lists and
 * resumes from a fresh connection exactly as it was written. Texts kept as
 * plain TEXT by earlier versions still read. The mirrored `messages` is not
 * kept: it is rebuilt from the conversation, as the running graph held it.
 */
import { join } from "node:path";
import { InMemoryStore, MemorySaver, type BaseCheckpointSaver } from "@langchain/langgraph";
import { SqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createEscalationAgent } from "../../src/agent/graph.js";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { OutboxChannels } from "../../src/delivery/outbox.js";
import { packText, unpackText, type CompactSqliteSaver } from "../../src/persistence/checkpoint/compact-sqlite-saver.js";
import { closeCheckpointer, openCheckpointer } from "../../src/persistence/open.js";
import { tempDir } from "../cli/run-cli.js";

const DESCRIPTION =
  "Our production API has been down for an hour and every request fails with 503 (request id zq-5512-heron). We are losing orders every minute and our customers cannot check out, please escalate this to your on-call engineers now.";

function open(db: string, outbox: string, checkpointer: BaseCheckpointSaver = openCheckpointer(db), now?: () => Date) {
  const agent = createEscalationAgent({
    checkpointer,
    store: new InMemoryStore(),
    channels: ({ routing, ledger }) => new OutboxChannels(outbox, { routing, ledger }),
    ...(now ? { now } : {}),
  });
  return { checkpointer: checkpointer as CompactSqliteSaver, agent, client: new ThreadClient(agent, db) };
}

describe("compact SQLite checkpointer", () => {
  it("writes no rows for channels without a value, deflates long texts, and reads every checkpoint back from a fresh connection", async () => {
    const dir = tempDir("esc-compact-");
    const db = join(dir, "agent.db");
    const outbox = join(dir, "outbox");
    const first = open(db, outbox);
    const triaged = await first.client.triage({ id: "CMP-1", subject: "API down", description: DESCRIPTION, customerTier: "enterprise" });
    expect(triaged.status).toBe("awaiting_human");
    await first.client.act("CMP-1", { action: "claim", agent: "alice" });
    const resolved = await first.client.act("CMP-1", { action: "resolve", agent: "alice", resolved: true, appropriate: true });
    const written: unknown[] = [];
    for await (const tuple of first.checkpointer.list({ configurable: { thread_id: "CMP-1" } })) written.push(tuple.checkpoint.channel_values);
    await closeCheckpointer(first.checkpointer);

    const raw = new Database(db, { readonly: true });
    try {
      expect(raw.prepare("SELECT count(*) AS n FROM checkpoint_blobs WHERE type = 'empty' OR blob IS NULL").get()).toEqual({ n: 0 });
      // Deflated values are typed by the short name: two bytes a row.
      expect(raw.prepare("SELECT DISTINCT type FROM checkpoint_blobs UNION SELECT DISTINCT type FROM checkpoints ORDER BY 1").all()).toEqual([{ type: "z1" }]);
      // Every table keyed without a rowid: no second copy of the keys in an index.
      expect(raw.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('checkpoints', 'writes', 'checkpoint_blobs')").all()).toEqual(
        [],
      );
      const texts = raw.prepare("SELECT text FROM checkpoint_texts WHERE thread_id = 'CMP-1'").all() as Array<{ text: string | Buffer }>;
      const description = texts.map(({ text }) => unpackText(text)).find((text) => text.includes("zq-5512-heron"));
      expect(description).toBe(JSON.stringify(DESCRIPTION));
      // Stored deflated: the words are not in the cell as written.
      const cell = texts.find(({ text }) => unpackText(text) === description)?.text;
      expect(Buffer.isBuffer(cell)).toBe(true);
      expect((cell as Buffer).length).toBeLessThan(DESCRIPTION.length);
    } finally {
      raw.close();
    }

    const again = open(db, outbox);
    try {
      expect(await again.client.read("CMP-1")).toEqual(resolved);
      const read: unknown[] = [];
      for await (const tuple of again.checkpointer.list({ configurable: { thread_id: "CMP-1" } })) read.push(tuple.checkpoint.channel_values);
      expect(read).toEqual(written);
      // The thread goes on from what was read: a follow-up is triaged on top of it.
      const followUp = await again.client.message("CMP-1", "Thanks, it works again.");
      expect(followUp.conversation.length).toBeGreaterThan(resolved.conversation.length);
    } finally {
      await closeCheckpointer(again.checkpointer);
    }
  });

  it("keeps no copy of the mirrored messages, reads them back as the graph held them (ids too) and resumes on them", async () => {
    const dir = tempDir("esc-compact-messages-");
    const db = join(dir, "agent.db");
    let tick = 0;
    // One clock per run, the same steps: the turns (and so the messages' ids) come out the same.
    const clock = () => {
      tick = 0;
      return () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++));
    };
    const steps = async ({ client }: ReturnType<typeof open>) => {
      await client.triage({ id: "CMP-2", subject: "API down", description: DESCRIPTION, customerTier: "enterprise" });
      await client.act("CMP-2", { action: "claim", agent: "alice" });
      await client.act("CMP-2", { action: "resolve", agent: "alice", resolved: true, appropriate: true });
    };
    const config = { configurable: { thread_id: "CMP-2" } };
    const messagesOf = async ({ agent }: ReturnType<typeof open>) =>
      ((await agent.getState(config)).values as { messages: Array<{ id?: string; content: unknown; getType(): string }> }).messages.map((m) => ({
        id: m.id,
        type: m.getType(),
        content: m.content,
      }));

    const kept = open(":memory:", join(dir, "outbox-memory"), new MemorySaver(), clock());
    await steps(kept);
    const compact = open(db, join(dir, "outbox"), openCheckpointer(db), clock());
    await steps(compact);
    const expected = await messagesOf(kept);
    expect(expected.map((m) => m.type)).toEqual(["human", "ai", "system", "system"]);
    expect(await messagesOf(compact)).toEqual(expected);
    await closeCheckpointer(compact.checkpointer);

    const raw = new Database(db, { readonly: true });
    const stored = raw.prepare("SELECT count(*) AS n FROM checkpoint_blobs WHERE channel = 'messages'").get();
    raw.close();
    expect(stored).toEqual({ n: 0 });

    const again = open(db, join(dir, "outbox"), openCheckpointer(db), clock());
    try {
      expect(await messagesOf(again)).toEqual(expected);
      await again.client.message("CMP-2", "Thanks, it works again.");
      const after = await messagesOf(again);
      expect(after.slice(0, expected.length)).toEqual(expected);
      expect(after.at(-2)).toMatchObject({ type: "human", content: "Thanks, it works again." });
      const { conversation } = (await again.agent.getState(config)).values as { conversation: unknown[] };
      expect(after).toHaveLength(conversation.length);
    } finally {
      await closeCheckpointer(again.checkpointer);
    }
  });

  it("continues a thread in a file SqliteSaver made (rowid tables, every value inline, messages stored)", async () => {
    const dir = tempDir("esc-compact-legacy-");
    const db = join(dir, "agent.db");
    const legacy = open(db, join(dir, "outbox"), SqliteSaver.fromConnString(db));
    const triaged = await legacy.client.triage({ id: "CMP-3", subject: "API down", description: DESCRIPTION, customerTier: "enterprise" });
    const config = { configurable: { thread_id: "CMP-3" } };
    const before = (await legacy.agent.getState(config)).values as { messages: Array<{ id?: string; content: unknown }> };
    await closeCheckpointer(legacy.checkpointer);

    const compact = open(db, join(dir, "outbox"));
    try {
      expect(await compact.client.read("CMP-3")).toEqual(triaged);
      const read = (await compact.agent.getState(config)).values as typeof before;
      expect(read.messages.map((m) => [m.id, m.content])).toEqual(before.messages.map((m) => [m.id, m.content]));
      await compact.client.act("CMP-3", { action: "claim", agent: "alice" });
      const resolved = await compact.client.act("CMP-3", { action: "resolve", agent: "alice", resolved: true, appropriate: true });
      expect(resolved.status).toBe("resolved");
      const after = (await compact.agent.getState(config)).values as typeof before & { conversation: unknown[] };
      expect(after.messages).toHaveLength(after.conversation.length);
    } finally {
      await closeCheckpointer(compact.checkpointer);
    }
  });

  it("keeps a text deflated only when that is shorter, and reads texts earlier versions kept as written", () => {
    const long = JSON.stringify("the same words again and again, ".repeat(20));
    const packed = packText(long);
    expect(packed).toBeInstanceOf(Uint8Array);
    expect(unpackText(packed)).toBe(long);
    const incompressible = JSON.stringify("x9$Qz!");
    expect(packText(incompressible)).toBe(incompressible);
    expect(unpackText(long)).toBe(long);
  });
});
