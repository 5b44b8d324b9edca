/**
 * A mail server that takes the team's address and answers the cc'd
 * escalation address with a temporary refusal (RCPT TO 451), against a real
 * smtp-server on 127.0.0.1: within the same delivery the refused address is
 * tried again, alone, with the same message, under the retry policy; a
 * permanent refusal (550) is not. The team never gets a second copy.
 */
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_ROUTING } from "../../src/config/routing.js";
import { createHandoffChannels } from "../../src/delivery/create.js";
import { owedRecord, type DeliveryLedger, type DeliveryOutcome } from "../../src/delivery/ledger.js";
import { SqliteDeliveryLedger } from "../../src/delivery/sqlite-ledger.js";
import type { PlannedNotification } from "../../src/delivery/types.js";
import { engineeringOutagePackage } from "../fixtures/triage.js";
import { startFakeSmtp, type FakeSmtp } from "../helpers/fakes/smtp.js";
import { tempDir } from "../helpers/delivery.js";

const KEY = "T-89:immediate_escalation:engineering:team_email";
const TEAM = DEFAULT_ROUTING.teams.engineering.email;
const ESCALATION = DEFAULT_ROUTING.escalation.email;
/** Two retries after the first try, with millisecond backoff. */
const RETRY = { retries: 2, minTimeoutMs: 1, maxTimeoutMs: 2 };

function teamMail(): PlannedNotification {
  const contextPackage = engineeringOutagePackage("T-89");
  return { id: KEY, kind: "team_email", target: TEAM, contextPackage };
}

let smtp: FakeSmtp;
let ledger: SqliteDeliveryLedger;
beforeEach(async () => {
  smtp = await startFakeSmtp();
  ledger = SqliteDeliveryLedger.open(join(tempDir(), "agent.db"));
});
afterEach(async () => {
  ledger.close();
  await smtp.close();
});

function channels(through: DeliveryLedger = ledger) {
  return createHandoffChannels({ routing: DEFAULT_ROUTING, ledger: through, settings: { smtpUrl: smtp.url, outboxDir: tempDir() }, retry: RETRY });
}

/** The test's ledger, with every outcome written kept, and claims after the first answered by `reclaim`. */
function watched(reclaim: () => Promise<boolean>) {
  const outcomes: DeliveryOutcome[] = [];
  let claims = 0;
  const through: DeliveryLedger = {
    get: (id) => ledger.get(id),
    claim: (record, previous) => (claims++ === 0 ? ledger.claim(record, previous) : reclaim()),
    finish: async (id, outcome) => {
      outcomes.push(outcome);
      await ledger.finish(id, outcome);
    },
    undelivered: () => ledger.undelivered(),
  };
  return { through, outcomes };
}

describe("SMTP refusing one recipient for now (4xx)", () => {
  it("tries the refused address again, alone, in the same delivery: sent, each copy delivered once", async () => {
    smtp.deferRecipients.set(ESCALATION, 1);

    const result = await channels().deliver(teamMail());

    expect(result).toMatchObject({ status: "sent", attempts: 2, totalAttempts: 2, ref: expect.stringMatching(/^<.+>$/) });
    expect(result).not.toHaveProperty("rejected");
    expect(result).not.toHaveProperty("error");
    expect(smtp.rcptTo).toEqual([TEAM, ESCALATION, ESCALATION]);
    expect(smtp.received.map((m) => m.recipients)).toEqual([[TEAM], [ESCALATION]]);
    const [original, copy] = smtp.received.map((m) => m.mail);
    expect(copy?.messageId).toBe(original?.messageId);
    expect(copy?.messageId).toBe(result.ref);
    expect(copy?.to).toEqual(original?.to);
    expect(copy?.cc).toEqual(original?.cc);
    expect(await ledger.get(KEY)).toMatchObject({ status: "sent", attempts: 2, ref: result.ref });
    expect(await ledger.get(KEY)).not.toHaveProperty("rejected");
    expect(await ledger.undelivered()).toEqual([]);
  });

  it("does not retry a permanent refusal (550) in the run: partial after one try", async () => {
    smtp.rejectRecipients.add(ESCALATION);

    const result = await channels().deliver(teamMail());

    expect(result).toMatchObject({ status: "partial", attempts: 1, totalAttempts: 1, rejected: [ESCALATION], error: expect.stringMatching(/SMTP 550/) });
    expect(smtp.rcptTo).toEqual([TEAM, ESCALATION]);
    expect(smtp.attempts).toBe(1);
    expect(smtp.received.map((m) => m.recipients)).toEqual([[TEAM]]);
    expect(await ledger.get(KEY)).toMatchObject({ status: "partial", attempts: 1, rejected: [ESCALATION] });
  });

  it("stays partial once the retry budget is spent, and the next attempt still goes to the refused address only", async () => {
    smtp.deferRecipients.set(ESCALATION, Infinity);

    const result = await channels().deliver(teamMail());

    expect(result).toMatchObject({ status: "partial", attempts: 3, totalAttempts: 3, rejected: [ESCALATION], error: expect.stringMatching(/451/) });
    expect(result.ref).toMatch(/^<.+>$/);
    expect(smtp.rcptTo).toEqual([TEAM, ESCALATION, ESCALATION, ESCALATION]);
    expect(smtp.received.map((m) => m.recipients)).toEqual([[TEAM]]);
    expect(await ledger.get(KEY)).toMatchObject({ status: "partial", attempts: 3, rejected: [ESCALATION], ref: result.ref });

    // The mailbox frees up: a later attempt completes it with the same message, still without the team.
    smtp.deferRecipients.clear();
    const completed = await channels().deliver(teamMail());
    expect(completed).toMatchObject({ status: "sent", attempts: 1, totalAttempts: 4, ref: result.ref });
    expect(smtp.received.map((m) => m.recipients)).toEqual([[TEAM], [ESCALATION]]);
  });

  it("retries only the temporarily refused address when another is refused for good, and reports the latter", async () => {
    // A mail with a second cc: composed once (the server refusing the sender), then given the extra address in the ledger.
    const other = "oncall@example.com";
    const delivery = channels();
    smtp.refuse = true;
    expect(await delivery.deliver(teamMail())).toMatchObject({ status: "failed" });
    const failed = owedRecord((await ledger.get(KEY))!)!;
    if (failed.artefact.medium !== "email") throw new Error("expected a mail");
    const artefact = { ...failed.artefact, message: { ...failed.artefact.message, cc: [...(failed.artefact.message.cc ?? []), other] } };
    expect(await ledger.claim({ ...failed, artefact, status: "sending" }, failed)).toBe(true);
    await ledger.finish(KEY, { status: "failed", attempts: failed.attempts, error: failed.error, updatedAt: new Date().toISOString() });
    smtp.refuse = false;
    smtp.deferRecipients.set(ESCALATION, 1);
    smtp.rejectRecipients.add(other);

    const result = await delivery.redeliver((await ledger.get(KEY))!);

    expect(result).toMatchObject({
      status: "partial",
      attempts: 2,
      totalAttempts: 3,
      rejected: [other],
      error: expect.stringMatching(new RegExp(`except to ${other} \\(SMTP 550`)),
    });
    expect(smtp.rcptTo).toEqual([TEAM, ESCALATION, other, ESCALATION]);
    expect(smtp.received.map((m) => m.recipients)).toEqual([[TEAM], [ESCALATION]]);
    expect(await ledger.get(KEY)).toMatchObject({ status: "partial", attempts: 3, rejected: [other] });
  });

  it("records who is still owed the mail before waiting, so a run that dies in the backoff resumes with them only", async () => {
    smtp.deferRecipients.set(ESCALATION, 1);
    const { through, outcomes } = watched(async () => {
      throw new Error("the process died");
    });

    await expect(channels(through).deliver(teamMail())).rejects.toThrow("the process died");
    expect(outcomes).toEqual([expect.objectContaining({ status: "partial", attempts: 1, rejected: [ESCALATION] })]);

    const resumed = await channels().deliver(teamMail());
    expect(resumed).toMatchObject({ status: "sent", attempts: 1, totalAttempts: 2 });
    expect(smtp.received.map((m) => m.recipients)).toEqual([[TEAM], [ESCALATION]]);
  });

  it("leaves the rest to another process that claimed the notification between two tries", async () => {
    smtp.deferRecipients.set(ESCALATION, 1);
    const { through, outcomes } = watched(async () => false);

    const result = await channels(through).deliver(teamMail());

    expect(result).toMatchObject({ status: "partial", attempts: 1, rejected: [ESCALATION], error: "another process is delivering this notification" });
    expect(outcomes).toHaveLength(1);
    expect(smtp.rcptTo).toEqual([TEAM, ESCALATION]);
    expect(await ledger.get(KEY)).toMatchObject({ status: "partial", rejected: [ESCALATION] });
  });
});
