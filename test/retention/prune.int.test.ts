/**
 * `threads prune` on both databases: finished threads keep the last
 * checkpoint of each turn (or the latest), read exactly as before and take
 * the next turn as before; a thread waiting for a person, and one active
 * after the cut-off, are left whole.
 */
import { join } from "node:path";
import { InMemoryStore } from "@langchain/langgraph";
import { afterEach, describe, expect, it } from "vitest";
import type { KeepPolicy } from "../../src/domain/retention.js";
import { createEscalationAgent } from "../../src/agent/graph.js";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { openThreadStorage } from "../../src/retention/open-storage.js";
import { pruneThreads } from "../../src/retention/prune.js";
import type { ThreadStorage } from "../../src/retention/thread-storage.js";
import { InMemoryDeliveryLedger } from "../../src/delivery/ledger.js";
import { OutboxChannels } from "../../src/delivery/outbox.js";
import { closeCheckpointer, openCheckpointer } from "../../src/persistence/open.js";
import { tempDir } from "../cli/run-cli.js";
import { skipWithout, testSchema, type TestSchema } from "../helpers/services.js";

const answered = { id: "P-BOT", subject: "Export", description: "How do I export my projects to CSV?", customerTier: "paid" as const };
const waiting = {
  id: "P-WAIT",
  subject: "Outage",
  description: "Our production API has been down for an hour, all requests fail with 503.",
  customerTier: "enterprise" as const,
};
const resolved = {
  id: "P-DONE",
  subject: "Lawyers",
  description: "If this is not fixed by tomorrow our lawyers will be in touch.",
  customerTier: "paid" as const,
};

interface Opened {
  client: ThreadClient;
  storage: ThreadStorage;
  close(): Promise<void>;
}

async function open(location: string): Promise<Opened> {
  const checkpointer = openCheckpointer(location);
  const agent = createEscalationAgent({
    checkpointer,
    store: new InMemoryStore(),
    channels: new OutboxChannels(tempDir()),
    ledger: new InMemoryDeliveryLedger(),
  });
  const storage = await openThreadStorage(checkpointer, location);
  return {
    client: new ThreadClient(agent, location),
    storage,
    async close() {
      await storage.close();
      await closeCheckpointer(checkpointer);
    },
  };
}

/** Three threads: one the bot answered twice, one waiting for a person, one a person claimed and resolved. */
async function threeThreads({ client }: Opened): Promise<void> {
  await client.triage(answered);
  await client.message(answered.id, "And can I export to JSON as well?");
  await client.triage(waiting);
  await client.triage(resolved);
  await client.act(resolved.id, { action: "claim", agent: "alice" });
  await client.act(resolved.id, { action: "resolve", agent: "alice", resolved: true, appropriate: true, via: "cli", osUser: "alice" });
}

const later = () => new Date(Date.now() + 60_000);

function contract(location: () => string) {
  let opened: Opened | undefined;
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });

  const prune = (keep: KeepPolicy, finishedBefore = later()) => pruneThreads(opened!.client, opened!.storage, { finishedBefore, keep });
  const count = async (threadId: string) => (await opened!.storage.history(threadId)).length;

  it("keeps each turn's last checkpoint of finished threads; they read and continue as before; a thread with a person is left whole", async () => {
    opened = await open(location());
    await threeThreads(opened);
    const before = Object.fromEntries(await Promise.all([answered.id, waiting.id, resolved.id].map(async (id) => [id, await opened!.client.read(id)])));
    const waitingBefore = await count(waiting.id);

    const report = await prune("turns");

    expect(report).toMatchObject({ threads: 3, pruned: 2, waiting: 1, recent: 0, midRun: 0 });
    // Two turns (ticket, follow-up) and three (ticket, claim, resolve).
    expect(await count(answered.id)).toBe(2);
    expect(await count(resolved.id)).toBe(3);
    expect(await count(waiting.id)).toBe(waitingBefore);
    for (const id of [answered.id, waiting.id, resolved.id]) expect(await opened.client.read(id)).toEqual(before[id]);
    // The kept checkpoints form a chain again.
    const chain = await opened.storage.history(resolved.id);
    expect(chain.map((c) => c.parentId)).toEqual([null, chain[0]?.id, chain[1]?.id]);

    const next = await opened.client.message(answered.id, "Thanks, that worked.");
    expect(next.conversation.filter((t) => t.role === "customer").map((t) => t.content)).toEqual([
      answered.description,
      "And can I export to JSON as well?",
      "Thanks, that worked.",
    ]);
    const claimed = await opened.client.act(waiting.id, { action: "claim", agent: "bob" });
    expect(claimed).toMatchObject({ status: "human_owned", owner: "bob" });
  });

  it("keeps only the latest when told, and nothing active after the cut-off", async () => {
    opened = await open(location());
    await threeThreads(opened);
    expect(await prune("latest", new Date(Date.now() - 3_600_000))).toMatchObject({ pruned: 0, recent: 3, checkpointsRemoved: 0 });
    expect(await count(answered.id)).toBeGreaterThan(5);

    expect(await prune("latest")).toMatchObject({ pruned: 2, waiting: 1 });
    expect(await count(answered.id)).toBe(1);
    expect(await count(resolved.id)).toBe(1);
    expect((await opened.client.read(resolved.id))?.status).toBe("resolved");
    // Nothing more to do the second time.
    expect(await prune("latest")).toMatchObject({ pruned: 0, checkpointsRemoved: 0 });
  });
}

describe("threads prune on SQLite", () => {
  contract(() => join(tempDir("esc-prune-"), "agent.db"));
});

describe.skipIf(skipWithout("TEST_DATABASE_URL", "threads prune on PostgreSQL"))("threads prune on PostgreSQL", () => {
  let schema: TestSchema | undefined;
  afterEach(async () => {
    await schema?.drop();
    schema = undefined;
  });
  contract(() => (schema = testSchema("prune")).location);
});
