/**
 * What `message`, `human …` and `threads` do once they run: open the thread
 * client and print the thread. Imported by their actions
 * (conversation-commands.ts), so the agent loads only for a command that runs.
 */
import pc from "picocolors";
import type { HumanAction } from "../domain/human.js";
import { overdueOf } from "../worker/overdue.js";
import type { ThreadSummary } from "../runtime/thread-client.js";
import { relativeTime } from "./relative-time.js";
import type { TriageResult } from "../runtime/output.js";
import { ThreadStateError } from "../runtime/thread-client.js";
import { openThreadClient } from "./open-agent.js";
import { UsageError } from "./errors.js";
import { formatSummary } from "./format.js";
import { oneLine } from "../privacy/one-line.js";
import { redactForView, redactTextForView } from "../privacy/view.js";
import type { ThreadOptions, ThreadsOptions } from "./conversation-commands.js";

function print(stored: TriageResult, options: Pick<ThreadOptions, "json" | "settings">): void {
  // A terminal, a pipe into another system: both are seen, so both are redacted as the console is.
  const result = redactForView(stored, options.settings.privacy.redactKinds);
  const { json } = options;
  process.stdout.write(json ? JSON.stringify(result) + "\n" : formatSummary(result, undefined) + "\n");
}

/** Thread problems are the user's to fix (wrong id, nobody waiting): exit 2, no stack. */
async function asUsage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ThreadStateError) throw new UsageError(error.message);
    throw error;
  }
}

export async function runMessage(text: string, options: ThreadOptions & { channel?: string }): Promise<void> {
  const client = openThreadClient(options);
  print(await asUsage(() => client.message(options.thread, text, options.channel)), options);
}

export async function runHumanAction(options: ThreadOptions, action: HumanAction): Promise<void> {
  const client = openThreadClient(options);
  print(await asUsage(() => client.act(options.thread, action)), options);
}

export async function listThreads(options: ThreadsOptions): Promise<void> {
  if (options.thread !== undefined) {
    const result = await openThreadClient(options).read(options.thread);
    if (!result) throw new UsageError(`--thread: no thread ${oneLine(options.thread)}`);
    print(result, options);
    return;
  }
  const now = options.now ?? new Date();
  const all = (await openThreadClient(options).list()).map((t) => ({
    ...t,
    subject: redactTextForView(t.subject, options.settings.privacy.redactKinds),
    overdue: overdueOf({ status: t.status, handoff: pickUp(t) }, now),
  }));
  const threads = all.filter(
    (t) => (!options.status || t.status === options.status) && (!options.team || t.team === options.team) && (!options.overdue || (t.overdue?.level ?? 0) > 0),
  );
  if (options.json) {
    for (const thread of threads) process.stdout.write(JSON.stringify(thread) + "\n");
    return;
  }
  if (threads.length === 0) {
    process.stdout.write(all.length === 0 ? "no threads yet\n" : "no threads match\n");
    return;
  }
  const late = (t: (typeof threads)[number]) =>
    t.overdue && t.overdue.level > 0 ? `overdue ${t.overdue.waitingMinutes - t.overdue.promisedMinutes} min` : "-";
  // Ids, owners and subjects come from outside: one line each, no terminal control characters (oneLine drops both).
  const rows = threads.map((t) =>
    [t.threadId, t.status, t.owner ?? "-", t.decision ?? "-", t.team ?? "-", relativeTime(t.lastActivity, now), late(t), t.subject].map(oneLine),
  );
  const header = ["thread", "status", "owner", "decision", "team", "last activity", "pick-up", "subject"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join("  ");
  process.stdout.write(pc.bold(line(header)) + "\n" + rows.map(line).join("\n") + "\n");
}

function pickUp(t: ThreadSummary): { urgency: NonNullable<ThreadSummary["urgency"]>; handedOffAt: string } | null {
  return t.urgency && t.handedOffAt ? { urgency: t.urgency, handedOffAt: t.handedOffAt } : null;
}
