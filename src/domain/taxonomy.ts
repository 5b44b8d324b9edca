/**
 * The closed vocabularies of the output contract. Other programs read these
 * exact strings, so they are declared once here and reused by the zod schemas,
 * the rules engine, the prompts and the CLI.
 */
import { z } from "zod";

export const CATEGORIES = [
  "technical",
  "billing",
  "account",
  "product",
  "integration",
  "bug_report",
  "feature_request",
  "security",
  "general_inquiry",
] as const;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

/** Ordered from least to most pressing; `rank()` relies on this order. */
export const PRIORITIES = ["low", "medium", "high", "urgent", "critical"] as const;
export const Priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof Priority>;

export const COMPLEXITIES = ["simple", "moderate", "complex", "expert_required"] as const;
export const Complexity = z.enum(COMPLEXITIES);
export type Complexity = z.infer<typeof Complexity>;

export const CUSTOMER_TIERS = ["free", "paid", "enterprise", "vip", "at_risk"] as const;
export const CustomerTier = z.enum(CUSTOMER_TIERS);
export type CustomerTier = z.infer<typeof CustomerTier>;

export const ISSUE_TYPES = ["question", "problem", "complaint", "compliment", "request"] as const;
export const IssueType = z.enum(ISSUE_TYPES);
export type IssueType = z.infer<typeof IssueType>;

export const URGENCY_INDICATORS = ["business_impacting", "revenue_affecting", "security_related", "outage_related", "deadline", "many_users_affected"] as const;
export const UrgencyIndicator = z.enum(URGENCY_INDICATORS);
export type UrgencyIndicator = z.infer<typeof UrgencyIndicator>;

export const ESCALATION_SIGNALS = [
  "legal_threat",
  "executive_involvement",
  "security_incident",
  "outage",
  "data_loss",
  "churn_risk",
  "public_complaint",
  "human_requested",
  "repeat_contact",
  "chargeback",
] as const;
export const EscalationSignal = z.enum(ESCALATION_SIGNALS);
export type EscalationSignal = z.infer<typeof EscalationSignal>;

/**
 * Signals that no model may downgrade: each one, once the rules engine sees
 * it, forces an immediate escalation.
 */
export const HARD_TRIGGERS: readonly EscalationSignal[] = ["legal_threat", "security_incident", "outage", "data_loss", "chargeback", "human_requested"];

export const SENTIMENTS = ["very_negative", "negative", "neutral", "positive", "very_positive"] as const;
export const Sentiment = z.enum(SENTIMENTS);
export type Sentiment = z.infer<typeof Sentiment>;

export const APPROACHES = ["standard_support", "careful_handling", "technical_specialist", "high_touch_escalation"] as const;
export const Approach = z.enum(APPROACHES);
export type Approach = z.infer<typeof Approach>;

export const DECISION_TYPES = ["no_escalation", "immediate_escalation", "scheduled_escalation", "specialist_escalation", "management_escalation"] as const;
export const DecisionType = z.enum(DECISION_TYPES);
export type DecisionType = z.infer<typeof DecisionType>;

export const TEAMS = [
  "engineering",
  "technical_support",
  "customer_success",
  "senior_support",
  "finance",
  "security_team",
  "product",
  "general_support",
] as const;
export const Team = z.enum(TEAMS);
export type Team = z.infer<typeof Team>;

/** How soon a human must pick the ticket up; mirrors the seed's urgency delays. */
export const URGENCIES = ["immediate", "urgent", "standard", "scheduled"] as const;
export const Urgency = z.enum(URGENCIES);
export type Urgency = z.infer<typeof Urgency>;

export const DECISION_SOURCES = ["rules", "llm", "hybrid", "fallback"] as const;
export const DecisionSource = z.enum(DECISION_SOURCES);
export type DecisionSource = z.infer<typeof DecisionSource>;

/** The languages the rules engine has patterns and reply templates for. */
export const SUPPORTED_LANGUAGES = ["en", "de", "es", "fr"] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(lang: string): lang is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(lang);
}

/** Position of a priority on the ordered scale (low = 0 … critical = 4). */
export function priorityRank(priority: Priority): number {
  return PRIORITIES.indexOf(priority);
}

export function maxPriority(a: Priority, b: Priority): Priority {
  return priorityRank(a) >= priorityRank(b) ? a : b;
}
