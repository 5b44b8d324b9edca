/**
 * Model answers for the fake OpenAI server: schema-valid judgements with
 * overrides, and a script that answers each request by its schema name.
 */
import type { AnalysisJudgement, ClassificationJudgement, EscalationRecommendation, TicketAssessment } from "../../src/domain/judgement.js";
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

export function assessmentAnswer(classification: Partial<ClassificationJudgement> = {}, analysis: Partial<AnalysisJudgement> = {}): TicketAssessment {
  return { classification: classificationAnswer(classification), analysis: analysisAnswer(analysis) };
}

export const MODEL_REPLY =
  "Hello,\n\nThanks for writing in. Here is how to reset your password: open the sign-in page and choose “Forgot password”.\n\nBest regards,\nThe support team";

export interface Answers {
  ticket_assessment?: TicketAssessment;
  ticket_classification?: ClassificationJudgement;
  ticket_analysis?: AnalysisJudgement;
  escalation_decision?: EscalationRecommendation;
  customer_reply?: { message: string };
}

/** Answers every request with the answer for its schema; defaults are a calm, simple ticket. */
export function answerBySchema(answers: Answers = {}, delayMs = 0): Script {
  const all: Required<Answers> = {
    ticket_assessment: assessmentAnswer(),
    ticket_classification: classificationAnswer(),
    ticket_analysis: analysisAnswer(),
    escalation_decision: recommendationAnswer(),
    customer_reply: { message: MODEL_REPLY },
    ...answers,
  };
  return (request: RecordedRequest): FakeReply => {
    const answer = all[request.schemaName as keyof Answers];
    if (answer === undefined) return { status: 400, error: `unexpected schema '${request.schemaName}'` };
    return { answer, delayMs };
  };
}
