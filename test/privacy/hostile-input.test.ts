/**
 * Broken and hostile input never crashes the ticket schema, the input
 * reader or the graph: every input ends in a result or in errors that name
 * the field. Property-based: fast-check feeds arbitrary JSON, arbitrary
 * text and tickets made of hostile Unicode.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTicket } from "../../src/domain/ticket.js";
import { parseTicketText } from "../../src/cli/input.js";
import { DECISION_TYPES } from "../../src/domain/taxonomy.js";
import { testAgent } from "../helpers/agent.js";
import { hostileBody, hostileText, hostileTicket } from "../helpers/hostile-text.js";

const KNOWN_FIELDS = [
  "id",
  "subject",
  "description",
  "message",
  "customerEmail",
  "customerName",
  "channel",
  "customerId",
  "customerTier",
  "accountValue",
  "previousTicketCount",
  "supportHistory",
  "escalationHistory",
  "externalId",
  "slackThreadId",
  "messageId",
];

/** Each known field given any JSON value at all (or left out), plus unknown fields. */
const anyFieldValues = fc.dictionary(fc.constantFrom(...KNOWN_FIELDS, "extra", "__proto__", "constructor"), fc.jsonValue({ maxDepth: 2 }), {
  maxKeys: 8,
});

function expectIssuesNameFields(result: ReturnType<typeof parseTicket>): void {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(issue.field).toMatch(/^(support\.ticket\.)?(\(ticket\)|[A-Za-z_]+)/);
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

describe("parseTicket on anything", () => {
  it("returns a ticket or field-naming issues for any value", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expectIssuesNameFields(parseTicket(value));
      }),
      { numRuns: 200 },
    );
  });

  it("returns a ticket or field-naming issues for objects with any values in the known fields, bare or wrapped", () => {
    fc.assert(
      fc.property(anyFieldValues, fc.boolean(), (fields, wrapped) => {
        const result = parseTicket(wrapped ? { support: { ticket: fields } } : fields);
        expectIssuesNameFields(result);
        if (!result.ok && wrapped) expect(result.issues.every((i) => i.field.startsWith("support.ticket."))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("accepts any text with a visible character as the body, and only such text", () => {
    fc.assert(
      fc.property(hostileText(), (description) => {
        const result = parseTicket({ description });
        expect(result.ok).toBe(description.trim().length > 0);
        if (result.ok) expect(result.ticket.description).toBe(description);
        else expect(result.issues[0]?.field).toBe("description");
      }),
      { numRuns: 200 },
    );
  });
});

describe("parseTicketText on any text", () => {
  it("never throws; every problem has a location in the source and a field", () => {
    const input = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.json({ maxDepth: 3 }),
      fc.array(fc.json({ maxDepth: 2 }), { maxLength: 5 }).map((lines) => lines.join("\n")),
      fc.array(hostileText(4), { maxLength: 5 }).map((lines) => lines.join("\n")),
    );
    fc.assert(
      fc.property(input, (text) => {
        const { tickets, bad } = parseTicketText(text, "in.jsonl");
        expect(tickets.length + bad.length).toBeGreaterThan(0);
        for (const entry of [...tickets, ...bad]) expect(entry.location).toMatch(/^in\.jsonl(:\d+)?$/);
        for (const entry of bad) {
          for (const issue of entry.issues) expect(issue.field).toMatch(/^(\(json\)|\(input\)|\(ticket\)|support\.ticket\.|[A-Za-z_])/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads every valid ticket of a JSON Lines batch whatever the text inside", () => {
    fc.assert(
      fc.property(fc.array(hostileBody, { minLength: 2, maxLength: 4 }), (bodies) => {
        const text = bodies.map((description, i) => JSON.stringify({ id: `L${i}`, description })).join("\n");
        const { tickets, bad } = parseTicketText(text, "batch.jsonl");
        expect(bad).toEqual([]);
        expect(tickets.map((t) => t.ticket.description)).toEqual(bodies);
      }),
      { numRuns: 100 },
    );
  });
});

describe("the graph on hostile tickets", () => {
  // One agent for the whole property: a fresh thread per run keeps runs independent.
  const { agent } = testAgent();
  let run = 0;

  it("always decides, answers and (when escalating) hands off, for any valid ticket", async () => {
    await fc.assert(
      fc.asyncProperty(hostileTicket, async (raw) => {
        const parsed = parseTicket(raw);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const threadId = `HOSTILE-${++run}`;
        const state = await agent.invoke({ ticket: { ...parsed.ticket, id: threadId } }, { configurable: { thread_id: threadId } });
        expect(DECISION_TYPES).toContain(state.decision?.type);
        expect(state.response?.message.length).toBeGreaterThan(0);
        if (state.decision?.type !== "no_escalation") {
          expect(state.handoff?.notifications.length).toBeGreaterThan(0);
          expect(state.handoff?.status).toBe("handed_off");
        }
        // The checkpointed ticket keeps what the customer sent.
        expect(state.ticket?.description).toBe(raw.description);
      }),
      // Each run is a full graph invocation with outbox writes; 15 covers the mixtures without slowing the suite.
      { numRuns: 15 },
    );
  });

  it("handles tickets whose text is empty, blank, emoji-only, right-to-left or mixed-script, end to end", async () => {
    const bodies = {
      blank: " \n\t ",
      emoji: "😡😡😡🔥🙏🏽",
      arabic: "الخدمة متوقفة منذ ساعتين ولا أستطيع الدخول إلى حسابي",
      hebrew: "החשבון שלי נחסם ואני לא יכול להיכנס",
      mixed: "Our API 服务器 is down, Сервер не отвечает, خطأ 502 — please help 🙏",
      controls: "\u0000\u0007\u001b]0;pwned\u0007\u001b[31m red \u202etxt.exe",
    };
    for (const [name, description] of Object.entries(bodies)) {
      const threadId = `E2E-${name}`;
      // Direct invocation skips parseTicket on purpose: the graph must survive what the edges would reject.
      const state = await agent.invoke({ ticket: { id: threadId, subject: name, description } }, { configurable: { thread_id: threadId } });
      expect(DECISION_TYPES, name).toContain(state.decision?.type);
      expect(state.response?.message.length, name).toBeGreaterThan(0);
    }
    const arabic = await agent.getState({ configurable: { thread_id: "E2E-arabic" } });
    expect(arabic.values.classification.language).toBe("ar");
  });
});
