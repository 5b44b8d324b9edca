/**
 * The delivery ledger: one record per idempotency key, written before a
 * notification leaves ("sending") and after it landed ("sent"/"outbox") or
 * gave up ("failed"). It outlives the run, so a re-run, a resumed thread or
 * a restarted process sends nothing twice; a record still "sending" means
 * the process died mid-send, and the channel is asked before sending again.
 * "partial": a mail some recipients took and others refused; it is listed
 * as undelivered, and the next attempt goes to the refused ones only.
 */
import type { Artefact } from "./artefact.js";
import type { NotificationKind } from "./types.js";

/**
 * "not_configured": the channel has no settings here, so nobody was sent it;
 * kept (with its artefact) so `notifications retry` sends it once the
 * channel is configured.
 */
export type LedgerStatus = "sending" | "sent" | "outbox" | "failed" | "partial" | "not_configured";

export interface DeliveryRecord {
  /** The idempotency key. */
  id: string;
  kind: NotificationKind;
  target: string;
  status: LedgerStatus;
  /** Tries so far, across runs and processes. */
  attempts: number;
  ref?: string;
  error?: string;
  /**
   * Mail recipients that refused it while others accepted it. While set, a
   * new attempt sends to these only, so nobody who has the mail gets it twice.
   */
  rejected?: string[];
  /** Exactly what is to be sent; `notifications retry` re-sends it. */
  artefact: Artefact;
  /** When the latest attempt began; an interrupted one is searched for from here. */
  startedAt: string;
  updatedAt: string;
  /** While "sending": who is sending it, and when that process last said it still is (delivery-lease.ts). */
  lease?: DeliveryLease;
}

/**
 * A record as the ledger keeps it. Once delivered ("sent", "outbox") the
 * artefact is dropped (null): the mail server, Slack, Zendesk or the outbox
 * file has it, and the key, status and reference are all exactly-once needs.
 * Keeping a copy of every message sent was most of the ledger's size.
 */
export type LedgerEntry = Omit<DeliveryRecord, "artefact"> & { artefact: Artefact | null };

/** Statuses that mean delivered: nothing is owed, and the artefact is no longer kept. */
export const DELIVERED_STATUSES: ReadonlySet<LedgerStatus> = new Set(["sent", "outbox"]);

/** The record with its artefact, when the ledger still keeps one (every undelivered record does). */
export function owedRecord(entry: LedgerEntry): DeliveryRecord | undefined {
  return entry.artefact ? { ...entry, artefact: entry.artefact } : undefined;
}

/** The claim of a process sending a notification: a dead process or a silent heartbeat means it was abandoned. */
export interface DeliveryLease {
  pid: number;
  host: string;
  heartbeatAt: string;
}

/** How an attempt ended: what `finish` writes over the claimed record. */
export type DeliveryOutcome = Pick<DeliveryRecord, "status" | "attempts" | "ref" | "error" | "rejected" | "updatedAt">;

export interface DeliveryLedger {
  get(id: string): Promise<LedgerEntry | undefined>;
  /**
   * Marks the key "sending" with this artefact, if nobody changed the
   * record since `previous` was read (undefined: if there is none yet).
   * False means another process got there first: do not send.
   */
  claim(record: DeliveryRecord, previous: LedgerEntry | undefined): Promise<boolean>;
  /** Records how the attempt ended; a delivered one drops its artefact. */
  finish(id: string, outcome: DeliveryOutcome): Promise<void>;
  /** Renews the sending process's lease on a record it is still sending. */
  heartbeat?(id: string, lease: DeliveryLease): Promise<void>;
  /** Records not delivered: failed, partial and interrupted ("sending") ones, oldest first. */
  undelivered(): Promise<DeliveryRecord[]>;
  /** Keys starting with `prefix`, for finding a ticket's records (retention). */
  idsStartingWith?(prefix: string): Promise<string[]>;
  /** Removes these records (erasure); answers how many there were. */
  forget?(ids: readonly string[]): Promise<number>;
  /** Releases connections the ledger opened itself. */
  close?(): void | Promise<void>;
}

/** Records in this process only: for tests and for agents without a durable checkpointer. */
export class InMemoryDeliveryLedger implements DeliveryLedger {
  private readonly records = new Map<string, LedgerEntry>();

  async get(id: string): Promise<LedgerEntry | undefined> {
    const record = this.records.get(id);
    return record ? structuredClone(record) : undefined;
  }

  async claim(record: DeliveryRecord, previous: LedgerEntry | undefined): Promise<boolean> {
    const current = this.records.get(record.id);
    const unchanged = previous ? current?.updatedAt === previous.updatedAt && current.status === previous.status : !current;
    if (!unchanged) return false;
    this.records.set(record.id, structuredClone({ ...record, status: "sending" }));
    return true;
  }

  async heartbeat(id: string, lease: DeliveryLease): Promise<void> {
    const current = this.records.get(id);
    if (current?.status === "sending") current.lease = { ...lease };
  }

  async finish(id: string, outcome: DeliveryOutcome): Promise<void> {
    const current = this.records.get(id);
    if (!current) return;
    // Like the SQL ledgers: ref, error and rejected describe the latest attempt, so an absent one clears the old.
    const { ref, error, rejected, lease: _lease, ...rest } = { ...current, ...outcome, ref: outcome.ref, error: outcome.error, rejected: outcome.rejected };
    this.records.set(id, {
      ...rest,
      artefact: DELIVERED_STATUSES.has(outcome.status) ? null : rest.artefact,
      ...(ref !== undefined ? { ref } : {}),
      ...(error !== undefined ? { error } : {}),
      ...(rejected?.length ? { rejected: [...rejected] } : {}),
    });
  }

  async undelivered(): Promise<DeliveryRecord[]> {
    return [...this.records.values()]
      .filter((r) => r.status === "failed" || r.status === "partial" || r.status === "sending" || r.status === "not_configured")
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
      .flatMap((r) => owedRecord(structuredClone(r)) ?? []);
  }

  async idsStartingWith(prefix: string): Promise<string[]> {
    return [...this.records.keys()].filter((id) => id.startsWith(prefix));
  }

  async forget(ids: readonly string[]): Promise<number> {
    return ids.filter((id) => this.records.delete(id)).length;
  }
}
