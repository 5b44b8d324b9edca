/**
 * What every branch of the rules' decision policy reads besides the input:
 * how sure the risk band is, and whether the priority is urgent or above.
 */
import { isSupportedLanguage, priorityRank } from "../../domain/taxonomy.js";
import type { Evidence } from "../../domain/triage.js";
import type { HumanActionNeed } from "../human-action-kinds.js";
import { humanActionsFromEvidence } from "../human-action.js";
import type { DecisionInput, RulesDecision } from "../rules-decision.js";
import { DEFAULT_THRESHOLDS } from "../thresholds.js";
import { doubtReaches, ticketDoubtFromEvidence } from "../ticket-reader/read.js";

export interface PolicyContext {
  readonly input: DecisionInput;
  /** A language the rules cannot read: their risk score rests on what a model put into the classification. */
  readonly unreadable: boolean;
  /** The risk sits in the band where a model's reading decides instead (src/agent/nodes/decide/fuse.ts). */
  readonly ambiguous: boolean;
  readonly urgentish: boolean;
  /** The requests only a person can carry out, read back from the evidence once (human-action.ts). */
  readonly needs: readonly HumanActionNeed[];
  /**
   * The ticket reader's doubt when every need is the concept reader's alone
   * and the whole conversation reads as routine (ticket-reader/read.ts); null
   * when nothing is doubted. A pattern family's need, a hard trigger or a team
   * that lowered its line is never doubted.
   */
  readonly doubt: Evidence | null;
  /**
   * The same reading when it is below the line where the policy's guesses
   * stand down: a calm customer's relationship signal (relationship.ts) and a
   * key account's problem (last-look.ts). Null otherwise.
   */
  readonly routine: Evidence | null;
}

/** One branch of the policy: its decision, or null to let the next branch decide. */
export type PolicyBranch = (context: PolicyContext) => RulesDecision | null;

export function policyContext(input: DecisionInput): PolicyContext {
  const { classification, analysis, thresholds } = input;
  const risk = analysis.risk.overall;
  // In a language the rules cannot read, every risk-band decision is as unsure as the band itself: the model that
  // read the text judges it.
  const unreadable = !isSupportedLanguage(classification.language);
  const ambiguous = (risk >= thresholds.ambiguousLow && risk <= thresholds.ambiguousHigh) || (unreadable && input.textReadByModel === true);
  const urgentish = priorityRank(classification.priority) >= priorityRank("urgent");
  const needs = humanActionsFromEvidence(classification.evidence);
  const reading = thresholds.scheduledRisk < DEFAULT_THRESHOLDS.scheduledRisk ? null : ticketDoubtFromEvidence(classification.evidence);
  const reaches = reading ? doubtReaches(reading) : { learnedNeeds: false, guesses: false };
  const doubt = reading !== null && reaches.learnedNeeds && needs.length > 0 && needs.every((need) => need.learned) ? reading : null;
  const routine = reaches.guesses ? reading : null;
  return { input, unreadable, ambiguous, urgentish, needs, doubt, routine };
}
