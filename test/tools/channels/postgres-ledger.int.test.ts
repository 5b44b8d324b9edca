/**
 * The delivery ledger in PostgreSQL (TEST_DATABASE_URL, CI's default when
 * unset), in a schema of its own that is dropped afterwards: claims are
 * compare-and-set and records outlive the connection pool.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { DeliveryRecord } from "../../../src/tools/channels/ledger.js";
import { openDeliveryLedger } from "../../../src/tools/channels/create.js";

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `ledger_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
const location = `${DATABASE_URL}${DATABASE_URL.includes("?") ? "&" : "?"}schema=${schema}`;

function record(id: string, at: string): DeliveryRecord {
  return {
    id,
    kind: "ticketing",
    target: "4242",
    status: "sending",
    attempts: 0,
    artefact: {
      medium: "ticketing",
      update: { ticketId: "T-1", externalId: "4242", subject: "s", status: "escalated", priority: "urgent", group: "360001", tags: ["ai-escalated"], internalNote: "note", idempotencyKey: id },
    },
    startedAt: at,
    updatedAt: at,
  };
}

afterAll(async () => {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
});

describe("PostgreSQL delivery ledger", () => {
  it("claims once, records the outcome, lists what is undelivered, and keeps it across pools", async () => {
    const ledger = openDeliveryLedger(location);
    expect(await ledger.claim(record("k1", "2025-01-01T10:00:00.000Z"), undefined)).toBe(true);
    expect(await ledger.claim(record("k1", "2025-01-01T10:00:00.000Z"), undefined)).toBe(false);
    await ledger.finish("k1", { status: "failed", attempts: 1, error: "HTTP 503", updatedAt: "2025-01-01T10:00:01.000Z" });
    const failed = await ledger.get("k1");
    expect(failed).toMatchObject({ status: "failed", attempts: 1, error: "HTTP 503", artefact: { medium: "ticketing", update: { externalId: "4242" } } });
    await ledger.close?.();

    const reopened = openDeliveryLedger(location);
    expect(await reopened.undelivered()).toEqual([expect.objectContaining({ id: "k1", status: "failed" })]);
    const retry = { ...record("k1", "2025-01-01T10:05:00.000Z"), attempts: 1 };
    expect(await reopened.claim(retry, failed)).toBe(true);
    expect(await reopened.claim(retry, failed)).toBe(false);
    await reopened.finish("k1", { status: "sent", attempts: 2, ref: "4242", updatedAt: "2025-01-01T10:05:01.000Z" });
    expect(await reopened.get("k1")).toMatchObject({ status: "sent", attempts: 2, ref: "4242" });
    expect(await reopened.undelivered()).toEqual([]);
    await reopened.close?.();
  });
});
