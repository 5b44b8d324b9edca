/**
 * Every Prometheus metric the agent exports, defined in one place with its
 * help text, labels and buckets. The only module that imports prom-client:
 * metrics.ts loads it when a long-running process (serve, worker) switches
 * metrics on, so one-shot commands never pay for it.
 *
 * Labels are bounded sets (decision types, teams, nodes, channels, model
 * names, statuses); no ticket id, address or customer text ever becomes a
 * label value.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/** Node runs: rules-only nodes take milliseconds, nodes waiting on a model or a channel take seconds. */
const NODE_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const MODEL_BUCKETS = [0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60];
const DELIVERY_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Edges at the promised pick-up times (15 min, 1 h, 4 h, 1 business day), so "within the promise" is one bucket. */
const HUMAN_BUCKETS = [5 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, 24 * HOUR, 48 * HOUR, 7 * 24 * HOUR];
const SATISFACTION_BUCKETS = [1, 2, 3, 4, 5];

/** A gauge whose value is read when Prometheus scrapes (queue depth, backlog, threads). */
export type GaugeReader = (gauge: Gauge<string>, labelName: string | undefined) => Promise<void>;

export type InstrumentReaders = { [K in ScrapedGauge]: GaugeReader } & { satisfactionScores: () => Promise<number[]> };

export function createInstruments(readers: InstrumentReaders) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  // One shape per kind of metric: what differs between two of them is their name, help, labels and buckets.
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) => new Counter<L>({ name, help, labelNames, registers });
  const histogram = <L extends string>(name: string, help: string, labelNames: readonly L[], buckets: number[]) =>
    new Histogram<L>({ name, help, labelNames, buckets, registers });
  const scraped = (name: string, help: string, labelNames: string[], read: GaugeReader) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers,
      async collect() {
        await read(this, labelNames[0]);
      },
    });

  return {
    registry,
    ticketsTriaged: counter(
      "escalation_tickets_triaged_total",
      "Triage decisions made: one per new ticket and one per customer follow-up the bot answers. decision is the decision type, team the target team, source who decided (rules, llm, hybrid, fallback), language the customer's language (en, de, es, fr or other).",
      ["decision", "team", "source", "language"],
    ),
    hardTriggers: counter(
      "escalation_hard_triggers_total",
      "Hard escalation triggers that sent a ticket straight to a human, by signal (a ticket with two triggers counts under both).",
      ["signal"],
    ),
    modelRequests: counter(
      "escalation_model_requests_total",
      "Requests sent to a chat model (retries and repair requests included), by node, model and outcome (ok, error, timeout).",
      ["node", "model", "outcome"],
    ),
    modelRetries: counter(
      "escalation_model_retries_total",
      "Model requests that were retries of a failed request (rate limits, 5xx, dropped connections), by node and model.",
      ["node", "model"],
    ),
    modelTimeouts: counter("escalation_model_timeouts_total", "Model requests given up after the per-request timeout, by node and model.", ["node", "model"]),
    modelFallbacks: counter(
      "escalation_model_fallbacks_total",
      "Model judgements that failed so the rules engine (or the template reply) answered instead, by node, model and reason (timeout, provider, malformed).",
      ["node", "model", "reason"],
    ),
    modelTokens: counter("escalation_model_tokens_total", "Tokens the model provider reported, by node, model and kind (prompt, completion).", [
      "node",
      "model",
      "kind",
    ]),
    modelLatency: histogram(
      "escalation_model_request_duration_seconds",
      "Time from sending one model request to its answer or failure, by node and model.",
      ["node", "model"],
      MODEL_BUCKETS,
    ),
    modelBreaker: new Gauge({
      name: "escalation_model_breaker_state",
      help: "The model circuit breaker's state by model: 1 on the current state (closed, open, half_open), 0 on the others.",
      labelNames: ["model", "state"],
      registers,
    }),
    deliveries: counter(
      "escalation_deliveries_total",
      "Notification deliveries finished, by channel as threads show it (email, slack, ticketing, customer_email, forward_slack, forward_email, fallback_slack, fallback_email) and status (sent, outbox, partial, failed, pending).",
      ["channel", "status"],
    ),
    deliveryRetries: counter(
      "escalation_delivery_retries_total",
      "Delivery attempts beyond the first within one delivery (the channel refused or did not answer and was tried again), by channel.",
      ["channel"],
    ),
    deliveryLatency: histogram(
      "escalation_delivery_duration_seconds",
      "Time to deliver one notification, retries and backoff included, by channel.",
      ["channel"],
      DELIVERY_BUCKETS,
    ),
    fallbackAlerts: counter(
      "escalation_handoff_fallback_alerts_total",
      "Emergency alerts sent to the escalation channel because a team's channels failed a handoff, by channel (fallback_slack, fallback_email) and status.",
      ["channel", "status"],
    ),
    nodeDuration: histogram("escalation_node_duration_seconds", "Wall time of one run of a graph node, by node.", ["node"], NODE_BUCKETS),
    deadLettered: counter("escalation_queue_dead_lettered_total", "Queued requests this worker gave up on and moved to the dead letters."),
    timeToClaim: histogram(
      "escalation_time_to_claim_seconds",
      "Time from a handoff to the first claim (or reply) by a person, by team and urgency; the promise is 15 min (immediate), 1 h (urgent), 4 h (standard), 1 day (scheduled).",
      ["team", "urgency"],
      HUMAN_BUCKETS,
    ),
    timeToResolution: histogram(
      "escalation_time_to_resolution_seconds",
      "Time from a handoff to its resolution by a person, by team and urgency.",
      ["team", "urgency"],
      HUMAN_BUCKETS,
    ),
    surveysSent: counter(
      "escalation_followup_surveys_sent_total",
      "Satisfaction surveys this process tried to send, by delivery status (sent, outbox, partial, failed, pending).",
      ["delivery"],
    ),
    journalBacklog: scraped(
      "escalation_intake_journal_backlog",
      "Intake journal entries accepted and not yet done (tickets, messages and Slack clicks waiting to be triaged or queued).",
      [],
      readers.journalBacklog,
    ),
    queueJobs: scraped("escalation_queue_jobs", "Doorbell jobs on the worker queue by state (waiting, active, delayed, failed).", ["state"], readers.queueJobs),
    deadLetters: scraped("escalation_queue_dead_letters", "Requests in the dead letters now (given up on after repeated failures).", [], readers.deadLetters),
    unclaimed: scraped(
      "escalation_unclaimed_past_promise",
      "Handed-off tickets nobody has claimed although their promised pick-up time has passed, by team (read from the threads, refreshed at most every METRICS_SCAN_INTERVAL_MS).",
      ["team"],
      readers.unclaimed,
    ),
    surveys: scraped(
      "escalation_followup_surveys",
      "Satisfaction surveys in the outcome store by status (scheduled, sent, failed, answered).",
      ["status"],
      readers.surveys,
    ),
    satisfaction: new Histogram({
      name: "escalation_customer_satisfaction",
      help: "Customer satisfaction scores (1-5) recorded in the outcome store, from survey answers and from resolving agents; rebuilt from the store on each scrape.",
      buckets: SATISFACTION_BUCKETS,
      registers,
      async collect() {
        const scores = await readers.satisfactionScores();
        this.reset();
        for (const score of scores) this.observe(score);
      },
    }),
  };
}

export type ScrapedGauge = "journalBacklog" | "queueJobs" | "deadLetters" | "unclaimed" | "surveys";
export type Instruments = ReturnType<typeof createInstruments>;
