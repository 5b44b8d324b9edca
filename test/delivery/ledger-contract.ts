/**
 * What every delivery ledger must do, as one suite run against each of them
 * (in memory, SQLite, PostgreSQL): a claim is compare-and-set on the record
 * as it was read, so two processes never both send, and failed deliveries
 * are listed until a retry lands.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { owedRecord, type DeliveryLedger, type DeliveryRecord } from "../../src/delivery/ledger.js";

export interface LedgerFixture {
  /** A ledger with no records in it. */
  ledger: DeliveryLedger;
  cleanup(): Promise<void>;
}

/** A Slack delivery about to be sent. */
export function slackRecord(id: string, at = "2025-01-01T10:00:00.000Z"): DeliveryRecord {
  return {
    id,
    kind: "slack",
    target: "#eng",
    status: "sending",
    attempts: 0,
    artefact: {
      medium: "slack",
      message: {
        channel: "#eng",
        text: "hi",
        blocks: [],
        metadata: { event_type: "e", event_payload: { idempotency_key: id, ticket_id: "T" } },
        unfurl_links: false,
        unfurl_media: false,
      },
    },
    startedAt: at,
    updatedAt: at,
  };
}

export function ledgerContract(name: string, open: () => LedgerFixture): void {
  describe(`${name} ledger`, () => {
    let fixture: LedgerFixture;
    let ledger: DeliveryLedger;
    beforeEach(() => {
      fixture = open();
      ledger = fixture.ledger;
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    it("claims a new key once; a second claim without the current record loses", async () => {
      expect(await ledger.claim(slackRecord("k1"), undefined)).toBe(true);
      expect(await ledger.claim(slackRecord("k1"), undefined)).toBe(false);
      expect(await ledger.get("k1")).toMatchObject({ id: "k1", status: "sending", artefact: { medium: "slack" } });
    });

    it("re-claims a failed key only from the record as it was read", async () => {
      await ledger.claim(slackRecord("k2"), undefined);
      await ledger.finish("k2", { status: "failed", attempts: 3, error: "HTTP 500", updatedAt: "2025-01-01T10:01:00.000Z" });
      const failed = await ledger.get("k2");
      expect(await ledger.undelivered()).toEqual([expect.objectContaining({ id: "k2", status: "failed", attempts: 3, error: "HTTP 500" })]);
      const retry = { ...slackRecord("k2", "2025-01-01T10:02:00.000Z"), attempts: 3 };
      expect(await ledger.claim(retry, failed)).toBe(true);
      expect(await ledger.claim(retry, failed)).toBe(false);
      await ledger.finish("k2", { status: "sent", attempts: 4, ref: "171.0001", updatedAt: "2025-01-01T10:02:01.000Z" });
      expect(await ledger.get("k2")).toMatchObject({ status: "sent", attempts: 4, ref: "171.0001" });
      expect(await ledger.undelivered()).toEqual([]);
    });

    it("keeps the artefact while a delivery is owed and drops it once delivered (the channel has it)", async () => {
      await ledger.claim(slackRecord("k5"), undefined);
      await ledger.finish("k5", { status: "failed", attempts: 1, error: "HTTP 500", updatedAt: "2025-01-01T10:01:00.000Z" });
      expect((await ledger.get("k5"))?.artefact).toMatchObject({ medium: "slack", message: { text: "hi" } });
      expect((await ledger.undelivered()).map((r) => r.artefact.medium)).toEqual(["slack"]);
      const failed = await ledger.get("k5");
      await ledger.claim({ ...slackRecord("k5", "2025-01-01T10:02:00.000Z"), attempts: 1 }, failed);
      await ledger.finish("k5", { status: "sent", attempts: 2, ref: "171.2", updatedAt: "2025-01-01T10:02:01.000Z" });
      expect(await ledger.get("k5")).toMatchObject({ id: "k5", status: "sent", attempts: 2, ref: "171.2", artefact: null });
    });

    it("finds a ticket's keys by prefix (ids with % and _ compared as they are) and forgets them", async () => {
      for (const id of ["T_1%:reply:1", "T_1%:slack", "T_10:reply:1", "TX1%:reply:1"]) await ledger.claim(slackRecord(id), undefined);
      expect((await ledger.idsStartingWith!("T_1%:")).sort()).toEqual(["T_1%:reply:1", "T_1%:slack"]);
      expect(await ledger.forget!(["T_1%:reply:1", "T_1%:slack", "missing"])).toBe(2);
      expect(await ledger.get("T_1%:slack")).toBeUndefined();
      expect(await ledger.get("T_10:reply:1")).toBeDefined();
    });

    it("keeps a partial delivery's refused recipients through a claim, lists it as undelivered, and clears them once sent", async () => {
      await ledger.claim(slackRecord("k4"), undefined);
      const outcome = { status: "partial" as const, attempts: 1, ref: "<m@x>", error: "SMTP 550", rejected: ["cc@example.com"] };
      await ledger.finish("k4", { ...outcome, updatedAt: "2025-01-01T10:01:00.000Z" });
      const partial = await ledger.get("k4");
      expect(partial).toMatchObject(outcome);
      expect((await ledger.undelivered()).map((r) => [r.id, r.status])).toEqual([["k4", "partial"]]);
      expect(
        await ledger.claim(
          { ...owedRecord(partial!)!, status: "sending", startedAt: "2025-01-01T10:02:00.000Z", updatedAt: "2025-01-01T10:02:00.000Z" },
          partial,
        ),
      ).toBe(true);
      expect(await ledger.get("k4")).toMatchObject({ status: "sending", rejected: ["cc@example.com"] });
      await ledger.finish("k4", { status: "sent", attempts: 2, ref: "<m@x>", updatedAt: "2025-01-01T10:02:01.000Z" });
      const sent = await ledger.get("k4");
      expect(sent).toMatchObject({ status: "sent", attempts: 2 });
      expect(sent).not.toHaveProperty("rejected");
      expect(sent).not.toHaveProperty("error");
    });
  });
}
