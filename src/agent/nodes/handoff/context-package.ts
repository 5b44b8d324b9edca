/**
 * Builds the context package handoff gives to people: redacted, versioned,
 * everything a human needs to take over without asking the customer again.
 * Its contract (schema and type) is in src/domain/context-package.ts.
 */
import type { TicketState } from "../../state.js";
import type { RedactionKind } from "../../../domain/redaction-kinds.js";
import { oneLine } from "../../../privacy/one-line.js";
import { redactDeep } from "../../../privacy/redact-deep.js";
import { CONTEXT_PACKAGE_VERSION, type ContextPackage } from "../../../domain/context-package.js";
import type { Analysis, Classification, ConversationTurn, Decision } from "../../../domain/triage.js";
import { SERVICE_LEVELS } from "../../../domain/service-levels.js";
import { communicationGuidance } from "./guidance.js";
import { recommendActions } from "./recommended-actions.js";

export interface ContextPackageInput {
  ticketId: string;
  ticket: TicketState;
  classification: Classification;
  analysis: Analysis;
  decision: Decision;
  conversation: ConversationTurn[];
  escalatedAt: string;
  /** Kinds to redact: ESCALATION_REDACT, from the settings. */
  redact: readonly RedactionKind[];
}

export function buildContextPackage(input: ContextPackageInput): ContextPackage {
  const kinds = input.redact;
  const { value, redacted } = redactDeep(unredactedPackage(input), kinds);
  return {
    ...value,
    privacy: { redacted: kinds.filter((kind) => redacted.has(kind)), checked: [...kinds] },
  };
}

function unredactedPackage(input: ContextPackageInput): Omit<ContextPackage, "privacy"> {
  const { ticket, classification, analysis, decision } = input;
  return {
    version: CONTEXT_PACKAGE_VERSION,
    ticketInfo: {
      id: input.ticketId,
      // One line: the subject becomes a mail header, a Slack field and a ticket subject.
      subject: ticket.subject !== undefined ? oneLine(ticket.subject) || "(no subject)" : "(no subject)",
      channel: ticket.channel ?? "email",
      ...(ticket.externalId !== undefined ? { externalId: ticket.externalId } : {}),
      ...(ticket.slackThreadId ? { slackThreadId: ticket.slackThreadId } : {}),
      ...(ticket.messageId ? { messageId: ticket.messageId } : {}),
      ...(input.conversation[0] ? { createdAt: input.conversation[0].at } : {}),
      escalatedAt: input.escalatedAt,
    },
    customerContext: {
      id: ticket.customerId,
      name: ticket.customerName !== undefined ? oneLine(ticket.customerName) : undefined,
      email: ticket.customerEmail,
      tier: classification.customerType,
      accountValue: ticket.accountValue,
      previousTickets: ticket.previousTicketCount ?? 0,
      supportHistory: ticket.supportHistory ?? [],
      escalationHistory: ticket.escalationHistory ?? [],
      communicationPreferences: {
        language: classification.language,
        currentEmotion: analysis.sentiment,
        frustration: analysis.frustration,
        approach: analysis.approach,
      },
    },
    issueAnalysis: {
      category: classification.category,
      priority: classification.priority,
      complexity: classification.complexity,
      issueType: classification.issueType,
      urgencyIndicators: classification.urgencyIndicators,
      entities: classification.entities,
      complexityScores: analysis.complexityScores,
    },
    escalation: {
      type: decision.type,
      team: decision.targetTeam,
      urgency: decision.urgency,
      expectedResponse: decision.expectedResponse,
      reasons: decision.reasons,
      signals: classification.escalationSignals,
      evidence: classification.evidence,
      risk: analysis.risk,
      source: decision.source,
      confidence: decision.confidence,
      followUpAt: followUpAt(input.escalatedAt, decision.urgency),
    },
    conversation: input.conversation,
    recommendedActions: recommendActions(classification),
    communicationGuidance: communicationGuidance(classification, analysis, decision),
    agentNotes: agentNotes(classification, analysis, decision),
  };
}

function followUpAt(escalatedAt: string, urgency: Decision["urgency"]): string {
  return new Date(Date.parse(escalatedAt) + SERVICE_LEVELS[urgency].followUpMinutes * 60_000).toISOString();
}

function agentNotes(classification: Classification, analysis: Analysis, decision: Decision): string[] {
  const signals = classification.escalationSignals.join(", ") || "none";
  return [
    `Classified ${classification.category}, ${classification.priority} priority, ${classification.complexity} (confidence ${classification.confidence}).`,
    `Frustration ${analysis.frustration}/100 (${analysis.sentiment}); cues: ${analysis.frustrationCues.join("; ") || "none"}.`,
    `Risk ${analysis.risk.overall}/100 — sentiment ${analysis.risk.sentiment}, complexity ${analysis.risk.complexity}, customer ${analysis.risk.customer}, business ${analysis.risk.business}.`,
    `Escalation signals: ${signals}.`,
    `Decision by ${decision.source} (confidence ${decision.confidence}): ${decision.reasons.join("; ")}.`,
  ];
}
