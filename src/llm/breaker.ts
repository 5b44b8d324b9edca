/**
 * A circuit breaker per model endpoint, shared by every ticket of the
 * process (CLI batch, worker, server): what one ticket learned about a dead
 * provider spares the next ones its timeouts.
 *
 * - closed: calls go through; `breakerFailures` provider failures or
 *   timeouts in a row open it (an answer, even a malformed one, resets the count)
 * - open: calls are skipped at once and the rules decide, for a cool-down
 *   that doubles each time a probe fails (up to MAX_COOLDOWN_MS), so a
 *   provider that stays dead costs a few timeouts per batch, not one per ticket
 * - half-open: after the cool-down one call is let through as a probe
 *   (the others still skip); its success closes the breaker, its failure opens it again
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";

export type BreakerState = "closed" | "open" | "half_open";

/** The two settings of the model policy (src/llm/policy.ts) the breaker reads. */
export interface BreakerPolicy {
  /** Consecutive provider failures or timeouts that open the breaker. */
  breakerFailures: number;
  /** How long it stays open before a probe, the first time. */
  breakerCooldownMs: number;
}

/** Ten minutes: a provider down that long is probed six times an hour at most. */
export const MAX_COOLDOWN_MS = 10 * 60_000;

export interface BreakerSnapshot {
  endpoint: string;
  state: BreakerState;
  consecutiveFailures: number;
  /** When the next probe may go (open only), ISO time. */
  retryAt: string | null;
  /** The last failure, redacted (as `errors` say it). */
  lastFailure: string | null;
}

export type BreakerListener = (snapshot: BreakerSnapshot, previous: BreakerState) => void;

/** What `admit` says about one call: go (as a probe or not), or skip with the reason. */
export type Admission = { go: true; probe: boolean } | { go: false; reason: string };

export class CircuitBreaker {
  private state: BreakerState = "closed";
  private failures = 0;
  private openings = 0;
  private openUntil = 0;
  private probing = false;
  private lastFailure: string | null = null;

  constructor(
    readonly endpoint: string,
    private readonly notify: BreakerListener,
    private readonly clock: () => number = Date.now,
  ) {}

  admit(): Admission {
    if (this.state === "closed") return { go: true, probe: false };
    if (this.state === "open" && this.clock() >= this.openUntil) this.move("half_open");
    if (this.state === "half_open" && !this.probing) {
      this.probing = true;
      return { go: true, probe: true };
    }
    const why = `${this.failures} provider failure(s) in a row${this.lastFailure ? `, the last: ${this.lastFailure}` : ""}`;
    const when = this.state === "open" ? `; next try after ${new Date(this.openUntil).toISOString()}` : "; a probe is under way";
    return { go: false, reason: `circuit open for ${this.endpoint} (${why}${when})` };
  }

  /** The provider answered (a malformed answer included: it is alive). */
  succeeded(): void {
    this.probing = false;
    this.failures = 0;
    this.openings = 0;
    this.lastFailure = null;
    if (this.state !== "closed") this.move("closed");
  }

  /** A provider failure or a timeout. */
  failed(settings: BreakerPolicy, description: string): void {
    this.failures++;
    this.lastFailure = description;
    const probeFailed = this.probing || this.state === "half_open";
    this.probing = false;
    if (probeFailed || (this.state === "closed" && this.failures >= settings.breakerFailures)) {
      this.openings++;
      const cooldown = Math.min(MAX_COOLDOWN_MS, settings.breakerCooldownMs * 2 ** (this.openings - 1));
      this.openUntil = this.clock() + cooldown;
      this.move("open");
    }
  }

  /** A call let through that ended neither way (cancelled): a probe's slot is freed. */
  released(): void {
    this.probing = false;
  }

  snapshot(): BreakerSnapshot {
    return {
      endpoint: this.endpoint,
      state: this.state,
      consecutiveFailures: this.failures,
      retryAt: this.state === "open" ? new Date(this.openUntil).toISOString() : null,
      lastFailure: this.lastFailure,
    };
  }

  private move(to: BreakerState): void {
    const from = this.state;
    if (from === to) return;
    this.state = to;
    this.notify(this.snapshot(), from);
  }
}

const breakers = new Map<string, CircuitBreaker>();
const listeners = new Set<BreakerListener>();

/** Called on every state change of any breaker of the process (the worker and the server log them). */
export function onBreakerChange(listener: BreakerListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Every breaker of the process, e.g. for /readyz. */
export function breakerSnapshots(): BreakerSnapshot[] {
  return [...breakers.values()].map((b) => b.snapshot());
}

/** The process's breaker for the endpoint `model` talks to. */
export function breakerFor(model: BaseChatModel, label: string): CircuitBreaker {
  const endpoint = endpointOf(model, label);
  let breaker = breakers.get(endpoint);
  if (!breaker) {
    breaker = new CircuitBreaker(endpoint, (snapshot, previous) => {
      for (const listener of listeners) listener(snapshot, previous);
    });
    breakers.set(endpoint, breaker);
  }
  return breaker;
}

/**
 * `label @ origin`: the model as errors name it, at the server it is asked
 * on (OpenAI-compatible clients keep it in clientConfig.baseURL). Only the
 * origin and path are kept: credentials in a URL never reach a log.
 */
export function endpointOf(model: BaseChatModel, label: string): string {
  const baseURL = (model as { clientConfig?: { baseURL?: unknown } }).clientConfig?.baseURL;
  if (typeof baseURL !== "string" || !baseURL) return label;
  try {
    const url = new URL(baseURL);
    return `${label} @ ${url.origin}${url.pathname.replace(/\/$/, "")}`;
  } catch {
    return label;
  }
}
