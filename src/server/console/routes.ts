/**
 * The console: GET /tickets/:id (the context page), its action posts
 * (claim, reply, resolve, release — each acts through the ThreadClient and
 * redirects back, post/redirect/get), the login, and GET / (all tickets,
 * for a logged-in console). Pages are sent uncached; the strict CSP and the
 * same-origin referrer policy (a signed link never travels to another site
 * in a Referer header) are set for every response in ../security.ts. Every
 * route that takes a login token is rate-limited per client address.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ThreadStateError, type ThreadClient } from "../../runtime/thread-client.js";
import { formFields } from "../body.js";
import { loginRateLimitConfig, type LoginRateLimit } from "../security.js";
import {
  accessQuery,
  agentFromCookie,
  checkTicketAccess,
  consoleSession,
  loginEnabled,
  setAgentCookie,
  setSessionCookie,
  sessionForToken,
  signedInUser,
  type Access,
  type AccessConfig,
} from "./access.js";
import { FORM_ACTIONS, humanActionFromForm, NOTICES, type FormAction } from "./forms.js";
import type { Html } from "./html.js";
import { accessPage, errorPage } from "./layout.js";
import { threadsPage } from "./threads-page.js";
import { ticketPage } from "./ticket-page.js";

export interface ConsoleRouteDeps extends AccessConfig {
  client: ThreadClient;
  loginRateLimit: LoginRateLimit;
}

type TicketRequest = FastifyRequest<{ Params: { id: string }; Querystring: Record<string, string | undefined> }>;

export function registerConsoleRoutes(app: FastifyInstance, deps: ConsoleRouteDeps): void {
  const tokenLogin = { config: loginRateLimitConfig(deps.loginRateLimit, { onlyWithToken: true }) };
  app.get<{ Querystring: Record<string, string | undefined> }>("/", tokenLogin, async (request, reply) => {
    // Any console URL logs in with ?token=, the list of tickets too.
    if (request.query.token !== undefined) return login(request, reply, request.query.token);
    if (!consoleSession(request, deps)) return send(reply, ...loginNeeded(deps, "Sign in to see the tickets.", "/"));
    return send(reply, 200, threadsPage(await deps.client.list(), deps.client.agent.settings.privacy.redactKinds));
  });

  app.post("/login", { config: loginRateLimitConfig(deps.loginRateLimit) }, async (request, reply) => {
    const fields = formFields(request.body);
    return signIn(request, reply, fields.token ?? "", safeNext(fields.next));
  });

  app.get<{ Params: { id: string }; Querystring: Record<string, string | undefined> }>("/tickets/:id", tokenLogin, async (request, reply) => {
    const threadId = request.params.id;
    const token: unknown = request.query.token;
    // `?token=a&token=b` arrives as an array: not a token, so not a login.
    if (Array.isArray(token)) return send(reply, 401, accessPage("Give the token once.", `/tickets/${encodeURIComponent(threadId)}`, loginEnabled(deps)));
    if (typeof token === "string") return login(request, reply, token);
    const access = checkTicketAccess(request, threadId, deps);
    if (!access.ok) return send(reply, access.status, accessPage(access.reason, request.url, access.status === 401));
    const notice = request.query.notice;
    return renderTicket(request, reply, 200, {
      accessQuery: accessQuery(access),
      ...signedIn(access),
      ...(notice && notice in NOTICES ? { notice: NOTICES[notice as FormAction] } : {}),
    });
  });

  for (const name of FORM_ACTIONS) {
    app.post<{ Params: { id: string }; Querystring: Record<string, string | undefined> }>(`/tickets/:id/${name}`, async (request, reply) => {
      const threadId = request.params.id;
      const access = checkTicketAccess(request, threadId, deps);
      if (!access.ok) return send(reply, access.status, accessPage(access.reason, `/tickets/${encodeURIComponent(threadId)}`, access.status === 401));
      if (!sameOrigin(request)) return send(reply, 403, errorPage("Refused", "This form was posted from another site."));
      const query = accessQuery(access);
      const user = signedInUser(access);
      // A signed-in user acts as themselves, whatever name the form holds; otherwise the name is as typed, and recorded so.
      const identity = user ? "console_user" : access.via === "link" ? "signed_link" : "shared_token";
      const parsed = humanActionFromForm(name, formFields(request.body), { identity, ...(user ? { signedInAs: user } : {}) });
      const page = { accessQuery: query, ...signedIn(access) };
      if (!parsed.ok) return renderTicket(request, reply, 400, { ...page, error: parsed.error });
      // Anyone with the link may post here: an unnamed reply, resolve or release would pass as the owner's own.
      if (parsed.action.action !== "claim" && parsed.action.agent === undefined) {
        const owner = (await deps.client.read(threadId))?.owner;
        if (owner) return renderTicket(request, reply, 409, { ...page, error: `Your name: required; ${owner} owns this ticket.` });
      }
      try {
        await deps.client.act(threadId, parsed.action);
      } catch (error) {
        if (!(error instanceof ThreadStateError)) throw error;
        return renderTicket(request, reply, 409, { ...page, error: `Could not ${name}: ${error.message}.` });
      }
      request.log.info({ threadId, action: name, ...(user ? { user } : {}) }, "console: action applied");
      const back = `/tickets/${encodeURIComponent(threadId)}?notice=${name}${query ? `&${query}` : ""}`;
      const agent = "agent" in parsed.action ? parsed.action.agent : undefined;
      if (agent && !user) setAgentCookie(reply, agent, request.protocol === "https");
      return reply.code(303).header("location", back).send();
    });
  }

  async function renderTicket(
    request: TicketRequest,
    reply: FastifyReply,
    status: number,
    extra: { accessQuery: string; signedInAs?: string; notice?: string; error?: string },
  ) {
    const threadId = request.params.id;
    const [result, ticket] = await Promise.all([deps.client.read(threadId), deps.client.ticket(threadId)]);
    if (!result) return send(reply, 404, errorPage("Not found", `There is no ticket ${threadId}.`));
    const agent = extra.signedInAs ?? agentFromCookie(request);
    return send(reply, status, ticketPage({ threadId, result, ticket, ...extra, ...(agent ? { agent } : {}) }, deps.client.agent.settings.privacy.redactKinds));
  }

  /** `?token=` once: the cookie is set and the token leaves the address bar (and the history). */
  function login(request: FastifyRequest, reply: FastifyReply, token: string) {
    const url = new URL(request.url, "http://console.invalid");
    url.searchParams.delete("token");
    return signIn(request, reply, token, safeNext(url.pathname + url.search));
  }

  /** Sets the session cookie and sends the browser on to `next`, or shows the login again. */
  function signIn(request: FastifyRequest, reply: FastifyReply, token: string, next: string) {
    const signed = sessionForToken(token, deps);
    if (!signed) {
      request.log.warn("console: wrong login token");
      return send(reply, 401, accessPage("That token is not right.", next, loginEnabled(deps)));
    }
    request.log.info(signed.session.kind === "user" ? { user: signed.session.name } : { shared: true }, "console: signed in");
    setSessionCookie(reply, signed.value, request.protocol === "https");
    return reply.code(303).header("location", next).send();
  }
}

/** The page for a request without a session: a login form, or why there is none. */
export function loginNeeded(config: AccessConfig, reason: string, next: string): [401 | 503, Html] {
  return loginEnabled(config)
    ? [401, accessPage(reason, next, true)]
    : [503, accessPage("The console login is off: set CONSOLE_TOKEN or ESCALATION_CONSOLE_USERS.", next, false)];
}

function signedIn(access: Access): { signedInAs?: string } {
  const user = signedInUser(access);
  return user ? { signedInAs: user } : {};
}

/** A console page; the CSP, framing and referrer headers come from the security layer (../security.ts). */
export function send(reply: FastifyReply, status: number, body: Html) {
  return reply.code(status).header("content-type", "text/html; charset=utf-8").header("cache-control", "no-store").send(body.value);
}

/**
 * A path on this server: one `/`, then a path character (not `/`, `\\` or
 * whitespace), and no control character or backslash anywhere. Browsers drop
 * tabs and newlines from a Location and read `\\` as `/`, so `/\t/evil.example`
 * or `/\\evil.example` would otherwise leave the site after a login.
 */
const SAME_ORIGIN_PATH = /^\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@%?#][^\\\u0000-\u0020\u007f-\u009f\u2028\u2029]*)?$/;

export function safeNext(next: string | undefined): string {
  return next !== undefined && SAME_ORIGIN_PATH.test(next) ? next : "/";
}

/**
 * A browser sends Origin with every form post; one from another site is a
 * forged request riding on the session cookie (SameSite=Lax already stops
 * most, this stops the rest). No Origin at all is a non-browser client.
 */
export function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin || origin === "null") return origin === undefined;
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}
