/**
 * What `followups run|answer|overdue|list` (followups-command.ts) do once
 * they run; imported by their actions, so the surveys, the channels and the
 * agent load only for them.
 */
import { answerSurvey, NoSurveyError } from "../followups/answer.js";
import { readFollowUps } from "../followups/follow-up.js";
import { runDueFollowUps } from "../worker/send-surveys.js";
import { createDependencies } from "../agent/graph.js";
import { ledgerFor, openDeliveryLedger } from "../delivery/create.js";
import { isPostgresUrl } from "../persistence/postgres-location.js";
import { closeCheckpointer, openCheckpointer } from "../persistence/open.js";
import type { AgentCliOptions } from "./agent-options.js";
import { openAgent } from "./open-agent.js";
import { printRows } from "./print-rows.js";
import { UsageError } from "./errors.js";
import type { StoreCliOptions } from "./store-option.js";
import { withStore } from "./with-store.js";

export type RunFollowUpsOptions = StoreCliOptions & { config?: string; now?: Date; json?: boolean };

export async function runFollowUps(options: RunFollowUpsOptions): Promise<void> {
  return withStore(options, async (store, location) => {
    // The checkpointer's database also keeps the delivery ledger, which refuses a second send of the same survey.
    const checkpointer = openCheckpointer(location);
    // PostgreSQL keeps the ledger in its own table; without it a survey sent by a worker would look unsent here.
    const pgLedger = isPostgresUrl(location) ? openDeliveryLedger(location) : undefined;
    const ledger = pgLedger ?? ledgerFor(checkpointer);
    try {
      const routing = options.config ?? options.settings.storage.routing;
      const { channels } = createDependencies({ settings: options.settings, ...(routing ? { routing } : {}) }, ledger);
      const outcomes = await runDueFollowUps(store, channels, { now: options.now ?? new Date(), dbLocation: location });
      printRows(process.stdout, outcomes, {
        json: options.json,
        empty: "no surveys due",
        line: (o) => `${o.ticketId}: survey to ${o.to} ${o.delivery ?? o.status}${o.ref ? ` (${o.ref})` : ""}${o.error ? ` — ${o.error}` : ""}`,
      });
      // As before: only the human-readable run fails on an unsent survey; --json readers judge each object's status.
      if (!options.json && outcomes.some((o) => o.status !== "sent")) process.exitCode = 1;
    } finally {
      // Only the PostgreSQL one is ours to close: the SQLite ledger is the checkpointer's connection.
      await pgLedger?.close?.();
      await closeCheckpointer(checkpointer);
    }
  });
}

export type AnswerFollowUpOptions = StoreCliOptions & { thread: string; satisfaction: number };

export async function answerFollowUp(options: AnswerFollowUpOptions): Promise<void> {
  return withStore(options, async (store) => {
    try {
      const followUp = await answerSurvey(store, options.thread, options.satisfaction, new Date().toISOString());
      process.stdout.write(`${options.thread}: satisfaction ${options.satisfaction}/5 recorded${followUp ? "" : " (no survey was scheduled for it)"}\n`);
    } catch (error) {
      if (error instanceof NoSurveyError) throw new UsageError(error.message);
      throw error;
    }
  });
}

export type WatchOverdueCommandOptions = AgentCliOptions & { now?: Date; json?: boolean };

export async function watchOverdueCommand(options: WatchOverdueCommandOptions): Promise<void> {
  const agent = openAgent(options);
  try {
    const steps = await agent.watchOverdue(options.now ?? new Date());
    printRows(process.stdout, steps, {
      json: options.json,
      empty: "no escalation is overdue",
      line: (s) => {
        const what = s.step === "renotified" ? "team notified again" : "senior_support alerted";
        return `${s.threadId}: ${what} on ${s.target} (${s.delivery}) — unclaimed ${s.waitingMinutes} min, promised ${s.promisedMinutes} min`;
      },
    });
  } finally {
    await agent.close();
  }
}

export type ListFollowUpsOptions = StoreCliOptions & { json?: boolean };

export async function listFollowUps(options: ListFollowUpsOptions): Promise<void> {
  return withStore(options, async (store) => {
    const all = (await readFollowUps(store)).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    printRows(process.stdout, all, {
      json: options.json,
      empty: "no surveys scheduled",
      columns: ["ticket", "to", "due", "status", "attempts", "satisfaction"],
      cells: (f) => [f.ticketId, f.to, f.dueAt, f.status, String(f.attempts), f.satisfaction ? String(f.satisfaction) : "-"],
    });
  });
}
