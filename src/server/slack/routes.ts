/**
 * POST /slack/actions — the Interactivity Request URL of the Slack app.
 * Verifies Slack's signature before reading anything, journals the click
 * like intake (so a 200 Slack got is a click applied, even when the process
 * dies right after), answers 200 at once (Slack gives up after three
 * seconds) and applies the click in the background.
 */
import type { FastifyInstance } from "fastify";
import { formFields } from "../body.js";
import type { IntakeProcessor } from "../intake/processor.js";
import { clickedTicketId, handlesAction } from "./actions.js";
import { BlockActionsPayload } from "./payload.js";
import type { SlackVerifier } from "./signature.js";

export interface SlackRouteDeps {
  verifier?: SlackVerifier;
  processor: IntakeProcessor;
  now?: () => Date;
}

export function registerSlackRoutes(app: FastifyInstance, deps: SlackRouteDeps): void {
  app.post("/slack/actions", async (request, reply) => {
    if (!deps.verifier) return reply.code(503).send({ error: "Slack actions are off: set SLACK_SIGNING_SECRET" });
    const check = deps.verifier.check(request.headers, request.rawBody ?? Buffer.alloc(0));
    if (!check.ok) {
      request.log.warn({ reason: check.reason }, "slack: request refused");
      return reply.code(401).send({ error: "invalid Slack request", reason: check.reason });
    }
    // In the journal's database: a restart or another instance must not take the same click again.
    if (!(await deps.processor.journal.rememberRequest(check.replayKey, (deps.now ?? (() => new Date()))(), check.until))) {
      request.log.warn({ reason: "replay" }, "slack: request refused");
      return reply.code(401).send({ error: "invalid Slack request", reason: "request already received (replay)" });
    }
    const text = formFields(request.body).payload;
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
