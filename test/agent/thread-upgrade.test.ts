/**
 * A thread already with people (a scheduled or specialist escalation, claimed
 * or not) whose customer then writes a hard trigger: the decision is raised
 * to the immediate escalation, the owning team reads the new urgency before
 * the customer's (redacted) words, in Slack and by mail, and the handoff's
 * pick-up promise counts from then. A calm follow-up changes nothing, and
 * nothing on a forwarded thread lowers the raised escalation again.
 */
import { describe, expect, it } from "vitest";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import type { Ticket } from "../../src/domain/ticket.js";
import { readOutbox } from "../helpers/outbox-artefacts.js";
import { testAgent } from "../helpers/agent.js";
import { expectNoTrace, SECRETS } from "../helpers/pii.js";

const NOW = new Date("2026-12-07T09:00:00.000Z");

const declinedCard = (id: string): Ticket => ({
  id,
  subject: "Card declined on renewal",
  description: "Our renewal payment keeps failing: the card form says 'Your card was declined (do_not_honor)'. We tried three cards from two banks.",
  customerTier: "paid",
  channel: "email",
});

async function waitingThread(id: string) {
  const { agent, outbox } = testAgent({ now: () => NOW });
  const client = new ThreadClient(agent);
  const first = await client.triage(declinedCard(id));
  // The premise: handed off, not immediately (a billing specialist within the day).
  expect(first.status).toBe("awaiting_human");
  expect(first.decision?.type).toBe("specialist_escalation");
  expect(first.handoff?.urgency).toBe("scheduled");
  return { client, outbox, first };
}

describe("a new hard trigger on a thread already with people", () => {
  it("raises an unclaimed scheduled handoff to the immediate escalation and tells the team first", async () => {
    const { client, outbox } = await waitingThread("UP-1");
    const after = await client.message("UP-1", "This is going nowhere. I want to speak to a real person now, our plan is suspended tomorrow.");

    expect(after.status).toBe("awaiting_human");
    expect(after.decision?.type).toBe("immediate_escalation");
    expect(after.decision?.reasons).toContain("hard trigger: human_requested (rules)");
    // The bot stays silent: the thread is the team's.
    expect(after.response).toBeNull();
    expect(after.handoff?.urgency).toBe("immediate");
    expect(after.handoff?.handedOffAt).toBe(NOW.toISOString());
    expect(after.handoff?.contextPackage.escalation.type).toBe("immediate_escalation");
    expect(after.conversation.at(-1)).toMatchObject({
      role: "system",
      content: expect.stringContaining("raised to immediate_escalation (was specialist_escalation)"),
    });

    const ids = after.handoff?.notifications.map((n) => n.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(["UP-1:forward:2", "UP-1:forward-email:2"]));
    const forwards = await readOutbox(outbox, "UP-1_forward");
    expect(forwards).toHaveLength(2);
    const mail = forwards.find((a) => a.mail)?.mail;
    expect(mail?.subject).toContain("Escalation raised to IMMEDIATE (was specialist_escalation, scheduled)");
    expect(mail?.text).toContain("> This is going nowhere. I want to speak to a real person now");
    const slack = forwards.find((a) => a.json)?.visible ?? "";
    expect(slack).toContain("A person is now promised within 15 minutes.");
  });

  it("keeps the standing decision for a calm follow-up, which is forwarded as before", async () => {
    const { client, outbox, first } = await waitingThread("UP-2");
    const after = await client.message("UP-2", "Thanks, I'll wait for the billing team then.");

    expect(after.decision).toEqual(first.decision);
    expect(after.handoff?.urgency).toBe("scheduled");
    expect(after.handoff?.handedOffAt).toBe(first.handoff?.handedOffAt);
    expect(after.handoff?.notifications.map((n) => n.id)).toContain("UP-2:forward:2");
    const forwards = await readOutbox(outbox, "UP-2_forward");
    expect(forwards).toHaveLength(1);
    expect(forwards[0]?.visible).not.toContain("Escalation raised");
  });

  it("tells the owner of a claimed thread, who keeps it", async () => {
    const { client, outbox } = await waitingThread("UP-3");
    await client.act("UP-3", { action: "claim", agent: "agent-a" });
    const after = await client.message("UP-3", "Fine. If the renewal isn't sorted by Friday our lawyers will take legal action against you.");

    expect(after.status).toBe("human_owned");
    expect(after.owner).toBe("agent-a");
    expect(after.decision?.type).toBe("immediate_escalation");
    expect(after.handoff?.urgency).toBe("immediate");
    expect(after.conversation.at(-1)?.content).toContain("agent-a (finance) was told");
    const forwards = await readOutbox(outbox, "UP-3_forward");
    expect(forwards).toHaveLength(2);
    for (const artefact of forwards) {
      expect(artefact.visible).toContain("For agent-a");
      expect(artefact.visible).toContain("hard trigger: legal_threat");
    }
  });

  it("never lowers the raised escalation on a later calm message", async () => {
    const { client } = await waitingThread("UP-4");
    await client.message("UP-4", "I want to speak to a real person now.");
    const later = await client.message("UP-4", "ok, waiting.");

    expect(later.decision?.type).toBe("immediate_escalation");
    expect(later.handoff?.urgency).toBe("immediate");
    expect(later.handoff?.notifications.map((n) => n.id)).toContain("UP-4:forward:3");
    expect(later.handoff?.notifications.map((n) => n.id)).not.toContain("UP-4:forward-email:3");
  });

  it("redacts what the raising message carries, in both forwards and the new context package", async () => {
    const { client, outbox } = await waitingThread("UP-5");
    const after = await client.message("UP-5", `Get me a human now. The card I tried last was ${SECRETS.card}.`);

    expect(after.decision?.type).toBe("immediate_escalation");
    // The thread keeps what the customer wrote; nothing that leaves does.
    expect(after.conversation.some((t) => t.role === "customer" && t.content.includes(SECRETS.card))).toBe(true);
    expectNoTrace(JSON.stringify(after.handoff?.contextPackage), "handoff.contextPackage");
    const forwards = await readOutbox(outbox, "UP-5_forward");
    expect(forwards).toHaveLength(2);
    for (const artefact of forwards) {
      expect(artefact.visible).toContain("[REDACTED:card]");
      expectNoTrace(artefact.visible, artefact.file);
    }
  });
});
