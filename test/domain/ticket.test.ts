import { describe, expect, it } from "vitest";
import { generateTicketId, parseTicket, ticketText } from "../../src/domain/ticket.js";

const valid = { id: "T-1", subject: "Hello", description: "My export fails." };

describe("parseTicket", () => {
  it("accepts a bare ticket and the seed's envelope", () => {
    expect(parseTicket(valid)).toMatchObject({ ok: true, ticket: { id: "T-1" } });
    expect(parseTicket({ support: { ticket: valid } })).toMatchObject({ ok: true, ticket: { id: "T-1" } });
  });

  it("keeps unknown fields", () => {
    const parsed = parseTicket({ ...valid, zendeskBrand: "acme", tags: ["vip"] });
    expect(parsed.ok && parsed.ticket).toMatchObject({ zendeskBrand: "acme", tags: ["vip"] });
  });

  it("generates TICK-<time>-<random> when the id is missing", () => {
    const parsed = parseTicket({ message: "help" });
    expect(parsed.ok && parsed.ticket.id).toMatch(/^TICK-\d{13}-[0-9a-f]{6}$/);
    expect(generateTicketId(0)).toMatch(/^TICK-0-/);
    expect(generateTicketId()).not.toBe(generateTicketId());
  });

  it("takes message when description is absent", () => {
    const parsed = parseTicket({ message: "from chat" });
    expect(parsed.ok && ticketText(parsed.ticket)).toBe("from chat");
  });

  it.each([
    ["description", { subject: "no body" }, /description or message/],
    ["description", { description: "   ", message: "" }, /description or message/],
    ["id", { ...valid, id: "" }, /empty/],
    ["subject", { ...valid, subject: 42 }, /string/],
    ["description", { ...valid, description: ["a"] }, /string/],
    ["customerEmail", { ...valid, customerEmail: "not-an-email" }, /email/],
    ["customerTier", { ...valid, customerTier: "gold" }, /free|paid|enterprise/],
    ["accountValue", { ...valid, accountValue: -5 }, /zero or more/],
    ["accountValue", { ...valid, accountValue: "500" }, /number/],
    ["previousTicketCount", { ...valid, previousTicketCount: 2.5 }, /whole number/],
    ["supportHistory", { ...valid, supportHistory: "billing" }, /array/],
    ["escalationHistory", { ...valid, escalationHistory: [1, 2] }, /string/],
    ["externalId", { ...valid, externalId: { id: 1 } }, /./],
    ["channel", { ...valid, channel: 7 }, /string/],
    ["customerId", { ...valid, customerId: false }, /string/],
    ["slackThreadId", { ...valid, slackThreadId: 1.5 }, /string/],
    ["messageId", { ...valid, messageId: null }, /string/],
    ["customerName", { ...valid, customerName: {} }, /string/],
  ])("rejects a bad %s and names the field", (field, input, message) => {
    const parsed = parseTicket(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const issue = parsed.issues.find((i) => i.field.startsWith(field));
    expect(issue, JSON.stringify(parsed.issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it("prefixes fields inside the seed envelope", () => {
    const parsed = parseTicket({ support: { ticket: { ...valid, customerTier: "gold" } } });
    expect(!parsed.ok && parsed.issues[0]?.field).toBe("support.ticket.customerTier");
  });

  it.each([[null], [42], ["a string"], [[1, 2]]])("rejects a non-object ticket %j", (input) => {
    const parsed = parseTicket(input);
    expect(parsed.ok).toBe(false);
  });
});
