/**
 * An escalation nobody has claimed yet is withdrawn when the customer takes
 * the alarm back and nothing else in the thread needs a person: the thread
 * goes back to the bot and the team hears it in the handoff's Slack thread.
 * A claimed ticket, or one where something still needs a person, stays.
 */
import { describe, expect, it } from "vitest";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import type { Ticket } from "../../src/domain/ticket.js";
import { readOutbox } from "../helpers/outbox-artefacts.js";
import { testAgent } from "../helpers/agent.js";

const outage = (id: string, extra = ""): Ticket => ({
  id,
  subject: "Nothing loads",
  description: `None of us can load the app since 10 minutes ago - 'connection timed out' on every page, 25 people in the office.${extra}`,
  customerTier: "paid",
  channel: "web",
});

const FALSE_ALARM = "Sorry, false alarm: our IT pushed a firewall rule that blocked you. Rolled back, everything's loading again.";

describe("withdrawing an unclaimed escalation", () => {
  it("goes back to the bot, with a note on the thread and a message to the team, when the customer takes the alarm back", async () => {
    const { agent, outbox } = testAgent();
    const client = new ThreadClient(agent);
    const first = await client.triage(outage("WD-1"));
    expect(first.status).toBe("awaiting_human");
    expect(first.decision?.type).not.toBe("no_escalation");

    const after = await client.message("WD-1", FALSE_ALARM);
    expect(after.status).toBe("bot");
    expect(after.owner).toBeNull();
    expect(after.decision?.type).toBe("no_escalation");
    expect(after.conversation.some((t) => t.role === "system" && t.content.startsWith("Withdrawn:"))).toBe(true);
    // The customer is answered; the team is told in the handoff's thread, once.
    // The customer hears that the team was told, and is asked for nothing.
    expect(after.response?.message).toContain("Thanks for letting us know it's sorted");
    expect(after.response?.message).toContain("our engineering team");
    expect(after.response?.type).toBe("solution");
    const note = after.handoff?.notifications.find((n) => n.id === "WD-1:withdrawn:2");
    expect(note?.status).toBe("outbox");
    const artefacts = (await readOutbox(outbox)).filter((a) => a.visible.includes("Withdrawn") && a.visible.includes("firewall rule"));
    expect(artefacts).toHaveLength(1);
  });

  it("forwards the message and keeps waiting when a person has claimed the ticket", async () => {
    const { agent } = testAgent();
    const client = new ThreadClient(agent);
    await client.triage(outage("WD-2"));
    await client.act("WD-2", { action: "claim", agent: "agent-a" });
    const after = await client.message("WD-2", FALSE_ALARM);
    expect(after.status).toBe("human_owned");
    expect(after.owner).toBe("agent-a");
    expect(after.handoff?.notifications.some((n) => n.id === "WD-2:forward:2")).toBe(true);
    expect(after.conversation.some((t) => t.role === "system" && t.content.startsWith("Withdrawn:"))).toBe(false);
  });

  it("keeps the escalation when something else still needs a person (a legal threat stands)", async () => {
    const { agent } = testAgent();
    const client = new ThreadClient(agent);
    await client.triage(outage("WD-3", " Our lawyers will file suit for the lost orders if this happens again."));
    const after = await client.message("WD-3", FALSE_ALARM);
    expect(after.status).toBe("awaiting_human");
    expect(after.decision?.type).not.toBe("no_escalation");
    expect(after.handoff?.notifications.some((n) => n.id === "WD-3:forward:2")).toBe(true);
  });

  it("withdraws a specialist escalation too: the error codes of a problem that is over need no specialist", async () => {
    const { agent } = testAgent();
    const client = new ThreadClient(agent);
    const first = await client.triage({
      id: "WD-5",
      subject: "Flows failing",
      description: "Since 8:15 our flows fail at the HTTP step with ECONNREFUSED (request id req_8841). Orders and invoices are stuck.",
      customerTier: "paid",
      channel: "email",
    });
    expect(first.status).toBe("awaiting_human");
    const after = await client.message(
      "WD-5",
      "Never mind! Our network team changed a firewall rule that blocked your IP range; rolled back, all running again. You can close this.",
    );
    expect(after.decision?.type).toBe("no_escalation");
    expect(after.decision?.reasons.join(" ")).toContain("took the alarm back");
    expect(after.status).toBe("bot");
  });

  it("keeps it when the same message also asks a person for something (a refund)", async () => {
    const { agent } = testAgent();
    const client = new ThreadClient(agent);
    await client.triage(outage("WD-6"));
    const after = await client.message("WD-6", "False alarm, it's all loading again. But please refund us the two days we paid for while it was down.");
    expect(after.decision?.type).not.toBe("no_escalation");
    expect(after.decision?.reasons.join(" ")).not.toContain("took the alarm back");
  });

  it("forwards a follow-up that takes nothing back, as before", async () => {
    const { agent } = testAgent();
    const client = new ThreadClient(agent);
    await client.triage(outage("WD-4"));
    const after = await client.message("WD-4", "Still down. Any update?");
    expect(after.status).toBe("awaiting_human");
    expect(after.handoff?.notifications.some((n) => n.id === "WD-4:forward:2")).toBe(true);
  });
});
