/**
 * The one place that turns the shared agent options (agent-options.ts) into
 * an agent and a thread client. Commands import it inside their action, so
 * the graph, its rules and the database drivers load only for a command
 * that runs, never for --help or a command's definition.
 */
import type { BaseCheckpointSaver, BaseStore } from "@langchain/langgraph";
import type { DeliveryLedger } from "../delivery/ledger.js";
import { watchOverdue, type OverdueOutcome } from "../worker/overdue.js";
import { runDueFollowUps, type FollowUpOutcome } from "../worker/send-surveys.js";
import { createDependencies, createEscalationAgent } from "../agent/graph.js";
import { ThreadClient } from "../runtime/thread-client.js";
import { embedderFromSpec } from "../learning/embeddings.js";
import { closeCheckpointer, openCheckpointer, openStore, resolveDbLocation } from "../persistence/open.js";
import { resolveModel } from "./model-option.js";
import { ledgerFor, openDeliveryLedger } from "../delivery/create.js";
import type { HandoffChannels } from "../delivery/types.js";
import { isPostgresUrl } from "../persistence/postgres-location.js";
import { openThreadStorage } from "../retention/open-storage.js";
import { pruneThreads, type PruneOptions, type PruneReport } from "../retention/prune.js";
import type { ThreadStorage } from "../retention/thread-storage.js";
import type { AgentCliOptions } from "./agent-options.js";

export function openThreadClient(options: AgentCliOptions): ThreadClient {
  return openAgent(options).client;
}

export interface OpenAgent {
  client: ThreadClient;
  /** Where the threads are (a file, :memory: or a PostgreSQL URL — never print it unredacted). */
  db: string;
  /** Outcome memory (verdicts, follow-ups), beside the threads. */
  store: BaseStore;
  /** Where the threads' checkpoints are, and the delivery ledger beside them (retention works on both). */
  checkpointer: BaseCheckpointSaver;
  ledger: DeliveryLedger;
  /** Sends due follow-up surveys through the agent's channels and delivery ledger (see runDueFollowUps). */
  runFollowUps(now: Date): Promise<FollowUpOutcome[]>;
  /** Escalations unclaimed past their promised pick-up time: re-notifies the team, then senior_support (see watchOverdue). */
  watchOverdue(now: Date): Promise<OverdueOutcome[]>;
  /** Prunes finished threads' history (src/retention/prune.ts); the storage is opened on first use. */
  prune(options: PruneOptions): Promise<PruneReport>;
  /** The retention view of the threads' database (opened once, closed with the agent). */
  threadStorage(): Promise<ThreadStorage>;
  /** Releases the database connections; for long-running commands (worker) that shut down gracefully. */
  close(): Promise<void>;
}

export function openAgent(options: AgentCliOptions): OpenAgent {
  const { settings } = options;
  const model = resolveModel(options.model, settings.model);
  const db = resolveDbLocation(options.db, settings.storage);
  const routing = options.config ?? settings.storage.routing;
  const checkpointer = openCheckpointer(db);
  // Handoff deliveries are recorded beside the threads (in a SQLite checkpointer's own file). One ledger
  // for the agent and its client, so what the client reads is what the agent (and `notifications retry`) wrote.
  const ownLedger = isPostgresUrl(db) ? openDeliveryLedger(db) : undefined;
  const ledger = ownLedger ?? ledgerFor(checkpointer);
  // Verdicts and learning live beside the threads, so they survive the process.
  const embeddings = embedderFromSpec(settings.model.embeddings, settings.model);
  const store = openStore(db);
  const agent = createEscalationAgent({
    checkpointer,
    store,
    ledger,
    settings,
    ...(routing ? { routing } : {}),
    ...(embeddings ? { embeddings } : {}),
  });
  let surveyChannels: HandoffChannels | undefined;
  let storage: Promise<ThreadStorage> | undefined;
  const threadStorage = () => (storage ??= openThreadStorage(checkpointer, db));
  // The run context carries the model and its policy's defaults from the settings to every node.
  const client = new ThreadClient(
    agent,
    db,
    { model, modelPolicy: { timeoutMs: settings.model.timeoutMs, structuredOutput: settings.model.structuredOutput } },
    ledger,
  );
  return {
    client,
    db,
    store,
    checkpointer,
    ledger,
    runFollowUps(now) {
      // The same ledger as the handoffs, so a survey sent by any process is not sent again.
      surveyChannels ??= createDependencies({ settings, ...(routing ? { routing } : {}) }, ledger).channels;
      return runDueFollowUps(store, surveyChannels, { now, dbLocation: db });
    },
    watchOverdue(now) {
      const deps = createDependencies({ settings, ...(routing ? { routing } : {}) }, ledger);
      surveyChannels ??= deps.channels;
      return watchOverdue(this.client, surveyChannels, deps.routing, now);
    },
    threadStorage,
    async prune(options) {
      return pruneThreads(client, await threadStorage(), options);
    },
    async close() {
      await (await storage?.catch(() => undefined))?.close();
      await store.stop();
      await closeCheckpointer(checkpointer);
      // A SQLite ledger shares the checkpointer's handle, closed above.
      await ownLedger?.close?.();
    },
  };
}
