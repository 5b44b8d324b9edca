/**
 * The file outbox: where a notification lands when its channel has no
 * settings. Nothing is silently dropped; every artefact is a file a person
 * can open or replay:
 * - mail as a real RFC 822 `.eml` (built by nodemailer), attachment included;
 * - Slack as `.json`, the exact chat.postMessage arguments;
 * - ticketing as `.json`, the exact Zendesk API request.
 * Writing the same key again overwrites the same file, so it is idempotent.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nodemailer from "nodemailer";
import type { Artefact } from "./artefact.js";
import { safeFileName } from "./compose/mail-identity.js";
import { numericGroupId, zendeskRequest } from "./transports/zendesk-request.js";

export const DEFAULT_OUTBOX_DIR = ".escalation/outbox";

export class FileOutbox {
  private readonly composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

  constructor(readonly dir: string = process.env.ESCALATION_OUTBOX || DEFAULT_OUTBOX_DIR) {}

  /** Writes the artefact; returns the file's path. */
  async write(artefact: Artefact, idempotencyKey: string): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    const base = join(this.dir, safeFileName(idempotencyKey));
    if (artefact.medium === "email") {
      const info = await this.composer.sendMail(artefact.message);
      await writeFile(`${base}.eml`, info.message);
      return `${base}.eml`;
    }
    const content = artefact.medium === "slack" ? artefact.message : ticketingRequest(artefact.update);
    await writeFile(`${base}.json`, JSON.stringify(content, null, 2) + "\n", "utf8");
    return `${base}.json`;
  }
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
