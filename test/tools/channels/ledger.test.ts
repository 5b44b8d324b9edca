/** The delivery ledger in SQLite: survives reopening, claims are compare-and-set, undelivered work is listed. */
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import type { DeliveryRecord } from "../../../src/tools/channels/ledger.js";
import { InMemoryDeliveryLedger } from "../../../src/tools/channels/ledger.js";
import { SqliteDeliveryLedger } from "../../../src/tools/channels/sqlite-ledger.js";

function record(id: string, at = "2025-01-01T10:00:00.000Z"): DeliveryRecord {
  return {
    id,
    kind: "slack",
    target: "#eng",
    status: "sending",
    attempts: 0,
    artefact: {
      medium: "slack",
      message: { channel: "#eng", text: "hi", blocks: [], metadata: { event_type: "e", event_payload: { idempotency_key: id, ticket_id: "T" } }, unfurl_links: false, unfurl_media: false },
    },
    startedAt: at,
    updatedAt: at,
  };
}

describe.each([
  ["SQLite", () => SqliteDeliveryLedger.open(join(mkdtempSync(join(tmpdir(), "esc-ledger-")), "agent.db"))],
  ["in memory", () => new InMemoryDeliveryLedger()],
])("%s ledger", (_name, open) => {
  it("claims a new key once; a second claim without the current record loses", async () => {
    const ledger = open();
    expect(await ledger.claim(record("k1"), undefined)).toBe(true);
    expect(await ledger.claim(record("k1"), undefined)).toBe(false);
    expect(await ledger.get("k1")).toMatchObject({ id: "k1", status: "sending", artefact: { medium: "slack" } });
  });

  it("re-claims a failed key only from the record as it was read", async () => {
    const ledger = open();
    await ledger.claim(record("k2"), undefined);
    await ledger.finish("k2", { status: "failed", attempts: 3, error: "HTTP 500", updatedAt: "2025-01-01T10:01:00.000Z" });
    const failed = await ledger.get("k2");
    expect(await ledger.undelivered()).toEqual([expect.objectContaining({ id: "k2", status: "failed", attempts: 3, error: "HTTP 500" })]);
    const retry = { ...record("k2", "2025-01-01T10:02:00.000Z"), attempts: 3 };
    expect(await ledger.claim(retry, failed)).toBe(true);
    expect(await ledger.claim(retry, failed)).toBe(false);
    await ledger.finish("k2", { status: "sent", attempts: 4, ref: "171.0001", updatedAt: "2025-01-01T10:02:01.000Z" });
    expect(await ledger.get("k2")).toMatchObject({ status: "sent", attempts: 4, ref: "171.0001" });
    expect(await ledger.undelivered()).toEqual([]);
  });
});

describe("SQLite ledger", () => {
  it("keeps records across connections (a restarted process)", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "esc-ledger-")), "agent.db");
    const first = SqliteDeliveryLedger.open(path);
    await first.claim(record("k3"), undefined);
    first.close();
    const second = SqliteDeliveryLedger.open(path);
    expect(await second.undelivered()).toEqual([expect.objectContaining({ id: "k3", status: "sending" })]);
    second.close();
  });
});
