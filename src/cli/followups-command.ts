/**
 * `escalation-agent followups run|answer|list`: the satisfaction surveys
 * scheduled when tickets are resolved (seed Step 7).
 */
import Table from "cli-table3";
import type { Command } from "commander";
import { answerSurvey, NoSurveyError } from "../followups/answer.js";
import { readFollowUps } from "../followups/follow-up.js";
import { runDueFollowUps } from "../worker/send-surveys.js";
import { createDependencies } from "../agent/graph.js";
import { ledgerFor, openDeliveryLedger } from "../delivery/create.js";
import { isPostgresUrl } from "../persistence/postgres-location.js";
import { closeCheckpointer, openCheckpointer } from "../persistence/open.js";
import { addAgentOptions, openAgent, type AgentCliOptions } from "./agent-options.js";
import { UsageError } from "./errors.js";
import { addDbOption, withStore, type StoreCliOptions } from "./store-option.js";

const STYLE = { head: [] as string[], border: [] as string[] };

function parseSatisfaction(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 5) throw new UsageError(`--satisfaction: must be a whole number from 1 to 5, got '${value}'`);
  return n;
}

function parseNow(value: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new UsageError(`--now: not a date or time: '${value}'`);
  return at;
}

export function registerFollowUps(program: Command): void {
  const followups = program.command("followups").description("satisfaction surveys after a resolution: send the due ones, record answers");

  addDbOption(
    followups
      .command("run")
      .description("send every survey that is due, each once (the customer's email; the outbox without SMTP)")
      .option("--config <file>", "routing config JSON (default ESCALATION_CONFIG): the sender address")
      .option("--now <time>", "treat this ISO time as now (to catch up, or to test)", parseNow)
      .option("--json", "one JSON object per survey sent"),
  ).action((options: StoreCliOptions & { config?: string; now?: Date; json?: boolean }) =>
    withStore(options, async (store, location) => {
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
    }),
  );

  addDbOption(
    followups
      .command("answer")
      .description("record the customer's answer to the survey as the ticket's satisfaction")
      .requiredOption("--thread <id>", "the ticket's thread (its ticket id)")
      .requiredOption("--satisfaction <1-5>", "the customer's rating", parseSatisfaction),
  ).action((options: StoreCliOptions & { thread: string; satisfaction: number }) =>
    withStore(options, async (store) => {
      try {
        const followUp = await answerSurvey(store, options.thread, options.satisfaction, new Date().toISOString());
        process.stdout.write(`${options.thread}: satisfaction ${options.satisfaction}/5 recorded${followUp ? "" : " (no survey was scheduled for it)"}\n`);
      } catch (error) {
        if (error instanceof NoSurveyError) throw new UsageError(error.message);
        throw error;
      }
    }),
  );

  addAgentOptions(
    followups
      .command("overdue")
      .description(
        "escalations nobody claimed in the promised time: notify the team again, and past twice the time alert senior_support (each once, recorded on the thread)",
      )
      .option("--now <time>", "treat this ISO time as now (to catch up, or to test)", parseNow)
      .option("--json", "one JSON object per step taken"),
  ).action(async (options: AgentCliOptions & { now?: Date; json?: boolean }) => {
    const agent = openAgent(options);
    try {
      const steps = await agent.watchOverdue(options.now ?? new Date());
      if (options.json) for (const s of steps) process.stdout.write(JSON.stringify(s) + "\n");
      else if (steps.length === 0) process.stdout.write("no escalation is overdue\n");
      else
        for (const s of steps) {
          const what = s.step === "renotified" ? "team notified again" : "senior_support alerted";
          process.stdout.write(
            `${s.threadId}: ${what} on ${s.target} (${s.delivery}) — unclaimed ${s.waitingMinutes} min, promised ${s.promisedMinutes} min\n`,
          );
        }
    } finally {
      await agent.close();
    }
  });

  addDbOption(followups.command("list").description("every survey and where it stands").option("--json", "one JSON object per survey")).action(
    (options: StoreCliOptions & { json?: boolean }) =>
      withStore(options, async (store) => {
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
      }),
  );
}
