/**
 * Per-run configuration: what LangGraph Studio shows as the assistant's
 * configuration and what `invoke(…, { context })` may change per run.
 * Long-lived dependencies (routing, knowledge base, store, delivery
 * channels) are fixed when the agent is created; see dependencies.ts.
 */
import { z } from "zod";
import { isModelSpec } from "../llm/model-spec.js";
import { ModelPolicy, StructuredOutputMethod } from "../llm/policy.js";
import { PolicyThresholds } from "../rules/thresholds.js";
import type { ModelSettings } from "../settings/index.js";

export const EscalationContext = z.object({
  /** `rules` (offline, the default) or `openai:<model>`; a model object passed to createEscalationAgent wins. */
  model: z.string().trim().refine(isModelSpec, { message: "must be 'rules' or 'openai:<model>'" }).default("rules").describe("rules | openai:<model>"),
  /** Timeout, retries and structured-output method of model calls (src/llm/policy.ts). */
  modelPolicy: ModelPolicy.default(() => ModelPolicy.parse({})),
  /** The decision policy's thresholds (0–100). */
  thresholds: PolicyThresholds.default(() => PolicyThresholds.parse({})),
});
export type EscalationContext = z.infer<typeof EscalationContext>;

/** The model settings a context's policy defaults to: the timeout and method the agent was configured with. */
export type ContextDefaults = Pick<ModelSettings, "timeoutMs" | "structuredOutput">;

/**
 * The context schema whose model policy defaults to the agent's settings
 * rather than to the built-in values, made once per settings object.
 */
const schemas = new WeakMap<ContextDefaults, typeof EscalationContext>();

function schemaFor(defaults: ContextDefaults | undefined): typeof EscalationContext {
  if (!defaults) return EscalationContext;
  let schema = schemas.get(defaults);
  if (!schema) {
    const policy = ModelPolicy.extend({
      timeoutMs: z.number().int().positive().default(defaults.timeoutMs),
      structuredOutput: StructuredOutputMethod.default(defaults.structuredOutput),
    });
    schema = EscalationContext.extend({ modelPolicy: policy.default(() => policy.parse({})) });
    schemas.set(defaults, schema);
  }
  return schema;
}

/**
 * Parsed once per context object (and settings): every node asks for it,
 * several times per run, and a zod parse of the policy costs a little each
 * time — after the model's answer, on the way to the reply, where it adds to
 * the ticket's wait. Callers read the result and never change it.
 */
const resolved = new WeakMap<typeof EscalationContext, WeakMap<object, EscalationContext>>();
const bare = new WeakMap<typeof EscalationContext, EscalationContext>();

/** The run's context with every default filled in; `defaults`: the agent's model settings (built-in values when absent). */
export function resolveContext(context: unknown, defaults?: ContextDefaults): EscalationContext {
  const schema = schemaFor(defaults);
  if (context === undefined || context === null) {
    let parsed = bare.get(schema);
    if (!parsed) bare.set(schema, (parsed = schema.parse({})));
    return parsed;
  }
  if (typeof context !== "object") return schema.parse(context);
  let known = resolved.get(schema);
  if (!known) resolved.set(schema, (known = new WeakMap()));
  const cached = known.get(context);
  if (cached) return cached;
  const parsed = schema.parse(context);
  known.set(context, parsed);
  return parsed;
}
