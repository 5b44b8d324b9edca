/**
 * What `followups run|answer|overdue|list` (followups-command.ts) do once
 * they run; imported by their actions, so the surveys, the channels and the
 * agent load only for them.
 */
import Table from "cli-table3";
import { answerSurvey, NoSurveyError } from "../followups/answer.js";
import { readFollowUps } from "../followups/follow-up.js";
import { runDueFollowUps } from "../worker/send-surveys.js";
import { createDependencies } from "../agent/graph.js";
import { ledgerFor, openDeliveryLedger } from "../delivery/create.js";
import { isPostgresUrl } from "../persistence/postgres-location.js";
import { closeCheckpointer, openCheckpointer } from "../persistence/open.js";
import type { AgentCliOptions } from "./agent-options.js";
import { openAgent } from "./open-agent.js";
import { UsageError } from "./errors.js";
import type { StoreCliOptions } from "./store-option.js";
import { withStore } from "./with-store.js";

const STYLE = { head: [] as string[], border: [] as string[] };

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
      if (options.json) {
        for (const o of outcomes) process.stdout.write(JSON.stringify(o) + "\n");
        return;
      }
      if (outcomes.length === 0) process.stdout.write("no surveys due\n");
      for (const o of outcomes) {
        process.stdout.write(`${o.ticketId}: survey to ${o.to} ${o.delivery ?? o.status}${o.ref ? ` (${o.ref})` : ""}${o.error ? ` — ${o.error}` : ""}\n`);
      }
      if (outcomes.some((o) => o.status !== "sent")) process.exitCode = 1;
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
    if (options.json) for (const s of steps) process.stdout.write(JSON.stringify(s) + "\n");
    else if (steps.length === 0) process.stdout.write("no escalation is overdue\n");
    else
      for (const s of steps) {
        const what = s.step === "renotified" ? "team notified again" : "senior_support alerted";
        process.stdout.write(`${s.threadId}: ${what} on ${s.target} (${s.delivery}) — unclaimed ${s.waitingMinutes} min, promised ${s.promisedMinutes} min\n`);
      }
  } finally {
    await agent.close();
  }
}

export type ListFollowUpsOptions = StoreCliOptions & { json?: boolean };

export async function listFollowUps(options: ListFollowUpsOptions): Promise<void> {
  return withStore(options, async (store) => {
    const all = (await readFollowUps(store)).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    if (options.json) {
      for (const f of all) process.stdout.write(JSON.stringify(f) + "\n");
      return;
    }
    if (all.length === 0) {
      process.stdout.write("no surveys scheduled\n");
      return;
    }
    const table = new Table({ head: ["ticket", "to", "due", "status", "attempts", "satisfaction"], style: STYLE });
    for (const f of all) table.push([f.ticketId, f.to, f.dueAt, f.status, String(f.attempts), f.satisfaction ? String(f.satisfaction) : "-"]);
    process.stdout.write(table.toString() + "\n");
  });
}
