/**
 * `escalation-agent notifications retry`: the command's definition; the
 * retry itself is in notifications-retry.ts, imported when it runs.
 */
import type { Command } from "commander";
import type { NotificationsRetryOptions } from "./notifications-retry.js";

export function registerNotifications(program: Command): void {
  const notifications = program.command("notifications").description("handoff and reply notifications");
  notifications
    .command("retry")
    .description("re-send notifications that failed or whose delivery was interrupted (channels from the environment)")
    .option("--db <path>", "SQLite file or postgres:// URL of the threads and the delivery ledger (default ESCALATION_DB or .escalation/agent.db)")
    .option("--json", "one JSON object per notification on stdout")
    .action(async (options: NotificationsRetryOptions) => {
      const { runNotificationsRetry } = await import("./notifications-retry.js");
      process.exitCode = await runNotificationsRetry(options);
    });
}
