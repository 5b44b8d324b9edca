/**
 * The intake webhook. POST /tickets takes a ticket (bare, in the seed's
 * envelope, or a Zendesk webhook); POST /tickets/:id/messages a customer's
 * follow-up. Both authenticate before the body is read (an onRequest hook:
 * a bearer secret in full, a signature's form and timestamp), verify a
 * signature on the body's stream with a small limit (signed-body.ts), then
 * parse (JSON only: no other parser is registered in this scope), refuse a
 * replay, validate, journal the work and answer 202 with the thread id at
 * once; triage runs in the background.
 */
import type { PrivacySettings } from "../../settings/index.js";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler, preParsingHookHandler } from "fastify";
import { z } from "zod";
import { messageForStorage, ticketForStorage } from "../../privacy/stored.js";
import { parseJsonBody, registerRawParser } from "../body.js";
import { checkIntakeHeaders, checkIntakeSignature, single, type IntakeAuth } from "./auth.js";
import { parseIntakeTicket } from "./payload.js";
import type { IntakeProcessor } from "./processor.js";
import { checkReplay, forgetReplayKeys } from "./replay.js";
import { DEFAULT_SIGNED_BODY_LIMIT, IntakeRefusal, overLimitReason, SignedBodyStream } from "./signed-body.js";

export interface IntakeRouteDeps {
  secret?: string;
  processor: IntakeProcessor;
  now?: () => Date;
  /** What an authenticated (bearer) caller may send. */
  bodyLimit: number;
  /** What a signed body may weigh until its signature is checked (default 1 MiB). */
  signedBodyLimit?: number;
  /** ESCALATION_REDACT_STORED and the kinds: what is redacted before the journal keeps it. */
  privacy: PrivacySettings;
}

const MessageBody = z.object({
  content: z.string().trim().min(1, "must not be empty").max(2_000_000),
  channel: z.string().max(100).optional(),
});

declare module "fastify" {
  interface FastifyRequest {
    /** How the intake caller authenticated (set by the onRequest hook). */
    intakeAuth?: IntakeAuth;
    /** Set once a signed body's HMAC matched on its stream. */
    signatureVerified?: boolean;
  }
}

export function registerIntakeRoutes(app: FastifyInstance, deps: IntakeRouteDeps): void {
  // A scope of its own: JSON is the only type these routes take, under their own limit and error handler.
  void app.register(async (scope) => intakeRoutes(scope, deps));
}

async function intakeRoutes(app: FastifyInstance, deps: IntakeRouteDeps): Promise<void> {
  const now = deps.now ?? (() => new Date());
  const journal = deps.processor.journal;
  const signedLimit = deps.signedBodyLimit ?? DEFAULT_SIGNED_BODY_LIMIT;
  registerRawParser(app, "application/json", deps.bodyLimit);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof IntakeRefusal) return refuse(request, reply, error.reason);
    if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
      return reply.code(415).send({ error: "unsupported media type", issues: [{ field: "content-type", message: "must be application/json" }] });
    }
    // Everything else is answered by the application's handler.
    throw error;
  });

  // Before Fastify reads a byte of the body: a stranger gets a 401, not a 413 or 415 after we buffered megabytes.
  const authenticateFirst: onRequestHookHandler = (request, reply, done) => {
    if (!deps.secret) {
      void reply.code(503).send({ error: "intake is off: set INTAKE_SECRET" });
      return;
    }
    const auth = checkIntakeHeaders(request.headers, deps.secret, now());
    if (!auth.ok) {
      refuse(request, reply, auth.reason);
      return;
    }
    request.intakeAuth = auth;
    done();
  };

  /**
   * A signed body goes through the HMAC on its way in, under the signed
   * limit: a declared length over it is refused before a byte is read, a
   * chunked body at the first byte over it, a wrong signature before the
   * body reaches the parser.
   */
  const verifySignedBody: preParsingHookHandler = (request, _reply, payload, done) => {
    const auth = request.intakeAuth;
    if (!auth?.ok || auth.method !== "signature" || !deps.secret) {
      done(null, payload);
      return;
    }
    if (Number(request.headers["content-length"]) > signedLimit) {
      done(new IntakeRefusal(overLimitReason(signedLimit)));
      return;
    }
    const stream = new SignedBodyStream({
      secret: deps.secret,
      timestamp: (single(request.headers["x-signature-timestamp"]) ?? "").trim(),
      signature: (single(request.headers["x-signature"]) ?? "").trim().slice("sha256=".length).toLowerCase(),
      limit: signedLimit,
      onVerified: () => (request.signatureVerified = true),
    });
    // Refused: the rest of the body stays unread (the answer closes the connection).
    stream.on("error", () => {
      payload.unpipe(stream);
      payload.pause();
    });
    payload.on("error", (error) => stream.destroy(error));
    payload.pipe(stream);
    done(null, stream);
  };

  /** The signature of a body that was not streamed (an empty one), then the parsed JSON; undefined once the reply is sent. */
  async function readBody(request: FastifyRequest, reply: FastifyReply): Promise<{ value: unknown } | undefined> {
    const first = request.intakeAuth;
    if (first?.ok && first.method === "signature" && deps.secret && !request.signatureVerified) {
      const auth = checkIntakeSignature(request.headers, request.rawBody ?? Buffer.alloc(0), deps.secret);
      if (!auth.ok) {
        refuse(request, reply, auth.reason);
        return undefined;
      }
    }
    const value = await parseJsonBody(request);
    if (request.bodyError) {
      void badRequest(reply, "(json)", request.bodyError);
      return undefined;
    }
    return { value };
  }

  app.post("/tickets", { onRequest: authenticateFirst, preParsing: verifySignedBody }, async (request, reply) => {
    const body = await readBody(request, reply);
    if (!body) return reply;
    const parsed = parseIntakeTicket(body.value);
    if (!parsed.ok) return reply.code(400).send({ error: "invalid ticket", issues: parsed.issues });
    // ESCALATION_REDACT_STORED: the journal (and a queue behind it) never holds what the redactor recognises.
    const ticket = ticketForStorage(parsed.ticket, deps.privacy);
    // A ticket without an id gets a fresh one each time: only its delivery id can tell a replay.
    const replay = await checkReplay(journal, request, parsed.ticket.id ? `ticket:${ticket.id}` : `ticket:${request.id}`, now());
    if (replay.duplicate) return duplicate(request, reply, ticket.id);
    const entry = await acceptOrForget(replay.keys, () => deps.processor.accept({ kind: "ticket", threadId: ticket.id, ticket, source: parsed.source }));
    request.log.info({ threadId: ticket.id, entry: entry.id, source: parsed.source }, "intake: ticket accepted");
    return accepted(reply, ticket.id);
  });

  app.post<{ Params: { id: string } }>("/tickets/:id/messages", { onRequest: authenticateFirst, preParsing: verifySignedBody }, async (request, reply) => {
    const body = await readBody(request, reply);
    if (!body) return reply;
    const parsed = MessageBody.safeParse(body.value);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ field: i.path.join(".") || "(body)", message: i.path.length ? i.message : "must be a JSON object" }));
      return reply.code(400).send({ error: "invalid message", issues });
    }
    const threadId = request.params.id;
    // A ticket still waiting in the journal or the queue counts: its thread exists as soon as it runs, and runs first.
    if (!(await deps.processor.knowsThread(threadId))) {
      return reply.code(404).send({ error: `thread ${threadId} does not exist; post the ticket first` });
    }
    const replay = await checkReplay(journal, request, `message:${threadId}`, now());
    if (replay.duplicate) return duplicate(request, reply, threadId);
    const { content, channel } = parsed.data;
    const entry = await acceptOrForget(replay.keys, () =>
      deps.processor.accept({ kind: "message", threadId, content: messageForStorage(content, deps.privacy), ...(channel ? { channel } : {}) }),
    );
    request.log.info({ threadId, entry: entry.id }, "intake: message accepted");
    return accepted(reply, threadId);
  });

  /** Journals the work; when that fails, the replay keys are given back so the sender's retry is applied. */
  async function acceptOrForget<T>(keys: string[], work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      await forgetReplayKeys(journal, keys).catch(() => undefined);
      throw error;
    }
  }
}

function refuse(request: FastifyRequest, reply: FastifyReply, reason: string): FastifyReply {
  request.log.warn({ reason }, "intake: unauthenticated request refused");
  // The connection is closed after the answer: the body we did not read must not be taken for the next request.
  return reply.code(401).header("www-authenticate", 'Bearer realm="intake"').header("connection", "close").send({ error: "unauthorized", reason });
}

/** The same delivery again: acknowledged (the sender stops retrying), not applied a second time. */
function duplicate(request: FastifyRequest, reply: FastifyReply, threadId: string) {
  request.log.info({ threadId }, "intake: duplicate delivery acknowledged, not applied again");
  return reply
    .code(202)
    .header("location", `/tickets/${encodeURIComponent(threadId)}`)
    .send({ threadId, duplicate: true });
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
