/**
 * Per-run configuration: what LangGraph Studio shows as the assistant's
 * configuration and what `invoke(…, { context })` may change per run.
 * Long-lived dependencies (routing, knowledge base, store, delivery
 * channels) are fixed when the agent is created; see dependencies.ts.
 */
import { z } from "zod";
import { isModelSpec } from "../llm/model-spec.js";
import { ModelPolicy } from "../llm/policy.js";
import { PolicyThresholds } from "../rules/thresholds.js";

export const EscalationContext = z.object({
  /** `rules` (offline, the default) or `openai:<model>`; a model object passed to createEscalationAgent wins. */
  model: z.string().trim().refine(isModelSpec, { message: "must be 'rules' or 'openai:<model>'" }).default("rules").describe("rules | openai:<model>"),
  /** Timeout, retries and structured-output method of model calls (src/llm/policy.ts). */
  modelPolicy: ModelPolicy.default(() => ModelPolicy.parse({})),
  /** The decision policy's thresholds (0–100). */
  thresholds: PolicyThresholds.default(() => PolicyThresholds.parse({})),
});
export type EscalationContext = z.infer<typeof EscalationContext>;

export function resolveContext(context: unknown): EscalationContext {
  return EscalationContext.parse(context ?? {});
}
