/**
 * The rules engine's escalation decision. Immediate escalations are decided
 * from the hard triggers alone (see immediate.ts); everything else goes
 * through a short, ordered policy a support lead can read top to bottom,
 * each step in its own module under decision-policy/: a settled thread →
 * the bot; relationship risk → management or the owning team; a troubled
 * thread → a person; expertise, a security concern, or a reported defect
 * with impact or reproducible detail → specialist; residual risk →
 * scheduled; a language the rules cannot read → scheduled; a request only a
 * person can carry out → scheduled; a key account's high-priority problem →
 * scheduled; the ticket reader's reading → scheduled; otherwise the bot
 * handles it. Where the ticket reader reads the whole conversation as
 * routine, three guesses stand down: a need only the concept reader found,
 * a calm customer's relationship signal, a key account's problem.
 */
import { isSupportedLanguage } from "../domain/taxonomy.js";
import { policyContext, type PolicyBranch } from "./decision-policy/context.js";
import { botKeepsIt, keyAccountProblem, ticketReaderNeed } from "./decision-policy/last-look.js";
import { personMustAct, residualRisk, unreadableLanguage } from "./decision-policy/person-needed.js";
import { relationshipRisk, settledThread, troubledThread } from "./decision-policy/relationship.js";
import { expertiseNeeded, reportedDefect, securityConcern } from "./decision-policy/specialist.js";
import type { DecisionInput, RulesDecision } from "./rules-decision.js";

export { RELATIONSHIP_SIGNALS } from "./decision-policy/relationship.js";

/** The policy, in order: the first step that decides, decides. */
const POLICY: readonly PolicyBranch[] = [
  settledThread,
  relationshipRisk,
  troubledThread,
  expertiseNeeded,
  securityConcern,
  reportedDefect,
  residualRisk,
  unreadableLanguage,
  personMustAct,
  keyAccountProblem,
  ticketReaderNeed,
];

export function deliberate(input: DecisionInput): RulesDecision {
  const context = policyContext(input);
  let decided: RulesDecision | null = null;
  for (const step of POLICY) {
    decided = step(context);
    if (decided) break;
  }
  decided ??= botKeepsIt(context);
  return isSupportedLanguage(input.classification.language) ? decided : { ...decided, reading: "unknown" };
}
