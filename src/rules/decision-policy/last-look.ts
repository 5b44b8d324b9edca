/**
 * The last looks before the bot keeps a ticket: a key account's
 * high-priority problem, and the ticket reader's reading of the whole
 * conversation; then the bot answers, with what the reader's doubt left
 * unconfirmed in its reasons.
 */
import { priorityRank, type CustomerTier } from "../../domain/taxonomy.js";
import { HUMAN_ACTION_LABEL } from "../human-action-kinds.js";
import { decision, type DecisionInput, type RulesDecision } from "../rules-decision.js";
import { DEFAULT_THRESHOLDS } from "../thresholds.js";
import { ticketNeedFromEvidence } from "../ticket-reader/read.js";
import type { PolicyBranch, PolicyContext } from "./context.js";
import { unconfirmedRelationship } from "./relationship.js";

/**
 * Tiers whose reported problems a person should see even when nothing else
 * escalates them: key accounts, and accounts already flagged as likely to leave.
 */
const KEY_ACCOUNT_TIERS: readonly CustomerTier[] = ["enterprise", "vip", "at_risk"];

/** A key account reports a problem of high priority or above (nothing has lowered it; see priority.ts). */
function isKeyAccountProblem({ classification, tier }: DecisionInput): boolean {
  return KEY_ACCOUNT_TIERS.includes(tier) && classification.issueType === "problem" && priorityRank(classification.priority) >= priorityRank("high");
}

/**
 * A key account's problem that nothing else escalated, when the ticket reader reads the whole conversation as
 * routine: the tier is a policy reason, the reading says tickets like this did not need a person.
 */
export function unconfirmedKeyAccount({ input, routine }: PolicyContext): boolean {
  return routine !== null && isKeyAccountProblem(input);
}

/**
 * A key account's problem that is high priority (the customer did not call
 * it minor) gets a person's eyes within the standard window (4 hours) even
 * when nothing else escalates it: these are the accounts a missed defect
 * costs most. Unless the ticket reader reads the conversation as routine.
 */
export const keyAccountProblem: PolicyBranch = (context) => {
  const { input, ambiguous } = context;
  const { classification, tier } = input;
  if (!isKeyAccountProblem(input) || unconfirmedKeyAccount(context)) return null;
  return decision(
    "scheduled_escalation",
    input.categoryTeam,
    "standard",
    [`${tier} customer reports a ${classification.priority}-priority problem (rules)`],
    // 0.6: the tier is a policy reason, not evidence about the problem.
    0.6,
    ambiguous,
  );
};

/**
 * The ticket reader (src/rules/ticket-reader/) has read whole tickets and
 * what careful leads decided about them: when it says tickets like this one
 * needed a person and nothing above found a reason, a person reads it rather
 * than the bot answering alone. Ambiguous: a model that read the text judges
 * instead (src/agent/nodes/decide/fuse.ts). A team whose verdicts raised this
 * segment's line (src/learning/) has said tickets like these do not need a
 * person: its practice outranks a reader trained on other people's tickets.
 */
export const ticketReaderNeed: PolicyBranch = ({ input }) => {
  const { classification, thresholds } = input;
  const teamRaisedTheLine = thresholds.scheduledRisk > DEFAULT_THRESHOLDS.scheduledRisk;
  const reader = teamRaisedTheLine ? null : ticketNeedFromEvidence(classification.evidence);
  if (!reader) return null;
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
};

/** Nothing escalates: the bot keeps it. Confidence grows with the distance below the scheduling threshold. */
export function botKeepsIt(context: PolicyContext): RulesDecision {
  const { input, ambiguous, needs, doubt, routine } = context;
  const { risk } = input.analysis;
  const { scheduledRisk } = input.thresholds;
  const distance = (scheduledRisk - risk.overall) / scheduledRisk;
  const relationship = unconfirmedRelationship(context);
  const doubted = [
    ...(doubt ? [`${needs.map((n) => HUMAN_ACTION_LABEL[n.kind]).join("; ")} (one sentence)`] : []),
    ...(relationship.length > 0 ? [`relationship signal: ${relationship.join(", ")} (customer calm)`] : []),
    ...(unconfirmedKeyAccount(context) ? [`${input.tier} customer's ${input.classification.priority}-priority problem`] : []),
  ];
  const unconfirmed =
    doubted.length > 0
      ? [`not confirmed: ${doubted.join("; ")}, while the whole conversation reads as routine (the ticket reader's ${routine?.score ?? "?"}) (learned)`]
      : [];
  return decision(
    "no_escalation",
    input.categoryTeam,
    "scheduled",
    [`overall risk ${risk.overall} below ${scheduledRisk}, no escalation trigger (rules)`, ...unconfirmed],
    0.6 + Math.min(0.35, distance * 0.5),
    ambiguous,
  );
}
