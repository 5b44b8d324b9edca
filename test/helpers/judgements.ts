/**
 * Model answers for the fake OpenAI server: schema-valid judgements with
 * overrides, and a script that answers each request by its schema name.
 */
import type {
  AnalysisJudgement,
  ClassificationJudgement,
  EscalationRecommendation,
  ReplyDraft,
  TicketAssessment,
  TicketAssessmentWithReply,
} from "../../src/domain/judgement.js";
import type { TriageResult } from "../../src/runtime/output.js";
import { toWire, type WireAssessment, type WireAssessmentWithReply } from "../../src/agent/nodes/read/wire.js";
import type { FakeReply, RecordedRequest, Script } from "./openai-server.js";

export function classificationAnswer(overrides: Partial<ClassificationJudgement> = {}): ClassificationJudgement {
  return {
    category: "account",
    priority: "low",
    complexity: "simple",
    issueType: "question",
    signals: [],
    urgencyIndicators: [],
    confidence: 0.5,
    question: null,
    ...overrides,
  };
}

export function recommendationAnswer(overrides: Partial<EscalationRecommendation> = {}): EscalationRecommendation {
  return {
    type: "no_escalation",
    team: "general_support",
    urgency: "scheduled",
    confidence: 0.7,
    reason: "A how-to question the bot can answer.",
    ...overrides,
  };
}

export function analysisAnswer(overrides: Partial<AnalysisJudgement> = {}): AnalysisJudgement {
  return { sentiment: "neutral", frustration: 10, risk: 10, recommendation: recommendationAnswer(), ...overrides };
}

/** The sentence the fake model adds when it rewrites the reference reply, or drafts as its acknowledgement: how tests tell its reply from the template. */
export const MODEL_SENTENCE = "Thank you for taking the time to write to us.";

/** The reply's personal part, as the first round trip drafts it; the default opens with MODEL_SENTENCE. */
export function replyDraftAnswer(overrides: Partial<ReplyDraft> = {}): ReplyDraft {
  return { acknowledgement: MODEL_SENTENCE, answer: null, ...overrides };
}

/** The one request's answer; the reply draft is dropped by the check when the request did not ask for it. */
export function assessmentAnswer(
  classification: Partial<ClassificationJudgement> = {},
  analysis: Partial<AnalysisJudgement> = {},
  reply: Partial<ReplyDraft> = {},
): TicketAssessmentWithReply {
  return { classification: classificationAnswer(classification), analysis: analysisAnswer(analysis), reply: replyDraftAnswer(reply) };
}

/**
 * A model's rewrite that keeps every fact of the reference reply (steps,
 * team, response time, placeholders): the reference with a sentence of its
 * own after the greeting.
 */
export function rewriteReference(request: RecordedRequest): FakeReply {
  const match = /<reference_reply>\n([\s\S]*?)\n<\/reference_reply>/.exec(request.prompt);
  const reference = (match?.[1] ?? "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const [greeting, ...rest] = reference.split("\n\n");
  return { answer: { message: [greeting, MODEL_SENTENCE, ...rest].join("\n\n") } };
}

export interface Answers {
  ticket_assessment?: TicketAssessment | TicketAssessmentWithReply;
  ticket_classification?: ClassificationJudgement;
  ticket_analysis?: AnalysisJudgement;
  escalation_decision?: EscalationRecommendation;
  customer_reply?: { message: string };
}

/** Answers every request with the answer for its schema; defaults are a calm, simple ticket and a reply that keeps the reference's facts. */
export function answerBySchema(answers: Answers = {}, delayMs = 0): Script {
  const all: Answers = {
    ticket_assessment: assessmentAnswer(),
    ticket_classification: classificationAnswer(),
    ticket_analysis: analysisAnswer(),
    escalation_decision: recommendationAnswer(),
    ...answers,
  };
  return (request: RecordedRequest): FakeReply => {
    if (request.schemaName === "customer_reply" && !all.customer_reply) {
      const rewrite = rewriteReference(request);
      return { ...rewrite, delayMs };
    }
    const answer = all[request.schemaName as keyof Answers];
    if (answer === undefined) return { status: 400, error: `unexpected schema '${request.schemaName}'` };
    // The one request answers in its compact wire form (src/agent/nodes/read/wire.ts).
    return { answer: request.schemaName === "ticket_assessment" ? toWire(answer as TicketAssessmentWithReply) : answer, delayMs };
  };
}

/**
 * The one request's answer (in its wire form) agreeing with a rules-only result for the same
 * ticket (its signals quoted from the rules' evidence), so the ticket takes
 * the path it takes offline; the reply draft opens with `acknowledgement`.
 */
export function agreeingAssessment(result: TriageResult, acknowledgement = MODEL_SENTENCE): WireAssessmentWithReply | WireAssessment {
  const c = result.classification!;
  const a = result.analysis!;
  const d = result.decision!;
  return toWire({
    classification: {
      category: c.category,
      priority: c.priority,
      complexity: c.complexity,
      issueType: c.issueType,
      signals: c.escalationSignals.map((signal) => ({ signal, quote: c.evidence.find((e) => e.signal === signal)?.match ?? "" })),
      urgencyIndicators: c.urgencyIndicators,
      confidence: c.confidence,
      question: null,
    },
    analysis: {
      sentiment: a.sentiment,
      frustration: a.frustration,
      risk: a.risk.overall,
      recommendation: {
        type: d.type === "immediate_escalation" ? "management_escalation" : d.type,
        team: d.targetTeam,
        urgency: d.urgency,
        confidence: d.confidence,
        reason: d.reasons[0] ?? "",
      },
    },
    reply: { acknowledgement, answer: null },
  });
}
