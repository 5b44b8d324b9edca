/**
 * How a model failure is reported once the rules engine has answered in its
 * place: one sentence for `errors`, and whether later nodes should stop
 * waiting on that provider for the rest of the run.
 */
import type { ModelFailure } from "./structured-call.js";

export function describeFallback(judgement: string, label: string, failure: ModelFailure): string {
  return `${judgement} by ${label} failed (${failure.kind}): ${failure.message}; the rules engine answered`;
}

/** Timeouts, provider errors and an open breaker say the provider is in trouble; a malformed answer does not. */
export function isProviderFault(failure: ModelFailure): boolean {
  return failure.kind === "timeout" || failure.kind === "provider" || failure.kind === "unavailable";
}
