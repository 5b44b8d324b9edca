/**
 * What the channels send, composed from a context package whose customer
 * text tries to break out: Slack control sequences, HTML, header
 * injection. Also the Zendesk request mapping and reply threading.
 */
import { REDACTION_KINDS } from "../../src/domain/redaction-kinds.js";
import { describe, expect, it } from "vitest";
import { DEFAULT_ROUTING } from "../../src/config/routing.js";
import { buildContextPackage } from "../../src/agent/nodes/handoff/context-package.js";
import { composeArtefact } from "../../src/delivery/compose/index.js";
import { escapeSlackText } from "../../src/delivery/compose/slack-escape.js";
import { zendeskRequest } from "../../src/delivery/transports/zendesk-request.js";
import type { PlannedNotification } from "../../src/delivery/types.js";
import { makeAnalysis, makeClassification, makeEscalation } from "../fixtures/triage.js";

const HOSTILE_SUBJECT = "Help <!channel> @here <@U024BE7LH> <http://evil.test|click me> & <b>now</b>\r\nBcc: victim@evil.test";
const HOSTILE_TEXT = "<script>alert(1)</script> @everyone please <!here|here> see <https://evil.test/login|your invoice>";

const context = { routing: DEFAULT_ROUTING, publicUrl: "https://support.example.test/" };

function hostilePackage(externalId?: string | number) {
  return buildContextPackage({
    ticketId: "T-<1>",
    ticket: {
      subject: HOSTILE_SUBJECT,
      customerName: "Mallory <@U999>",
      customerEmail: "mallory@example.test",
      ...(externalId !== undefined ? { externalId } : {}),
      slackThreadId: "1700000000.000200",
    },
    classification: makeClassification({ category: "billing", priority: "critical", escalationSignals: ["legal_threat"] }),
    analysis: makeAnalysis({ frustration: 90, sentiment: "very_negative" }),
    decision: makeEscalation("immediate_escalation", "finance", "immediate"),
    conversation: [{ role: "customer", content: HOSTILE_TEXT, at: "2025-01-01T10:00:00.000Z", channel: "email" }],
    escalatedAt: "2025-01-01T10:00:05.000Z",
    redact: REDACTION_KINDS,
  });
}

function planned(kind: PlannedNotification["kind"], target: string, externalId?: string | number): PlannedNotification {
  return { id: `T-<1>:immediate_escalation:finance:${kind}`, kind, target, contextPackage: hostilePackage(externalId) };
}

describe("Slack escaping", () => {
  it("escapes &, < and > and defuses broadcasts", () => {
    expect(escapeSlackText("a & b <!channel> <@U1> <http://x|y> @here @channel @everyone")).toBe(
      "a &amp; b &lt;!channel&gt; &lt;@U1&gt; &lt;http://x|y&gt; @\u200bhere @\u200bchannel @\u200beveryone",
    );
  });

  it("leaves no control sequence or broadcast from the customer in the handoff message", () => {
    const artefact = composeArtefact(planned("slack", "#billing-support"), context);
    if (artefact.medium !== "slack") throw new Error("expected a Slack message");
    const { blocks, text, thread_ts } = artefact.message;
    const texts = [text, ...JSON.stringify(blocks).match(/"text":"[^"]*"/g)!];
    for (const t of texts) {
      expect(t).not.toMatch(/<[!@#]|<https?:/);
      expect(t).not.toMatch(/@(here|channel|everyone)/);
    }
    expect(JSON.stringify(blocks)).toContain("&lt;!channel&gt;");
    expect(thread_ts).toBe("1700000000.000200");
    const actions = blocks.at(-1) as { elements: Array<{ url?: string; action_id?: string; value?: string }> };
    expect(actions.elements[0]?.url).toBe("https://support.example.test/tickets/T-%3C1%3E");
    expect(actions.elements[1]).toMatchObject({ action_id: "claim_ticket", value: "T-<1>" });
  });
});

describe("the team mail", () => {
  const artefact = composeArtefact(planned("team_email", "billing@company.com"), context);
  if (artefact.medium !== "email") throw new Error("expected a mail");
  const mail = artefact.message;

  it("has the urgency, ticket id and subject on one line, cc the escalation address", () => {
    expect(mail.subject).toBe(`[ESCALATION][IMMEDIATE] T-<1> — ${HOSTILE_SUBJECT.replace(/\s+/g, " ")}`);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.cc).toEqual(["escalation@company.com"]);
    expect(mail.from).toBe("support@company.com");
  });

  it("escapes customer text in the HTML body", () => {
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<b>now</b>");
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("attaches the context package as JSON, with a file name safe for any ticket id", () => {
    expect(mail.attachments?.[0]?.filename).toBe("handoff-context-T-_1_.json");
    expect(JSON.parse(mail.attachments?.[0]?.content ?? "{}")).toMatchObject({ version: 1, ticketInfo: { id: "T-<1>" } });
  });

  it("has a Message-ID derived from the idempotency key", () => {
    const again = composeArtefact(planned("team_email", "billing@company.com"), context);
    expect(again.medium === "email" && again.message.messageId).toBe(mail.messageId);
  });
});

describe("the Zendesk request", () => {
  it("updates a known ticket: open, mapped priority, numeric group, added tags, private note ending with the key", () => {
    const artefact = composeArtefact(planned("ticketing", "88", 88), {
      ...context,
      routing: { ...DEFAULT_ROUTING, teams: { ...DEFAULT_ROUTING.teams, finance: { ...DEFAULT_ROUTING.teams.finance, ticketingGroup: "360777" } } },
    });
    if (artefact.medium !== "ticketing") throw new Error("expected a ticket update");
    const request = zendeskRequest(artefact.update);
    expect(request.method).toBe("PUT");
    expect(request.path).toBe("/api/v2/tickets/88.json");
    expect(request.body.ticket).toMatchObject({
      status: "open",
      priority: "urgent",
      group_id: 360777,
      additional_tags: ["ai-escalated", "escalation-immediate", "immediate_escalation"],
      comment: { public: false },
    });
    expect((request.body.ticket.comment as { body: string }).body.trim().split("\n").at(-1)).toBe("Handoff key: T-<1>:immediate_escalation:finance:ticketing");
  });

  it("creates a ticket linked by external_id when there is no external id; a group name is left for lookup", () => {
    const artefact = composeArtefact(planned("ticketing", "T-<1>"), context);
    if (artefact.medium !== "ticketing") throw new Error("expected a ticket update");
    const request = zendeskRequest(artefact.update);
    expect(request).toMatchObject({ method: "POST", path: "/api/v2/tickets.json" });
    expect(request.body.ticket).toMatchObject({ external_id: "T-<1>", requester: { email: "mallory@example.test" }, tags: expect.any(Array) });
    expect(request.body.ticket).not.toHaveProperty("group_id");
  });
});

describe("the customer's reply", () => {
  it("is `Re: <subject>` and threads under the customer's Message-ID", () => {
    const artefact = composeArtefact(
      {
        id: "T-9:reply:1",
        kind: "customer_reply",
        target: "ann@example.test",
        body: "Hello Ann,\n\n<b>We</b> are on it.",
        ticket: { id: "T-9", subject: "Re: Refund", messageId: "abc@mail.example.test" },
      },
      context,
    );
    if (artefact.medium !== "email") throw new Error("expected a mail");
    expect(artefact.message).toMatchObject({
      to: "ann@example.test",
      subject: "Re: Refund",
      inReplyTo: "<abc@mail.example.test>",
      references: ["<abc@mail.example.test>"],
      text: "Hello Ann,\n\n<b>We</b> are on it.",
    });
    expect(artefact.message.html).toContain("&lt;b&gt;We&lt;/b&gt;");
  });
});
