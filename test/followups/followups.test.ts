/**
 * Satisfaction surveys (seed Step 7): scheduled when a person resolves a
 * ticket, sent once when due through the channels, answered into the
 * outcome record.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_ROUTING } from "../../src/config/routing.js";
import { SATISFACTION_SURVEY_DELAY_MINUTES } from "../../src/domain/service-levels.js";
import { answerSurvey, NoSurveyError } from "../../src/followups/answer.js";
import { readFollowUp } from "../../src/followups/follow-up.js";
import { MAX_SEND_ATTEMPTS, runDueFollowUps } from "../../src/worker/send-surveys.js";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { readOutcome } from "../../src/learning/outcomes.js";
import { createHandoffChannels } from "../../src/delivery/create.js";
import { channelSettingsFromEnv } from "../../src/settings/index.js";
import type { DeliveryResult, HandoffChannels, PlannedNotification } from "../../src/delivery/types.js";
import { seedTicket, testAgent } from "../helpers/agent.js";

const MINUTE = 60_000;

async function resolvedTicket(options: { email?: boolean; satisfaction?: number } = {}) {
  const { agent, store, outbox } = testAgent();
  const client = new ThreadClient(agent);
  const ticket = seedTicket("TICK-TECH-001");
  if (options.email === false) delete ticket.customerEmail;
  await client.triage(ticket);
  await client.act(ticket.id, {
    action: "resolve",
    agent: "sam",
    resolved: true,
    appropriate: true,
    ...(options.satisfaction ? { satisfaction: options.satisfaction } : {}),
  });
  return { store, outbox, ticket };
}

/** Channels that record what they are asked to deliver and answer as told. */
function recordingChannels(status: DeliveryResult["status"] = "sent") {
  const sent: PlannedNotification[] = [];
  const channels: HandoffChannels = {
    deliver: async (n) => {
      sent.push(n);
      return { status, attempts: 1, ...(status === "failed" ? { error: "smtp down" } : { ref: `<${n.id}>` }) };
    },
  };
  return { sent, channels };
}

describe("satisfaction surveys", () => {
  it("are scheduled when a person resolves the ticket, due a day later", async () => {
    const { store, ticket } = await resolvedTicket();
    const survey = await readFollowUp(store, ticket.id);
    expect(survey).toMatchObject({ status: "scheduled", to: ticket.customerEmail, subject: ticket.subject, attempts: 0 });
    const delay = Date.parse(survey?.dueAt ?? "") - Date.parse(survey?.scheduledAt ?? "");
    expect(delay).toBe(SATISFACTION_SURVEY_DELAY_MINUTES * MINUTE);
  });

  it("are not scheduled without a customer address, or when satisfaction is already known", async () => {
    expect(await readFollowUp((await resolvedTicket({ email: false })).store, "TICK-TECH-001")).toBeNull();
    expect(await readFollowUp((await resolvedTicket({ satisfaction: 5 })).store, "TICK-TECH-001")).toBeNull();
  });

  it("are sent once when due, never before", async () => {
    const { store, ticket } = await resolvedTicket();
    const survey = await readFollowUp(store, ticket.id);
    const due = new Date(survey?.dueAt ?? "");
    const { sent, channels } = recordingChannels();

    expect(await runDueFollowUps(store, channels, { now: new Date(due.getTime() - MINUTE) })).toEqual([]);
    const first = await runDueFollowUps(store, channels, { now: due });
    const again = await runDueFollowUps(store, channels, { now: new Date(due.getTime() + 60 * MINUTE) });

    expect(first).toEqual([expect.objectContaining({ ticketId: ticket.id, status: "sent", delivery: "sent" })]);
    expect(again).toEqual([]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ id: `${ticket.id}:satisfaction_survey`, kind: "customer_reply", target: ticket.customerEmail });
    expect(sent[0]?.body).toContain("from 1 (poor) to 5 (excellent)");
    expect((await readFollowUp(store, ticket.id))?.status).toBe("sent");
  });

  it("send the same survey once when two runs race", async () => {
    const { store, ticket } = await resolvedTicket();
    const due = new Date((await readFollowUp(store, ticket.id))?.dueAt ?? "");
    const { sent, channels } = recordingChannels();
    await Promise.all([runDueFollowUps(store, channels, { now: due }), runDueFollowUps(store, channels, { now: due })]);
    expect(sent).toHaveLength(1);
  });

  it(`are retried on later runs and given up after ${MAX_SEND_ATTEMPTS} failures`, async () => {
    const { store, ticket } = await resolvedTicket();
    const due = new Date((await readFollowUp(store, ticket.id))?.dueAt ?? "");
    const { sent, channels } = recordingChannels("failed");
    for (let i = 0; i < MAX_SEND_ATTEMPTS + 1; i++) await runDueFollowUps(store, channels, { now: due });
    expect(sent).toHaveLength(MAX_SEND_ATTEMPTS);
    expect(await readFollowUp(store, ticket.id)).toMatchObject({ status: "failed", attempts: MAX_SEND_ATTEMPTS, error: "smtp down" });
  });

  it("land in the outbox as a mail to the customer when no mail server is set", async () => {
    const { store, ticket, outbox } = await resolvedTicket();
    const due = new Date((await readFollowUp(store, ticket.id))?.dueAt ?? "");
    // The channels the CLI builds, with no SMTP_URL in the environment.
    const channels = createHandoffChannels({ routing: DEFAULT_ROUTING, settings: channelSettingsFromEnv({ ESCALATION_OUTBOX: outbox }) });
    const [result] = await runDueFollowUps(store, channels, { now: due });
    expect(result?.delivery).toBe("outbox");
    const file = readdirSync(outbox).find((f) => f.includes("satisfaction_survey"));
    expect(file).toBeDefined();
    const mail = readFileSync(`${outbox}/${file}`, "utf8");
    expect(mail).toContain(`To: ${ticket.customerEmail}`);
    expect(mail).toContain(`Subject: Re: ${ticket.subject}`);
  });

  it("record the customer's answer as the ticket's satisfaction", async () => {
    const { store, ticket } = await resolvedTicket();
    const answered = await answerSurvey(store, ticket.id, 4, "2030-01-01T00:00:00.000Z");
    expect(answered).toMatchObject({ status: "answered", satisfaction: 4 });
    expect((await readOutcome(store, ticket.id))?.verdict?.satisfaction).toBe(4);
    await expect(answerSurvey(store, "NO-SUCH-TICKET", 3, "2030-01-01T00:00:00.000Z")).rejects.toThrow(NoSurveyError);
  });
});
