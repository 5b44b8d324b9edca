/**
 * Delivers planned notifications exactly once per idempotency key:
 *
 *   ledger says delivered ─────────────────────────→ report it, send nothing
 *   ledger says "sending" (a run died mid-send) ───→ ask the channel first
 *   otherwise: mark "sending" → send with retries → mark "sent"/"failed"
 *   (or "partial": a mail some recipients refused; the next attempt goes to those only,
 *   and within this one a "try again" refusal (SMTP 4xx) is retried to those only)
 *
 * Channels with settings send for real. A channel without settings writes
 * its artefact to the file outbox (status "outbox") where the outbox is the
 * configured channel (`outboxIsChannel`); elsewhere it is "not_configured":
 * nobody was sent it, the ledger keeps it for `notifications retry`, and a
 * delivery that failed on a real channel is never turned into a file. Never throws for a
 * delivery problem: the result says what happened, so the node can fall back.
 */
import type { Artefact } from "./artefact.js";
import { composeArtefact, type ComposeContext } from "./compose/index.js";
import { FileOutbox } from "./file-outbox.js";
import { DELIVERED_STATUSES as DELIVERED, InMemoryDeliveryLedger, owedRecord, type DeliveryLedger, type DeliveryRecord, type LedgerEntry } from "./ledger.js";
import { clipMessage, scrubSecrets } from "../privacy/secrets.js";
import { currentLease, HEARTBEAT_MS } from "./delivery-lease.js";
import { DEFAULT_RETRY_POLICY, SendFailure, withRetry, type RetryPolicy } from "./retry.js";
import { MediumSenders, SETTINGS_OF, type Senders } from "./medium-senders.js";
import { DeliveryError, isTransientRefusal } from "./transports/delivery-error.js";
import type { RejectedRecipient, Sent } from "./transports/sender.js";
import type { DeliveryResult, HandoffChannels, PlannedNotification } from "./types.js";

export interface NotificationDeliveryOptions {
  compose: ComposeContext;
  /** Default: in this process only (tests, agents without a durable checkpointer). */
  ledger?: DeliveryLedger;
  senders?: Senders;
  outbox?: FileOutbox;
  retry?: Partial<RetryPolicy>;
  /** Values that must never appear in a reported error (tokens, passwords). */
  secrets?: readonly string[];
  /** Wall clock for ledger timestamps (not the agent's injectable clock: claims compare them). */
  clock?: () => Date;
  /**
   * Whether the file outbox is a channel here (ESCALATION_OUTBOX set, or an
   * outbox-only agent): its files then count as delivered. Default true.
   */
  outboxIsChannel?: boolean;
}

export class NotificationDelivery implements HandoffChannels {
  readonly ledger: DeliveryLedger;
  private readonly channels: MediumSenders;
  private readonly retry: RetryPolicy;
  private readonly secrets: readonly string[];
  private readonly clock: () => Date;
  private readonly outboxIsChannel: boolean;

  constructor(private readonly options: NotificationDeliveryOptions) {
    this.ledger = options.ledger ?? new InMemoryDeliveryLedger();
    this.channels = new MediumSenders(options.senders ?? {}, options.outbox ?? new FileOutbox());
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.secrets = options.secrets ?? [];
    this.clock = options.clock ?? (() => new Date());
    this.outboxIsChannel = options.outboxIsChannel ?? true;
  }

  async deliver(notification: PlannedNotification): Promise<DeliveryResult> {
    let artefact: Artefact;
    try {
      artefact = composeArtefact(notification, this.options.compose);
    } catch (error) {
      return { status: "failed", attempts: 0, error: this.clean((error as Error).message) };
    }
    const previous = await this.ledger.get(notification.id);
    if (previous && DELIVERED.has(previous.status)) return resultOf(previous, 0);
    if (!this.reachable(artefact.medium)) return this.notConfigured(notification, artefact, previous);
    // An interrupted attempt is settled with what was sent then, not with a fresh composition; a
    // partial one is completed with it too, since its other recipients already have that very mail.
    const resumed = previous?.status === "sending" || previous?.status === "partial" ? owedRecord(previous) : undefined;
    const record: DeliveryRecord = resumed ?? {
      id: notification.id,
      kind: notification.kind,
      target: notification.target,
      status: "sending",
      attempts: previous?.attempts ?? 0,
      artefact,
      startedAt: previous?.startedAt ?? this.clock().toISOString(),
      updatedAt: previous?.updatedAt ?? this.clock().toISOString(),
    };
    return this.dispatch(record, previous);
  }

  /** Sends a ledger record again, exactly as recorded (`notifications retry`). */
  async redeliver(record: Pick<LedgerEntry, "id">): Promise<DeliveryResult> {
    const current = await this.ledger.get(record.id);
    if (!current) return { status: "failed", attempts: 0, error: "not in the ledger" };
    if (DELIVERED.has(current.status)) return resultOf(current, 0);
    const owed = owedRecord(current);
    if (!owed) return { status: "failed", attempts: 0, error: "the ledger keeps nothing to send for it" };
    const medium = owed.artefact.medium;
    if (!this.configured(medium)) {
      // A Slack or Zendesk delivery that failed is still owed to Slack or Zendesk: a file reaches nobody.
      const triedForReal = current.status !== "not_configured" && !current.error?.startsWith("outbox ");
      if (!this.outboxIsChannel || triedForReal) {
        return { status: "not_configured", attempts: 0, totalAttempts: current.attempts, error: `${SETTINGS_OF[medium]}; not sent` };
      }
    }
    return this.dispatch(owed, current);
  }

  /** Whether a notification on this medium reaches anyone here: a real sender, or the outbox where it is the channel. */
  private reachable(medium: Artefact["medium"]): boolean {
    return this.configured(medium) || this.outboxIsChannel;
  }

  /**
   * Nobody can be sent it here. Recorded (artefact included) so that
   * `notifications retry` sends it once the channel is configured, and so
   * a re-run reports the same instead of claiming a delivery.
   */
  /** Whether this medium has real settings (otherwise: the outbox where it is the channel, not_configured elsewhere). */
  configured(medium: Artefact["medium"]): boolean {
    return this.channels.configured(medium);
  }

  private async notConfigured(notification: PlannedNotification, artefact: Artefact, previous: LedgerEntry | undefined): Promise<DeliveryResult> {
    const error = `${SETTINGS_OF[artefact.medium]}; nobody was sent this`;
    const attempts = previous?.attempts ?? 0;
    if (previous?.status !== "not_configured") {
      const at = this.now();
      const record: DeliveryRecord = {
        id: notification.id,
        kind: notification.kind,
        target: notification.target,
        status: "sending",
        attempts,
        artefact,
        startedAt: at,
        updatedAt: at,
      };
      // A failed earlier attempt on a channel configured then stays failed: its reason is the one worth keeping.
      if (previous === undefined && (await this.ledger.claim(record, undefined))) {
        await this.ledger.finish(notification.id, { status: "not_configured", attempts, error, updatedAt: at });
      }
    }
    return { status: "not_configured", attempts: 0, totalAttempts: attempts, error };
  }

  private async dispatch(record: DeliveryRecord, previous: LedgerEntry | undefined): Promise<DeliveryResult> {
    let attempts = record.attempts;
    if (previous?.status === "sending") {
      // The earlier attempt counts: it may well have gone out.
      attempts += 1;
      try {
        const ref = await this.channels.find(record.artefact, record.id, new Date(previous.startedAt));
        if (ref !== undefined) {
          const status = this.configured(record.artefact.medium) ? "sent" : "outbox";
          await this.ledger.finish(record.id, { status, attempts, ref, updatedAt: this.now() });
          return { status, attempts: 0, totalAttempts: attempts, ref };
        }
      } catch (error) {
        return {
          status: "pending",
          attempts: 0,
          totalAttempts: attempts,
          error: this.clean(`an interrupted attempt may have been delivered and the channel could not confirm it: ${(error as Error).message}`),
        };
      }
    }

    const startedAt = this.now();
    const claimed = await this.ledger.claim(
      { ...record, attempts, status: "sending", startedAt, updatedAt: startedAt, lease: currentLease(this.clock()) },
      previous,
    );
    if (!claimed) return { status: "pending", attempts: 0, totalAttempts: attempts, error: "another process is delivering this notification" };
    // While it sends (retries and backoff included) the lease says this process is alive; a crash stops it.
    const heartbeat = setInterval(() => void this.ledger.heartbeat?.(record.id, currentLease(this.clock())).catch(() => undefined), HEARTBEAT_MS);
    heartbeat.unref();
    try {
      return await this.sendClaimed(record, attempts);
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** The send itself, once this process holds the claim. */
  private async sendClaimed(record: DeliveryRecord, attempts: number): Promise<DeliveryResult> {
    // Recipients that refused an earlier attempt are all that is left to reach; the others have the mail.
    let only = record.rejected?.length ? record.rejected : undefined;
    let ref = record.ref;
    // Final refusals (5xx) met in this call: not asked again in this run, but still owed the mail.
    const settled: RejectedRecipient[] = [];
    let tries = 0;
    let handedOver = false;
    let ledgerFailure: unknown;
    const unreached = () => [...settled.map((r) => r.address), ...(only ?? [])];
    const attempt = async (): Promise<Sent> => {
      tries++;
      const sent = await this.channels.send(record.artefact, record.id, only);
      const again = (sent.rejected ?? []).filter(isTransientRefusal);
      if (again.length === 0) return sent;
      // Some took it and some said "try again": the next try goes to those alone, under the same backoff.
      settled.push(...(sent.rejected ?? []).filter((r) => !isTransientRefusal(r)));
      only = again.map((r) => r.address);
      ref = sent.ref;
      const refusal = new DeliveryError(refusalMessage([...settled, ...again]), true);
      if (tries <= this.retry.retries) {
        // Recorded before waiting, so a run that dies in the backoff resumes with the refused only.
        const progress = {
          status: "partial",
          attempts: attempts + tries,
          ref,
          error: this.clean(refusal.message),
          rejected: unreached(),
          updatedAt: this.now(),
        } as const;
        try {
          await this.ledger.finish(record.id, progress);
          const resumed = this.now();
          handedOver = !(await this.ledger.claim(
            { ...record, ...progress, status: "sending", startedAt: resumed, updatedAt: resumed, lease: currentLease(this.clock()) },
            { ...record, ...progress },
          ));
        } catch (error) {
          ledgerFailure = error;
        }
        if (handedOver || ledgerFailure !== undefined) throw new DeliveryError(refusal.message, false);
      }
      throw refusal;
    };

    let sent: { value: Sent; attempts: number };
    try {
      sent = await withRetry(attempt, this.retry);
    } catch (error) {
      if (ledgerFailure !== undefined) throw ledgerFailure;
      const made = error instanceof SendFailure ? error.attempts : tries;
      const total = attempts + made;
      const message = this.clean((error as Error).message);
      // Never "failed" once some recipients have it: a failed key is recomposed and sent to everyone.
      const partial = only !== undefined;
      const status = partial ? "partial" : "failed";
      const outcome = {
        status,
        attempts: total,
        error: message,
        ...(partial ? { rejected: unreached(), ...(ref !== undefined ? { ref } : {}) } : {}),
      } as const;
      // Another process claimed the record between two tries here: it is that process's to finish.
      if (handedOver) return { ...outcome, attempts: made, totalAttempts: total, error: "another process is delivering this notification" };
      await this.ledger.finish(record.id, { ...outcome, updatedAt: this.now() });
      return { ...outcome, attempts: made, totalAttempts: total };
    }
    // Outside the try: a ledger that cannot record a send that happened must not turn it into
    // "failed" (a retry would send it twice); the record stays "sending" and is verified later.
    const total = attempts + sent.attempts;
    const refused = [...settled, ...(sent.value.rejected ?? [])];
    const rejected = refused.map((r) => r.address);
    const status = refused.length > 0 ? "partial" : this.configured(record.artefact.medium) ? "sent" : "outbox";
    const error = refused.length > 0 ? this.clean(refusalMessage(refused)) : undefined;
    const outcome = { status, attempts: total, ref: sent.value.ref, ...(error ? { error, rejected } : {}) } as const;
    await this.ledger.finish(record.id, { ...outcome, updatedAt: this.now() });
    return { ...outcome, attempts: sent.attempts, totalAttempts: total };
  }

  private clean(message: string): string {
    return clipMessage(scrubSecrets(message, this.secrets));
  }

  private now(): string {
    return this.clock().toISOString();
  }
}

function resultOf(record: LedgerEntry, attempts: number): DeliveryResult {
  return {
    status: record.status === "sending" ? "pending" : record.status,
    attempts,
    totalAttempts: record.attempts,
    ...(record.ref !== undefined ? { ref: record.ref } : {}),
    ...(record.error !== undefined ? { error: record.error } : {}),
    ...(record.rejected?.length ? { rejected: record.rejected } : {}),
  };
}

function refusalMessage(refused: readonly RejectedRecipient[]): string {
  return `delivered except to ${refused.map((r) => `${r.address} (${r.error})`).join(", ")}`;
}
