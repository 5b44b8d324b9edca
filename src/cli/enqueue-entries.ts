/**
 * What `enqueue` accepts, entry by entry (a JSON document, array or JSON
 * Lines, as for `triage`):
 *   a ticket, bare or in the seed's envelope      → triaged on its thread
 *   { "thread": "T-1", "followUp": "text", "channel"?: "email" }
 *                                                 → a customer's follow-up
 *   { "thread": "T-1", "humanAction": { "action": "claim", "agent": "alice" } }
 *                                                 → a human action
 * `followUp` and `humanAction` are not ticket fields, so an entry is never
 * mistaken for the other kind.
 */
import { HumanAction } from "../domain/human.js";
import { isRecord, parseTicket, type TicketIssue } from "../domain/ticket.js";
import type { Submission } from "../runtime/queue/producer.js";
import type { BadEntry, RawEntry } from "./input.js";

export interface EnqueueEntries {
  submissions: Array<Submission & { location: string }>;
  bad: BadEntry[];
}

export function toSubmissions(entries: RawEntry[], threadOverride?: string): EnqueueEntries {
  const result: EnqueueEntries = { submissions: [], bad: [] };
  for (const { location, value, syntax, field } of entries) {
    if (syntax) {
      result.bad.push({ location, issues: [{ field: field ?? "(json)", message: syntax }] });
      continue;
    }
    const parsed = toSubmission(value, threadOverride);
    if ("issues" in parsed) result.bad.push({ location, issues: parsed.issues });
    else result.submissions.push({ ...parsed, location });
  }
  return result;
}

function toSubmission(value: unknown, threadOverride: string | undefined): Submission | { issues: TicketIssue[] } {
  if (isRecord(value) && ("followUp" in value || "humanAction" in value)) {
    const thread = threadOverride ?? value.thread;
    if (typeof thread !== "string" || !thread.trim()) return { issues: [{ field: "thread", message: "is required (the thread the request is for)" }] };
    if ("followUp" in value) {
      if (typeof value.followUp !== "string" || !value.followUp.trim()) return { issues: [{ field: "followUp", message: "must be the customer's message" }] };
      const channel = typeof value.channel === "string" ? value.channel : undefined;
      return { threadId: thread, request: { kind: "message", content: value.followUp, ...(channel ? { channel } : {}) } };
    }
    const action = HumanAction.safeParse(value.humanAction);
    if (!action.success) {
      return { issues: action.error.issues.map((i) => ({ field: ["humanAction", ...i.path].join("."), message: i.message })) };
    }
    return { threadId: thread, request: { kind: "human", action: action.data } };
  }
  const parsed = parseTicket(value);
  if (!parsed.ok) return { issues: parsed.issues };
  return { threadId: threadOverride ?? parsed.ticket.id, request: { kind: "ticket", ticket: parsed.ticket } };
}
