/**
 * The "needs a person to act" detector: requests, in en/de/es/fr, that only
 * staff can carry out; and the look-alikes that are questions about policy.
 */
import { describe, expect, it } from "vitest";
import type { HumanActionKind } from "../../src/rules/human-action-kinds.js";
import { findHumanActions, humanActionEvidence, humanActionsFromEvidence } from "../../src/rules/human-action.js";

const kinds = (text: string) => findHumanActions(text).map((n) => n.kind);

describe("findHumanActions: requests only a person can carry out", () => {
  const cases: Array<[HumanActionKind, string]> = [
    ["handling_complaint", "I am unhappy with your service and want to complain."],
    ["handling_complaint", "need to submit a formal complaint"],
    ["handling_complaint", "Ich möchte mich über Ihren Kundendienst beschweren."],
    ["handling_complaint", "Quiero presentar una queja formal."],
    ["handling_complaint", "Je voudrais déposer une réclamation."],
    ["refund", "We cancelled in week one, please refund us."],
    ["refund", "I want a full refund for this month."],
    ["refund", "Bitte erstatten Sie den Betrag, ich möchte mein Geld zurück."],
    ["refund", "Quiero un reembolso del último cargo."],
    ["refund", "Je demande un remboursement de la facture."],
    ["billing_correction", "We were charged twice for our renewal."],
    ["billing_correction", "We were billed $4,900 instead of $49."],
    ["billing_correction", "We need corrected invoices by Friday."],
    ["billing_correction", "Sie haben uns im Mai zweimal abgebucht."],
    ["billing_correction", "Nos han cobrado dos veces este mes."],
    ["billing_correction", "Vous m'avez facturé deux fois ce mois-ci."],
    ["payment_not_applied", "I upgraded to Business yesterday and paid, but the workspace still shows the Starter limits."],
    ["contract_terms", "We'd like to discuss custom payment terms (net 60) for next year."],
    ["contract_terms", "Können wir individuelle Zahlungsbedingungen vereinbaren?"],
    ["invoicing_setup", "Could someone set up consolidated invoicing for our four workspaces?"],
    ["ownership_transfer", "Our owner left; I need ownership transferred to me."],
    ["ownership_transfer", "Bitte die Inhaberschaft des Workspaces auf mich übertragen."],
    ["ownership_transfer", "Necesitamos transferir la propiedad del espacio."],
    ["ownership_transfer", "Pouvez-vous transférer la propriété de l'espace ?"],
    ["account_deletion", "Please delete my account and all my data."],
    ["account_deletion", "This is a GDPR request under the right to erasure."],
    ["account_deletion", "Bitte meinen Account löschen."],
    ["account_deletion", "Quiero eliminar mi cuenta."],
    ["account_deletion", "Je veux supprimer mon compte."],
    ["account_recovery", "I got a new phone and didn't save the backup codes, so my 2FA code is rejected."],
    ["account_recovery", "J'ai perdu mon téléphone et je n'ai pas les codes de secours."],
    ["records_export", "Our SOC 2 auditor needs the full audit log for the last 12 months."],
    ["account_manager", "Could our account manager schedule a quarterly business review?"],
    ["plan_exception", "Could you extend our trial by two weeks?"],
    ["press_inquiry", "I'm a journalist at TechDaily; who can I speak to for a comment?"],
    ["press_inquiry", "Soy periodista y escribo sobre herramientas de gestión."],
  ];
  for (const [kind, text] of cases) {
    it(`${kind}: ${text}`, () => expect(kinds(text)).toContain(kind));
  }
});

describe("findHumanActions: questions about the topic are not requests", () => {
  const negatives = [
    "Not a complaint, just curious: what's your refund policy if we cancel mid-year?",
    "Will my account be deleted if I don't log in for a year?",
    "Could you send me a copy of our March invoice?",
    "Do you support 2FA with hardware keys like a YubiKey?",
    "Where can I find your GDPR data processing agreement for signature?",
    "How do I change the credit card on file?",
    "Do you offer a discount for students?",
    "Is there a status page for outages?",
    // What would happen under a condition, or to anyone: policy, not a request.
    "Si on réduit à 10 utilisateurs en cours d'année, est-ce que vous remboursez au prorata ?",
    "If we cancel after three months, do you refund the rest of the year?",
    "Bekommt man bei vorzeitiger Kündigung anteilig Geld zurück?",
    "If I want to complain, which address do I write to?",
    // How to do it oneself: the product lets a customer delete their own account.
    "Hi, how do I delete my account? Do I need to cancel anything first?",
    "comment exporter toutes mes données avant de fermer mon compte ?",
    "Wie kann ich mein Konto löschen?",
  ];
  for (const text of negatives) {
    it(text, () => expect(kinds(text)).toEqual([]));
  }
});

describe("findHumanActions: a deletion asked of us, or in the words of the law, needs a person", () => {
  it.each([
    "Please delete my account and all my data.",
    "How do I submit a GDPR deletion request?",
    "Hi, how can we close our account? Also please delete my account now.",
    "Löschen Sie mein Konto.",
  ])("%s", (text) => expect(kinds(text)).toContain("account_deletion"));
});

describe("evidence round trip", () => {
  it("writes needs as evidence and reads them back, ignoring other evidence", () => {
    const evidence = [
      { signal: "outage", match: "down", rule: "outage:state" },
      ...findHumanActions("Please refund us. Also delete my account.").map(humanActionEvidence),
    ];
    expect(humanActionsFromEvidence(evidence).map((n) => n.kind)).toEqual(["refund", "account_deletion"]);
  });

  it("drops evidence naming an unknown kind", () => {
    expect(humanActionsFromEvidence([{ signal: "needs_human_action", match: "x", rule: "human-action:teleport" }])).toEqual([]);
  });
});
