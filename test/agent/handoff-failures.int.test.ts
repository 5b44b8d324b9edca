/**
 * Channels that fail, against real protocol peers: SMTP refusing, Slack
 * rate-limiting (429 + Retry-After) then recovering, Slack down (500),
 * Zendesk rejecting the credentials (401). Transient failures are retried,
 * refusals are not; a channel that stays down triggers the fallback alert,
 * and no credential ever reaches the state.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { triageTicket } from "../../src/runtime/triage.js";
import type { DeliveryLedger } from "../../src/delivery/ledger.js";
import { createHandoffChannels } from "../../src/delivery/create.js";
import { seedTicket } from "../helpers/agent.js";
import { deliveryAgent, peerSettings, startPeers, TEST_ROUTING, type Peers } from "../helpers/delivery.js";
import { createEscalationAgent } from "../../src/agent/graph.js";
import { InMemoryStore, MemorySaver } from "@langchain/langgraph";

const TICKET = () => ({ ...seedTicket("TICK-ENT-001"), externalId: 4242 });

let peers: Peers;
beforeEach(async () => {
  peers = await startPeers();
});
afterEach(async () => {
  await peers.close();
});

function byChannel(notifications: Array<{ channel: string }> | undefined) {
  return Object.fromEntries((notifications ?? []).map((n) => [n.channel, n]));
}

describe("handoff delivery failures", () => {
  it("SMTP refuses: the mail fails at once, the fallback alert goes to the escalation Slack channel", async () => {
    peers.smtp.refuse = true;
    const { agent } = deliveryAgent(peers);
    const result = await triageTicket(agent, TICKET());

    const n = byChannel(result.handoff?.notifications);
    expect(n.email).toMatchObject({ status: "failed", attempts: 1, error: expect.stringMatching(/SMTP 550/) });
    expect(n.slack).toMatchObject({ status: "sent" });
    expect(n.ticketing).toMatchObject({ status: "sent" });
    expect(n.fallback_slack).toMatchObject({ status: "sent", target: "#support-escalation" });
    expect(n.fallback_email).toMatchObject({ status: "failed" });
    expect(result.handoff?.status).toBe("partially_delivered");
    expect(result.customerNotifications[0]).toMatchObject({ status: "failed" });

    const alert = peers.slack.posted.find((p) => p.channel === "C0ESCALAT1");
    expect(JSON.stringify(alert?.blocks)).toMatch(/ESCALATION SYSTEM FAILURE/);
    expect(JSON.stringify(alert?.blocks)).toMatch(/email → engineering-support@company.com: failed/);
    expect(JSON.stringify(result)).not.toContain(peers.smtp.password);
  });

  it("SMTP refuses only the cc'd escalation address: the mail is partial, not sent, and the fallback alert says so", async () => {
    peers.smtp.rejectRecipients.add("escalation@company.com");
    const { agent, ledger } = deliveryAgent(peers);
    const result = await triageTicket(agent, TICKET());

    const n = byChannel(result.handoff?.notifications);
    expect(n.email).toMatchObject({
      status: "partial",
      attempts: 1,
      rejected: ["escalation@company.com"],
      ref: expect.stringMatching(/^<.+>$/),
      error: expect.stringMatching(/except to escalation@company\.com \(SMTP 550 5\.1\.1 Mailbox unavailable\)/),
    });
    expect(result.handoff?.status).toBe("partially_delivered");
    // The fallback alert says what happened; its mail goes to the very address that refuses mail, so it fails too.
    expect(n.fallback_slack).toMatchObject({ status: "sent" });
    expect(n.fallback_email).toMatchObject({ status: "failed" });
    const alert = peers.slack.posted.find((p) => p.channel === "C0ESCALAT1");
    expect(JSON.stringify(alert?.blocks)).toMatch(/email → engineering-support@company.com: partial/);

    const teamMails = () => peers.smtp.received.filter((m) => m.mail.subject?.startsWith("[ESCALATION][IMMEDIATE]"));
    expect(teamMails().map((m) => m.recipients)).toEqual([["engineering-support@company.com"]]);
    const key = "TICK-ENT-001:immediate_escalation:engineering:team_email";
    expect(await ledger()!.get(key)).toMatchObject({ status: "partial", rejected: ["escalation@company.com"] });
    expect((await ledger()!.undelivered()).map((r) => r.id)).toContain(key);

    expect(JSON.stringify(result)).not.toContain(peers.smtp.password);
  });

  it("Slack answers 429 with Retry-After: the wait is honoured and the second try posts once", async () => {
    peers.slack.failures.push({ status: 429, retryAfter: 1 });
    const { agent, waits } = deliveryAgent(peers);
    const result = await triageTicket(agent, TICKET());

    expect(byChannel(result.handoff?.notifications).slack).toMatchObject({ status: "sent", attempts: 2 });
    expect(waits).toEqual([1000]);
    expect(peers.slack.calls["chat.postMessage"]).toBe(2);
    expect(peers.slack.posted).toHaveLength(1);
    expect(result.handoff?.status).toBe("handed_off");
  });

  it("Slack stays down (500): retried with backoff, then failed; the fallback mail reaches the escalation address", async () => {
    peers.slack.down = { status: 500 };
    const { agent } = deliveryAgent(peers);
    const result = await triageTicket(agent, TICKET());

    const n = byChannel(result.handoff?.notifications);
    expect(n.slack).toMatchObject({ status: "failed", attempts: 3, error: expect.stringMatching(/HTTP 500/) });
    expect(n.fallback_slack).toMatchObject({ status: "failed" });
    expect(n.fallback_email).toMatchObject({ status: "sent", target: "escalation@company.com" });
    expect(result.handoff?.status).toBe("partially_delivered");

    const alert = peers.smtp.received.find((m) => m.mail.subject?.startsWith("[ESCALATION SYSTEM FAILURE]"));
    expect(alert?.recipients).toEqual(["escalation@company.com"]);
    expect(alert?.mail.text).toMatch(/slack → #engineering-support: failed/);
    expect(alert?.mail.attachments[0]?.filename).toBe("handoff-context-TICK-ENT-001.json");
  });

  it("Zendesk rejects the token (401): no retry, the alert goes out on Slack and by mail, the token stays secret", async () => {
    const settings = { ...peerSettings(peers), zendesk: { url: peers.zendesk.url, email: peers.zendesk.email, apiToken: "wrong-token-abcdef" } };
    const { agent } = deliveryAgent(peers, { settings });
    const result = await triageTicket(agent, TICKET());

    const n = byChannel(result.handoff?.notifications);
    expect(n.ticketing).toMatchObject({ status: "failed", attempts: 1, error: expect.stringMatching(/HTTP 401/) });
    expect(peers.zendesk.calls).toHaveLength(1);
    expect(n.fallback_slack).toMatchObject({ status: "sent" });
    expect(n.fallback_email).toMatchObject({ status: "sent" });
    expect(result.handoff?.status).toBe("partially_delivered");
    expect(JSON.stringify(result)).not.toContain("wrong-token-abcdef");
  });

  it("every channel down: manual intervention required", async () => {
    peers.smtp.refuse = true;
    peers.slack.down = { status: 500 };
    peers.zendesk.failWith = 503;
    const { agent } = deliveryAgent(peers);
    const result = await triageTicket(agent, TICKET());
    expect(result.handoff?.status).toBe("manual_intervention_required");
    expect(result.handoff?.notifications.every((n) => n.status === "failed")).toBe(true);
  });
});

describe("an interrupted send (the process died between sending and recording it)", () => {
  /** A ledger whose first `finish` for each key never happens: the send went out, the record still says "sending". */
  function dyingAfterSend(ledger: DeliveryLedger): DeliveryLedger {
    const died = new Set<string>();
    return {
      get: (id) => ledger.get(id),
      claim: (record, previous) => ledger.claim(record, previous),
      undelivered: () => ledger.undelivered(),
      finish: async (id, outcome) => {
        if (!died.has(id)) {
          died.add(id);
          throw new Error("simulated crash after send");
        }
        return ledger.finish(id, outcome);
      },
    };
  }

  it("is found at Slack (message metadata) and Zendesk (note marker) instead of being sent again; mail is resent under the same Message-ID", async () => {
    const checkpointer = new MemorySaver();
    const retry = { retries: 0 };
    const agentWith = (wrapLedger: (l: DeliveryLedger) => DeliveryLedger) =>
      createEscalationAgent({
        checkpointer,
        store: new InMemoryStore(),
        routing: TEST_ROUTING,
        channels: ({ routing, ledger }) => createHandoffChannels({ routing, ledger: wrapLedger(ledger), settings: peerSettings(peers), retry }),
      });
    // One ledger shared by both "processes", as the SQLite file would be.
    let shared: DeliveryLedger | undefined;
    const dying = agentWith((l) => dyingAfterSend((shared ??= l)));
    await expect(triageTicket(dying, TICKET())).rejects.toThrow(/simulated crash/);
    // The channels run side by side: the first crash ends the run while the mail may still be on its way.
    const firstMail = await vi.waitFor(() => {
      const mail = peers.smtp.received.find((m) => m.recipients.includes("engineering-support@company.com"));
      if (!mail) throw new Error("team mail not received yet");
      return mail;
    });
    expect(peers.slack.posted).toHaveLength(1);
    expect(peers.zendesk.writes).toHaveLength(1);

    const restarted = agentWith(() => shared!);
    const result = await triageTicket(restarted, TICKET());
    const n = byChannel(result.handoff?.notifications);
    expect(n.slack).toMatchObject({ status: "sent", attempts: 1 });
    expect(n.ticketing).toMatchObject({ status: "sent", attempts: 1 });
    expect(peers.slack.posted).toHaveLength(1);
    expect(peers.slack.calls["conversations.history"]).toBe(1);
    expect(peers.zendesk.writes).toHaveLength(1);

    // SMTP cannot be asked; the copy is the same message to every mail system.
    const teamMails = peers.smtp.received.filter((m) => m.recipients.includes("engineering-support@company.com"));
    expect(teamMails).toHaveLength(2);
    expect(teamMails[1]?.mail.messageId).toBe(firstMail.mail.messageId);
    expect(n.email).toMatchObject({ status: "sent", attempts: 2 });
  });
});
