/**
 * The graph's entry check. LangGraph keeps only the input keys it knows
 * (`ticket`, `message`), so `graph.invoke(ticket)` — the bare ticket as the
 * whole input — or a seed envelope would otherwise run as an empty ticket:
 * a generated id, no escalation, no error. Here such input is unwrapped into
 * `{ ticket }`, and what cannot be read as a ticket or a follow-up is refused
 * with an error naming `ticket`.
 */
import { isCommand } from "@langchain/langgraph";
import { isRecord, TicketSchema, unwrapTicket } from "../domain/ticket.js";

/** Input the graph cannot run; `field` is the input key at fault (always under `ticket` or `message`). */
export class GraphInputError extends Error {
  override readonly name = "GraphInputError";
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

const USAGE = "give { ticket: { subject, description, … } } or { message: { content } }";

/** Fields only a ticket has: an input made of them is a bare ticket. */
const TICKET_FIELDS = ["id", "subject", "description", "customerEmail", "customerName", "customerId", "customerTier", "channel"];

/** The input as the graph's `{ ticket } | { message }` form; throws GraphInputError when it is neither. */
export function normalizeGraphInput(input: unknown): unknown {
  // null resumes a run; a Command resumes an interrupt (a human's action): nothing to check.
  if (input === null || input === undefined || isCommand(input)) return input;
  if (!isRecord(input)) throw new GraphInputError("ticket", `the input must be an object: ${USAGE}`);
  if (input.ticket !== undefined && input.ticket !== null) return { ...input, ticket: checkedTicket(input.ticket) };
  if ("message" in input && isRecord(input.message)) return input;
  // The seed envelope `{ support: { ticket } }`, or a bare ticket (whose `message`, if any, is a string).
  const unwrapped = unwrapTicket(input);
  if (unwrapped !== input || TICKET_FIELDS.some((key) => key in input) || typeof input.message === "string") {
    return { ticket: checkedTicket(unwrapped) };
  }
  throw new GraphInputError("ticket", `missing: ${USAGE}`);
}

/** The ticket, out of a seed envelope if it is in one, validated as the CLI validates it. */
function checkedTicket(value: unknown): unknown {
  const ticket = unwrapTicket(value);
  const parsed = TicketSchema.safeParse(ticket);
  if (parsed.success) return parsed.data;
  // Only the words are missing but the subject has some: the rules read the subject (the CLI is stricter).
  const onlyWordsMissing = parsed.error.issues.every((i) => i.code === "custom" && i.path.join(".") === "description");
  if (onlyWordsMissing && isRecord(ticket) && typeof ticket.subject === "string" && ticket.subject.trim()) return ticket;
  const issue = parsed.error.issues[0];
  const path = issue?.path.length ? `ticket.${issue.path.join(".")}` : "ticket";
  const problem = issue?.path.length === 0 && issue.code === "invalid_type" ? "must be an object" : (issue?.message ?? "is not a valid ticket");
  throw new GraphInputError(path, problem);
}

interface ValidatesInput {
  _validateInput(input: unknown): Promise<unknown>;
}

/**
 * Puts the check in front of LangGraph's own input validation, which every
 * invoke, stream and streamEvents (also the LangGraph server's runs) goes
 * through. `_validateInput` is the one hook LangGraph offers on a compiled
 * graph; test/agent/graph-input.test.ts fails if it stops being called.
 */
export function checkInputAtEntry<G extends object>(graph: G): G {
  const target = graph as unknown as ValidatesInput;
  const validate = target._validateInput.bind(graph);
  target._validateInput = (input: unknown) => validate(normalizeGraphInput(input));
  return graph;
}
