/**
 * The delivery ledger in PostgreSQL, each test in a schema of its own that
 * is dropped afterwards: the ledger contract, and records kept as JSONB
 * that outlive the connection pool. Needs TEST_DATABASE_URL; skipped without it.
 */
import { afterEach, describe, expect, it } from "vitest";
import { openDeliveryLedger } from "../../src/delivery/create.js";
import type { DeliveryRecord } from "../../src/delivery/ledger.js";
import { skipWithout, testSchema, type TestSchema } from "../helpers/services.js";
import { ledgerContract } from "./ledger-contract.js";

function ticketingRecord(id: string, at: string): DeliveryRecord {
  return {
    id,
    kind: "ticketing",
    target: "4242",
    status: "sending",
    attempts: 0,
    artefact: {
      medium: "ticketing",
      update: {
        ticketId: "T-1",
        externalId: "4242",
        subject: "s",
        status: "escalated",
        priority: "urgent",
        group: "360001",
        tags: ["ai-escalated"],
        internalNote: "note",
        idempotencyKey: id,
      },
    },
    startedAt: at,
    updatedAt: at,
  };
}

describe.skipIf(skipWithout("TEST_DATABASE_URL", "the PostgreSQL delivery ledger"))("PostgreSQL delivery ledger", () => {
  ledgerContract("PostgreSQL", () => {
    const schema = testSchema("ledger");
    const ledger = openDeliveryLedger(schema.location);
    return {
      ledger,
      cleanup: async () => {
        await ledger.close?.();
        await schema.drop();
      },
    };
  });

  let schema: TestSchema | undefined;
  afterEach(async () => {
    await schema?.drop();
    schema = undefined;
  });

  it("keeps the artefact as JSON and the records across pools", async () => {
    const own = (schema = testSchema("ledger"));
    const ledger = openDeliveryLedger(own.location);
    expect(await ledger.claim(ticketingRecord("k1", "2025-01-01T10:00:00.000Z"), undefined)).toBe(true);
    await ledger.finish("k1", { status: "failed", attempts: 1, error: "HTTP 503", updatedAt: "2025-01-01T10:00:01.000Z" });
    // A re-claim writes the artefact again (UPDATE rather than INSERT).
    expect(await ledger.claim(ticketingRecord("k1", "2025-01-01T10:05:00.000Z"), await ledger.get("k1"))).toBe(true);
    await ledger.finish("k1", { status: "failed", attempts: 1, error: "HTTP 503", updatedAt: "2025-01-01T10:05:01.000Z" });
    await ledger.close?.();

    const stored = await own.query<{ type: string }>(`SELECT jsonb_typeof(artefact) AS type FROM "${own.name}".notification_deliveries`);
    expect(stored.rows).toEqual([{ type: "object" }]);
    const reopened = openDeliveryLedger(own.location);
    expect(await reopened.undelivered()).toEqual([
      expect.objectContaining({
        id: "k1",
        status: "failed",
        attempts: 1,
        error: "HTTP 503",
        artefact: expect.objectContaining({ medium: "ticketing", update: expect.objectContaining({ externalId: "4242" }) }),
      }),
    ]);
    await reopened.close?.();
  });

  it("adds the rejected column to a table created before it existed", async () => {
    const own = (schema = testSchema("ledger"));
    await own.query(`CREATE SCHEMA "${own.name}"`);
    await own.query(`CREATE TABLE "${own.name}".notification_deliveries (id TEXT PRIMARY KEY, kind TEXT NOT NULL, target TEXT NOT NULL,
      status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, ref TEXT, error TEXT, artefact JSONB NOT NULL, started_at TEXT NOT NULL, updated_at TEXT NOT NULL)`);
    const ledger = openDeliveryLedger(own.location);
    expect(await ledger.claim(ticketingRecord("k2", "2025-01-01T10:00:00.000Z"), undefined)).toBe(true);
    await ledger.finish("k2", { status: "partial", attempts: 1, rejected: ["cc@example.com"], updatedAt: "2025-01-01T10:00:01.000Z" });
    expect(await ledger.get("k2")).toMatchObject({ status: "partial", rejected: ["cc@example.com"] });
    await ledger.close?.();
  });
});
