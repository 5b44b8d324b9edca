/**
 * Idempotent triage: the same unchanged ticket again runs nothing (no second
 * reply, no second mail) and a resolved thread stays resolved; only new words
 * from the customer reopen it, with a note to its last owner.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { readOutbox } from "../helpers/outbox-artefacts.js";
import { seedTicket, testAgent } from "../helpers/agent.js";
import { runCli, tempDir } from "../cli/run-cli.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";

const config = (thread_id: string) => ({ configurable: { thread_id } });

describe("triaging the same ticket again", () => {
  it("runs nothing when the ticket is unchanged: same conversation, no new notification, still waiting for a human", async () => {
    const { agent, outbox } = testAgent();
    const client = new ThreadClient(agent);
    const ticket = seedTicket("TICK-ENT-001");
    const first = await client.triageOnce(ticket);
    expect(first.unchanged).toBe(false);
    expect(first.result.status).toBe("awaiting_human");
    const filesBefore = (await readOutbox(outbox)).map((a) => a.file);

    const again = await client.triageOnce(ticket);
    expect(again.unchanged).toBe(true);
    expect(again.result.conversation).toEqual(first.result.conversation);
    expect((await readOutbox(outbox)).map((a) => a.file)).toEqual(filesBefore);

    // The graph itself, invoked directly, keeps waiting: a human can still claim.
    const direct = await agent.invoke({ ticket }, config("TICK-ENT-001"));
    expect(direct.conversation).toHaveLength(first.result.conversation.length);
    expect(direct.status).toBe("awaiting_human");
    const claimed = await client.act("TICK-ENT-001", { action: "claim", agent: "agent-a" });
    expect(claimed.owner).toBe("agent-a");
  });

  it("keeps a resolved thread resolved, through the client and through graph.invoke", async () => {
    const { agent, outbox } = testAgent();
    const client = new ThreadClient(agent);
    const ticket = seedTicket("TICK-ENT-001");
    await client.triage(ticket);
    await client.act(ticket.id, { action: "claim", agent: "agent-a" });
    const resolved = await client.act(ticket.id, { action: "resolve", agent: "agent-a", resolved: true, appropriate: true });
    const files = (await readOutbox(outbox)).map((a) => a.file);

    const again = await client.triageOnce(ticket);
    expect(again).toMatchObject({ unchanged: true, result: { status: "resolved", owner: "agent-a" } });
    const direct = await agent.invoke({ ticket }, config(ticket.id));
    expect(direct.status).toBe("resolved");
    expect(direct.conversation).toEqual(resolved.conversation);
    expect(direct.customerNotifications).toEqual(resolved.customerNotifications);
    expect((await readOutbox(outbox)).map((a) => a.file)).toEqual(files);
  });

  it("appends a turn when the ticket's words changed", async () => {
    const { agent } = testAgent();
    const client = new ThreadClient(agent);
    const ticket = seedTicket("TICK-STD-001");
    const first = await client.triage(ticket);
    const edited = await client.triageOnce({ ...ticket, description: `${ticket.description} Also, my 2FA codes stopped working.` });
    expect(edited.unchanged).toBe(false);
    expect(edited.result.conversation.filter((t) => t.role === "customer")).toHaveLength(first.conversation.filter((t) => t.role === "customer").length + 1);
  });

  it("reopens a resolved thread when the customer writes again, with a note to its last owner", async () => {
    const { agent, outbox } = testAgent();
    const client = new ThreadClient(agent);
    const ticket = seedTicket("TICK-ENT-001");
    await client.triage(ticket);
    await client.act(ticket.id, { action: "claim", agent: "agent-a" });
    await client.act(ticket.id, { action: "resolve", agent: "agent-a", resolved: true, appropriate: true });

    const reopened = await client.message(ticket.id, "It is down again since this morning, the same authentication errors.");
    expect(reopened.status).not.toBe("resolved");
    const note = reopened.conversation.find((t) => t.role === "system" && t.content.startsWith("Reopened:"));
    expect(note?.content).toContain("agent-a");
    const sent = reopened.handoff?.notifications.find((n) => n.id === `${ticket.id}:reopen:1`);
    expect(sent?.status).toBe("outbox");
    const artefact = (await readOutbox(outbox)).find((a) => a.visible.includes("Reopened") && a.visible.includes("down again since this morning"));
    expect(artefact?.visible).toContain("agent-a");
  });
});

describe("escalation-agent triage, twice", { timeout: 240_000 }, () => {
  it("says the ticket is unchanged, prints the current state and leaves a resolved thread resolved", async () => {
    const dir = tempDir();
    const env = { ESCALATION_DB: join(dir, "agent.db"), ESCALATION_OUTBOX: join(dir, "outbox") };
    const file = "examples/tickets/TICK-ENT-001.json";
    expect(runCli(["triage", file], { env }).code).toBe(0);
    // Triaged by one process, resolved in this one, triaged again by another: the thread lives in the file.
    expect((await runCliInProcess(["human", "resolve", "--thread", "TICK-ENT-001", "--agent", "agent-a"], { env })).code).toBe(0);
    const again = runCli(["triage", file], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("TICK-ENT-001: unchanged since its last turn, not triaged again");
    expect(again.stdout).toMatch(/status\s+resolved/);
    const json = await runCliInProcess(["threads", "--thread", "TICK-ENT-001", "--json"], { env });
    const result = JSON.parse(json.stdout);
    expect(result.status).toBe("resolved");
    expect(result.conversation.filter((t: { role: string }) => t.role === "agent")).toHaveLength(1);
  });
});
