/**
 * `escalation-agent notifications retry [--db <file>]`: re-sends the handoff
 * and reply notifications that failed, or whose delivery was interrupted,
 * from the delivery ledger in the threads' database. Each is sent
 * exactly as first composed, under its idempotency key; an interrupted one
 * is first looked for at the channel, so nothing arrives twice. Imported by
 * the command's action (notifications-command.ts), not at start-up.
 */
import { existsSync } from "node:fs";
import { DEFAULT_ROUTING } from "../config/routing.js";
import { createHandoffChannels, openDeliveryLedger } from "../delivery/create.js";
import { sendingElsewhere, type LeaseCheck } from "../delivery/delivery-lease.js";
import type { DeliveryRecord } from "../delivery/ledger.js";
import { isPostgresUrl } from "../persistence/postgres-location.js";
import type { DeliveryResult } from "../delivery/types.js";
import { resolveDbLocation } from "../persistence/open.js";
import type { WithSettings } from "./settings-option.js";
import { EXIT_OK, UsageError } from "./errors.js";

/** Some notification is still not delivered; the lines on stdout say which. */
export const EXIT_UNDELIVERED = 3;

export interface NotificationsRetryOptions extends WithSettings {
  db?: string;
  json?: boolean;
}

/** Where the command writes its lines; the process's own by default. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
  /** How a sending process is looked for; the real pid table and host by default. */
  lease?: LeaseCheck;
}

const PROCESS_IO: CommandIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  now: () => new Date(),
};

export async function runNotificationsRetry(options: NotificationsRetryOptions, io: CommandIo = PROCESS_IO): Promise<number> {
  const location = resolveDbLocation(options.db || undefined, options.settings.storage);
  if (location === ":memory:") {
    throw new UsageError("--db: :memory: keeps no ledger between runs; give the SQLite file or postgres:// URL of the threads");
  }
  if (!isPostgresUrl(location) && !existsSync(location)) {
    io.stderr(`nothing to retry: ${location} does not exist\n`);
    return EXIT_OK;
  }
  const ledger = openDeliveryLedger(location);
  try {
    // Routing only shapes new messages; a retry re-sends what was composed at the time.
    const channels = createHandoffChannels({ routing: DEFAULT_ROUTING, ledger, settings: options.settings.channels });
    const records = await ledger.undelivered();
    if (records.length === 0) {
      io.stderr("nothing to retry: every notification was delivered\n");
      return EXIT_OK;
    }
    let undelivered = 0;
    for (const record of records) {
      // A live process's lease (its pid on this host, or a fresh heartbeat from another) means it is still sending.
      const inFlight = sendingElsewhere(record, io.now(), io.lease ?? {});
      const result: DeliveryResult = inFlight
        ? { status: "pending", attempts: 0, totalAttempts: record.attempts, error: "still being sent by a running agent; try again shortly" }
        : await channels.redeliver(record);
      if (result.status !== "sent" && result.status !== "outbox") undelivered++;
      io.stdout(options.json ? JSON.stringify(line(record, result)) + "\n" : formatLine(record, result) + "\n");
    }
    io.stderr(`${records.length - undelivered} of ${records.length} notification(s) delivered\n`);
    return undelivered > 0 ? EXIT_UNDELIVERED : EXIT_OK;
  } finally {
    await ledger.close?.();
  }
}

function line(record: DeliveryRecord, result: DeliveryResult) {
  return {
    id: record.id,
    kind: record.kind,
    target: record.target,
    status: result.status,
    attempts: result.totalAttempts ?? record.attempts + result.attempts,
    ...(result.ref ? { ref: result.ref } : {}),
    ...(result.error ? { error: result.error } : {}),
    ...(result.rejected?.length ? { rejected: result.rejected } : {}),
  };
}

function formatLine(record: DeliveryRecord, result: DeliveryResult): string {
  const l = line(record, result);
  return [l.status.padEnd(8), l.kind.padEnd(15), l.target, `${l.id} (${l.attempts} attempt${l.attempts === 1 ? "" : "s"})`, l.error ?? l.ref ?? ""]
    .filter(Boolean)
    .join("  ");
}
