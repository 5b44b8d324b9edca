/**
 * How the agent talks to a chat model: how long one call may take, how often
 * a provider fault is retried, and which structured-output method is used.
 * Part of the graph's context, so a run (or Studio) can change it; the
 * defaults of a run that sets none are the agent's settings
 * (ESCALATION_MODEL_TIMEOUT_MS, ESCALATION_MODEL_METHOD: src/settings,
 * applied by resolveContext in src/agent/context.ts).
 */
import { z } from "zod";

export const STRUCTURED_OUTPUT_METHODS = ["jsonSchema", "functionCalling"] as const;
export const StructuredOutputMethod = z.enum(STRUCTURED_OUTPUT_METHODS);
export type StructuredOutputMethod = z.infer<typeof StructuredOutputMethod>;

/** 30 s: a structured triage answer takes a few seconds; far longer means the provider is stuck. */
export const DEFAULT_TIMEOUT_MS = 30_000;
export const TIMEOUT_ENV = "ESCALATION_MODEL_TIMEOUT_MS";
export const METHOD_ENV = "ESCALATION_MODEL_METHOD";

export const ModelPolicy = z.object({
  /** Per request. A request past it is abandoned, not retried: a stuck provider rarely recovers within a ticket's budget. */
  timeoutMs: z.number().int().positive().default(DEFAULT_TIMEOUT_MS),
  /**
   * Retries after a 429, a 5xx or a dropped connection. A timeout is not
   * retried, but a fault that arrives just before it is: one judgement may
   * take (retries + 1) × timeoutMs + retries × maxRetryDelayMs in the worst
   * case, 110 s at the defaults. The circuit breaker keeps that from
   * repeating on ticket after ticket.
   */
  retries: z.number().int().min(0).max(5).default(2),
  /** First backoff; doubles per retry, with up to 100% random jitter so parallel workers spread out. */
  retryBaseMs: z.number().int().min(0).default(500),
  /**
   * The longest wait before a retry. A Retry-After asking for more is not
   * honoured by waiting: the rules engine answers at once instead.
   */
  maxRetryDelayMs: z.number().int().min(0).default(10_000),
  /**
   * Provider failures or timeouts in a row, over all tickets of the process,
   * after which the endpoint's breaker opens and tickets decide by the rules
   * at once (src/llm/breaker.ts). Three: a batch against a dead provider pays
   * three timeouts, not one per ticket.
   */
  breakerFailures: z.number().int().min(1).default(3),
  /** How long an open breaker skips the endpoint before one probe; doubles after each failed probe, up to 10 minutes. */
  breakerCooldownMs: z.number().int().min(0).default(60_000),
  /** `jsonSchema` (response_format json_schema) or `functionCalling` (a forced tool call). */
  structuredOutput: StructuredOutputMethod.default("jsonSchema"),
});
export type ModelPolicy = z.infer<typeof ModelPolicy>;
