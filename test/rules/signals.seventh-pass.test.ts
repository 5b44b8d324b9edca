/**
 * Concepts from the seventh pass: an executive asking for a written
 * explanation or taking it up with ours; trying a competitor already; a
 * bank reversing a charge (Spanish); a regulator that has come to the
 * customer; and person-only requests — a credit note, a contract clause
 * changed, the account moved to a new legal entity — also when an e-mail's
 * lines are hard-wrapped. Each with calm look-alikes.
 */
import { describe, expect, it } from "vitest";
import { findHumanActions } from "../../src/rules/human-action.js";
import { foldText } from "../../src/rules/signals/fold.js";
import { detectSignals } from "../../src/rules/signals/index.js";
import { retractsAlarm } from "../../src/rules/signals/retraction.js";
import { splitSentences } from "../../src/rules/signals/sentences.js";

const signalsOf = (text: string, language = "en") => detectSignals(text, language).signals;
const kindsOf = (text: string) => findHumanActions(text).map((need) => need.kind);

describe("executives", () => {
  it.each([
    "Our CEO has asked me for a written explanation of what happened and what you're changing.",
    "She mentioned she'll raise it with your VP of Customer Success at their meeting on the 12th.",
  ])("are involved: %s", (text) => {
    expect(signalsOf(text)).toContain("executive_involvement");
  });

  it.each(["Our CEO asked me to thank you for the quick fix.", "Can I raise the limit on the number of flows?"])("are not: %s", (text) => {
    expect(signalsOf(text)).not.toContain("executive_involvement");
  });
});

describe("a competitor already being tried (es)", () => {
  it.each(["Ya tenemos una demo con la competencia la semana que viene.", "Estamos evaluando otras herramientas porque esto no mejora."])(
    "is churn: %s",
    (text) => {
      expect(signalsOf(text, "es")).toContain("churn_risk");
    },
  );

  it("is not a question about a demo of ours", () => {
    expect(signalsOf("¿Podemos tener una demo del nuevo conector?", "es")).not.toContain("churn_risk");
  });
});

describe("a bank reversing a charge (es)", () => {
  it("is a chargeback", () => {
    expect(signalsOf("Nuestro banco ya ha iniciado la retrocesión del segundo cargo de noviembre, porque nos cobrasteis dos veces.", "es")).toContain(
      "chargeback",
    );
  });

  it("is not a question about reversing a flow's step", () => {
    expect(signalsOf("¿Cómo deshago el último paso del flujo?", "es")).not.toContain("chargeback");
  });
});

describe("a regulator that has come to the customer", () => {
  it.each([
    ["en", "The Information Commissioner's Office has contacted us about a complaint from one of our customers."],
    ["de", "Die Datenschutzbehörde hat uns wegen einer Beschwerde angeschrieben."],
    ["es", "La AEPD nos ha requerido información sobre el tratamiento de estos datos."],
    ["fr", "La CNIL nous a contactés au sujet d'une plainte d'un client."],
  ])("is a legal matter (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).toContain("legal_threat");
  });

  it.each([
    ["en", "Does the ICO require us to keep run logs for a year?"],
    ["fr", "Est-ce que vos journaux sont conformes aux recommandations de la CNIL ?"],
  ])("is not a question about one (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).not.toContain("legal_threat");
  });
});

describe("person-only requests", () => {
  it.each([
    ["billing_correction", "Pourriez-vous établir un avoir pour la facture FA-2026-1187 ?"],
    ["billing_correction", "Please issue a credit note for the March invoice."],
    ["contract_terms", "Before our procurement can sign, the auto-renewal clause has to be\nreplaced by a 60-day written notice requirement."],
    ["contract_terms", "Wir müssen die Kündigungsklausel im Vertrag anpassen lassen."],
    ["contract_terms", "Necesitamos que la cláusula de renovación automática se elimine antes de firmar."],
    ["ownership_transfer", "Necesitamos que la cuenta y el contrato pasen a la nueva sociedad (Grupo Albor S.L.)."],
    ["ownership_transfer", "After the merger, please move our contract to the new legal entity, Brightwater Holdings."],
  ])("finds %s in: %s", (kind, text) => {
    expect(kindsOf(text)).toContain(kind);
  });

  it.each([
    "What does the termination clause in your standard terms say?",
    "Where can I download our credit notes?",
    "Can I change the company name on future invoices myself?",
  ])("finds none in: %s", (text) => {
    expect(kindsOf(text).filter((kind) => kind === "contract_terms" || kind === "ownership_transfer" || kind === "billing_correction")).toEqual([]);
  });
});

describe("settled with the bank", () => {
  it.each([
    ["de", "Die Bank hatte die Zahlung als Betrug markiert. Ich habe das mit der Bank geklärt und die Zahlung ist jetzt durch."],
    ["en", "Our bank flagged the card payment as suspicious; I sorted it out with the bank and the payment has now gone through."],
    ["es", "El banco bloqueó el cobro por posible fraude. Ya la confirmé desde la app del banco y el pago se hizo bien."],
    ["fr", "La banque avait bloqué le paiement, c'est réglé avec la banque et le paiement est bien passé."],
  ])("takes the alarm back (%s): %s", (language, text) => {
    expect(retractsAlarm(splitSentences(text, foldText(text), language).map((s) => s.text))).toBe(true);
  });

  it.each([
    ["de", "Ich habe mit der Bank gesprochen, aber die Abbuchung kenne ich nicht."],
    ["en", "I called the bank and the charge is still there, I never made it."],
  ])("is not said where nothing is settled (%s): %s", (language, text) => {
    expect(retractsAlarm(splitSentences(text, foldText(text), language).map((s) => s.text))).toBe(false);
  });
});

describe("chargebacks in the customer's own shop, across the ticket", () => {
  it("are theirs in every sentence once the ticket says whose they are", () => {
    const text =
      "Wir betreiben einen Onlineshop und bekommen über PayPal gelegentlich Rückbuchungen von Kunden. Wir haben vielleicht drei bis vier Rückbuchungen im Monat. Kann der Flow eine Aufgabe mit dem Fristdatum der Rückbuchung anlegen?";
    expect(signalsOf(text, "de")).not.toContain("chargeback");
  });

  it("still counts one the customer files against us in the same ticket", () => {
    const text = "We run a shop and get chargebacks from customers via Stripe. Separately: you charged us twice, so I'm disputing your charge with my bank.";
    expect(signalsOf(text)).toContain("chargeback");
  });
});

describe("a numbered question", () => {
  it("asks like the same question without its number", () => {
    const text = "Vor dem Go-live einige Fragen:\n3. Was passiert bei einem Ausfall von SAP während eines Laufs?";
    expect(signalsOf(text, "de")).not.toContain("outage");
  });
});

describe("a follow-up that settles the thread", () => {
  it.each([
    "Actually, scratch that — a colleague sent me the checklist and it all clicked. No call needed, thanks!",
    "Your engineer found it and the fix is live — the dashboard is current again. Thanks for sticking with it.",
    "No need for the call anymore, we worked it out.",
  ])("takes the earlier alarm back: %s", (text) => {
    expect(retractsAlarm(splitSentences(text, foldText(text), "en").map((s) => s.text))).toBe(true);
  });

  it.each(["When will the fix be live? The dashboard is still frozen.", "Is a call needed to change the plan?"])(
    "is not read where nothing is settled: %s",
    (text) => {
      expect(retractsAlarm(splitSentences(text, foldText(text), "en").map((s) => s.text))).toBe(false);
    },
  );
});

describe("a batch deleted by a process of ours (de)", () => {
  it.each([
    "Seit dem Update des Connectors hat unser Flow „Artikelsync“ 3.800 Artikel in Shopware gelöscht, statt sie zu aktualisieren.",
    "Gestern hat der Import alle 1.200 Kontakte überschrieben.",
  ])("is a data loss: %s", (text) => {
    expect(signalsOf(text, "de")).toContain("data_loss");
  });

  it.each(["Wir haben alle alten Testdaten gelöscht, wie gewünscht.", "Wie viele Artikel hat der Flow gestern gelöscht?"])("is not: %s", (text) => {
    expect(signalsOf(text, "de")).not.toContain("data_loss");
  });
});

describe("'one' standing for the person just named", () => {
  it("is a request for a person", () => {
    expect(signalsOf("Let's try something radical: a human being. Can I please talk to one?")).toContain("human_requested");
  });

  it("is not one where no person was named", () => {
    expect(signalsOf("We have two dashboards. Can I talk to one of them from the API?")).not.toContain("human_requested");
  });
});

describe("a revision is not a retraction", () => {
  it("keeps an outage the customer revises upwards", () => {
    expect(signalsOf("Scratch that, it's worse: the whole platform is down for all our users now.")).toContain("outage");
  });
});
