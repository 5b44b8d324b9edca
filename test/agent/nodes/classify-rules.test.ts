/**
 * The classify node's rules reading of a conversation: the category follows
 * the customer's latest messages, while a single-message ticket reads as the
 * category classifier reads it.
 */
import { describe, expect, it } from "vitest";
import type { ConversationTurn } from "../../../src/domain/triage.js";
import { classifyWithRules } from "../../../src/agent/nodes/classify/rules.js";
import { classifyCategory } from "../../../src/rules/category/index.js";

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

describe("classifyWithRules: a later message that takes an alarm back", () => {
  const ticket = { subject: "Lumaflow nicht erreichbar", customerTier: "paid" as const };
  const outage = "Seit 14 Uhr ist Lumaflow bei uns im ganzen Büro nicht erreichbar. 30 Mitarbeiter können nicht arbeiten.";

  it("withdraws the outage the first message reported once the customer says it is over", () => {
    expect(classifyWithRules(ticket, turns(outage)).classification.escalationSignals).toContain("outage");
    const after = classifyWithRules(ticket, turns(outage, "Entwarnung: Es lag an unserem Proxy, alles läuft wieder. Danke trotzdem!"));
    expect(after.classification.escalationSignals).not.toContain("outage");
  });

  it("withdraws a fraud report the customer says was their partner's doing, and a request for a person they no longer need", () => {
    const fraud = "Me aparece en la tarjeta de la empresa un cargo de 79 USD de Lumaflow y no tengo cuenta con ustedes. Es un cargo fraudulento.";
    const spanish = { subject: "Cargo que no reconozco", customerTier: "paid" as const };
    expect(classifyWithRules(spanish, turns(fraud)).classification.escalationSignals).toContain("security_incident");
    const after = classifyWithRules(spanish, turns(fraud, "Disculpen: era mi socio, que abrió una cuenta con la tarjeta de la empresa. Todo en orden."));
    expect(after.classification.escalationSignals).not.toContain("security_incident");

    const english = { subject: "Export", customerTier: "paid" as const };
    const ask = "Can I talk to someone on your team about exporting our whole workspace?";
    expect(classifyWithRules(english, turns(ask)).classification.escalationSignals).toContain("human_requested");
    const withdrawn = classifyWithRules(english, turns(ask, "nvm found the export in admin settings, thanks anyway"));
    expect(withdrawn.classification.escalationSignals).not.toContain("human_requested");
  });

  it("keeps what cannot be over, and reads an alarm raised after the retraction", () => {
    const threat = "Our lawyer will send you a formal notice about the lost records.";
    const after = classifyWithRules(
      { subject: "Notice", customerTier: "paid" },
      turns(threat, "False alarm about the records, they're back. The notice stands."),
    );
    expect(after.classification.escalationSignals).toContain("legal_threat");
    const again = classifyWithRules(ticket, turns(outage, "Entwarnung, alles läuft wieder.", "Jetzt ist es wieder komplett down, niemand kann arbeiten."));
    expect(again.classification.escalationSignals).toContain("outage");
  });
});
