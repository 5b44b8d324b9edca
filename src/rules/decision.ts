/**
 * The rules engine's escalation decision. Immediate escalations are decided
 * from the hard triggers alone (see immediate.ts); everything else goes
 * through a short, ordered policy a support lead can read top to bottom:
 * relationship risk → management; expertise, a security concern, or a
 * reported defect with impact or reproducible detail → specialist; residual
 * risk → scheduled; a language the rules cannot read → scheduled; a request
 * only a person can carry out → scheduled; a key account's high-priority
 * problem → scheduled; otherwise the bot handles it.
 */
import {
  isSupportedLanguage,
  priorityRank,
  type CustomerTier,
  type EscalationSignal,
  type IssueType,
  type Team,
  type Urgency,
  type UrgencyIndicator,
} from "../domain/taxonomy.js";
import { HUMAN_ACTION_LABEL, HUMAN_ACTION_TEAM } from "./human-action-kinds.js";
import { humanActionsFromEvidence } from "./human-action.js";
import { regressionFromEvidence } from "./regression.js";
import { ticketDoubtFromEvidence, ticketNeedFromEvidence } from "./ticket-reader/read.js";
import { decision, type DecisionInput, type RulesDecision } from "./rules-decision.js";
import { DEFAULT_THRESHOLDS } from "./thresholds.js";

/** Exported for the learning guard (src/learning/harm.ts), which treats these as harm evidence. */
export const RELATIONSHIP_SIGNALS: readonly EscalationSignal[] = ["repeat_contact", "churn_risk", "public_complaint", "executive_involvement"];
const HIGH_VALUE_TIERS: readonly CustomerTier[] = ["enterprise", "vip", "at_risk"];
const SPECIALIST_CATEGORIES = ["technical", "integration", "bug_report", "security"];
/** Areas of the product (not of the customer's relationship) where an error code shows a defect, not a policy matter. */
const DEFECT_PRONE_CATEGORIES: readonly string[] = ["billing", "product", "account"];
/** Indicators that say the problem costs the customer's business, not one person's afternoon. */
const IMPACT_INDICATORS: readonly UrgencyIndicator[] = ["business_impacting", "revenue_affecting", "many_users_affected"];
/**
 * Tiers whose reported problems a person should see even when nothing else
 * escalates them: key accounts, and accounts already flagged as likely to leave.
 */
const KEY_ACCOUNT_TIERS: readonly CustomerTier[] = ["enterprise", "vip", "at_risk"];
/**
 * What the rules can tell apart in a language they cannot read (issue-type.ts):
 * a short question or thanks in any language, and in a language with a reading
 * table (src/rules/other-languages/) a calm question, thanks or feature wish
 * of any length. The rest goes to a person who can read it.
 */
const ASKS_OR_THANKS: readonly IssueType[] = ["question", "compliment", "request"];
/** Management escalations go to the people who can make exceptions. */
const MANAGEMENT_TEAM: Team = "senior_support";

export function deliberate(input: DecisionInput): RulesDecision {
  const decided = deliberateOnReadings(input);
  return isSupportedLanguage(input.classification.language) ? decided : { ...decided, reading: "unknown" };
}

function deliberateOnReadings(input: DecisionInput): RulesDecision {
  const { classification, analysis, tier, thresholds } = input;
  const { risk, frustration, complexityScores } = analysis;
  const signals = classification.escalationSignals;
  // In a language the rules cannot read, their risk score rests on what a
  // model put into the classification, so every risk-band decision below is
  // as unsure as the band itself: the model that read the text judges it.
  const unreadable = !isSupportedLanguage(classification.language);
  const ambiguous = (risk.overall >= thresholds.ambiguousLow && risk.overall <= thresholds.ambiguousHigh) || (unreadable && input.textReadByModel === true);
  const urgentish = priorityRank(classification.priority) >= priorityRank("urgent");

  // A conversation that ended well stays with the bot, whatever was said on
  // the way (hard triggers never reach this function).
  if (analysis.trend.pattern === "settled") {
    return decision("no_escalation", input.categoryTeam, "scheduled", [`${analysis.trend.reason} (rules)`], 0.8, ambiguous);
  }

  const relationship = signals.filter((s) => RELATIONSHIP_SIGNALS.includes(s));
  if (relationship.length > 0) {
    const heat = frustration >= thresholds.managementFrustration;
    const valuable = HIGH_VALUE_TIERS.includes(tier);
    const history = input.escalationHistoryCount > 0;
    if (heat || valuable || history) {
      const why = [
        `relationship risk: ${relationship.join(", ")} (rules)`,
        heat ? `frustration ${frustration} ≥ ${thresholds.managementFrustration}` : null,
        valuable ? `${tier} customer` : null,
        history ? `${input.escalationHistoryCount} earlier escalation(s)` : null,
      ].filter((r): r is string => r !== null);
      // More independent reasons, more certainty: 0.7 for one, up to 0.95.
      const confidence = Math.min(0.95, 0.55 + 0.1 * why.length + 0.05 * relationship.length);
      return decision("management_escalation", MANAGEMENT_TEAM, "urgent", why, confidence, false);
    }
    // A relationship signal without heat or stakes: someone from the owning
    // team should reach out, but not urgently.
    const team = relationship.includes("churn_risk") ? "customer_success" : input.categoryTeam;
    return decision("scheduled_escalation", team, "scheduled", [`relationship signal: ${relationship.join(", ")} (rules), customer calm`], 0.65, ambiguous);
  }

  if (analysis.trend.escalates) {
    const heat = frustration >= thresholds.managementFrustration || HIGH_VALUE_TIERS.includes(tier);
    return heat
      ? decision("management_escalation", MANAGEMENT_TEAM, "urgent", [`${analysis.trend.reason} (rules)`, `frustration ${frustration}`], 0.75, false)
      : decision("scheduled_escalation", input.categoryTeam, "standard", [`${analysis.trend.reason} (rules)`], 0.7, ambiguous);
  }

  // A how-to question, however technical, is answered from the docs (and by
  // the category's team if the answer does not help); a specialist is for a
  // defect or failure the customer reports (evals/datasets/README.md, rule 3).
  // A team that lowered the specialist line below the default (in its config,
  // or through verdicts the learning loop applied) has said otherwise.
  const questionsToo = thresholds.specialistTechnical < DEFAULT_THRESHOLDS.specialistTechnical;
  const reportsSomething = classification.issueType !== "question" || questionsToo;
  const needsExpert =
    classification.complexity === "expert_required" ||
    (reportsSomething && classification.complexity === "complex" && SPECIALIST_CATEGORIES.includes(classification.category)) ||
    (reportsSomething && complexityScores.technical >= thresholds.specialistTechnical);
  if (needsExpert) {
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
  }

  // A security concern about our product (a suspected vulnerability, an
  // exposure) belongs with the security team even when the customer opens
  // with a question ("Do you have a bug bounty? I think I found an XSS…").
  const securityConcern =
    classification.category === "security" && classification.urgencyIndicators.includes("security_related") && classification.issueType !== "compliment";
  if (securityConcern) {
    return decision(
      "specialist_escalation",
      input.categoryTeam,
      urgentish ? "urgent" : "standard",
      ["security concern about the product: the security team assesses it (rules)"],
      // 0.7: category and indicator agree; neither alone would be enough.
      0.7,
      ambiguous,
    );
  }

  // A defect or failure in a technical area that either hurts the business
  // (impact indicators, or a priority of high or above) or is reported with
  // the concrete artefacts a specialist reproduces from (error codes, request
  // ids, versions, the failing call): first-line scripts will not fix it. Questions, wishes
  // and complaints do not qualify: this is about something broken.
  // Outside the technical areas, an error the product itself shows
  // ("billing page crashes with ERR_BILLING_LOAD") is still a defect: the
  // category names where it happened, the error code what broke.
  // A failure dated from a change, or on a setup the customer did not touch
  // (regression.ts), is the same kind of evidence: the change is ours to find.
  const regression = regressionFromEvidence(classification.evidence);
  const productError = (classification.entities.errorCodes.length > 0 || regression !== null) && DEFECT_PRONE_CATEGORIES.includes(classification.category);
  const reportsDefect = classification.issueType === "problem" && (SPECIALIST_CATEGORIES.includes(classification.category) || productError);
  if (reportsDefect) {
    const impact = classification.urgencyIndicators.filter((i) => IMPACT_INDICATORS.includes(i));
    const { errorCodes, ids, versions, urls } = classification.entities;
    // A link or API path is where the failure shows ("GET /v2/records?…"): as reproducible as an id.
    const artefacts = [...errorCodes, ...ids, ...versions, ...urls];
    const serious = priorityRank(classification.priority) >= priorityRank("high");
    if (impact.length > 0 || serious || artefacts.length > 0 || regression !== null) {
      const urgency: Urgency = urgentish ? "urgent" : serious || impact.length > 0 ? "standard" : "scheduled";
      const why = [
        impact.length > 0 ? `business impact: ${impact.join(", ")}` : null,
        serious ? `${classification.priority} priority` : null,
        artefacts.length > 0 ? `reproducible detail: ${artefacts.slice(0, 3).join(", ")}` : null,
        regression !== null ? `broke with a change: "${regression}"` : null,
      ].filter((r): r is string => r !== null);
      // 0.6 for one reason, +0.05 per further one: each is independent
      // evidence that the bot's scripts will not resolve it.
      return decision(
        "specialist_escalation",
        input.categoryTeam,
        urgency,
        [`${classification.category} problem a specialist must look at (rules)`, ...why],
        0.6 + 0.05 * (why.length - 1),
        ambiguous,
      );
    }
  }

  if (risk.overall >= thresholds.scheduledRisk || urgentish) {
    return decision(
      "scheduled_escalation",
      input.categoryTeam,
      urgentish ? "urgent" : "scheduled",
      [`overall risk ${risk.overall} ≥ ${thresholds.scheduledRisk} (rules)`],
      0.6 + Math.min(0.3, (risk.overall - thresholds.scheduledRisk) / 100),
      ambiguous,
    );
  }

  // The engine's patterns and lexicons exist for en/de/es/fr only; in any
  // other language a "no" from them means "saw nothing", not "nothing
  // there". Alone, the rules leave a short question or a thank-you
  // (issue-type.ts reads the punctuation and a list of thanks) to the bot and hand anything else to a person who can
  // read it. When a model read it, the issue type may be the model's, so
  // the rules propose the person whatever it says: ambiguous, so the model's
  // escalation or its quoted question decides instead (src/agent/nodes/decide/fuse.ts).
  const language = classification.language;
  // A need a reading table found (a data-rights request, an accessibility
  // barrier…) goes to the team that can act on it, below, as in en/de/es/fr.
  const needs = humanActionsFromEvidence(classification.evidence);
  if (unreadable && needs.length === 0 && (input.textReadByModel === true || !ASKS_OR_THANKS.includes(classification.issueType))) {
    return decision(
      "scheduled_escalation",
      input.categoryTeam,
      "standard",
      [`written in ${languageName(language)}, which the rules engine cannot read (rules)`],
      // 0.5: a coin toss on the content; the escalation is for the reading.
      0.5,
      true,
    );
  }

  // Requests only a person can carry out (human-action.ts): the bot can
  // explain, not act. Sent to the team that holds the lever for the first
  // need named; "standard" when the ticket is high priority (a blocked
  // payment, a deadline), otherwise "scheduled".
  // A need only the concept reader saw, in one sentence, waits for the
  // ticket reader to agree: when the whole conversation reads as routine
  // (its doubt, ticket-reader/read.ts) that sentence alone escalates nothing.
  // A pattern family's need, a hard trigger or a team that lowered its line
  // is never doubted.
  const doubt = thresholds.scheduledRisk < DEFAULT_THRESHOLDS.scheduledRisk ? null : ticketDoubtFromEvidence(classification.evidence);
  const doubted = doubt !== null && needs.length > 0 && needs.every((need) => need.learned);
  const first = doubted ? undefined : needs[0];
  if (first) {
    const owner = HUMAN_ACTION_TEAM[first.kind];
    const serious = priorityRank(classification.priority) >= priorityRank("high");
    return decision(
      "scheduled_escalation",
      owner === "category" ? input.categoryTeam : owner,
      serious ? "standard" : "scheduled",
      [`needs a person to act: ${needs.map((n) => `${HUMAN_ACTION_LABEL[n.kind]} ("${n.match}")`).join("; ")} (rules)`],
      // 0.75: the patterns look for the request itself; a person reading it
      // costs minutes, a refund or deletion left undone costs the customer.
      0.75,
      ambiguous,
    );
  }

  // A key account's problem that is high priority (nothing has lowered it;
  // see priority.ts: the customer did not call it minor) gets a person's
  // eyes within the standard window (4 hours) even when nothing else
  // escalates it: these are the accounts a missed defect costs most.
  if (KEY_ACCOUNT_TIERS.includes(tier) && classification.issueType === "problem" && priorityRank(classification.priority) >= priorityRank("high")) {
    return decision(
      "scheduled_escalation",
      input.categoryTeam,
      "standard",
      [`${tier} customer reports a ${classification.priority}-priority problem (rules)`],
      // 0.6: the tier is a policy reason, not evidence about the problem.
      0.6,
      ambiguous,
    );
  }

  // The ticket reader (src/rules/ticket-reader/) has read whole tickets and
  // what careful leads decided about them: when it says tickets like this one
  // needed a person and nothing above found a reason, a person reads it
  // rather than the bot answering alone. Ambiguous: a model that read the
  // text judges instead (src/agent/nodes/decide/fuse.ts).
  // A team whose verdicts raised this segment's line (src/learning/) has
  // said tickets like these do not need a person: its practice outranks a
  // reader trained on other people's tickets.
  const teamRaisedTheLine = thresholds.scheduledRisk > DEFAULT_THRESHOLDS.scheduledRisk;
  const reader = teamRaisedTheLine ? null : ticketNeedFromEvidence(classification.evidence);
  if (reader) {
    const serious = priorityRank(classification.priority) >= priorityRank("high");
    return decision(
      "scheduled_escalation",
      input.categoryTeam,
      serious ? "standard" : "scheduled",
      [`tickets like this needed a person: the ticket reader's ${reader.score ?? "?"} (on "${reader.match}") (learned)`],
      // 0.55: a reading of the whole text, not a named reason.
      0.55,
      true,
    );
  }

  // Confidence grows with the distance below the scheduling threshold.
  const distance = (thresholds.scheduledRisk - risk.overall) / thresholds.scheduledRisk;
  const unconfirmed = doubted
    ? [
        `not confirmed: ${needs.map((n) => HUMAN_ACTION_LABEL[n.kind]).join("; ")} (one sentence), while the whole conversation reads as routine (the ticket reader's ${doubt.score ?? "?"}) (learned)`,
      ]
    : [];
  return decision(
    "no_escalation",
    input.categoryTeam,
    "scheduled",
    [`overall risk ${risk.overall} below ${thresholds.scheduledRisk}, no escalation trigger (rules)`, ...unconfirmed],
    0.6 + Math.min(0.35, distance * 0.5),
    ambiguous,
  );
}

/** "Japanese (ja)", or the bare code when the runtime has no name for it. */
function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames(["en"], { type: "language" }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
