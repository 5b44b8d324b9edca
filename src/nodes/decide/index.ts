/**
 * decide: the deliberate escalation decision for tickets without a hard
 * trigger — management, specialist, scheduled or none.
 */
import { teamForCategory } from "../../config/routing.js";
import type { AgentDependencies } from "../../graph/dependencies.js";
import { resolveContext } from "../../graph/context.js";
import type { EscalationStateType, EscalationUpdate } from "../../graph/state.js";
import { deliberate } from "../../rules/decision.js";
import { requireState } from "../require-state.js";
import type { LangGraphRunnableConfig } from "@langchain/langgraph";

export function makeDecideNode(deps: AgentDependencies) {
  return async function decide(state: EscalationStateType, config: LangGraphRunnableConfig): Promise<EscalationUpdate> {
    const { classification, analysis } = requireState(state, "decide", ["classification", "analysis"]);
    const { thresholds } = resolveContext(config.context);
    const { ambiguous: _ambiguous, ...decision } = deliberate({
      classification,
      analysis,
      tier: classification.customerType,
      escalationHistoryCount: state.ticket?.escalationHistory?.length ?? 0,
      categoryTeam: teamForCategory(deps.routing, classification.category),
      thresholds,
    });
    return { decision };
  };
}
