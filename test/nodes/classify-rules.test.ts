/**
 * The classify node's rules reading of a conversation: the category follows
 * the customer's latest messages, while a single-message ticket reads as the
 * category classifier reads it.
 */
import { describe, expect, it } from "vitest";
import type { ConversationTurn } from "../../src/domain/triage.js";
import { classifyWithRules } from "../../src/nodes/classify/rules.js";
import { classifyCategory } from "../../src/rules/category/index.js";

function turns(...messages: string[]): ConversationTurn[] {
  return messages.map((content, i) => ({ role: "customer", content, at: `2026-01-05T09:0${i}:00Z`, channel: "email" }));
}

describe("classifyWithRules: category over a conversation", () => {
  it("reads a single-message ticket exactly as the category classifier does", () => {
    const ticket = { subject: "Timesheet download", customerTier: "paid" as const };
    const body = "How do I download my timesheet as a spreadsheet?";
    const { classification } = classifyWithRules(ticket, turns(body));
    const direct = classifyCategory(ticket.subject, body);
    expect(classification.category).toBe(direct.category);
    expect(classification.confidence).toBe(direct.confidence);
  });

  it("follows a how-to question that turns into a defect report", () => {
    const ticket = { subject: "Timesheet download", customerTier: "paid" as const };
    const first = "How do I download my timesheet as a spreadsheet?";
    expect(classifyWithRules(ticket, turns(first)).classification.category).toBe("product");
    const after = classifyWithRules(ticket, turns(first, "Done that, but the spreadsheet is empty: zero rows, though I logged 40 hours."));
    expect(after.classification.category).toBe("bug_report");
  });

  it("follows a login question that turns into a takeover", () => {
    const ticket = { subject: "Anmeldung", customerTier: "paid" as const };
    const first = "Ich kann mich nicht anmelden, mein Passwort wird abgelehnt.";
    expect(classifyWithRules(ticket, turns(first)).classification.category).toBe("account");
    const after = classifyWithRules(ticket, turns(first, "Jemand hat mein Passwort geändert, ich sehe Anmeldungen aus einem anderen Land. Ich war das nicht."));
    expect(after.classification.category).toBe("security");
    // The takeover also stands as a signal, whatever the category says.
    expect(after.classification.escalationSignals).toContain("security_incident");
  });

  it("keeps the thread's category through a thank-you", () => {
    const ticket = { subject: "Zapier", customerTier: "free" as const };
    const { classification } = classifyWithRules(ticket, turns("Je n'arrive pas à connecter Zapier à mon espace.", "Merci, ça marche maintenant !"));
    expect(classification.category).toBe("integration");
  });
});
