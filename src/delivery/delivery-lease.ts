/**
 * Whether a "sending" record still has a process sending it. The process
 * that claims a notification writes a lease (its pid and host) and renews
 * it (a heartbeat) while it sends. The record is abandoned — a crash, a
 * kill -9 — when that process is gone (same host: the pid is not alive) or
 * its heartbeat has gone quiet (another host: no word for LEASE_STALE_MS).
 * Records from before leases existed fall back to their age.
 */
import { hostname } from "node:os";
import type { DeliveryLease, DeliveryRecord } from "./ledger.js";

/** How often a sending process renews its lease. */
export const HEARTBEAT_MS = 10_000;
/** A lease not renewed for this long belongs to a process that stopped (three missed heartbeats). */
export const LEASE_STALE_MS = 3 * HEARTBEAT_MS;
/** Records without a lease (written before leases): retries and backoff take up to about a minute. */
export const UNLEASED_IN_FLIGHT_MS = 2 * 60_000;

export function currentLease(now: Date = new Date()): DeliveryLease {
  return { pid: process.pid, host: hostname(), heartbeatAt: now.toISOString() };
}

export interface LeaseCheck {
  /** Signal 0 asks whether a pid exists, without touching it. */
  isAlive?: (pid: number) => boolean;
  host?: string;
}

/** Whether the record is being sent right now by a live process (so a retry must leave it alone). */
export function sendingElsewhere(record: DeliveryRecord, now: Date, check: LeaseCheck = {}): boolean {
  if (record.status !== "sending") return false;
  const lease = record.lease;
  if (!lease) return now.getTime() - Date.parse(record.updatedAt) < UNLEASED_IN_FLIGHT_MS;
  if (lease.host === (check.host ?? hostname())) {
    if (lease.pid === process.pid) return false;
    return (check.isAlive ?? pidAlive)(lease.pid);
  }
  return now.getTime() - Date.parse(lease.heartbeatAt) < LEASE_STALE_MS;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is someone else's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
