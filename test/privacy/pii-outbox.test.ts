/**
 * Personal data and credentials in a ticket: the rules still read them (a
 * leaked API key is a security incident), the checkpointed ticket and
 * conversation keep them, and no notification — handoff mail and its
 * attachment, Slack post, ticketing note, customer reply, forwarded
 * follow-up — carries them. ESCALATION_REDACT chooses the kinds.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseTicket, type Ticket } from "../../src/domain/ticket.js";
import { testAgent } from "../helpers/agent.js";
import { readOutbox } from "../helpers/outbox-artefacts.js";
import { expectNoTrace, PII_TICKET, SECRETS } from "../helpers/pii.js";

function ticket(id: string): Ticket {
  const parsed = parseTicket({ ...PII_TICKET, id });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.ticket;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("redaction of personal data and credentials", () => {
  it("escalates on what the rules read, keeps the original in the checkpoint, and leaves no trace in any artefact", async () => {
    const { agent, outbox } = testAgent();
    const state = await agent.invoke({ ticket: ticket("PII-1") }, { configurable: { thread_id: "PII-1" } });

    expect(state.decision?.type).toBe("immediate_escalation");
    expect(state.decision?.targetTeam).toBe("security_team");
    expect(state.classification?.escalationSignals).toContain("security_incident");

    // The checkpoint keeps what the customer wrote.
    expect(state.ticket?.description).toContain(SECRETS.apiKey);
    expect(state.conversation[0]?.content).toContain(SECRETS.password);

    const pkg = state.handoff?.contextPackage;
    if (!pkg) throw new Error("the ticket was not handed off");
    expect(pkg.privacy?.redacted).toEqual(["card", "iban", "national_id", "password", "api_key"]);
    expect(pkg.conversation[0]?.content).toContain("Someone used my API key [REDACTED:api_key] to log in from abroad");
    expect(pkg.ticketInfo.subject).toBe("Card [REDACTED:card] and my account");
    expectNoTrace(JSON.stringify(pkg), "handoff.contextPackage");

    const artefacts = await readOutbox(outbox);
    expect(artefacts.map((a) => a.file.replace(/^PII-1_/, "").replace(/\.[0-9a-f]{16}(?=\.)/, "")).sort()).toEqual([
      "immediate_escalation_security_team_slack.json",
      "immediate_escalation_security_team_team_email.eml",
      "immediate_escalation_security_team_ticketing.json",
      "reply_1.eml",
    ]);
    for (const artefact of artefacts) expectNoTrace(artefact.visible, artefact.file);
    const mail = artefacts.find((a) => /team_email\.[0-9a-f]{16}\.eml$/.test(a.file));
    expect(mail?.mail?.text).toContain("[REDACTED:password]");
    expect(mail?.mail?.attachments[0]?.content.toString("utf8")).toContain('"redacted": [');
  });

  it("redacts a follow-up the owner is forwarded", async () => {
    const { agent, outbox } = testAgent();
    const config = { configurable: { thread_id: "PII-2" } };
    await agent.invoke({ ticket: { id: "PII-2", subject: "Locked out", description: "I want to talk to a human, now." } }, config);
    const after = await agent.invoke({ message: { content: `Here is my new password: ${SECRETS.password} and card ${SECRETS.card}` } }, config);

    expect(after.status).toBe("awaiting_human");
    expect(after.conversation.some((t) => t.role === "customer" && t.content.includes(SECRETS.password))).toBe(true);
    const forwards = await readOutbox(outbox, "PII-2_forward");
    expect(forwards.length).toBeGreaterThan(0);
    for (const artefact of forwards) {
      expect(artefact.visible).toContain("[REDACTED:password]");
      expectNoTrace(artefact.visible, artefact.file);
    }
  });

  it("follows ESCALATION_REDACT: only the named kinds, or none when off", async () => {
    vi.stubEnv("ESCALATION_REDACT", "card,api_key");
    const some = testAgent();
    await some.agent.invoke({ ticket: ticket("PII-3") }, { configurable: { thread_id: "PII-3" } });
    const slack = (await readOutbox(some.outbox)).find((a) => /slack\.[0-9a-f]{16}\.json$/.test(a.file))?.visible ?? "";
    expect(slack).toContain("[REDACTED:card]");
    expect(slack).not.toContain(SECRETS.apiKey);
    expect(slack).toContain(SECRETS.password);

    vi.stubEnv("ESCALATION_REDACT", "off");
    const none = testAgent();
    const state = await none.agent.invoke({ ticket: ticket("PII-4") }, { configurable: { thread_id: "PII-4" } });
    expect(state.handoff?.contextPackage.privacy).toEqual({ redacted: [], checked: [] });
    const mail = (await readOutbox(none.outbox)).find((a) => /team_email\.[0-9a-f]{16}\.eml$/.test(a.file))?.mail?.text ?? "";
    expect(mail).toContain(SECRETS.apiKey);
  });
});
