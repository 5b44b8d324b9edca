/**
 * Fusion of model judgements with the rules engine: the rules are a floor a
 * model can raise but never lower, hard triggers are never downgraded, and
 * every decision says which side decided.
 */
import { describe, expect, it } from "vitest";
import type { Classification, Decision } from "../../../src/domain/triage.js";
import { emptyModelRun, type ModelRun } from "../../../src/llm/model-run.js";
import { fuseClassification } from "../../../src/agent/nodes/classify/fuse.js";
import { fuseFeeling, raiseRisk } from "../../../src/agent/nodes/analyze/fuse.js";
import { labelImmediateDecision } from "../../../src/agent/nodes/decide/immediate.js";
import { fuseDecision, MODEL_DECIDES_FROM } from "../../../src/agent/nodes/decide/fuse.js";
import type { RulesDecision } from "../../../src/rules/rules-decision.js";
import { analysisAnswer, classificationAnswer, recommendationAnswer } from "../../helpers/judgements.js";

const TEXT = "Billing question\nI was charged twice. If nobody fixes this I'm cancelling my subscription and I want to talk to a real person.";

function rulesClassification(overrides: Partial<Classification> = {}): Classification {
  return {
    category: "billing",
    priority: "medium",
    complexity: "moderate",
    customerType: "paid",
    issueType: "problem",
    urgencyIndicators: [],
    escalationSignals: [],
    entities: { errorCodes: [], ids: [], versions: [], amounts: [], emails: [], urls: [], durations: [] },
    language: "en",
    confidence: 0.6,
    evidence: [],
    ...overrides,
  };
}

function rulesDecision(overrides: Partial<RulesDecision> = {}): RulesDecision {
  return {
    type: "no_escalation",
    targetTeam: "finance",
    urgency: "scheduled",
    reasons: ["overall risk 45 below 55, no escalation trigger (rules)"],
    confidence: 0.65,
    source: "rules",
    expectedResponse: "within 1 business day",
    ambiguous: true,
    ...overrides,
  };
}

const run = (overrides: Partial<ModelRun> = {}): ModelRun => ({ ...emptyModelRun(), classified: true, ...overrides });

describe("fuseClassification", () => {
  it("adds a model's signal only when its quote is in the ticket, with llm evidence", () => {
    const fused = fuseClassification(
      rulesClassification(),
      classificationAnswer({
        category: "billing",
        signals: [
          { signal: "churn_risk", quote: "I’m cancelling my  subscription" },
          { signal: "legal_threat", quote: "my lawyer will sue you" },
        ],
      }),
      TEXT,
    );
    expect(fused.classification.escalationSignals).toEqual(["churn_risk"]);
    expect(fused.addedSignals).toEqual(["churn_risk"]);
    expect(fused.classification.evidence).toContainEqual({ signal: "churn_risk", match: "I’m cancelling my  subscription", rule: "llm" });
    expect(fused.contributions).toContain("signal churn_risk (llm)");
  });

  it("never removes a rules signal nor lowers priority or complexity", () => {
    const rules = rulesClassification({ escalationSignals: ["human_requested"], priority: "high", complexity: "complex" });
    const fused = fuseClassification(rules, classificationAnswer({ category: "billing", priority: "low", complexity: "simple" }), TEXT);
    expect(fused.classification.escalationSignals).toEqual(["human_requested"]);
    expect(fused.classification).toMatchObject({ priority: "high", complexity: "complex" });
    expect(fused.contributions).toEqual([]);
  });

  it("raises priority and complexity and says so", () => {
    const fused = fuseClassification(rulesClassification(), classificationAnswer({ category: "billing", priority: "urgent", complexity: "complex" }), TEXT);
    expect(fused.classification).toMatchObject({ priority: "urgent", complexity: "complex" });
    expect(fused.contributions).toEqual(["priority raised to urgent (llm) from medium (rules)", "complexity raised to complex (llm) from moderate (rules)"]);
  });

  it("takes the model's category only when it is more sure than the rules", () => {
    const surer = fuseClassification(rulesClassification(), classificationAnswer({ category: "account", issueType: "request", confidence: 0.9 }), TEXT);
    expect(surer.classification).toMatchObject({ category: "account", issueType: "request", confidence: 0.9 });
    const lessSure = fuseClassification(rulesClassification(), classificationAnswer({ category: "account", confidence: 0.4 }), TEXT);
    expect(lessSure.classification).toMatchObject({ category: "billing", issueType: "problem", confidence: 0.6 });
  });
});

describe("fuseFeeling and raiseRisk", () => {
  const findings = {
    frustration: 30,
    sentiment: "negative" as const,
    lexiconScore: -2,
    cues: ["lexicon"],
    trajectory: [],
    complexityScores: { technical: 10, communication: 10, process: 10, resolution: 10 },
    technicalTerms: [],
    priorityReason: "",
  };
  it("lets the model raise frustration, sentiment and risk but not lower them", () => {
    expect(fuseFeeling(findings, analysisAnswer({ frustration: 75, sentiment: "very_negative" }))).toEqual({
      frustration: 75,
      sentiment: "very_negative",
      cues: ["lexicon", "model reading: frustration 75 (llm)"],
    });
    expect(fuseFeeling(findings, analysisAnswer({ frustration: 5, sentiment: "positive" }))).toEqual({
      frustration: 30,
      sentiment: "negative",
      cues: ["lexicon"],
    });
    const risk = { overall: 40, sentiment: 30, complexity: 20, business: 20, customer: 30 };
    expect(raiseRisk(risk, analysisAnswer({ risk: 70 })).overall).toBe(70);
    expect(raiseRisk(risk, analysisAnswer({ risk: 10 })).overall).toBe(40);
  });

  it("labels a reading without a sentiment by its frustration, as the rules label theirs, and never lowers the rules' label", () => {
    // The one request does not ask for sentiment (src/agent/nodes/read/wire.ts): frustration 70+ is very negative, 25+ negative.
    expect(fuseFeeling(findings, analysisAnswer({ frustration: 80, sentiment: null })).sentiment).toBe("very_negative");
    expect(fuseFeeling({ ...findings, frustration: 10, sentiment: "neutral" }, analysisAnswer({ frustration: 40, sentiment: null })).sentiment).toBe(
      "negative",
    );
    // Calm in the model's eyes says nothing the rules' label does not: a thankful "positive" stays positive.
    expect(fuseFeeling({ ...findings, frustration: 0, sentiment: "positive" }, analysisAnswer({ frustration: 10, sentiment: null })).sentiment).toBe(
      "positive",
    );
    expect(fuseFeeling(findings, analysisAnswer({ frustration: 5, sentiment: null })).sentiment).toBe("negative");
  });
});

describe("labelImmediateDecision", () => {
  const immediate: Decision = {
    type: "immediate_escalation",
    targetTeam: "senior_support",
    urgency: "immediate",
    reasons: ["hard trigger: legal_threat (rules)"],
    confidence: 0.95,
    source: "rules",
    expectedResponse: "within 15 minutes",
  };

  it("keeps a rules trigger when the model judged the ticket calm, and says it overruled the model", () => {
    const calm = run({ reading: analysisAnswer({ recommendation: recommendationAnswer({ type: "no_escalation", reason: "all calm" }) }) });
    const decision = labelImmediateDecision(immediate, ["legal_threat"], calm);
    expect(decision).toMatchObject({ type: "immediate_escalation", urgency: "immediate", source: "rules" });
    expect(decision.reasons.join(" ")).toMatch(/judged no_escalation.*overruled.*never downgraded \(rules\)/);
  });

  it("is hybrid when the model saw the trigger too, llm when only the model did, fallback when it failed", () => {
    expect(labelImmediateDecision(immediate, ["legal_threat"], run({ modelSignals: ["legal_threat"] })).source).toBe("hybrid");
    const onlyModel = labelImmediateDecision(immediate, ["human_requested"], run({ modelSignals: ["human_requested"], addedSignals: ["human_requested"] }));
    expect(onlyModel).toMatchObject({ source: "llm", reasons: ["hard trigger: human_requested (llm)"] });
    expect(labelImmediateDecision(immediate, ["legal_threat"], run({ fellBack: true })).source).toBe("fallback");
    expect(labelImmediateDecision(immediate, ["legal_threat"], undefined)).toEqual(immediate);
    // Only the reply had a model: nobody overruled anybody.
    expect(labelImmediateDecision(immediate, ["legal_threat"], emptyModelRun())).toEqual(immediate);
  });
});

describe("fuseDecision", () => {
  const base = { categoryTeam: "finance" as const, fellBack: false };

  it("is the rules' decision unchanged without a model", () => {
    const { ambiguous: _a, ...expected } = rulesDecision();
    expect(fuseDecision({ ...base, rules: rulesDecision(), run: undefined, recommendation: null })).toEqual(expected);
  });

  it("lets a confident model decide in the ambiguous band, keeping the rules' proposal in the reasons", () => {
    const rec = recommendationAnswer({
      type: "scheduled_escalation",
      team: "customer_success",
      urgency: "standard",
      confidence: 0.8,
      reason: "The customer is close to leaving.",
    });
    const decision = fuseDecision({ ...base, rules: rulesDecision(), run: run(), recommendation: rec });
    expect(decision).toMatchObject({
      type: "scheduled_escalation",
      targetTeam: "customer_success",
      urgency: "standard",
      source: "llm",
      confidence: 0.8,
      expectedResponse: "within 4 hours",
    });
    expect(decision.reasons[0]).toBe("The customer is close to leaving. (llm)");
    expect(decision.reasons[1]).toMatch(/rules, which proposed no_escalation/);
  });

  it("ignores the recommendation outside the band and when the model is unsure", () => {
    const rec = recommendationAnswer({ type: "management_escalation", team: "senior_support", urgency: "urgent", confidence: 0.9 });
    expect(fuseDecision({ ...base, rules: rulesDecision({ ambiguous: false }), run: run(), recommendation: rec })).toMatchObject({
      type: "no_escalation",
      source: "rules",
    });
    const unsure = fuseDecision({ ...base, rules: rulesDecision(), run: run(), recommendation: { ...rec, confidence: MODEL_DECIDES_FROM - 0.1 } });
    expect(unsure).toMatchObject({ type: "no_escalation", source: "rules" });
    expect(unsure.reasons.at(-1)).toMatch(/not followed/);
  });

  it("is hybrid when both agree or when the model shaped the inputs, fallback when it failed", () => {
    const agree = fuseDecision({
      ...base,
      rules: rulesDecision({ type: "scheduled_escalation", urgency: "scheduled" }),
      run: run(),
      recommendation: recommendationAnswer({ type: "scheduled_escalation", team: "customer_success", urgency: "urgent", confidence: 0.9 }),
    });
    // The rules' decision stands, confirmed: their confidence, not the higher of the two.
    expect(agree).toMatchObject({ type: "scheduled_escalation", targetTeam: "customer_success", urgency: "urgent", source: "hybrid", confidence: 0.65 });
    const shaped = fuseDecision({
      ...base,
      rules: rulesDecision({ ambiguous: false }),
      run: run({ contributions: ["signal churn_risk (llm)"] }),
      recommendation: null,
    });
    expect(shaped).toMatchObject({ source: "hybrid", reasons: expect.arrayContaining(["signal churn_risk (llm)"]) });
    expect(fuseDecision({ ...base, fellBack: true, rules: rulesDecision(), run: run(), recommendation: null }).source).toBe("fallback");
  });
});

describe("fuseDecision: a ticket the rules cannot read", () => {
  const base = { categoryTeam: "general_support" as const, fellBack: false };
  // What the rules propose once a model has read a Japanese ticket (src/rules/decision.ts).
  const unread = (overrides: Partial<RulesDecision> = {}) =>
    rulesDecision({
      type: "scheduled_escalation",
      targetTeam: "general_support",
      urgency: "standard",
      expectedResponse: "within 4 hours",
      confidence: 0.5,
      reasons: ["written in Japanese (ja), which the rules engine cannot read (rules)"],
      reading: "unknown",
      ...overrides,
    });
  const calm = recommendationAnswer({ type: "no_escalation", confidence: 0, reason: "nothing to see here" });

  it("keeps the rules' escalation against a calm model, with the rules' confidence, not the model's nor a maximum", () => {
    for (const confidence of [0, 0.7, 0.99]) {
      const decision = fuseDecision({ ...base, rules: unread(), run: run(), recommendation: { ...calm, confidence } });
      expect(decision).toMatchObject({ type: "scheduled_escalation", source: "rules", confidence: 0.5, targetTeam: "general_support" });
      expect(decision.reasons.at(-1)).toMatch(/judged no_escalation.*overruled.*cannot read/);
    }
  });

  it("does not count the rules' unread no_escalation as agreement: a person reads it", () => {
    const rules = unread({ type: "no_escalation", urgency: "scheduled", confidence: 0.92, reasons: ["the customer thanked us (rules)"] });
    const decision = fuseDecision({ ...base, rules, run: run(), recommendation: calm });
    expect(decision).toMatchObject({ type: "scheduled_escalation", urgency: "standard", source: "rules", confidence: 0.5 });
    expect(decision.source).not.toBe("hybrid");
  });

  it("lets the model leave it with the bot only when it quoted the customer's question", () => {
    const rec = { ...calm, confidence: 0.8, reason: "A how-to question." };
    const quoted = fuseDecision({ ...base, rules: unread(), run: run({ question: "パスワードを変更するにはどうすればいいですか？" }), recommendation: rec });
    expect(quoted).toMatchObject({ type: "no_escalation", source: "llm", confidence: 0.8 });
    expect(quoted.reasons[1]).toContain("パスワードを変更する");
    // An unsure model with a quote does not decide either.
    expect(fuseDecision({ ...base, rules: unread(), run: run({ question: "どうすればいいですか？" }), recommendation: { ...rec, confidence: 0.4 } }).type).toBe(
      "scheduled_escalation",
    );
  });

  it("follows a confident model's escalation, with the model's confidence", () => {
    const rec = recommendationAnswer({
      type: "management_escalation",
      team: "senior_support",
      urgency: "urgent",
      confidence: 0.85,
      reason: "Account taken over.",
    });
    expect(fuseDecision({ ...base, rules: unread(), run: run(), recommendation: rec })).toMatchObject({
      type: "management_escalation",
      targetTeam: "senior_support",
      source: "llm",
      confidence: 0.85,
    });
  });

  it("leaves the rules' own question rule alone when no model read the text", () => {
    const rules = unread({ type: "no_escalation", urgency: "scheduled", confidence: 0.7, ambiguous: false });
    // Only the reply had a model: the rules read the punctuation alone, as without a model.
    expect(fuseDecision({ ...base, rules, run: emptyModelRun(), recommendation: null })).toMatchObject({ type: "no_escalation", source: "rules" });
  });
});

describe("fuseClassification: a quoted question", () => {
  it("keeps the model's question only when it calls the ticket a question and the quote is in the text", () => {
    const text = "Hallo\nWie ändere ich meine Rechnungsadresse?";
    expect(fuseClassification(rulesClassification(), classificationAnswer({ question: "Wie ändere ich meine Rechnungsadresse?" }), text).question).toBe(
      "Wie ändere ich meine Rechnungsadresse?",
    );
    expect(fuseClassification(rulesClassification(), classificationAnswer({ question: "Is this only a question?" }), text).question).toBeNull();
    expect(
      fuseClassification(rulesClassification(), classificationAnswer({ issueType: "problem", question: "Wie ändere ich meine Rechnungsadresse?" }), text)
        .question,
    ).toBeNull();
  });
});
