/**
 * `escalation-agent triage <file|->`: triage one ticket, a JSON array or JSON
 * Lines. Good tickets are processed even when others are bad; each bad one
 * is reported with its file:line and field, and the exit code says so.
 * Loaded by the command's action (triage-command.ts), not at start-up.
 */
import type { AgentCliOptions } from "./agent-options.js";
import { openThreadClient } from "./open-agent.js";
import { formatSummary } from "./format.js";
import { readTicketSource, type BadEntry } from "./input.js";
import { scrubSecrets } from "../privacy/secrets.js";
import { redactForView, redactTextForView } from "../privacy/view.js";
import { startProgress } from "./progress.js";
import { heapCollector } from "../worker/heap-collector.js";
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UsageError } from "./errors.js";

export interface TriageCommandOptions extends AgentCliOptions {
  json?: boolean;
  thread?: string;
}

export async function runTriage(sources: string[], options: TriageCommandOptions): Promise<number> {
  const client = openThreadClient(options);
  const batches = await Promise.all(sources.map((source) => readTicketSource(source)));
  const tickets = batches.flatMap((b) => b.tickets);
  const bad = batches.flatMap((b) => b.bad);
  if (options.thread && tickets.length + bad.length > 1) {
    throw new UsageError("--thread: can only be used with a single ticket");
  }
  bad.forEach(reportBad);

  const progress = startProgress(tickets.length, "triage");
  // A flat memory profile over a long batch (heap-collector.ts).
  const heap = heapCollector();
  let failed = 0;
  for (const { location, ticket } of tickets) {
    heap.tick();
    try {
      const { result: raw, unchanged } = await client.triageOnce(ticket, options.thread ?? ticket.id);
      // What the terminal (or the program reading --json) sees is redacted as the console and the notifications are.
      const result = redactForView(raw, options.settings.privacy.redactKinds);
      progress.tick(ticket.id);
      // Re-running an unchanged ticket is safe: nothing ran; say so beside the thread's current state.
      const note = unchanged ? `${ticket.id}: unchanged since its last turn, not triaged again; the thread's current state follows` : "";
      if (options.json) {
        if (note) process.stderr.write(`note: ${note}\n`);
        process.stdout.write(JSON.stringify(result) + "\n");
      } else
        process.stdout.write(
          (note ? `${note}\n` : "") +
            formatSummary(result, ticket.subject === undefined ? undefined : redactTextForView(ticket.subject, options.settings.privacy.redactKinds)) +
            "\n\n",
        );
    } catch (error) {
      failed++;
      progress.tick(ticket.id);
      process.stderr.write(`error: ${location}: ticket ${ticket.id} failed: ${scrubSecrets((error as Error).message, options.settings.secrets)}\n`);
    }
  }
  progress.stop();
  if (failed > 0) return EXIT_INTERNAL;
  if (bad.length > 0) {
    process.stderr.write(`${bad.length} invalid ticket(s) skipped, ${tickets.length} triaged\n`);
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

function reportBad(entry: BadEntry): void {
  for (const issue of entry.issues) {
    // A file that could not be read has no field: `file: reason`.
    process.stderr.write(`error: ${entry.location}: ${issue.field ? `${issue.field}: ` : ""}${issue.message}\n`);
  }
}
