/**
 * POST /slack/actions — the Interactivity Request URL of the Slack app.
 * Checks Slack's headers before the body is read (in an onRequest hook) and
 * its signature over the bytes before they are parsed, under a small body
 * limit (Slack's payloads are a few kilobytes), then journals the click
 * like intake (so a 200 Slack got is a click applied, even when the process
 * dies right after), answers 200 at once (Slack gives up after three
 * seconds) and applies the click in the background.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { parseFormBody, registerRawParser } from "../body.js";
import type { IntakeProcessor } from "../intake/processor.js";
import { clickedTicketId, handlesAction } from "./actions.js";
import { BlockActionsPayload } from "../../domain/slack-payload.js";
import type { SlackVerifier } from "./signature.js";

export interface SlackRouteDeps {
  verifier?: SlackVerifier;
  processor: IntakeProcessor;
  now?: () => Date;
}

/** Interactivity payloads are a few kilobytes (the clicked message's blocks included); more is not Slack. */
export const SLACK_BODY_LIMIT = 1024 * 1024;

export function registerSlackRoutes(app: FastifyInstance, deps: SlackRouteDeps): void {
  // A scope of its own: signed forms kept as bytes, parsed once the signature matched.
  void app.register(async (scope) => slackRoutes(scope, deps));
}

async function slackRoutes(app: FastifyInstance, deps: SlackRouteDeps): Promise<void> {
  registerRawParser(app, "application/x-www-form-urlencoded", SLACK_BODY_LIMIT);

  const onRequest = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!deps.verifier) return reply.code(503).send({ error: "Slack actions are off: set SLACK_SIGNING_SECRET" });
    const check = deps.verifier.checkHeaders(request.headers);
    if (!check.ok) return refuse(request, reply, check.reason);
    return undefined;
  };

  app.post("/slack/actions", { onRequest }, async (request, reply) => {
    if (!deps.verifier) return reply.code(503).send({ error: "Slack actions are off: set SLACK_SIGNING_SECRET" });
    const check = deps.verifier.check(request.headers, request.rawBody ?? Buffer.alloc(0));
    if (!check.ok) return refuse(request, reply, check.reason);
    // In the journal's database: a restart or another instance must not take the same click again.
    if (!(await deps.processor.journal.rememberRequest(check.replayKey, (deps.now ?? (() => new Date()))(), check.until))) {
      request.log.warn({ reason: "replay" }, "slack: request refused");
      return reply.code(401).send({ error: "invalid Slack request", reason: "request already received (replay)" });
    }
    const text = parseFormBody(request).payload;
    if (!text)
      return reply.code(400).send({ error: "invalid payload", issues: [{ field: "payload", message: "missing: expected the form field Slack sends" }] });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return reply.code(400).send({ error: "invalid payload", issues: [{ field: "payload", message: "is not valid JSON" }] });
    }
    // Shortcuts, modal submissions and the like are not ours: acknowledged, nothing else.
    if (typeof json !== "object" || json === null || (json as { type?: unknown }).type !== "block_actions") return reply.code(200).send();
    const parsed = BlockActionsPayload.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ field: ["payload", ...i.path].join("."), message: i.message }));
      return reply.code(400).send({ error: "invalid payload", issues });
    }
    const payload = parsed.data;
    const actionId = payload.actions[0]?.action_id ?? "";
    if (handlesAction(actionId)) {
      // Slack's legacy verification token rides in every payload; a credential has no place in the journal.
      const { token: _token, ...kept } = payload;
      const entry = await deps.processor.accept({ kind: "slack_action", threadId: clickedTicketId(payload), payload: kept as BlockActionsPayload });
      request.log.info({ threadId: entry.work.threadId, entry: entry.id, action: actionId }, "slack: click accepted");
    }
    return reply.code(200).send();
  });
}

function refuse(request: FastifyRequest, reply: FastifyReply, reason: string): FastifyReply {
  request.log.warn({ reason }, "slack: request refused");
  // Closed after the answer: a body we did not read must not be taken for the next request.
  return reply.code(401).header("connection", "close").send({ error: "invalid Slack request", reason });
}
