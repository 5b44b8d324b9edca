/**
 * The file outbox: where a notification lands when its channel has no
 * settings. Nothing is silently dropped; every artefact is a file a person
 * can open or replay:
 * - mail as a real RFC 822 `.eml` (built by nodemailer), attachment included;
 * - Slack as `.json`, the exact chat.postMessage arguments;
 * - ticketing as `.json`, the exact Zendesk API request.
 * Writing the same key again overwrites the same file, so it is idempotent;
 * two keys never share a file (outboxFileName).
 */
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nodemailer from "nodemailer";
import type { Artefact } from "./artefact.js";
import { numericGroupId, zendeskRequest } from "./transports/zendesk-request.js";

export const DEFAULT_OUTBOX_DIR = ".escalation/outbox";

export class FileOutbox {
  private readonly composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  /** Created once per outbox, not per file: a recursive mkdir per notification showed in the profile. */
  private created: Promise<unknown> | undefined;

  /** `dir`: the outbox folder (an agent passes ESCALATION_OUTBOX's, from its settings). */
  constructor(readonly dir: string = DEFAULT_OUTBOX_DIR) {}

  /** Writes the artefact; returns the file's path. */
  async write(artefact: Artefact, idempotencyKey: string): Promise<string> {
    const base = join(this.dir, outboxFileName(idempotencyKey));
    if (artefact.medium === "email") {
      const info = await this.composer.sendMail(artefact.message);
      return this.save(`${base}.eml`, info.message as Buffer); // buffer: true above
    }
    const content = artefact.medium === "slack" ? artefact.message : ticketingRequest(artefact.update);
    return this.save(`${base}.json`, JSON.stringify(content, null, 2) + "\n");
  }

  private async save(path: string, data: string | Buffer): Promise<string> {
    await this.ensureDir();
    try {
      await writeFile(path, data);
    } catch (error) {
      // Someone cleared the outbox while we run: make it again, once.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      this.created = undefined;
      await this.ensureDir();
      await writeFile(path, data);
    }
    return path;
  }

  private ensureDir(): Promise<unknown> {
    this.created ??= mkdir(this.dir, { recursive: true }).catch((error: unknown) => {
      this.created = undefined; // a later write tries again (the disk may be back)
      throw error;
    });
    return this.created;
  }
}

/** How much of the key is kept readable: the ticket id and the notification's kind fit; file systems allow 255 bytes. */
const READABLE_CHARS = 120;

/**
 * The file name (without extension) of a notification's artefact: the key
 * made safe to read (every character outside [A-Za-z0-9_-] becomes `_`,
 * cut short), then 16 hex digits of the key's SHA-256. The readable part
 * alone was the name before, and `COL/1` and `COL_1` — or two ids that
 * differ past the cut, or only in case on a case-insensitive disk — wrote
 * one file. The hash makes the name injective; no `/`, `..` or control
 * character survives into it.
 */
export function outboxFileName(idempotencyKey: string): string {
  const readable = idempotencyKey.replace(/[^A-Za-z0-9_-]+/g, "_").slice(0, READABLE_CHARS);
  const digest = createHash("sha256").update(idempotencyKey, "utf8").digest("hex").slice(0, 16);
  return `${readable}.${digest}`;
}

function ticketingRequest(update: Extract<Artefact, { medium: "ticketing" }>["update"]) {
  const request = zendeskRequest(update);
  return {
    system: "zendesk",
    ...request,
    // A group given by name needs a lookup (GET /api/v2/groups.json) before the call.
    ...(numericGroupId(update.group) === undefined ? { groupName: update.group } : {}),
  };
}
