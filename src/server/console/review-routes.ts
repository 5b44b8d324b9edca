/**
 * GET /learning/review (the review list) and POST /learning/review/:id (a
 * verdict on one of its tickets), for a signed-in console. The verdict is
 * recorded as given through the console by the signed-in user (verified),
 * or under the shared token by the name in the form (as typed)
 * (src/learning/trust.ts), and counts for learning like any other.
 */
import type { BaseStore } from "@langchain/langgraph";
import type { FastifyInstance } from "fastify";
import { readOutcome, readOutcomes } from "../../learning/outcomes.js";
import { reviewQueue } from "../../learning/review-queue.js";
import { loadSettings } from "../../learning/settings.js";
import { recordVerdict } from "../../learning/verdicts.js";
import { formFields } from "../body.js";
import { agentFromCookie, consoleSession, setAgentCookie, type AccessConfig } from "./access.js";
import { reviewPage } from "./review-page.js";
import { loginNeeded, sameOrigin, send } from "./routes.js";

export interface ReviewRouteDeps extends AccessConfig {
  store: BaseStore | undefined;
}

export function registerReviewRoutes(app: FastifyInstance, deps: ReviewRouteDeps): void {
  const refuse = (reply: Parameters<typeof send>[0]) => send(reply, ...loginNeeded(deps, "Sign in to review.", "/learning/review"));

  async function queue() {
    if (!deps.store) return [];
    const settings = await loadSettings(deps.store);
    return reviewQueue(await readOutcomes(deps.store), settings.reviewShare);
  }

  app.get<{ Querystring: Record<string, string | undefined> }>("/learning/review", async (request, reply) => {
    const session = consoleSession(request, deps);
    if (!session) return refuse(reply);
    const user = session.kind === "user" ? session.name : undefined;
    const agent = user ?? agentFromCookie(request);
    return send(
      reply,
      200,
      reviewPage(await queue(), {
        ...(agent ? { agent } : {}),
        ...(user ? { signedInAs: user } : {}),
        ...(request.query.notice === "recorded" ? { notice: "Verdict recorded. Thank you!" } : {}),
      }),
    );
  });

  app.post<{ Params: { id: string } }>("/learning/review/:id", async (request, reply) => {
    const session = consoleSession(request, deps);
    if (!session) return refuse(reply);
    if (!sameOrigin(request)) return send(reply, 403, reviewPage(await queue(), { error: "This form was posted from another site." }));
    const fields = formFields(request.body);
    // A signed-in user reviews as themselves; under the shared token the name is as typed.
    const user = session.kind === "user" ? session.name : undefined;
    const name = user ?? fields.agent?.trim().slice(0, 200);
    const warranted = fields.warranted === "yes" ? true : fields.warranted === "no" ? false : undefined;
    const problem = !name ? "Your name: must name the reviewer" : warranted === undefined ? "Should a person have taken it: answer yes or no" : null;
    if (problem || !name || warranted === undefined) return send(reply, 400, reviewPage(await queue(), { error: problem ?? "" }));
    const record = deps.store ? await readOutcome(deps.store, request.params.id) : null;
    if (!deps.store || !record) return send(reply, 404, reviewPage(await queue(), { error: `There is no decision recorded for ${request.params.id}.` }));
    await recordVerdict(
      deps.store,
      record.ticketId,
      {
        appropriate: record.escalated === warranted,
        shouldHaveEscalated: warranted,
        resolved: true,
        author: { name, source: "console", identity: user ? "console_user" : "shared_token" },
      },
      deps.now().toISOString(),
    );
    request.log.info({ ticketId: record.ticketId, warranted, ...(user ? { user } : {}) }, "console: review recorded");
    if (!user) setAgentCookie(reply, name, request.protocol === "https");
    return reply.code(303).header("location", "/learning/review?notice=recorded").send();
  });
}
