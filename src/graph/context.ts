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

/**
 * Parsed once per context object: every node asks for it, several times per
 * run, and a zod parse of the policy costs a little each time — after the
 * model's answer, on the way to the reply, where it adds to the ticket's wait.
 * Callers read the result and never change it.
 */
const resolved = new WeakMap<object, EscalationContext>();
let defaults: EscalationContext | undefined;

export function resolveContext(context: unknown): EscalationContext {
  if (context === undefined || context === null) return (defaults ??= EscalationContext.parse({}));
  if (typeof context !== "object") return EscalationContext.parse(context);
  const known = resolved.get(context);
  if (known) return known;
  const parsed = EscalationContext.parse(context);
  resolved.set(context, parsed);
  return parsed;
}
