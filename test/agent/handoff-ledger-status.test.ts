/**
 * Reading a thread through the delivery ledger (withLedgerStatus): each
 * notification as the ledger has it now, the handoff's status judged again
 * on the team's own notifications of this handoff, and the checkpoint's
 * word kept for keys the ledger does not know.
 */
import { describe, expect, it } from "vitest";
import type { Notification } from "../../src/domain/triage.js";
import { engineeringOutagePackage } from "../fixtures/triage.js";
import { withLedgerStatus, type LedgerView, type TriageResult } from "../../src/runtime/output.js";

const KEY = "T-9:immediate_escalation:engineering";

function result(notifications: Notification[], customerNotifications: Notification[] = []): TriageResult {
  return {
    ticketId: "T-9",
    status: "awaiting_human",
    owner: null,
    classification: null,
    analysis: null,
    decision: null,
    response: null,
    handoff: {
      status: "partially_delivered",
      team: "engineering",
      urgency: "immediate",
      handedOffAt: "2025-01-01T10:00:00.000Z",
      contextPackage: engineeringOutagePackage("T-9"),
      notifications,
    },
    customerNotifications,
    learning: null,
    conversation: [],
    metrics: { nodes: {}, llmCalls: 0, promptTokens: 0, completionTokens: 0, fallbacks: 0 },
    errors: [],
  };
}

const sent = (id: string, channel: Notification["channel"]): Notification => ({ id, channel, target: "x", status: "sent", attempts: 1, ref: "r" });
const failed = (id: string, channel: Notification["channel"]): Notification => ({ id, channel, target: "x", status: "failed", attempts: 1, error: "HTTP 500" });

describe("withLedgerStatus", () => {
  it("shows a retried notification as delivered and judges the handoff again", () => {
    const before = result([sent(`${KEY}:team_email`, "email"), failed(`${KEY}:slack`, "slack"), sent(`${KEY}:fallback_slack`, "fallback_slack")]);
    const ledger = new Map<string, LedgerView>([[`${KEY}:slack`, { status: "sent", attempts: 2, ref: "171.1" }]]);
    const after = withLedgerStatus(before, ledger);
    expect(after.handoff?.status).toBe("handed_off");
    expect(after.handoff?.notifications[1]).toEqual({ id: `${KEY}:slack`, channel: "slack", target: "x", status: "sent", attempts: 2, ref: "171.1" });
    expect(before.handoff?.notifications[1]?.status).toBe("failed"); // the input is not changed
  });

  it("keeps the checkpoint's word for keys the ledger does not know, and its status when nothing changed", () => {
    const before = result([sent(`${KEY}:team_email`, "email"), failed(`${KEY}:slack`, "slack")]);
    expect(withLedgerStatus(before, new Map())).toEqual(before);
  });

  it("shows a delivery in progress as pending and a partial mail with its refused recipients", () => {
    const before = result([failed(`${KEY}:team_email`, "email"), failed(`${KEY}:slack`, "slack")]);
    const ledger = new Map<string, LedgerView>([
      [`${KEY}:team_email`, { status: "partial", attempts: 2, ref: "<m@x>", error: "delivered except to cc@x (SMTP 550)", rejected: ["cc@x"] }],
      [`${KEY}:slack`, { status: "sending", attempts: 1 }],
    ]);
    const after = withLedgerStatus(before, ledger);
    expect(after.handoff?.notifications.map((n) => [n.status, n.rejected ?? null])).toEqual([
      ["partial", ["cc@x"]],
      ["pending", null],
    ]);
    expect(after.handoff?.status).toBe("manual_intervention_required");
  });

  it("judges the status on this handoff's team notifications only, and overlays the customer's replies too", () => {
    const earlier = "T-9:specialist_escalation:billing:slack";
    const before = result(
      [sent(`${KEY}:team_email`, "email"), failed(`${KEY}:slack`, "slack"), failed(earlier, "slack")],
      [failed("T-9:reply:1", "customer_email")],
    );
    const ledger = new Map<string, LedgerView>([
      [earlier, { status: "sent", attempts: 2 }],
      ["T-9:reply:1", { status: "sent", attempts: 2, ref: "<r@x>" }],
    ]);
    const after = withLedgerStatus(before, ledger);
    expect(after.handoff?.status).toBe("partially_delivered");
    expect(after.handoff?.notifications[2]?.status).toBe("sent");
    expect(after.customerNotifications).toEqual([{ id: "T-9:reply:1", channel: "customer_email", target: "x", status: "sent", attempts: 2, ref: "<r@x>" }]);
  });
});
