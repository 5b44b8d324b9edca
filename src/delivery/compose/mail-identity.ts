/**
 * Headers that make a mail recognisable: a Message-ID derived from the
 * idempotency key (a resend after a crash is the same message to every mail
 * system, which drops or merges the copy), reply subjects and threading.
 */
import { createHash } from "node:crypto";

export function messageIdFor(idempotencyKey: string, from: string): string {
  const domain = from.split("@")[1]?.trim() || "escalation-agent.invalid";
  return `<${createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 32)}@${domain}>`;
}

/** One line, no control characters: ticket subjects come from customers. */
export function headerText(text: string, limit = 200): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}

export function replySubject(subject: string | undefined): string {
  const clean = headerText(subject ?? "") || "Your support request";
  return /^re:/i.test(clean) ? clean : `Re: ${clean}`;
}

/** Message-IDs must be in angle brackets in In-Reply-To and References. */
export function bracketed(messageId: string): string {
  const trimmed = messageId.trim();
  return trimmed.startsWith("<") ? trimmed : `<${trimmed}>`;
}

/** A file name any ticket id can be turned into. */
export function safeFileName(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 180);
}
