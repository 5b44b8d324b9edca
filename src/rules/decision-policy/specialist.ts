/**
 * What a specialist must look at: expertise the answer needs, a security
 * concern about our product, and a reported defect with impact or with the
 * detail a specialist reproduces from.
 */
import { priorityRank, type UrgencyIndicator, type Urgency } from "../../domain/taxonomy.js";
import { regressionFromEvidence } from "../regression.js";
import { decision } from "../rules-decision.js";
import { DEFAULT_THRESHOLDS } from "../thresholds.js";
import type { PolicyBranch } from "./context.js";

export const SPECIALIST_CATEGORIES = ["technical", "integration", "bug_report", "security"];
/** Areas of the product (not of the customer's relationship) where an error code shows a defect, not a policy matter. */
const DEFECT_PRONE_CATEGORIES: readonly string[] = ["billing", "product", "account"];
/** Indicators that say the problem costs the customer's business, not one person's afternoon. */
const IMPACT_INDICATORS: readonly UrgencyIndicator[] = ["business_impacting", "revenue_affecting", "many_users_affected"];

/**
 * A how-to question, however technical, is answered from the docs (and by
 * the category's team if the answer does not help); a specialist is for a
 * defect or failure the customer reports (evals/datasets/README.md, rule 3).
 * A team that lowered the specialist line below the default (in its config,
 * or through verdicts the learning loop applied) has said otherwise.
 */
export const expertiseNeeded: PolicyBranch = ({ input, ambiguous, urgentish }) => {
  const { classification, analysis, thresholds } = input;
  const { complexityScores } = analysis;
  const questionsToo = thresholds.specialistTechnical < DEFAULT_THRESHOLDS.specialistTechnical;
  const reportsSomething = classification.issueType !== "question" || questionsToo;
  const needsExpert =
    classification.complexity === "expert_required" ||
    (reportsSomething && classification.complexity === "complex" && SPECIALIST_CATEGORIES.includes(classification.category)) ||
    (reportsSomething && complexityScores.technical >= thresholds.specialistTechnical);
  if (!needsExpert) return null;
  const urgency: Urgency = urgentish ? "urgent" : classification.priority === "high" ? "standard" : "scheduled";
  const margin = (complexityScores.technical - thresholds.specialistTechnical) / 40;
  return decision(
    "specialist_escalation",
    input.categoryTeam,
    urgency,
    [
      `${classification.complexity} ${classification.category} issue (rules)`,
      `technical complexity ${complexityScores.technical} (specialist at ${thresholds.specialistTechnical})`,
    ],
    0.7 + Math.max(0, Math.min(0.25, margin)),
    ambiguous,
  );
};

/**
 * A security concern about our product (a suspected vulnerability, an
 * exposure) belongs with the security team even when the customer opens
 * with a question ("Do you have a bug bounty? I think I found an XSS…").
 */
export const securityConcern: PolicyBranch = ({ input, ambiguous, urgentish }) => {
  const { classification } = input;
  const concern =
    classification.category === "security" && classification.urgencyIndicators.includes("security_related") && classification.issueType !== "compliment";
  if (!concern) return null;
  return decision(
    "specialist_escalation",
    input.categoryTeam,
    urgentish ? "urgent" : "standard",
    ["security concern about the product: the security team assesses it (rules)"],
    // 0.7: category and indicator agree; neither alone would be enough.
    0.7,
    ambiguous,
  );
};

/**
 * A defect or failure in a technical area that either hurts the business
 * (impact indicators, or a priority of high or above) or is reported with
 * the concrete artefacts a specialist reproduces from (error codes, request
 * ids, versions, the failing call): first-line scripts will not fix it.
 * Questions, wishes and complaints do not qualify: this is about something
 * broken. Outside the technical areas, an error the product itself shows
 * ("billing page crashes with ERR_BILLING_LOAD") is still a defect: the
 * category names where it happened, the error code what broke. A failure
 * dated from a change, or on a setup the customer did not touch
 * (regression.ts), is the same kind of evidence: the change is ours to find.
 */
export const reportedDefect: PolicyBranch = ({ input, ambiguous, urgentish }) => {
  const { classification } = input;
  const regression = regressionFromEvidence(classification.evidence);
  const productError = (classification.entities.errorCodes.length > 0 || regression !== null) && DEFECT_PRONE_CATEGORIES.includes(classification.category);
  const reportsDefect = classification.issueType === "problem" && (SPECIALIST_CATEGORIES.includes(classification.category) || productError);
  if (!reportsDefect) return null;
  const impact = classification.urgencyIndicators.filter((i) => IMPACT_INDICATORS.includes(i));
  const { errorCodes, ids, versions, urls } = classification.entities;
  // A link or API path is where the failure shows ("GET /v2/records?…"): as reproducible as an id.
  const artefacts = [...errorCodes, ...ids, ...versions, ...urls];
  const serious = priorityRank(classification.priority) >= priorityRank("high");
  if (impact.length === 0 && !serious && artefacts.length === 0 && regression === null) return null;
  const urgency: Urgency = urgentish ? "urgent" : serious || impact.length > 0 ? "standard" : "scheduled";
  const why = [
    impact.length > 0 ? `business impact: ${impact.join(", ")}` : null,
    serious ? `${classification.priority} priority` : null,
    artefacts.length > 0 ? `reproducible detail: ${artefacts.slice(0, 3).join(", ")}` : null,
    regression !== null ? `broke with a change: "${regression}"` : null,
  ].filter((r): r is string => r !== null);
  // 0.6 for one reason, +0.05 per further one: each is independent evidence that the bot's scripts will not resolve it.
  return decision(
    "specialist_escalation",
    input.categoryTeam,
    urgency,
    [`${classification.category} problem a specialist must look at (rules)`, ...why],
    0.6 + 0.05 * (why.length - 1),
    ambiguous,
  );
};
