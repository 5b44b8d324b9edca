/**
 * A failure dated from a change (regression.ts): found in the four languages
 * the rules read, absent where no change is named, and weighed by the
 * decision only for a reported problem in an area where defects live.
 */
import { describe, expect, it } from "vitest";
import type { Classification } from "../../src/domain/triage.js";
import { deliberate } from "../../src/rules/decision.js";
import { findRegression, regressionEvidence } from "../../src/rules/regression.js";
import { makeDecisionInput } from "../fixtures/triage.js";

describe("findRegression", () => {
  it.each([
    "Since your update on Tuesday the Teams cards are no longer posted.",
    "Ever since last week's release the export times out.",
    "After the latest update, every schedule fires twice.",
    "Since the clocks changed on Sunday, every schedule runs an hour late.",
    "We haven't changed anything in the flow and it fails now.",
    "Nothing changed on our end.",
    "It was working fine until yesterday morning.",
    "Seit eurem Update am Dienstag postet die Integration keine Karten mehr.",
    "Seit der Zeitumstellung laufen die Zeitpläne eine Stunde zu spät.",
    "Wir haben am Workflow nichts geändert.",
    "Desde la actualización del martes, las fechas llegan con un día menos.",
    "No hemos cambiado nada en el flujo.",
    "Depuis la dernière mise à jour, le bouton Enregistrer ne répond plus.",
    "Nous n'avons rien changé de notre côté.",
  ])("finds a change a failure is dated from: %s", (text) => {
    expect(findRegression(text)).not.toBeNull();
  });

  it("reads an e-mail wrapped between the date and the change", () => {
    expect(findRegression("Hello, since your\nconnector update the sync stops.")).toMatch(/since your connector update/i);
  });

  it.each([
    "Since yesterday the export is slow.",
    "Since we moved offices we need a second workspace.",
    "Can you update our billing address?",
    "We changed our plan last month, please update the invoice.",
    "Seit gestern ist der Export langsam.",
    "Desde ayer no llega el correo.",
    "Depuis hier, le rapport est lent.",
  ])("names no change on our side: %s", (text) => {
    expect(findRegression(text)).toBeNull();
  });
});

const input = (classification: Partial<Classification>) => makeDecisionInput(classification, { categoryTeam: "technical_support" });

describe("deliberate: a failure that came with a change goes to a specialist", () => {
  const since = regressionEvidence("since your update on Tuesday");

  it("sends a reported problem dated from our update to the category team", () => {
    const d = deliberate(input({ category: "technical", issueType: "problem", evidence: [since] }));
    expect(d).toMatchObject({ type: "specialist_escalation", targetTeam: "technical_support" });
    expect(d.reasons.join(" ")).toContain('broke with a change: "since your update on Tuesday"');
  });

  it("counts it in a product area too, like an error code the product shows", () => {
    expect(deliberate(input({ category: "product", issueType: "problem", evidence: [since] })).type).toBe("specialist_escalation");
  });

  it("leaves a how-to question that mentions the update with the bot", () => {
    expect(deliberate(input({ category: "technical", issueType: "question", evidence: [since] })).type).toBe("no_escalation");
  });

  it("does not make a medium problem without it a specialist's", () => {
    expect(deliberate(input({ category: "technical", issueType: "problem" })).type).toBe("no_escalation");
  });
});
