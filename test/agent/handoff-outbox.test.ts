/**
 * With no channel settings every artefact lands in the outbox, in a form a
 * person can open or replay: the team mail as a real .eml (attachment
 * included), the exact chat.postMessage payload, the exact Zendesk request,
 * and the customer's reply as .eml. Re-running the thread writes nothing new.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { DEFAULT_ROUTING } from "../../src/config/routing.js";
import { triageTicket } from "../../src/runtime/triage.js";
import { outboxFileName } from "../../src/delivery/file-outbox.js";
import { seedTicket, testAgent } from "../helpers/agent.js";

const KEY = "TICK-ENT-001:immediate_escalation:engineering";
/** The artefact's file for a notification key (readable key plus a hash of it, see outboxFileName). */
const file = (key: string, ext: string) => `${outboxFileName(key)}.${ext}`;

describe("handoff of TICK-ENT-001 without channel settings", async () => {
  const { agent, outbox } = testAgent({ routing: { ...DEFAULT_ROUTING, publicUrl: "https://support.example.test" } });
  const ticket = { ...seedTicket("TICK-ENT-001"), messageId: "<cust-1@enterprise.com>" };
  const result = await triageTicket(agent, ticket);
  const files = readdirSync(outbox).sort();
  const read = (name: string) => readFileSync(join(outbox, name));

  it("reports every notification as outbox, with the file it wrote", () => {
    expect(result.handoff?.status).toBe("handed_off");
    for (const n of [...(result.handoff?.notifications ?? []), ...result.customerNotifications]) {
      expect(n.status).toBe("outbox");
      expect(files).toContain(n.ref?.split(/[\\/]/).pop());
    }
    expect(files).toEqual(
      [file(`${KEY}:slack`, "json"), file(`${KEY}:team_email`, "eml"), file(`${KEY}:ticketing`, "json"), file("TICK-ENT-001:reply:1", "eml")].sort(),
    );
  });

  it("writes the team mail as an RFC 822 message with the context package attached", async () => {
    const mail = await simpleParser(read(file(`${KEY}:team_email`, "eml")));
    expect(mail.subject).toBe("[ESCALATION][IMMEDIATE] TICK-ENT-001 — CRITICAL: Production API outage affecting our entire platform");
    expect(mail.to).toMatchObject({ text: "engineering-support@company.com" });
    expect(mail.cc).toMatchObject({ text: "escalation@company.com" });
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@company\.com>$/);
    expect(mail.text).toContain("CONVERSATION");
    expect(mail.html).toContain("Recommended actions");
    const attachment = mail.attachments[0];
    expect(attachment?.filename).toBe("handoff-context-TICK-ENT-001.json");
    expect(JSON.parse(attachment?.content.toString("utf8") ?? "{}")).toMatchObject({ version: 1, ticketInfo: { id: "TICK-ENT-001" } });
  });

  it("writes the exact chat.postMessage payload", () => {
    const payload = JSON.parse(read(file(`${KEY}:slack`, "json")).toString("utf8"));
    expect(payload).toMatchObject({
      channel: "#engineering-support",
      metadata: { event_payload: { idempotency_key: `TICK-ENT-001:immediate_escalation:engineering:slack` } },
    });
    expect(payload.blocks.map((b: { type: string }) => b.type)).toEqual(["header", "section", "section", "section", "context", "actions"]);
  });

  it("writes the exact Zendesk request (a creation, since the ticket has no external id)", () => {
    const request = JSON.parse(read(file(`${KEY}:ticketing`, "json")).toString("utf8"));
    expect(request).toMatchObject({ system: "zendesk", method: "POST", path: "/api/v2/tickets.json", groupName: "Engineering" });
    expect(request.body.ticket).toMatchObject({ external_id: "TICK-ENT-001", status: "open", priority: "urgent", comment: { public: false } });
  });

  it("writes the customer's reply threaded under their mail", async () => {
    const mail = await simpleParser(read(file("TICK-ENT-001:reply:1", "eml")));
    expect(mail.subject).toBe("Re: CRITICAL: Production API outage affecting our entire platform");
    expect(mail.inReplyTo).toBe("<cust-1@enterprise.com>");
    expect(mail.text?.trim()).toBe(result.response?.message.trim());
  });

  it("writes nothing new when the thread runs again", async () => {
    const again = await triageTicket(agent, ticket);
    expect(readdirSync(outbox).sort()).toEqual(files);
    expect(again.handoff?.notifications.map((n) => n.attempts)).toEqual([1, 1, 1]);
  });
});
