/**
 * Issue #4's "done when": TICK-ENT-001 reaches a real SMTP server, a Slack
 * Web API stand-in and a Zendesk stand-in on 127.0.0.1 — team mail with the
 * JSON context attachment, a Block Kit message, a ticket update, the reply
 * to the customer — and running the thread again sends nothing new, even
 * after a crash between sending and checkpointing.
 */
import { join } from "node:path";
import { SqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { triageTicket } from "../../src/runtime/triage.js";
import type { HandoffChannels } from "../../src/delivery/types.js";
import { seedTicket } from "../helpers/agent.js";
import { deliveryAgent, PUBLIC_URL, startPeers, tempDir, type Peers } from "../helpers/delivery.js";

const SUBJECT = "CRITICAL: Production API outage affecting our entire platform";

/** The seed ticket as a helpdesk integration sends it: with its Zendesk id, Slack thread and mail Message-ID. */
function helpdeskTicket() {
  return { ...seedTicket("TICK-ENT-001"), externalId: 4242, slackThreadId: "1700000000.000100", messageId: "<cust-1@enterprise.com>" };
}

function counts(peers: Peers) {
  return { mails: peers.smtp.received.length, slack: peers.slack.posted.length, zendesk: peers.zendesk.writes.length };
}

let peers: Peers;
beforeEach(async () => {
  peers = await startPeers();
});
afterEach(async () => {
  await peers.close();
});

describe("handoff of TICK-ENT-001 over SMTP, Slack and Zendesk", () => {
  it("delivers every artefact once, and a re-run of the thread sends nothing new", async () => {
    const { agent } = deliveryAgent(peers);
    const result = await triageTicket(agent, helpdeskTicket());

    expect(result.handoff?.status).toBe("handed_off");
    expect(result.handoff?.notifications.map((n) => [n.channel, n.status, n.attempts])).toEqual([
      ["email", "sent", 1],
      ["slack", "sent", 1],
      ["ticketing", "sent", 1],
    ]);

    // The team's mail: headers, both bodies, the context package attached.
    const team = peers.smtp.received.find((m) => m.recipients.includes("engineering-support@company.com"));
    expect(team).toBeDefined();
    const mail = team!.mail;
    expect(team!.recipients).toEqual(expect.arrayContaining(["engineering-support@company.com", "escalation@company.com"]));
    expect(mail.subject).toBe(`[ESCALATION][IMMEDIATE] TICK-ENT-001 — ${SUBJECT}`);
    expect(addresses(mail.to)).toEqual(["engineering-support@company.com"]);
    expect(addresses(mail.cc)).toEqual(["escalation@company.com"]);
    expect(mail.text).toContain("RECOMMENDED ACTIONS");
    expect(mail.text).toContain("We are considering legal action");
    expect(mail.text).toContain(`${PUBLIC_URL}/tickets/TICK-ENT-001`);
    expect(mail.html).toContain("<h3");
    expect(mail.html).toContain("Communication guidance");
    expect(mail.attachments).toHaveLength(1);
    const attachment = mail.attachments[0]!;
    expect(attachment.filename).toBe("handoff-context-TICK-ENT-001.json");
    expect(attachment.contentType).toBe("application/json");
    expect(JSON.parse(attachment.content.toString("utf8"))).toMatchObject({
      version: 1,
      ticketInfo: { id: "TICK-ENT-001", externalId: 4242 },
      escalation: { type: "immediate_escalation", team: "engineering", urgency: "immediate" },
    });

    // The customer's reply, threaded under their mail.
    const reply = peers.smtp.received.find((m) => m.recipients.includes("cto@enterprise.com"));
    expect(reply?.mail.subject).toBe(`Re: ${SUBJECT}`);
    expect(reply?.mail.inReplyTo).toBe("<cust-1@enterprise.com>");
    expect(reply?.mail.references).toBe("<cust-1@enterprise.com>");
    expect(reply?.mail.text?.trim()).toBe(result.response?.message.trim());
    expect(result.customerNotifications).toEqual([
      expect.objectContaining({ id: "TICK-ENT-001:reply:1", channel: "customer_email", target: "cto@enterprise.com", status: "sent" }),
    ]);

    // Block Kit in the team's channel, in the ticket's thread.
    expect(peers.slack.posted).toHaveLength(1);
    const post = peers.slack.posted[0]!;
    expect(post).toMatchObject({ channel: "C0ENGSUPP1", thread_ts: "1700000000.000100" });
    expect(post.metadata?.event_payload).toMatchObject({ idempotency_key: "TICK-ENT-001:immediate_escalation:engineering:slack" });
    const [header, fields, reason, , , actions] = post.blocks as unknown as Array<{
      text: { text: string };
      fields: Array<{ text: string }>;
      elements: unknown[];
    }>;
    expect(header?.text.text).toMatch(/ESCALATED: IMMEDIATE/);
    expect(fields?.fields.map((f: { text: string }) => f.text.split(":*")[0])).toEqual(["*Ticket", "*Customer", "*Risk", "*Frustration"]);
    expect(reason?.text.text).toMatch(/\*Reason:\* hard trigger/);
    expect(actions?.elements).toEqual([
      expect.objectContaining({ type: "button", url: `${PUBLIC_URL}/tickets/TICK-ENT-001` }),
      expect.objectContaining({ type: "button", action_id: "claim_ticket", value: "TICK-ENT-001" }),
    ]);

    // The Zendesk ticket: open (Zendesk has no "escalated"), mapped priority, group, tags, private note.
    expect(peers.zendesk.writes).toHaveLength(1);
    const update = peers.zendesk.writes[0]!;
    expect(update.method).toBe("PUT");
    expect(update.path).toBe("/api/v2/tickets/4242.json");
    expect(update.body?.ticket).toMatchObject({
      status: "open",
      priority: "urgent",
      group_id: 360001,
      additional_tags: ["ai-escalated", "escalation-immediate", "immediate_escalation"],
      comment: { public: false },
    });
    expect((update.body?.ticket.comment as { body: string }).body).toMatch(/^AI Agent Escalation Summary/);

    // The same ticket again on its thread: nothing new anywhere.
    const before = counts(peers);
    const again = await triageTicket(agent, helpdeskTicket());
    expect(counts(peers)).toEqual(before);
    expect(again.handoff?.notifications.every((n) => n.status === "sent")).toBe(true);
    expect(again.customerNotifications).toHaveLength(1);
  });

  it("creates the Zendesk ticket (external_id = ticket id) when the ticket has none, and posts top-level", async () => {
    const { agent } = deliveryAgent(peers);
    const result = await triageTicket(agent, seedTicket("TICK-ENT-001"));

    expect(result.handoff?.status).toBe("handed_off");
    const create = peers.zendesk.writes[0]!;
    expect(create.method).toBe("POST");
    expect(create.path).toBe("/api/v2/tickets.json");
    expect(create.body?.ticket).toMatchObject({
      external_id: "TICK-ENT-001",
      subject: SUBJECT,
      requester: { email: "cto@enterprise.com" },
      tags: ["ai-escalated", "escalation-immediate", "immediate_escalation"],
      comment: { public: false },
    });
    expect(result.handoff?.notifications.find((n) => n.channel === "ticketing")?.ref).toBe("5000");
    expect(peers.slack.posted[0]?.thread_ts).toBeUndefined();
  });

  it("a crash after sending and before the checkpoint sends nothing twice when the thread resumes or re-runs", async () => {
    const db = join(tempDir(), "agent.db");
    const config = { configurable: { thread_id: "TICK-ENT-001" } };
    // Every message goes out (3 for the team, the customer's reply), then hand_off dies before its step is checkpointed.
    const crashAfterSending = (channels: HandoffChannels): HandoffChannels => {
      let teamDelivered = 0;
      let replyDelivered: () => void = () => undefined;
      const reply = new Promise<void>((resolve) => (replyDelivered = resolve));
      return {
        deliver: async (notification) => {
          const result = await channels.deliver(notification);
          if (notification.kind === "customer_reply") replyDelivered();
          else if (++teamDelivered === 3) {
            await reply;
            throw new Error("simulated crash: process killed before checkpoint");
          }
          return result;
        },
      };
    };
    const first = deliveryAgent(peers, { checkpointer: SqliteSaver.fromConnString(db), wrap: crashAfterSending });
    await expect(triageTicket(first.agent, helpdeskTicket())).rejects.toThrow(/simulated crash/);
    const sent = counts(peers);
    expect(sent).toEqual({ mails: 2, slack: 1, zendesk: 1 });

    // A new process on the same database: the checkpoint has no handoff, the ledger knows it was sent.
    const restarted = deliveryAgent(peers, { checkpointer: SqliteSaver.fromConnString(db) });
    expect((await restarted.agent.getState(config)).values.handoff ?? null).toBeNull();
    const resumed = await restarted.agent.invoke(null, config);
    expect(resumed.handoff?.status).toBe("handed_off");
    expect(resumed.handoff?.notifications.map((n) => [n.status, n.attempts])).toEqual([
      ["sent", 1],
      ["sent", 1],
      ["sent", 1],
    ]);
    const rerun = await triageTicket(restarted.agent, helpdeskTicket());
    expect(rerun.handoff?.status).toBe("handed_off");
    expect(counts(peers)).toEqual(sent);
  });
});

function addresses(field: unknown): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a: { value: Array<{ address?: string }> }) => a.value.map((v) => v.address ?? ""));
}
