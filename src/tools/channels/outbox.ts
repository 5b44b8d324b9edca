/**
 * The file outbox: where a notification goes when its channel has no
 * settings. Nothing is silently dropped: every artefact is a file a person
 * can open, and the notification reports status `outbox`.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { DeliveryResult, HandoffChannels, PlannedNotification } from "./types.js";

export const DEFAULT_OUTBOX_DIR = ".escalation/outbox";

/** File names must survive any ticket id a helpdesk sends. */
function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 180);
}

export class OutboxChannels implements HandoffChannels {
  constructor(private readonly dir: string = process.env.ESCALATION_OUTBOX ?? DEFAULT_OUTBOX_DIR) {}

  async deliver(notification: PlannedNotification): Promise<DeliveryResult> {
    try {
      await mkdir(this.dir, { recursive: true });
      const path = join(this.dir, `${safeName(notification.id)}.json`);
      const artefact = {
        id: notification.id,
        kind: notification.kind,
        target: notification.target,
        body: notification.body,
        contextPackage: notification.contextPackage,
      };
      await writeFile(path, JSON.stringify(artefact, null, 2) + "\n", "utf8");
      return { status: "outbox", attempts: 1, ref: path };
    } catch (error) {
      return { status: "failed", attempts: 1, error: (error as Error).message };
    }
  }
}
