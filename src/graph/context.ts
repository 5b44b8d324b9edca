/**
 * Per-run configuration: what LangGraph Studio shows as the assistant's
 * configuration and what `invoke(…, { context })` may change per run.
 * Long-lived dependencies (routing, knowledge base, store, delivery
 * channels) are fixed when the agent is created; see dependencies.ts.
 */
import { z } from "zod";
import { PolicyThresholds } from "../rules/thresholds.js";

export const EscalationContext = z.object({
  /** `rules` (offline, the default) or `openai:<model>`; a model object passed to createEscalationAgent wins. */
  model: z.string().default("rules").describe("rules | openai:<model>"),
  /** The decision policy's thresholds (0–100). */
  thresholds: PolicyThresholds.default(() => PolicyThresholds.parse({})),
});
export type EscalationContext = z.infer<typeof EscalationContext>;

export function resolveContext(context: unknown): EscalationContext {
  return EscalationContext.parse(context ?? {});
}
