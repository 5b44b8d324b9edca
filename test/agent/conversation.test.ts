/**
 * Multi-turn conversations on the checkpointer: trajectories, human
 * ownership through interrupt(), every human action, restarts and
 * concurrent messages.
 */
import { join } from "node:path";
import { InMemoryStore } from "@langchain/langgraph";
import { describe, expect, it } from "vitest";
import { createEscalationAgent } from "../../src/agent/graph.js";
import { ThreadClient, ThreadStateError } from "../../src/runtime/thread-client.js";
import { OutboxChannels } from "../../src/delivery/outbox.js";
import { openCheckpointer } from "../../src/persistence/open.js";
import { OUTCOMES_NAMESPACE } from "../../src/domain/outcome-record.js";
import { tempDir } from "../cli/run-cli.js";
import { testAgent } from "../helpers/agent.js";

function client() {
  const { agent, store, outbox } = testAgent();
  return { client: new ThreadClient(agent), store, outbox };
}

const ticket = (id: string, description: string) => ({ id, subject: "Export", description, customerTier: "paid" as const });

describe("trajectory across turns", () => {
  it("escalates a conversation whose frustration keeps rising, though the last message alone would not", async () => {
    const { client: c } = client();
    const first = await c.triage(ticket("RISE-1", "Hi, my CSV export is empty. How can I fix it?"));
    expect(first.decision?.type).toBe("no_escalation");
    await c.message("RISE-1", "I did that but the export is still empty, which is annoying.");
    const third = await c.message("RISE-1", "Seriously?? The export is still empty and I am really frustrated now!!");
    const readings = third.analysis?.trajectory.map((t) => t.frustration) ?? [];
    expect(readings).toHaveLength(3);
    expect(readings[2]).toBeGreaterThan(readings[0]!);
    expect(third.analysis?.trend.pattern).toMatch(/rising|jump/);
    expect(third.analysis?.trend.escalates).toBe(true);
    expect(third.analysis?.trend.reason).toMatch(/frustration (rising|jumped)/);
    // The thread may already be escalated a turn earlier: the ticket reader reads "I did that but the
    // export is still empty" as a failed fix a person should see. Either way it reaches a person.
    expect(third.decision?.type).not.toBe("no_escalation");

    const alone = await c.triage(ticket("RISE-ALONE", "Seriously?? The export is still empty and I am really frustrated now!!"));
    expect(alone.decision?.type).toBe("no_escalation");
  });

  it("escalates when the customer asks the same question again", async () => {
    const { client: c } = client();
    await c.triage(ticket("LOOP-1", "How do I change the billing email address on my invoices?"));
    const again = await c.message("LOOP-1", "How do I change the billing email address on my invoices? I asked this already.");
    expect(again.analysis?.trend.pattern).toBe("circling");
    expect(again.decision?.type).not.toBe("no_escalation");
  });

  it("keeps a conversation that ends well with the bot", async () => {
    const { client: c } = client();
    await c.triage(ticket("CALM-1", "My export keeps failing and it's annoying, I need it for a report."));
    const done = await c.message("CALM-1", "Thanks, that fixed it! Have a great day.");
    expect(done.analysis?.trend.pattern).toBe("settled");
    expect(done.decision?.type).toBe("no_escalation");
    expect(done.response?.message).toBeTruthy();
    expect(done.status).toBe("bot");
  });
});

describe("human ownership", () => {
  const outage = ticket("OWN-1", "Our production API has been down for an hour, all requests fail with 503.");

  it("waits for a human after a handoff and never lets the bot answer a human-owned ticket", async () => {
    const { client: c } = client();
    const handed = await c.triage(outage);
    expect(handed.decision?.type).toBe("immediate_escalation");
    expect(handed.status).toBe("awaiting_human");

    const followUp = await c.message("OWN-1", "Any update? We are losing money every minute.");
    expect(followUp.response).toBeNull();
    expect(followUp.status).toBe("awaiting_human");
    expect(followUp.conversation.filter((t) => t.role === "customer").map((t) => t.content)).toContain("Any update? We are losing money every minute.");
    const forwarded = followUp.handoff?.notifications.filter((n) => n.channel === "forward_slack") ?? [];
    expect(forwarded).toHaveLength(1);
    expect(forwarded[0]?.status).toBe("outbox");
  });

  it("applies claim, reply, resolve with a verdict in the store", async () => {
    const { client: c, store } = client();
    await c.triage(outage);
    const claimed = await c.act("OWN-1", { action: "claim", agent: "alice" });
    expect(claimed).toMatchObject({ status: "human_owned", owner: "alice", response: null });

    const quiet = await c.message("OWN-1", "Hello??");
    expect(quiet.response).toBeNull();
    expect(quiet.owner).toBe("alice");

    const replied = await c.act("OWN-1", { action: "reply", text: "We found the cause and are rolling back." });
    const human = replied.conversation.filter((t) => t.role === "human");
    expect(human).toEqual([expect.objectContaining({ content: "We found the cause and are rolling back.", author: "alice" })]);

    const resolved = await c.act("OWN-1", { action: "resolve", resolved: true, appropriate: true, satisfaction: 4, notes: "rollback" });
    expect(resolved.status).toBe("resolved");
    const record = await store.get([...OUTCOMES_NAMESPACE], "OWN-1");
    expect(record?.value).toMatchObject({
      verdict: { appropriate: true, shouldHaveEscalated: true, resolved: true, satisfaction: 4, notes: "rollback" },
    });
    await expect(c.act("OWN-1", { action: "claim", agent: "bob" })).rejects.toThrow(ThreadStateError);
  });

  it("sends a human's reply to the customer by email, once", async () => {
    const { client: c } = client();
    await c.triage({ ...outage, id: "MAIL-1", customerEmail: "cto@example.com" });
    await c.act("MAIL-1", { action: "claim", agent: "alice" });
    const replied = await c.act("MAIL-1", { action: "reply", text: "We are on it." });
    const humanMail = replied.customerNotifications.filter((n) => n.id === "MAIL-1:human-reply:1");
    expect(humanMail).toEqual([expect.objectContaining({ channel: "customer_email", target: "cto@example.com", status: "outbox" })]);
    const second = await c.act("MAIL-1", { action: "reply", text: "Fixed now." });
    expect(second.customerNotifications.map((n) => n.id)).toEqual(expect.arrayContaining(["MAIL-1:human-reply:1", "MAIL-1:human-reply:2"]));
  });

  it("release hands the ticket back to the bot, which answers again", async () => {
    const { client: c } = client();
    await c.triage(outage);
    const released = await c.act("OWN-1", { action: "release", agent: "alice", notes: "resolved by incident team" });
    expect(released).toMatchObject({ status: "bot", owner: null });
    const next = await c.message("OWN-1", "Thanks, everything works again!");
    expect(next.response?.message).toBeTruthy();
  });

  it("ignores an invalid action and keeps waiting", async () => {
    const { client: c, outbox } = client();
    void outbox;
    await c.triage(outage);
    const { agent } = c;
    const { Command } = await import("@langchain/langgraph");
    const state = await agent.invoke(new Command({ resume: { action: "claim" } }), { configurable: { thread_id: "OWN-1" } });
    expect(state.errors.at(-1)?.message).toMatch(/invalid human action.*agent/);
    expect(state.status).toBe("awaiting_human");
    const claimed = await c.act("OWN-1", { action: "claim", agent: "carol" });
    expect(claimed.owner).toBe("carol");
  });

  it("refuses human actions on a thread nobody is waiting on", async () => {
    const { client: c } = client();
    await c.triage(ticket("BOT-1", "How do I reset my password?"));
    await expect(c.act("BOT-1", { action: "claim", agent: "x" })).rejects.toThrow(/not waiting for a human \(status: bot\)/);
    await expect(c.act("NOPE", { action: "claim", agent: "x" })).rejects.toThrow(/does not exist/);
    await expect(c.message("NOPE", "hi")).rejects.toThrow(/does not exist/);
  });
});

describe("durability", () => {
  function sqliteClient(db: string, outbox: string) {
    const agent = createEscalationAgent({ checkpointer: openCheckpointer(db), store: new InMemoryStore(), channels: new OutboxChannels(outbox) });
    return new ThreadClient(agent, db);
  }

  it("continues a thread in a fresh agent over the same SQLite file", async () => {
    const dir = tempDir();
    const db = join(dir, "threads.db");
    await sqliteClient(db, dir).triage(ticket("RESTART-1", "How do I export my data?"));
    const resumed = await sqliteClient(db, dir).message("RESTART-1", "And can I export to JSON as well?");
    expect(resumed.conversation.filter((t) => t.role === "customer")).toHaveLength(2);
    expect(resumed.conversation.filter((t) => t.role === "agent")).toHaveLength(2);
  });

  it("serializes concurrent messages on one thread: none lost, none interleaved", async () => {
    const dir = tempDir();
    const db = join(dir, "threads.db");
    const c = sqliteClient(db, dir);
    await c.triage(ticket("CONC-1", "How do I export my data?"));
    const texts = ["first follow-up about exports", "second follow-up about exports", "third follow-up about exports"];
    await Promise.all(texts.map((t) => c.message("CONC-1", t)));
    const final = await c.read("CONC-1");
    const turns = final?.conversation ?? [];
    const customer = turns.filter((t) => t.role === "customer").map((t) => t.content);
    expect(customer.slice(1).sort()).toEqual([...texts].sort());
    // Each customer turn is directly followed by its own reply: runs did not interleave.
    turns.forEach((turn, i) => {
      if (turn.role === "customer") expect(turns[i + 1]?.role).toBe("agent");
    });
  });
});
