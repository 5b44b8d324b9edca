/**
 * classify: what the ticket is about — category, priority, complexity,
 * signals, entities, language. It fuses the two readings read made: the
 * rules' classification (`findings.classification`) and, with a model, the
 * model's (`modelRun.judged`) — the rules are the floor, a model may add and
 * raise (fuse.ts). It sends nothing and scans nothing.
 */
import type { AgentError, Classification } from "../../../domain/triage.js";
import type { AgentDependencies } from "../../dependencies.js";
import type { EscalationStateType, EscalationUpdate } from "../../state.js";
import { emptyModelRun, type ModelRun } from "../../../llm/model-run.js";
import { redactSecrets } from "../../../llm/redact.js";
import { requireState } from "../require-state.js";
import { fuseClassification } from "./fuse.js";

export function makeClassifyNode(deps: AgentDependencies) {
  return async function classify(state: EscalationStateType): Promise<EscalationUpdate> {
    const { findings } = requireState(state, "classify", ["findings"]);
    const rules = findings.classification;
    const run = state.modelRun;
    if (!run?.judged) return { classification: rules };
    try {
      return fusedWithModel(rules, run, run.judged);
    } catch (error) {
      // A bug in fusion must not cost the customer their answer: the rules stand.
      const message = redactSecrets(error instanceof Error ? error.message : String(error), deps.settings.secrets);
      const failed: AgentError = {
        node: "classify",
        message: `model classification failed: ${message}; the rules engine answered`,
        at: deps.now().toISOString(),
      };
      return {
        classification: rules,
        // Nothing of the answer is used; replyDraft null: the round trip was made, so respond does not ask again.
        modelRun: { ...emptyModelRun(), fellBack: true, replyDraft: null },
        metrics: { fallbacks: 1 },
        errors: [failed],
      };
    }
  };
}

function fusedWithModel(rules: Classification, run: ModelRun, judged: NonNullable<ModelRun["judged"]>): EscalationUpdate {
  const fusion = fuseClassification(rules, judged, run.shown ?? "");
  return {
    classification: fusion.classification,
    modelRun: {
      ...run,
      classified: true,
      modelSignals: fusion.modelSignals,
      addedSignals: fusion.addedSignals,
      contributions: fusion.contributions,
      question: fusion.question,
    },
  };
}
