/**
 * classify: takes in the run's input (ticket or follow-up) and says what the
 * ticket is about — category, priority, complexity, signals, entities,
 * language.
 */
import type { AgentDependencies } from "../../graph/dependencies.js";
import type { EscalationStateType, EscalationUpdate } from "../../graph/state.js";
import { intake } from "./intake.js";
import { classifyWithRules } from "./rules.js";

export function makeClassifyNode(deps: AgentDependencies) {
  return async function classify(state: EscalationStateType): Promise<EscalationUpdate> {
    const { ticketId, newTurns, customerTurns } = intake(state, deps.now());
    const { classification, findings } = classifyWithRules(state.ticket ?? {}, customerTurns, deps.taxonomy);
    return {
      ticketId,
      conversation: newTurns,
      message: null,
      classification,
      findings,
    };
  };
}
