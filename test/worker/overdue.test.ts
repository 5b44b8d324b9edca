/**
 * Keeping the promise, on a fake clock: an escalation nobody claims is
 * notified to its team again once past the promised pick-up time, and
 * senior_support is alerted past twice that time — each step once, recorded
 * on the thread, which still waits for (and accepts) a claim.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_ROUTING } from "../../src/config/routing.js";
import { overdueOf, watchOverdue } from "../../src/worker/overdue.js";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { InMemoryDeliveryLedger } from "../../src/delivery/ledger.js";
import { OutboxChannels } from "../../src/delivery/outbox.js";
import { readOutbox } from "../helpers/outbox-artefacts.js";
import { seedTicket, testAgent } from "../helpers/agent.js";
import { runCli, tempDir } from "../cli/run-cli.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";

const T0 = new Date("2026-03-02T09:00:00.000Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe("the overdue watch", () => {
  it("re-notifies the team past the promised time, alerts senior_support past twice, each once, recorded on the thread", async () => {
    const { agent, outbox } = testAgent({ now: () => T0 });
    const client = new ThreadClient(agent);
    const channels = new OutboxChannels(outbox, { routing: DEFAULT_ROUTING, ledger: new InMemoryDeliveryLedger() });
    const ticket = seedTicket("TICK-ENT-001");
    const triaged = await client.triage(ticket);
    expect(triaged.handoff).toMatchObject({ urgency: "immediate", team: "engineering" });
    expect(overdueOf(triaged, at(14))).toMatchObject({ level: 0, promisedMinutes: 15 });

    expect(await watchOverdue(client, channels, DEFAULT_ROUTING, at(14))).toEqual([]);

    const first = await watchOverdue(client, channels, DEFAULT_ROUTING, at(16));
    expect(first).toEqual([
      expect.objectContaining({ threadId: ticket.id, step: "renotified", target: "#engineering-support", waitingMinutes: 16, promisedMinutes: 15 }),
    ]);
    // Once only, however often the watch runs.
    expect(await watchOverdue(client, channels, DEFAULT_ROUTING, at(20))).toEqual([]);

    const second = await watchOverdue(client, channels, DEFAULT_ROUTING, at(31));
    expect(second).toEqual([expect.objectContaining({ step: "senior_alerted", target: "#senior-support" })]);
    expect(await watchOverdue(client, channels, DEFAULT_ROUTING, at(120))).toEqual([]);

    const thread = (await client.read(ticket.id))!;
    const notes = thread.conversation.filter((t) => t.role === "system" && t.content.startsWith("Overdue:")).map((t) => t.content);
    expect(notes).toEqual([
      "Overdue: team notified again (#engineering-support) after 16 of 15 promised minutes",
      "Overdue: senior_support alerted (#senior-support) after 31 of 15 promised minutes",
    ]);
    expect(thread.handoff?.notifications.map((n) => n.id)).toEqual(
      expect.arrayContaining([`${ticket.id}:overdue:renotified`, `${ticket.id}:overdue:senior_alerted`]),
    );
    const sent = await readOutbox(outbox);
    expect(sent.some((a) => a.visible.includes("Still unclaimed after 16 minutes"))).toBe(true);
    expect(sent.some((a) => a.visible.includes("more than twice the 15 minutes"))).toBe(true);

    // Still waiting for a person, and a claim stops the watch.
    expect(thread.status).toBe("awaiting_human");
    const claimed = await client.act(ticket.id, { action: "claim", agent: "agent-a" });
    expect(claimed.status).toBe("human_owned");
    expect(overdueOf(claimed, at(200))).toBeNull();
  });

  it("leaves claimed and bot threads alone", async () => {
    const { agent, outbox } = testAgent({ now: () => T0 });
    const client = new ThreadClient(agent);
    const channels = new OutboxChannels(outbox, { routing: DEFAULT_ROUTING, ledger: new InMemoryDeliveryLedger() });
    await client.triage(seedTicket("TICK-STD-001"));
    await client.triage(seedTicket("TICK-ENT-001"));
    await client.act("TICK-ENT-001", { action: "claim", agent: "agent-a" });
    expect(await watchOverdue(client, channels, DEFAULT_ROUTING, at(600))).toEqual([]);
  });
});

describe("threads --status/--team/--overdue and followups overdue (CLI)", { timeout: 300_000 }, () => {
  it("filters threads, shows relative times, and runs the watch with --now", async () => {
    const dir = tempDir();
    const env = { ESCALATION_DB: join(dir, "agent.db"), ESCALATION_OUTBOX: join(dir, "outbox") };
    expect(runCli(["triage", "examples/tickets/TICK-ENT-001.json", "examples/tickets/TICK-STD-001.json", "--json"], { env }).code).toBe(0);
    const later = new Date(Date.now() + 20 * 60_000).toISOString();

    // The triage process wrote the file; the listing and the watch read it in this process, the bad flag in its own.
    const overdue = await runCliInProcess(["threads", "--overdue", "--now", later], { env });
    expect(overdue.code).toBe(0);
    expect(overdue.stdout).toMatch(/TICK-ENT-001\s+awaiting_human\s+-\s+immediate_escalation\s+engineering\s+20 minutes ago\s+overdue \d+ min/);
    expect(overdue.stdout).not.toContain("TICK-STD-001");

    const watched = await runCliInProcess(["followups", "overdue", "--now", later], { env });
    expect(watched.code).toBe(0);
    expect(watched.stdout).toContain("TICK-ENT-001: team notified again on #engineering-support");

    const bad = runCli(["threads", "--status", "open"], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--status: must be one of bot, awaiting_human, human_owned, resolved, got 'open'");
  });
});
