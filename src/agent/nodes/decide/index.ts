/**
 * decide: the one node that writes `decision`. A hard trigger escalates at
 * once (immediate.ts); every other ticket gets the deliberate decision —
 * management, specialist, scheduled or none — where a model's
 * recommendation counts in the rules' ambiguous band only (fuse.ts).
 */
import { teamForCategory } from "../../../config/routing.js";
import type { AgentDependencies } from "../../dependencies.js";
import { resolveContext } from "../../context.js";
import type { EscalationStateType, EscalationUpdate } from "../../state.js";
import { decideWithLearning } from "../../../learning/policy.js";
import { requireState } from "../require-state.js";
import { consultModel } from "./consult.js";
import { fuseDecision } from "./fuse.js";
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import type { ModelBudget } from "../../model-budget.js";
import type { ModelRun } from "../../../llm/model-run.js";
import { decideImmediately } from "./immediate.js";

export function makeDecideNode(deps: AgentDependencies) {
  return async function decide(state: EscalationStateType, config: LangGraphRunnableConfig, budget: ModelBudget): Promise<EscalationUpdate> {
    const { classification, analysis } = requireState(state, "decide", ["classification", "analysis"]);
    if (analysis.immediateEscalation.required) return { decision: decideImmediately(deps.routing, classification, analysis, state.modelRun) };
    const { thresholds } = resolveContext(config.context, deps.settings.model);
    const categoryTeam = teamForCategory(deps.routing, classification.category);
    // Whether a model, not only the rules' patterns, read the text this run:
    // the rules' "cannot read this language" route then steps aside so the
    // model's reading and recommendation judge the ticket. Keyed on the run's
    // record rather than on context.model because a model object given to the
    // agent reads with context.model left at "rules", and a model that failed
    // read nothing (its fallback leaves the rules to decide alone).
    const textReadByModel = modelReadText(state.modelRun);
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
        textReadByModel,
      },
      {
        ...(state.ticketId ? { ticketId: state.ticketId } : {}),
        terms: state.findings?.technicalTerms ?? [],
        ...(deps.caseEmbedder ? { embedder: deps.caseEmbedder } : {}),
        trusted: deps.settings.learning.trust,
      },
    );
    const rules = learned.decision;
    const consulted = await consultModel({ deps, config, budget, state, rules, classification, analysis, examples: learned.examples });
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
      ...(consulted.errors.length > 0 ? { errors: consulted.errors } : {}),
      ...(consulted.metrics.llmCalls ? { metrics: consulted.metrics } : {}),
    };
  };
}

/** True when a model classified or read the ticket in this run and nothing fell back to the rules. */
export function modelReadText(run: ModelRun | null | undefined): boolean {
  return Boolean(run && !run.fellBack && (run.classified || run.reading !== null));
}
