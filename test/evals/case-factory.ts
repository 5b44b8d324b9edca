/** Hand-made eval cases for scorer tests: a labelled case and what the agent said. */
import type { CaseResult, LabelledCase, Prediction } from "../../evals/case-result.js";
import { Labels } from "../../evals/dataset-schema.js";

type LabelInput = Partial<Omit<Labels, "decision" | "team">> & {
  decision?: Labels["decision"] | Labels["decision"][number];
  team?: Labels["team"] | Labels["team"][number];
};

export function labels(input: LabelInput = {}): Labels {
  return Labels.parse({
    category: "billing",
    priority: "medium",
    decision: "no_escalation",
    team: "finance",
    must_escalate: false,
    language: "en",
    ...input,
  });
}

export function predicted(input: Partial<Prediction> = {}): Prediction {
  return { category: "billing", priority: "medium", decision: "no_escalation", team: "finance", language: "en", ...input };
}

export function labelledCase(id: string, label: LabelInput, prediction: Partial<Prediction> | null, extra: Partial<CaseResult> = {}): LabelledCase {
  return {
    id,
    itemId: id.split("#")[0] ?? id,
    turn: 0,
    labels: labels(label),
    tier: "paid",
    tags: [],
    subject: `subject of ${id}`,
    predicted: prediction === null ? null : predicted(prediction),
    forwarded: false,
    reply: { message: "Hello,\n\nThanks for getting in touch.", type: "solution", language: "en" },
    usage: { llmCalls: 0, promptTokens: 0, completionTokens: 0, fallbacks: 0 },
    latencyMs: 10,
    ...extra,
  } as LabelledCase;
}
