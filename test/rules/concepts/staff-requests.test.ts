/**
 * The staff-request head: requests only the company's staff can carry out,
 * read however they are phrased, become a need routed to the team of what
 * the ticket is about; a sentence that is not shaped as a request, a line
 * quoted from an earlier mail, a conditional or a request taken back is not
 * one, whatever the head scores. The phrasings are written for this test,
 * not rows of any eval or training set.
 */
import { afterEach, describe, expect, it } from "vitest";
import { readConceptSignals } from "../../../src/rules/concepts/engine.js";
import { CONCEPT_CLASSES, type ConceptClass } from "../../../src/rules/concepts/concepts.js";
import { conceptModel, createConceptModel, useConceptModel, type ConceptModel } from "../../../src/rules/concepts/model.js";
import { HUMAN_ACTION_TEAM } from "../../../src/rules/human-action-kinds.js";
import { humanActionsFromEvidence } from "../../../src/rules/human-action.js";
import { NOTHING_WITHDRAWN } from "../../../src/rules/signals/withdrawal.js";
import { isQuotedLine, isShapedAsRequest } from "../../../src/rules/signals/request-form.js";
import { foldText } from "../../../src/rules/signals/fold.js";
import { createEvalAgent } from "../../../evals/runner.js";
import { triageTicket } from "../../../src/runtime/triage.js";
import { fixedTicketReader, useTicketReaderModel } from "../../../src/rules/ticket-reader/model.js";

const staffNeeds = (text: string, language = "en") =>
  humanActionsFromEvidence(readConceptSignals(text, language).evidence).filter((need) => need.kind === "staff_request");

describe("the committed head", () => {
  it.each([
    ["fr", "Pourriez-vous nous envoyer une attestation de régularité fiscale signée par votre service comptable ?"],
    ["en", "can u refund the 2nd charge pls, i only have one account"],
    ["en", "Our invoice needs to show the PO number or our AP team will reject it - could you reissue it?"],
  ])("reads the %s request %j as a need, marked as learned", (language, text) => {
    expect(staffNeeds(text, language)).toEqual([expect.objectContaining({ kind: "staff_request", learned: true })]);
  });

  it.each(["How do I download last month's invoice?", "Where can I change the billing address for future invoices?", "Thanks, the credit note arrived."])(
    "finds nothing in the routine line %j",
    (text) => {
      expect(staffNeeds(text)).toEqual([]);
    },
  );

  it("leaves the decision's team to what the ticket is about", () => {
    expect(HUMAN_ACTION_TEAM.staff_request).toBe("category");
  });
});

describe("what the head's reading must look like", () => {
  // A stand-in head that is sure of every sentence: only the engine's context rules decide.
  const real = conceptModel();
  const sure: ConceptModel = {
    metadata: { ...real.metadata, thresholds: { ...real.metadata.thresholds, staff_action: 0.5 } },
    score: () => ({
      probabilities: Object.fromEntries(CONCEPT_CLASSES.map((c) => [c, c === "staff_action" ? 0.99 : 0])) as Record<ConceptClass, number>,
      features: [],
    }),
    strongest: () => [],
  };
  afterEach(() => useConceptModel(null));

  it.each([
    ["en", "Could you move the subscription to our parent company?"],
    ["en", "Please split the annual invoice in two."],
    ["de", "Bitte stellen Sie die Rechnung auf die neue Firma aus."],
    ["es", "Necesitamos que nos devolváis el segundo cargo."],
    ["fr", "Merci de nous faire parvenir un avoir pour la facture 2291."],
  ])("reads the %s request %j", (language, text) => {
    useConceptModel(sure);
    expect(staffNeeds(text, language)).toHaveLength(1);
  });

  it.each([
    ["a statement of fact", "Registered charity no. 1098765"],
    ["a line quoted from an earlier mail", "> Hi Ciara, please find attached the credit note for the VAT charged."],
    ["a conditional", "If you reissue the invoice, is the old one cancelled automatically?"],
  ])("refuses %s: %j", (_what, text) => {
    useConceptModel(sure);
    expect(staffNeeds(text)).toEqual([]);
  });

  it("drops a request the customer takes back later in the thread", () => {
    useConceptModel(sure);
    const text = "Could you reissue the March invoice with our VAT number?";
    expect(humanActionsFromEvidence(readConceptSignals(text, "en", NOTHING_WITHDRAWN).evidence)).toHaveLength(1);
    expect(humanActionsFromEvidence(readConceptSignals(text, "en", { ...NOTHING_WITHDRAWN, retracted: true }).evidence)).toEqual([]);
  });
});

describe("the model without its head", () => {
  it("scores staff requests 0, so the main thresholds are tuned with the head silent", () => {
    const { metadata } = conceptModel();
    const bare = createConceptModel(
      { ...metadata, thresholds: Object.fromEntries(Object.entries(metadata.thresholds).filter(([c]) => c !== "staff_action")) },
      new Int8Array((1 << metadata.features.bits) * (CONCEPT_CLASSES.length - 1)),
    );
    expect(bare.score("Could you please refund the second charge?", "en").probabilities.staff_action).toBe(0);
  });
});

describe("through the graph", () => {
  it("escalates a request only the head reads, to the category's team, and says why", async () => {
    // The ticket reader silent: its doubt is a layer of its own (test/rules/ticket-reader/), and whether it
    // confirms one given request moves with each retraining; this is the head's path through the graph.
    useTicketReaderModel(fixedTicketReader(Infinity));
    const { agent, dispose } = createEvalAgent();
    try {
      const description = "Bonjour, pourriez-vous nous envoyer une attestation de régularité fiscale signée par votre service comptable ? Merci.";
      const result = await triageTicket(agent, { id: "STAFF-1", subject: "Attestation", description, customerTier: "paid" }, { threadId: "STAFF-1" });
      expect(result.decision?.type).toBe("scheduled_escalation");
      expect(result.decision?.reasons.join(" ")).toContain("a request only staff can carry out");
      expect(result.classification?.evidence).toEqual(
        expect.arrayContaining([expect.objectContaining({ rule: "human-action:staff_request (learned)", score: expect.any(Number) })]),
      );
    } finally {
      dispose();
      useTicketReaderModel(null);
    }
  });
});

describe("isShapedAsRequest", () => {
  const shaped = (text: string) => isShapedAsRequest(foldText(text).text);

  it.each([
    "Can I get that refunded?",
    "pls move the workspace to my account",
    "We need you to countersign the order form by Friday.",
    "The invoice has to be reissued to Brightwater GmbH.",
    "Könnt ihr die Rechnung neu ausstellen",
    "Wir bräuchten eine korrigierte Rechnung, bitte.",
    "Necesito que me rehagáis la factura",
    "Les pido que anulen la factura duplicada.",
    "Merci de nous transmettre un avoir",
    "Serait-il possible de prolonger l'essai",
  ])("reads %j as asking", (text) => {
    expect(shaped(text)).toBe(true);
  });

  it.each([
    "Registered charity no. 1098765",
    "The UI only shows the last 50 runs.",
    "Nuestro departamento de compras lo exige a partir de enero.",
    "Wir sind seit Januar eine GmbH.",
  ])("reads %j as stating", (text) => {
    expect(shaped(text)).toBe(false);
  });

  it("knows a line quoted from an earlier mail", () => {
    expect(isQuotedLine("> please find attached")).toBe(true);
    expect(isQuotedLine("Please find attached")).toBe(false);
  });
});
