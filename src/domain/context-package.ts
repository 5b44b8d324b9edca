/**
 * The context package (the seed's Step 5): everything a human needs to take
 * over without asking the customer again. Versioned, because ticketing
 * systems and dashboards store it and must know how to read old ones: the
 * version changes when a field is removed or changes meaning; new fields are
 * additive and leave it as it is.
 *
 * Everything in it is redacted (card numbers, IBANs, national ids,
 * passwords, API keys — ESCALATION_REDACT says which): it travels to mail,
 * Slack and the ticketing system and sits in `handoff.contextPackage`. Only
 * the checkpointed `ticket` and `conversation` keep the customer's words.
 *
 * The contract lives here, beside the state it is stored in, so channels,
 * privacy and the console read it without importing the node that builds it
 * (src/agent/nodes/handoff/context-package.ts).
 */
import { z } from "zod";
import { REDACTION_KINDS } from "./redaction-kinds.js";
import { Approach, Sentiment } from "./taxonomy.js";
import { Analysis, Classification, ComplexityScores, ConversationTurn, Decision, Entities, Evidence, Risk } from "./triage.js";

export const CONTEXT_PACKAGE_VERSION = 1;

export const ContextPackage = z.object({
  version: z.literal(CONTEXT_PACKAGE_VERSION),
  ticketInfo: z.object({
    id: z.string(),
    subject: z.string(),
    channel: z.string(),
    externalId: z.union([z.string(), z.number()]).optional(),
    /** Slack thread the ticket came from; handoff messages continue it. */
    slackThreadId: z.string().optional(),
    /** Message-ID of the customer's email; mail about the ticket threads under it. */
    messageId: z.string().optional(),
    /** When the customer first wrote (the first turn of the conversation). */
    createdAt: z.string().optional(),
    escalatedAt: z.string(),
  }),
  customerContext: z.object({
    id: z.string().optional(),
    name: z.string().optional(),
    email: z.string().optional(),
    tier: z.string(),
    accountValue: z.number().optional(),
    previousTickets: z.number(),
    supportHistory: z.array(z.string()),
    escalationHistory: z.array(z.string()),
    communicationPreferences: z.object({
      language: z.string(),
      currentEmotion: Sentiment,
      frustration: Analysis.shape.frustration,
      approach: Approach,
    }),
  }),
  issueAnalysis: z.object({
    category: Classification.shape.category,
    priority: Classification.shape.priority,
    complexity: Classification.shape.complexity,
    issueType: Classification.shape.issueType,
    urgencyIndicators: Classification.shape.urgencyIndicators,
    entities: Entities,
    complexityScores: ComplexityScores,
  }),
  escalation: z.object({
    type: Decision.shape.type,
    team: Decision.shape.targetTeam,
    urgency: Decision.shape.urgency,
    expectedResponse: z.string(),
    reasons: z.array(z.string()),
    signals: Classification.shape.escalationSignals,
    evidence: z.array(Evidence),
    risk: Risk,
    source: Decision.shape.source,
    confidence: Decision.shape.confidence,
    /** When the agent checks that a human picked the ticket up (the seed's scheduleFollowUp). */
    followUpAt: z.string(),
  }),
  conversation: z.array(ConversationTurn),
  recommendedActions: z.array(z.string()),
  /** How to talk to this customer: language, tone, what was already promised. */
  communicationGuidance: z.array(z.string()),
  agentNotes: z.array(z.string()),
  /**
   * What was redacted before the package was handed on. Optional because
   * packages in checkpoints from before it was kept have none; readers then
   * redact again (src/delivery/redacting-channels.ts).
   */
  privacy: z
    .object({
      /** Kinds found and replaced by `[REDACTED:<kind>]` somewhere in the package. */
      redacted: z.array(z.enum(REDACTION_KINDS)),
      /** Kinds the package was checked for (none when redaction is off). */
      checked: z.array(z.enum(REDACTION_KINDS)),
    })
    .optional(),
});
export type ContextPackage = z.infer<typeof ContextPackage>;
