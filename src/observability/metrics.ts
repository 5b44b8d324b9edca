/**
 * The agent's metrics, as events: the rest of the code calls these functions
 * where things happen (a node ran, a model answered, a notification went
 * out) and never sees prom-client. Until a long-running process calls
 * enableMetrics() every call is a no-op costing one null check, so the CLI's
 * one-shot commands and the tests that do not scrape pay nothing.
 *
 * Values computed at scrape time (queue depth, journal backlog, threads past
 * their promise, surveys) come from sources a process registers with
 * watch(); each returns a function that unregisters it.
 */
import type { Gauge } from "prom-client";
import type { Instruments } from "./registry.js";

let instruments: Instruments | null = null;
let loading: Promise<Instruments> | null = null;

/** Label values by label name; values are bounded sets (see registry.ts). */
export type Labels = Record<string, string>;

export interface ScrapeSources {
  /** Intake journal entries not yet done. */
  journalBacklog?: () => Promise<number>;
  /** Queue jobs by state (waiting, active, delayed, failed). */
  queueJobs?: () => Promise<Record<string, number>>;
  deadLetters?: () => Promise<number>;
  /** Handed-off tickets past their promised pick-up time and unclaimed, by team. */
  unclaimed?: () => Promise<Record<string, number>>;
  /** Surveys by status. */
  surveys?: () => Promise<Record<string, number>>;
  satisfactionScores?: () => Promise<number[]>;
}

const sources = new Set<ScrapeSources>();

/** Switches metrics on in this process (idempotent); loads prom-client and the default process metrics. */
export async function enableMetrics(): Promise<void> {
  loading ??= import("./registry.js").then(({ createInstruments }) => {
    instruments = createInstruments({
      journalBacklog: (gauge, label) => readTotals(gauge, label, (s) => s.journalBacklog && s.journalBacklog().then((n) => ({ "": n }))),
      queueJobs: (gauge, label) => readTotals(gauge, label, (s) => s.queueJobs?.()),
      deadLetters: (gauge, label) => readTotals(gauge, label, (s) => s.deadLetters && s.deadLetters().then((n) => ({ "": n }))),
      unclaimed: (gauge, label) => readTotals(gauge, label, (s) => s.unclaimed?.()),
      surveys: (gauge, label) => readTotals(gauge, label, (s) => s.surveys?.()),
      satisfactionScores: async () => (await Promise.all([...sources].map((s) => settle(s.satisfactionScores?.())))).flatMap((scores) => scores ?? []),
    });
    return instruments;
  });
  await loading;
}

export function metricsEnabled(): boolean {
  return instruments !== null;
}

/** The exposition (Prometheus text format) and its content type. */
export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  await enableMetrics();
  const registry = (instruments as Instruments).registry;
  return { contentType: registry.contentType, body: await registry.metrics() };
}

/** Registers values read at scrape time; the returned function unregisters them. */
export function watch(source: ScrapeSources): () => void {
  sources.add(source);
  return () => void sources.delete(source);
}

/** Runs `record` with the instruments when metrics are on. */
export function record(record: (m: Instruments) => void): void {
  if (instruments) record(instruments);
}

/** For the model circuit breaker (the model path's issue): call on every state change. */
export function setModelBreakerState(model: string, state: "closed" | "open" | "half_open"): void {
  record((m) => {
    for (const each of ["closed", "open", "half_open"]) m.modelBreaker.set({ model, state: each }, each === state ? 1 : 0);
  });
}

/** A source that fails (Redis or the database away) leaves its part out of the scrape rather than failing it. */
async function settle<T>(value: Promise<T> | undefined): Promise<T | undefined> {
  try {
    return await value;
  } catch {
    return undefined;
  }
}

/** Sums every source's values by label value ("" for an unlabelled gauge) into the gauge. */
async function readTotals(
  gauge: Gauge<string>,
  labelName: string | undefined,
  read: (source: ScrapeSources) => Promise<Record<string, number>> | undefined,
): Promise<void> {
  const parts = await Promise.all([...sources].map((source) => settle(read(source))));
  gauge.reset();
  const totals = new Map<string, number>();
  for (const part of parts) for (const [key, value] of Object.entries(part ?? {})) totals.set(key, (totals.get(key) ?? 0) + value);
  for (const [key, value] of totals) {
    if (labelName === undefined) gauge.set(value);
    else gauge.set({ [labelName]: key }, value);
  }
}

/** A satisfaction survey this process tried to send, by what its channel said. */
export function surveySent(delivery: string): void {
  record((m) => m.surveysSent.inc({ delivery }));
}

/** A queued request given up on (moved to the dead letters). */
export function requestDeadLettered(): void {
  record((m) => m.deadLettered.inc());
}
