/**
 * The conversation tests' key scenarios on PostgreSQL, everything kept
 * there as a worker fleet would: threads (PostgresSaver), outcome memory
 * (PostgresStore) and the delivery ledger, each test in its own schema.
 */
import { readdirSync } from "node:fs";
import type { BaseStore } from "@langchain/langgraph";
import { afterEach, describe, expect, it } from "vitest";
import { createEscalationAgent } from "../../src/agent/graph.js";
import { ThreadClient, ThreadStateError } from "../../src/runtime/thread-client.js";
import { OUTCOMES_NAMESPACE } from "../../src/domain/outcome-record.js";
import { openDeliveryLedger } from "../../src/delivery/create.js";
import { OutboxChannels } from "../../src/delivery/outbox.js";
import { closeCheckpointer, openCheckpointer, openStore } from "../../src/persistence/open.js";
import { tempDir } from "../cli/run-cli.js";
import { skipWithout, testSchema, type TestSchema } from "../helpers/services.js";

const ticket = (id: string, description: string) => ({ id, subject: "Export", description, customerTier: "paid" as const });
const outage = ticket("PG-OWN-1", "Our production API has been down for an hour, all requests fail with 503.");

describe.skipIf(skipWithout("TEST_DATABASE_URL", "the conversation tests on PostgreSQL"))("conversations on PostgreSQL", () => {
  let schema: TestSchema | undefined;
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    await schema?.drop();
    schema = undefined;
  });

  /** A fresh agent over the schema, as a new worker process would open it. */
  function open(location: string, outbox = tempDir()): { client: ThreadClient; store: BaseStore; outbox: string } {
    const checkpointer = openCheckpointer(location);
    const store = openStore(location);
    const ledger = openDeliveryLedger(location);
    closers.push(async () => {
      await store.stop();
      await closeCheckpointer(checkpointer);
      await ledger.close?.();
    });
    const agent = createEscalationAgent({ checkpointer, store, ledger, channels: ({ routing }) => new OutboxChannels(outbox, { routing, ledger }) });
    return { client: new ThreadClient(agent, location), store, outbox };
  }

  it("escalates a conversation whose frustration keeps rising", async () => {
    schema = testSchema("conv");
    const { client: c } = open(schema.location);
    expect((await c.triage(ticket("PG-RISE", "Hi, my CSV export is empty. How can I fix it?"))).decision?.type).toBe("no_escalation");
    await c.message("PG-RISE", "I did that but the export is still empty, which is annoying.");
    const third = await c.message("PG-RISE", "Seriously?? Nothing works and I am really frustrated now, this is useless!!");
    expect(third.analysis?.trajectory).toHaveLength(3);
    expect(third.decision?.type).not.toBe("no_escalation");
  });

  it("takes a handed-off ticket through claim, reply and resolve, verdict in the store, across agents", async () => {
    const own = (schema = testSchema("conv"));
    const outbox = tempDir();
    const handed = await open(own.location, outbox).client.triage(outage);
    expect(handed).toMatchObject({ status: "awaiting_human", decision: { type: "immediate_escalation" } });
    const files = readdirSync(outbox);
    expect(files.filter((f) => f.includes("team_email"))).toHaveLength(1);

    // Each step in a fresh agent, as if a different worker took it.
    const claimed = await open(own.location, outbox).client.act("PG-OWN-1", { action: "claim", agent: "alice" });
    expect(claimed).toMatchObject({ status: "human_owned", owner: "alice", response: null });
    const quiet = await open(own.location, outbox).client.message("PG-OWN-1", "Hello??");
    expect(quiet.response).toBeNull();
    const replied = await open(own.location, outbox).client.act("PG-OWN-1", { action: "reply", text: "Rolling back now." });
    expect(replied.conversation.filter((t) => t.role === "human")).toEqual([expect.objectContaining({ content: "Rolling back now.", author: "alice" })]);
    const last = open(own.location, outbox);
    const resolved = await last.client.act("PG-OWN-1", { action: "resolve", resolved: true, appropriate: true, satisfaction: 4 });
    expect(resolved.status).toBe("resolved");
    const record = await last.store.get([...OUTCOMES_NAMESPACE], "PG-OWN-1");
    expect(record?.value).toMatchObject({ verdict: { appropriate: true, resolved: true, satisfaction: 4 } });
    await expect(last.client.act("PG-OWN-1", { action: "claim", agent: "bob" })).rejects.toThrow(ThreadStateError);

    // The ledger in Postgres saw every notification of the thread sent exactly once, whichever agent sent it.
    const ledger = await own.query<{ id: string; status: string; attempts: number }>(`SELECT id, status, attempts FROM "${own.name}".notification_deliveries`);
    expect(
      ledger.rows
        .filter((r) => r.id.startsWith("PG-OWN-1:immediate_escalation"))
        .map((r) => r.id.split(":").at(-1))
        .sort(),
    ).toEqual(["slack", "team_email", "ticketing"]);
    expect(ledger.rows.every((r) => r.status === "outbox" && r.attempts === 1)).toBe(true);
    expect(readdirSync(outbox).filter((f) => f.includes("team_email"))).toHaveLength(1);
  });

  it("release hands the ticket back to the bot", async () => {
    schema = testSchema("conv");
    const { client: c } = open(schema.location);
    await c.triage(outage);
    expect(await c.act("PG-OWN-1", { action: "release", agent: "alice" })).toMatchObject({ status: "bot", owner: null });
    expect((await c.message("PG-OWN-1", "Thanks, everything works again!")).response?.message).toBeTruthy();
  });

  it("serializes concurrent messages on one thread from separate agents: none lost, none interleaved", async () => {
    const own = (schema = testSchema("conv"));
    await open(own.location).client.triage(ticket("PG-CONC", "How do I export my data?"));
    const texts = ["first follow-up about exports", "second follow-up about exports", "third follow-up about exports"];
    // Separate agents and pools: only the advisory lock keeps these apart.
    await Promise.all(texts.map((t) => open(own.location).client.message("PG-CONC", t)));
    const turns = (await open(own.location).client.read("PG-CONC"))?.conversation ?? [];
    expect(
      turns
        .filter((t) => t.role === "customer")
        .map((t) => t.content)
        .slice(1)
        .sort(),
    ).toEqual([...texts].sort());
    turns.forEach((turn, i) => {
      if (turn.role === "customer") expect(turns[i + 1]?.role).toBe("agent");
    });
  });

  it("lists threads with status and decision", async () => {
    schema = testSchema("conv");
    const { client: c } = open(schema.location);
    await c.triage(outage);
    await c.triage(ticket("PG-BOT", "How do I reset my password?"));
    const threads = await c.list();
    expect(threads.map((t) => [t.threadId, t.status, t.decision])).toEqual(
      expect.arrayContaining([
        ["PG-OWN-1", "awaiting_human", "immediate_escalation"],
        ["PG-BOT", "bot", "no_escalation"],
      ]),
    );
  });
});
