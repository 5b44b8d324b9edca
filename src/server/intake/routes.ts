/**
 * The intake webhook. POST /tickets takes a ticket (bare, in the seed's
 * envelope, or a Zendesk webhook); POST /tickets/:id/messages a customer's
 * follow-up. Both authenticate first, validate, journal the work and answer
 * 202 with the thread id at once; triage runs in the background.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { checkIntakeAuth } from "./auth.js";
import { parseIntakeTicket } from "./payload.js";
import type { IntakeProcessor } from "./processor.js";
import { messageForStorage, ticketForStorage } from "../../privacy/stored.js";

export interface IntakeRouteDeps {
  secret?: string;
  processor: IntakeProcessor;
}

const MessageBody = z.object({
  content: z.string().trim().min(1, "must not be empty").max(2_000_000),
  channel: z.string().max(100).optional(),
});

export function registerIntakeRoutes(app: FastifyInstance, deps: IntakeRouteDeps): void {
  app.post("/tickets", async (request, reply) => {
    if (!authenticate(request, reply, deps.secret)) return reply;
    if (request.bodyError) return badRequest(reply, "(json)", request.bodyError);
    const parsed = parseIntakeTicket(request.body);
    if (!parsed.ok) return reply.code(400).send({ error: "invalid ticket", issues: parsed.issues });
    // ESCALATION_REDACT_STORED: the journal (and a queue behind it) never holds what the redactor recognises.
    const ticket = ticketForStorage(parsed.ticket);
    const entry = await deps.processor.accept({ kind: "ticket", threadId: ticket.id, ticket, source: parsed.source });
    request.log.info({ threadId: ticket.id, entry: entry.id, source: parsed.source }, "intake: ticket accepted");
    return accepted(reply, ticket.id);
  });

  app.post<{ Params: { id: string } }>("/tickets/:id/messages", async (request, reply) => {
    if (!authenticate(request, reply, deps.secret)) return reply;
    if (request.bodyError) return badRequest(reply, "(json)", request.bodyError);
    const parsed = MessageBody.safeParse(request.body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ field: i.path.join(".") || "(body)", message: i.path.length ? i.message : "must be a JSON object" }));
      return reply.code(400).send({ error: "invalid message", issues });
    }
    const threadId = request.params.id;
    // A ticket still waiting in the journal or the queue counts: its thread exists as soon as it runs, and runs first.
    if (!(await deps.processor.knowsThread(threadId))) {
      return reply.code(404).send({ error: `thread ${threadId} does not exist; post the ticket first` });
    }
    const { content, channel } = parsed.data;
    const entry = await deps.processor.accept({ kind: "message", threadId, content: messageForStorage(content), ...(channel ? { channel } : {}) });
    request.log.info({ threadId, entry: entry.id }, "intake: message accepted");
    return accepted(reply, threadId);
  });
}

function authenticate(request: FastifyRequest, reply: FastifyReply, secret: string | undefined): boolean {
  if (!secret) {
    void reply.code(503).send({ error: "intake is off: set INTAKE_SECRET" });
    return false;
  }
  const auth = checkIntakeAuth(request.headers, request.rawBody ?? Buffer.alloc(0), secret);
  if (auth.ok) return true;
  request.log.warn({ reason: auth.reason }, "intake: unauthenticated request refused");
  void reply.code(401).header("www-authenticate", 'Bearer realm="intake"').send({ error: "unauthorized", reason: auth.reason });
  return false;
}

function badRequest(reply: FastifyReply, field: string, message: string) {
  return reply.code(400).send({ error: "invalid body", issues: [{ field, message }] });
}

function accepted(reply: FastifyReply, threadId: string) {
  return reply
    .code(202)
    .header("location", `/tickets/${encodeURIComponent(threadId)}`)
    .send({ threadId });
}
