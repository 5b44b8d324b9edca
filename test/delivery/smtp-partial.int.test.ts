/**
 * A mail server that accepts the team's address and refuses the cc'd
 * escalation address (RCPT TO 550), against a real smtp-server on
 * 127.0.0.1: the delivery is "partial", with the refused address named in
 * the result and the ledger; trying again sends the same message to the
 * refused address only, so the team never gets a second copy.
 */
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_ROUTING } from "../../src/config/routing.js";
import { createHandoffChannels } from "../../src/delivery/create.js";
import { SqliteDeliveryLedger } from "../../src/delivery/sqlite-ledger.js";
import type { PlannedNotification } from "../../src/delivery/types.js";
import { engineeringOutagePackage } from "../fixtures/triage.js";
import { startFakeSmtp, type FakeSmtp } from "../helpers/fakes/smtp.js";
import { tempDir } from "../helpers/delivery.js";

const KEY = "T-88:immediate_escalation:engineering:team_email";
const TEAM = DEFAULT_ROUTING.teams.engineering.email;
const ESCALATION = DEFAULT_ROUTING.escalation.email;

function teamMail(): PlannedNotification {
  const contextPackage = engineeringOutagePackage("T-88");
  return { id: KEY, kind: "team_email", target: TEAM, contextPackage };
}

let smtp: FakeSmtp;
beforeEach(async () => {
  smtp = await startFakeSmtp();
});
afterEach(async () => {
  await smtp.close();
});

describe("SMTP refusing one recipient", () => {
  it("is recorded as partial, and each later attempt goes to the refused address only", async () => {
    const db = join(tempDir(), "agent.db");
    const open = () => {
      const ledger = SqliteDeliveryLedger.open(db);
      const settings = { smtpUrl: smtp.url, outboxDir: tempDir() };
      return { ledger, channels: createHandoffChannels({ routing: DEFAULT_ROUTING, ledger, settings, retry: { retries: 0 } }) };
    };
    smtp.rejectRecipients.add(ESCALATION);
    const first = open();

    const partial = await first.channels.deliver(teamMail());
    expect(partial).toMatchObject({ status: "partial", attempts: 1, totalAttempts: 1, rejected: [ESCALATION], ref: expect.stringMatching(/^<.+>$/) });
    expect(partial.error).toMatch(new RegExp(`except to ${ESCALATION} \\(SMTP 550 5\\.1\\.1 Mailbox unavailable\\)`));
    expect(smtp.received.map((m) => m.recipients)).toEqual([[TEAM]]);
    expect(await first.ledger.get(KEY)).toMatchObject({ status: "partial", attempts: 1, rejected: [ESCALATION] });
    first.ledger.close();

    // Another process, still refused: only the refused address is tried; it stays partial, the team gets nothing new.
    const second = open();
    const stillRefused = await second.channels.deliver(teamMail());
    expect(stillRefused).toMatchObject({ status: "partial", totalAttempts: 2, rejected: [ESCALATION], error: expect.stringMatching(/SMTP 550/) });
    expect(smtp.received).toHaveLength(1);
    expect((await second.ledger.undelivered()).map((r) => [r.id, r.status])).toEqual([[KEY, "partial"]]);

    // The mailbox is fixed: the same message (same Message-ID, same To and Cc headers) goes to the escalation address alone.
    smtp.rejectRecipients.clear();
    const completed = await second.channels.deliver(teamMail());
    expect(completed).toMatchObject({ status: "sent", totalAttempts: 3, ref: partial.ref });
    expect(completed).not.toHaveProperty("rejected");
    expect(smtp.received.map((m) => m.recipients)).toEqual([[TEAM], [ESCALATION]]);
    const [original, copy] = smtp.received.map((m) => m.mail);
    expect(copy?.messageId).toBe(original?.messageId);
    expect(copy?.cc).toEqual(original?.cc);
    expect(copy?.to).toEqual(original?.to);
    expect(await second.ledger.get(KEY)).toMatchObject({ status: "sent", attempts: 3 });
    expect(await second.ledger.undelivered()).toEqual([]);

    // Delivered now: nothing goes out again.
    expect(await second.channels.deliver(teamMail())).toMatchObject({ status: "sent", attempts: 0 });
    expect(smtp.received).toHaveLength(2);
    second.ledger.close();
  });
});
