/**
 * How the human should talk to this customer, derived from what the agent
 * read: language, mood, approach, tier and what the customer was already
 * promised. The person picking the ticket up reads this before replying, so
 * the first human answer does not undo what the automated one set up.
 */
import type { Analysis, Classification, Decision } from "../../../domain/triage.js";

const LANGUAGE_NAMES: Record<string, string> = { en: "English", de: "German", es: "Spanish", fr: "French" };

const BY_APPROACH: Partial<Record<Analysis["approach"], string>> = {
  technical_specialist: "Answer technically and precisely; the customer gave technical detail and expects the same back.",
  high_touch_escalation: "Write or call personally under your own name; a named owner matters more here than speed.",
  careful_handling: "Confirm the facts before committing to anything; the situation is sensitive.",
};

export function communicationGuidance(classification: Classification, analysis: Analysis, decision: Decision): string[] {
  const language = LANGUAGE_NAMES[classification.language] ?? classification.language;
  const guidance = [`Reply in ${language}.`];
  // 70 is the same line the reply composer uses for its frustration opener.
  if (analysis.frustration >= 70) {
    guidance.push("Acknowledge the frustration in your first sentence, then give a concrete next step and when you will update them.");
  } else if (analysis.frustration >= 40) {
    guidance.push("Be empathetic and specific; avoid scripted apologies.");
  }
  const byApproach = BY_APPROACH[analysis.approach];
  if (byApproach) guidance.push(byApproach);
  if (classification.customerType === "enterprise" || classification.customerType === "vip") {
    guidance.push(`${classification.customerType === "vip" ? "VIP" : "Enterprise"} customer: keep the account owner informed.`);
  }
  guidance.push(`The automated reply told the customer a person responds ${decision.expectedResponse}; keep that promise.`);
  return guidance;
}
