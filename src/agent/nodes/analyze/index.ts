/**
 * analyze: how upset the customer is, how hard and how risky the issue is,
 * and whether a hard trigger demands a human now (decide then escalates at
 * once). It fuses the rules' findings with the model's reading, made in
 * read's round trip, which may raise frustration and risk (fuse.ts).
 */
import type { Analysis } from "../../../domain/triage.js";
import type { AgentDependencies } from "../../dependencies.js";
import type { EscalationStateType, EscalationUpdate, Findings } from "../../state.js";
import { chooseApproach } from "../../../rules/approach.js";
import { findImmediateEscalation } from "../../../rules/immediate.js";
import { assessRisk } from "../../../rules/risk.js";
import { assessTrend, type LatestMessage } from "../../../rules/trajectory.js";
import { threadMood } from "../../../rules/thread-mood.js";
import { requireState } from "../require-state.js";
import { stepsFailedFollowUp } from "../respond/follow-up-article.js";
import { fuseFeeling, raiseRisk } from "./fuse.js";

export function makeAnalyzeNode(deps: AgentDependencies) {
  return async function analyze(state: EscalationStateType): Promise<EscalationUpdate> {
    const { classification, findings } = requireState(state, "analyze", ["classification", "findings"]);
    const ticket = state.ticket ?? {};
    const reading = state.modelRun?.reading;
    const latest = fuseFeeling(findings, reading);
    // The thread's mood, not the last message's alone: a curt "Still down." keeps an angry thread angry.
    const customerTexts = state.conversation.filter((t) => t.role === "customer").map((t) => t.content);
    const mood = threadMood(
      findings.trajectory.map((r, i, all) => (i === all.length - 1 ? { ...r, frustration: latest.frustration, sentiment: latest.sentiment } : r)),
      customerTexts,
    );
    const feeling = { frustration: mood.frustration, sentiment: mood.sentiment, cues: [...latest.cues, ...mood.cues] };
    const risk = raiseRisk(
      assessRisk({
        frustration: feeling.frustration,
        complexity: findings.complexityScores,
        tier: classification.customerType,
        previousTicketCount: ticket.previousTicketCount ?? 0,
        escalationHistoryCount: ticket.escalationHistory?.length ?? 0,
        signals: classification.escalationSignals,
        indicators: classification.urgencyIndicators,
      }),
      reading,
    );
    const analysis: Analysis = {
      sentiment: feeling.sentiment,
      frustration: feeling.frustration,
      latest: { frustration: latest.frustration, sentiment: latest.sentiment },
      frustrationCues: feeling.cues,
      complexityScores: findings.complexityScores,
      risk,
      approach: chooseApproach(risk, feeling.frustration, findings.complexityScores),
      immediateEscalation: findImmediateEscalation(classification.escalationSignals),
      trajectory: findings.trajectory.map((r, i) => ({ ...r, thread: mood.path[i] ?? r.frustration })),
      // A follow-up that takes the alarm back without asking a person for something new ("never mind — but refund us"
      // still needs one) or turning to a new matter ("it's back. but we lost the morning"). Only a retraction: "that
      // was me" withdraws a fraud alert, not the rest.
      trend: assessTrend(findings.trajectory, customerTexts, trendInputs(findings.latestMessage)),
    };
    // The customer says the article's steps did not work and no other article fits: a person, not the same answer.
    const stepsFailed = stepsFailedFollowUp(await deps.knowledgeBase(), {
      conversation: state.conversation,
      lastReply: state.response,
      subject: ticket.subject ?? "",
      language: classification.language,
      category: classification.category,
    });
    if (stepsFailed && !stepsFailed.next) {
      const tried = [...stepsFailed.tried].join(", ");
      analysis.trend = { pattern: "circling", reason: `the customer says the steps of ${tried} did not work, and no other article fits`, escalates: true };
    }
    return { analysis };
  };
}

/** What the latest message says of the thread, as the trend reads it (rules/trajectory.ts). */
function trendInputs(latest: Findings["latestMessage"]): LatestMessage {
  const bringsSomethingNew = latest !== undefined && (latest.asksAPerson || latest.movesOn === true || latest.raisesSignal === true);
  return { takesTheAlarmBack: latest !== undefined && latest.retracted && !bringsSomethingNew, bringsSomethingNew };
}
