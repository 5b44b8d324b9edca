/**
 * The last gate before anything leaves for a person: every notification,
 * whichever node planned it (handoff, reply, forward, fallback alert), is
 * redacted before its channel composes and sends it. The context package is
 * already redacted when it is built (context-package.ts); this also covers
 * the texts planned beside it — a subject, a customer's forwarded message,
 * a reply — and any notification kind added later. Subjects and names are
 * also made one line (one-line.ts): they end up in headers.
 */
import type { ContextPackage } from "../domain/context-package.js";
import type { DeliveryResult, HandoffChannels, PlannedNotification } from "./types.js";
import type { RedactionKind } from "../domain/redaction-kinds.js";
import { redactDeep } from "../privacy/redact-deep.js";
import { oneLine } from "../privacy/one-line.js";
import { redactText } from "../privacy/redact.js";

export class RedactingChannels implements HandoffChannels {
  constructor(
    private readonly inner: HandoffChannels,
    /** ESCALATION_REDACT, from the settings. */
    private readonly kinds: readonly RedactionKind[],
  ) {}

  deliver(notification: PlannedNotification): Promise<DeliveryResult> {
    return this.inner.deliver(redactNotification(notification, this.kinds));
  }
}

/** The notification with its customer-written texts redacted; ids, kind, target and key untouched. */
export function redactNotification(notification: PlannedNotification, kinds: readonly RedactionKind[]): PlannedNotification {
  const text = (value: string) => redactText(value, kinds).text;
  const { contextPackage, ticket, body, headline } = notification;
  return {
    ...notification,
    ...(contextPackage && !alreadyRedacted(contextPackage, kinds) ? { contextPackage: redactDeep<ContextPackage>(contextPackage, kinds).value } : {}),
    ...(ticket
      ? {
          ticket: {
            ...ticket,
            ...(ticket.subject !== undefined ? { subject: oneLine(text(ticket.subject)) } : {}),
            ...(ticket.customerName !== undefined ? { customerName: oneLine(text(ticket.customerName)) } : {}),
          },
        }
      : {}),
    ...(body !== undefined ? { body: text(body) } : {}),
    ...(headline !== undefined ? { headline: text(headline) } : {}),
  };
}

/**
 * A package built by buildContextPackage says which kinds it was checked
 * for; walking a megabyte of conversation again for every channel would
 * find nothing new. Packages from older checkpoints have no such record.
 */
function alreadyRedacted(pkg: ContextPackage, kinds: readonly RedactionKind[]): boolean {
  const checked: readonly string[] | undefined = pkg.privacy?.checked;
  return checked !== undefined && kinds.every((kind) => checked.includes(kind));
}
