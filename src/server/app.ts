/**
 * The HTTP application: one Fastify instance with the intake webhook, Slack
 * interactivity, the console, the health endpoints and /metrics. Built here, started
 * and stopped in server.ts.
 */
import Fastify, { type FastifyInstance } from "fastify";
import type { ThreadClient } from "../runtime/thread-client.js";
import { registerMetricsRoute } from "../observability/http.js";
import { breakerSnapshots } from "../llm/breaker.js";
import type { BackgroundTasks } from "./background.js";
import { registerFormParser } from "./body.js";
import { BODY_LIMIT, type ServerConfig } from "./config.js";
import { registerConsoleRoutes } from "./console/routes.js";
import { registerReviewRoutes } from "./console/review-routes.js";
import { checkpointerCheck, registerHealthRoutes } from "./health.js";
import type { IntakeDispatcher } from "./intake/dispatcher.js";
import type { IntakeJournal } from "../runtime/intake/journal.js";
import type { JournalEntry } from "../runtime/intake/work.js";
import { intakeRequestId } from "./intake/dispatcher.js";
import { IntakeProcessor } from "./intake/processor.js";
import { registerIntakeRoutes } from "./intake/routes.js";
import { serverLogger } from "./logger.js";
import type { SlackResponder } from "./slack/responder.js";
import { applySlackAction } from "./slack/actions.js";
import { registerSlackRoutes } from "./slack/routes.js";
import { DEFAULT_LOGIN_RATE_LIMIT, registerSecurity } from "./security.js";
import { SlackVerifier } from "./slack/signature.js";

/** A ticket id's length limit at intake (TicketSchema's `id`). */
export const TICKET_ID_MAX_CHARS = 200;
/**
 * Route parameters are matched percent-encoded: one character of an id can
 * be four UTF-8 bytes, each `%XX`. Fastify's default (100) answered 414 for
 * ids intake had accepted, on the page, its signed link and every form.
 */
const MAX_PARAM_LENGTH = TICKET_ID_MAX_CHARS * 12;

export interface AppDeps {
  config: ServerConfig;
  client: ThreadClient;
  journal: IntakeJournal;
  dispatcher: IntakeDispatcher;
  responder: SlackResponder;
  tasks: BackgroundTasks;
  now: () => Date;
  shuttingDown: () => boolean;
  logStream?: { write(line: string): void };
}

/** The same id on every replay of one journaled click, and unlike any intake entry's. */
function slackRequestId(entry: JournalEntry): string {
  return `slack:${intakeRequestId(entry)}`;
}

export function buildApp(deps: AppDeps): { app: FastifyInstance; processor: IntakeProcessor } {
  const { config } = deps;
  const app = Fastify({
    loggerInstance: serverLogger({
      level: config.logLevel,
      secrets: deps.client.agent.settings.secrets,
      ...(deps.logStream ? { stream: deps.logStream } : {}),
    }),
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // On close, idle keep-alive connections go at once; busy ones finish their request.
    forceCloseConnections: "idle",
    requestIdHeader: "x-request-id",
  });
  // Cookies, security headers and the login rate limit, before any route.
  registerSecurity(app);
  // The console's forms; the intake (JSON) and Slack (signed forms) register their own in their scopes.
  registerFormParser(app);

  app.setErrorHandler((error: { statusCode?: number; message?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, "request failed");
    // A 500's message may hold internals; a 4xx's is Fastify describing the request.
    return reply.code(status).send({ error: status >= 500 ? "internal error" : (error.message ?? "bad request") });
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: "not found" }));

  const slackLog = app.log.child({ component: "slack" });
  const processor = new IntakeProcessor(deps.journal, deps.dispatcher, deps.tasks, app.log.child({ component: "intake" }), deps.now, (entry, lastAttempt) =>
    applySlackAction(entry.work.payload, { client: deps.client, responder: deps.responder, log: slackLog }, { requestId: slackRequestId(entry), lastAttempt }),
  );
  const checkpointer = deps.client.agent.checkpointer;
  registerHealthRoutes(app, {
    checkpointer: checkpointerCheck(checkpointer && typeof checkpointer !== "boolean" ? checkpointer : undefined),
    journal: () => deps.journal.ping(),
    queue: () => processor.dispatcherReady(),
    shuttingDown: deps.shuttingDown,
    models: breakerSnapshots,
  });
  registerMetricsRoute(app, { token: config.metricsToken });
  registerIntakeRoutes(app, {
    ...(config.intakeSecret ? { secret: config.intakeSecret } : {}),
    processor,
    now: deps.now,
    bodyLimit: BODY_LIMIT,
    // The settings the agent was built with (one parse at serve's start): the journal is stored as its checkpoints are.
    privacy: deps.client.agent.settings.privacy,
    ...(config.intakeSignedBodyLimit ? { signedBodyLimit: config.intakeSignedBodyLimit } : {}),
  });
  registerSlackRoutes(app, {
    ...(config.slackSigningSecret ? { verifier: new SlackVerifier(config.slackSigningSecret, deps.now) } : {}),
    processor,
    now: deps.now,
  });
  // In a plugin of its own, so that its routes are added after the rate-limit plugin has loaded and can see them.
  void app.register(async (scope) =>
    registerConsoleRoutes(scope, {
      client: deps.client,
      loginRateLimit: config.loginRateLimit ?? DEFAULT_LOGIN_RATE_LIMIT,
      now: deps.now,
      ...(config.consoleToken ? { consoleToken: config.consoleToken } : {}),
      ...(config.consoleUsers ? { consoleUsers: config.consoleUsers } : {}),
      ...(config.linkSecret ? { linkSecret: config.linkSecret } : {}),
    }),
  );
  registerReviewRoutes(app, {
    store: deps.client.agent.store,
    now: deps.now,
    ...(config.consoleToken ? { consoleToken: config.consoleToken } : {}),
    ...(config.consoleUsers ? { consoleUsers: config.consoleUsers } : {}),
  });
  return { app, processor };
}
