/**
 * decide: the deliberate escalation decision for tickets without a hard
 * trigger — management, specialist, scheduled or none. With a model, its
 * recommendation counts in the rules' ambiguous band only (fuse.ts).
 */
import { teamForCategory } from "../../config/routing.js";
import type { AgentDependencies } from "../../graph/dependencies.js";
import { resolveContext } from "../../graph/context.js";
import type { EscalationStateType, EscalationUpdate } from "../../graph/state.js";
import { decideWithLearning } from "../../learning/policy.js";
import { requireState } from "../require-state.js";
import { consultModel } from "./consult.js";
import { fuseDecision } from "./fuse.js";
import type { LangGraphRunnableConfig } from "@langchain/langgraph";

export function makeDecideNode(deps: AgentDependencies) {
  return async function decide(state: EscalationStateType, config: LangGraphRunnableConfig): Promise<EscalationUpdate> {
    const { classification, analysis } = requireState(state, "decide", ["classification", "analysis"]);
    const { thresholds } = resolveContext(config.context);
    const categoryTeam = teamForCategory(deps.routing, classification.category);
    // The segment's learned thresholds (src/learning/policy.ts); `learned.examples`
    // are resolved cases like this one, for a model's prompt.
    const learned = await decideWithLearning(
      config.store,
      {
        classification,
        analysis,
        tier: classification.customerType,
        escalationHistoryCount: state.ticket?.escalationHistory?.length ?? 0,
        categoryTeam,
        thresholds,
      },
      {
        ...(state.ticketId ? { ticketId: state.ticketId } : {}),
        terms: state.findings?.technicalTerms ?? [],
        ...(deps.caseEmbedder ? { embedder: deps.caseEmbedder } : {}),
      },
    );
    const rules = learned.decision;
    const consulted = await consultModel({ deps, config, state, rules, classification, analysis, examples: learned.examples });
    const decision = fuseDecision({
      rules,
      run: state.modelRun,
      recommendation: consulted.recommendation,
      fellBack: consulted.fellBack,
      categoryTeam,
    });
    return {
      decision,
      policyTrace: learned.trace,
      ...(consulted.modelRun ? { modelRun: consulted.modelRun } : {}),
      ...(consulted.errors.length > 0 ? { errors: consulted.errors } : {}),
      ...(consulted.metrics.llmCalls ? { metrics: consulted.metrics } : {}),
    };
  };
}
