/**
 * The ticket reader: how a model scores a conversation, what it writes as
 * evidence, and what decide does with it — it raises a ticket nothing else
 * escalated, to a person; its doubt keeps a need only one learned sentence
 * showed from escalating alone; it changes nothing else.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Evidence } from "../../../src/domain/triage.js";
import { extractFeatures } from "../../../src/rules/concepts/features.js";
import { deliberate } from "../../../src/rules/decision.js";
import { DEFAULT_THRESHOLDS } from "../../../src/rules/thresholds.js";
import { createTicketReaderModel, fixedTicketReader, useTicketReaderModel, type TicketReaderMetadata } from "../../../src/rules/ticket-reader/model.js";
import {
  messageKind,
  readTicket,
  ticketDoubtFromEvidence,
  ticketNeedFromEvidence,
  ticketReaderText,
  TICKET_DOUBT_SIGNAL,
  TICKET_READER_SIGNAL,
} from "../../../src/rules/ticket-reader/read.js";
import { classifyWithRules } from "../../../src/agent/nodes/classify/rules.js";
import { makeAnalysis, makeDecisionInput } from "../../fixtures/triage.js";

const BITS = 12;
const FEATURES = { words: true, chars: false, stems: true, bits: BITS } as const;

/** A model that knows one thing: "pass this up the chain" needs a person. */
function passItUpModel(threshold = 0.7, confirm = 0, routine = 0) {
  const weights = new Int8Array(1 << BITS);
  for (const f of extractFeatures("pass this up the chain", "en", FEATURES)) if (f.text.includes("chain") || f.text.includes("pass")) weights[f.bucket] = 127;
  const metadata: TicketReaderMetadata = {
    format: 1,
    features: FEATURES,
    scale: 0.1,
    bias: -2,
    thresholds: { asking: threshold, reporting: threshold, confirm, routine },
    weightsSha256: "0".repeat(64),
    training: { command: "npm run train", inputs: [], cases: 0, validation: "test" },
    scores: {},
  };
  return createTicketReaderModel(metadata, weights);
}

afterEach(() => useTicketReaderModel(null));

describe("the ticket reader's model", () => {
  it("scores a conversation by what it learned, the same way every time", () => {
    const model = passItUpModel();
    const asked = model.score("Could you please pass this up the chain?", "en").probability;
    const calm = model.score("Where do I change my invoice address?", "en").probability;
    expect(asked).toBeGreaterThan(0.7);
    expect(calm).toBeLessThan(0.2);
    expect(model.score("Could you please pass this up the chain?", "en").probability).toBe(asked);
  });

  it("refuses weights of the wrong size", () => {
    const { metadata } = passItUpModel();
    expect(() => createTicketReaderModel(metadata, new Int8Array(10))).toThrow(/expected 4096/);
  });

  it("names the features that pushed it up", () => {
    const model = passItUpModel();
    const { features } = model.score("please pass this up the chain", "en");
    const names = model.strongest(features, 3).map((f) => f.text);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.includes("pass") || n.includes("chain"))).toBe(true);
  });

  it("names the features that pulled it down", () => {
    const weights = new Int8Array(1 << BITS);
    for (const f of extractFeatures("invoice address", "en", FEATURES)) if (f.text.includes("invoic")) weights[f.bucket] = -100;
    const model = createTicketReaderModel(passItUpModel().metadata, weights);
    const { features } = model.score("Where do I change my invoice address?", "en");
    const names = model.weakest(features, 3).map((f) => f.text);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.includes("invoic"))).toBe(true);
    expect(model.strongest(features, 3)).toEqual([]);
  });
});

describe("readTicket", () => {
  it("writes evidence with its probability and features from the threshold up", () => {
    useTicketReaderModel(passItUpModel());
    const need = readTicket("Showrooms on paper", ["Could you please pass this up the chain?"], "en", "asking");
    expect(need).toMatchObject({ signal: TICKET_READER_SIGNAL, rule: "learned:ticket" });
    expect(need?.score).toBeGreaterThanOrEqual(0.7);
    expect(need?.features?.some((f) => f.includes("chain"))).toBe(true);
    expect(ticketNeedFromEvidence(need ? [need] : [])).toEqual(need);
  });

  it("writes nothing below the threshold, or when silenced", () => {
    useTicketReaderModel(passItUpModel());
    expect(readTicket("Invoice", ["Where do I change my invoice address?"], "en", "asking")).toBeNull();
    useTicketReaderModel(fixedTicketReader(Infinity));
    expect(readTicket("Showrooms", ["pass this up the chain"], "en", "reporting")).toBeNull();
  });

  it("holds each kind of latest message to its own threshold", () => {
    const model = passItUpModel();
    useTicketReaderModel({ ...model, metadata: { ...model.metadata, thresholds: { asking: 2, reporting: 0.5, confirm: 0, routine: 0 } } });
    expect(readTicket("Showrooms", ["Could you please pass this up the chain?"], "en", "asking")).toBeNull();
    expect(readTicket("Showrooms", ["Could you please pass this up the chain?"], "en", "reporting")).not.toBeNull();
    expect([messageKind("question"), messageKind("compliment"), messageKind("request")]).toEqual(["asking", "asking", "asking"]);
    expect([messageKind("problem"), messageKind("complaint")]).toEqual(["reporting", "reporting"]);
  });

  it("doubts a conversation that reads below the line of confirmation, and says nothing between the lines", () => {
    useTicketReaderModel(passItUpModel(0.7, 0.2));
    const doubt = readTicket("Invoice", ["Where do I change my invoice address?"], "en", "asking");
    expect(doubt).toMatchObject({ signal: TICKET_DOUBT_SIGNAL, rule: "learned:ticket" });
    expect(doubt?.score).toBeLessThan(0.2);
    expect(ticketDoubtFromEvidence(doubt ? [doubt] : [])).toEqual(doubt);
    expect(ticketNeedFromEvidence(doubt ? [doubt] : [])).toBeNull();
    useTicketReaderModel(passItUpModel(2, 0.2));
    // "pass this up the chain" reads well above the line of doubt, below a threshold nothing reaches.
    expect(readTicket("Showrooms", ["Could you please pass this up the chain?"], "en", "asking")).toBeNull();
  });

  it("never doubts when its line is 0 (the replays' reader)", () => {
    useTicketReaderModel(fixedTicketReader(Infinity));
    expect(readTicket("Invoice", ["Where do I change my invoice address?"], "en", "asking")).toBeNull();
  });

  it("reads the subject and every message, without a signature block", () => {
    const text = ticketReaderText("Subject", ["First message.\n\nBest regards,\nAnna Berg\nHead of Legal, Acme", "Second message."]);
    expect(text).toContain("Subject");
    expect(text).toContain("Second message.");
    expect(text).not.toContain("Head of Legal");
  });
});

const input = (evidence: Evidence[], overrides: Parameters<typeof makeDecisionInput>[0] = {}) => makeDecisionInput({ priority: "low", evidence, ...overrides });

describe("deliberate with the ticket reader", () => {
  const need = { signal: TICKET_READER_SIGNAL, match: "pass · chain", rule: "learned:ticket", score: 0.81, features: ["pass", "chain"] };

  it("hands a ticket nothing else escalated to a person, and says why", () => {
    const d = deliberate(input([need]));
    expect(d).toMatchObject({ type: "scheduled_escalation", targetTeam: "general_support", ambiguous: true });
    expect(d.reasons.join(" ")).toMatch(/ticket reader's 0\.81 .*pass · chain.*\(learned\)/);
  });

  it("yields to a team whose verdicts raised the segment's line", () => {
    const raised = { ...input([need]), thresholds: { ...DEFAULT_THRESHOLDS, scheduledRisk: DEFAULT_THRESHOLDS.scheduledRisk + 3 } };
    expect(deliberate(raised).type).toBe("no_escalation");
  });

  it("leaves the ticket with the bot when it did not speak", () => {
    expect(deliberate(input([])).type).toBe("no_escalation");
  });

  it("does not change a decision the rules reached on their own", () => {
    const withReader = deliberate(input([need], { category: "integration", issueType: "problem", priority: "high" }));
    const without = deliberate(input([], { category: "integration", issueType: "problem", priority: "high" }));
    expect(withReader.type).toBe("specialist_escalation");
    expect(withReader).toEqual(without);
  });
});

describe("deliberate with the ticket reader's doubt", () => {
  // The lines the doubt is read against (doubtReaches): learned needs below 0.12, the policy's guesses below 0.1.
  beforeEach(() => useTicketReaderModel(fixedTicketReader(Infinity, 0.12, 0.1)));
  const doubt = { signal: TICKET_DOUBT_SIGNAL, match: "invoic · address", rule: "learned:ticket", score: 0.04, features: ["invoic", "address"] };
  const learnedNeed = { signal: "needs_human_action", match: "I've just taken over the account.", rule: "human-action:fraud_review (learned)", score: 0.7 };
  const patternNeed = { signal: "needs_human_action", match: "please refund the second charge", rule: "human-action:refund" };

  it("keeps a need only the concept reader found from escalating alone, and says why", () => {
    expect(deliberate(input([learnedNeed])).type).toBe("scheduled_escalation");
    const d = deliberate(input([learnedNeed, doubt]));
    expect(d.type).toBe("no_escalation");
    expect(d.reasons.join(" ")).toMatch(/not confirmed: a check for fraud or unauthorised use .*ticket reader's 0\.04.*\(learned\)/);
  });

  it("never doubts a pattern family's need, even beside a learned one", () => {
    expect(deliberate(input([patternNeed, doubt])).type).toBe("scheduled_escalation");
    expect(deliberate(input([learnedNeed, patternNeed, doubt])).type).toBe("scheduled_escalation");
  });

  it("never lowers what the rules escalated before they read the needs", () => {
    const hard = deliberate(input([learnedNeed, doubt], { category: "integration", issueType: "problem", priority: "high" }));
    expect(hard.type).toBe("specialist_escalation");
  });

  it("yields to a team whose verdicts lowered the segment's line", () => {
    const lowered = { ...input([learnedNeed, doubt]), thresholds: { ...DEFAULT_THRESHOLDS, scheduledRisk: DEFAULT_THRESHOLDS.scheduledRisk - 5 } };
    expect(deliberate(lowered).type).toBe("scheduled_escalation");
  });
});

describe("deliberate: the policy's guesses stand down where the reader reads routine", () => {
  beforeEach(() => useTicketReaderModel(fixedTicketReader(Infinity, 0.12, 0.1)));
  const doubt = { signal: TICKET_DOUBT_SIGNAL, match: "how do · cancel", rule: "learned:ticket", score: 0.05, features: ["how do", "cancel"] };
  const churn = { escalationSignals: ["churn_risk" as const], priority: "medium" as const };

  it("leaves a calm customer's relationship signal unconfirmed, and says why", () => {
    expect(deliberate(input([], churn))).toMatchObject({ type: "scheduled_escalation", targetTeam: "customer_success" });
    const d = deliberate(input([doubt], churn));
    expect(d.type).toBe("no_escalation");
    expect(d.reasons.join(" ")).toMatch(/not confirmed: relationship signal: churn_risk \(customer calm\).*ticket reader's 0\.05.*\(learned\)/);
  });

  it("never doubts a relationship signal with heat, a valuable tier or earlier escalations", () => {
    const heated = { ...input([doubt], churn), analysis: makeAnalysis({ frustration: 90 }) };
    expect(deliberate(heated).type).toBe("management_escalation");
    expect(deliberate(input([doubt], { ...churn, customerType: "enterprise" })).type).toBe("management_escalation");
    expect(deliberate({ ...input([doubt], churn), escalationHistoryCount: 2 }).type).toBe("management_escalation");
  });

  it("leaves a key account's problem unconfirmed, and says why", () => {
    const problem = { customerType: "vip" as const, issueType: "problem" as const, priority: "high" as const };
    expect(deliberate(input([], problem))).toMatchObject({ type: "scheduled_escalation" });
    const d = deliberate(input([doubt], problem));
    expect(d.type).toBe("no_escalation");
    expect(d.reasons.join(" ")).toMatch(/not confirmed: vip customer's high-priority problem/);
  });

  it("reads each doubt against its own line", () => {
    const between = { ...doubt, score: 0.11 };
    const learnedNeed = { signal: "needs_human_action", match: "We'd like to leave.", rule: "human-action:fraud_review (learned)", score: 0.7 };
    // 0.11: below the learned needs' line (0.12), above the guesses' (0.1).
    expect(deliberate(input([between, learnedNeed])).type).toBe("no_escalation");
    expect(deliberate(input([between], churn)).type).toBe("scheduled_escalation");
  });

  it("still escalates a doubted guess when another reason stands", () => {
    const d = deliberate(input([doubt], { ...churn, category: "integration", issueType: "problem", priority: "high" }));
    expect(d.type).toBe("specialist_escalation");
  });

  it("yields to a team whose verdicts lowered the segment's line", () => {
    const lowered = { ...input([doubt], churn), thresholds: { ...DEFAULT_THRESHOLDS, scheduledRisk: DEFAULT_THRESHOLDS.scheduledRisk - 5 } };
    expect(deliberate(lowered).type).toBe("scheduled_escalation");
  });
});

describe("classify: the reader in the rules' reading", () => {
  const ticket = { id: "T-1", subject: "Showrooms", description: "Could you please pass this up the chain? We are on paper." };
  const turn = (content: string) => ({ role: "customer" as const, content, at: "2026-12-06T00:00:00Z" });

  it("adds its evidence to the classification", () => {
    useTicketReaderModel(passItUpModel());
    const { classification } = classifyWithRules(ticket, [turn(ticket.description)]);
    expect(ticketNeedFromEvidence(classification.evidence)).not.toBeNull();
  });

  it("stays silent over a latest message that takes the alarm back", () => {
    useTicketReaderModel(passItUpModel());
    const { classification } = classifyWithRules(ticket, [turn(ticket.description), turn("False alarm, sorry — it was my browser, all good now.")]);
    expect(ticketNeedFromEvidence(classification.evidence)).toBeNull();
  });
});
