/**
 * The HTTP security layer, from maintained Fastify plugins rather than our
 * own header and cookie code: cookies parsed and set by @fastify/cookie,
 * the security headers on every response by @fastify/helmet (the console's
 * strict CSP, no framing, a same-origin referrer so a signed link never
 * leaves in a Referer), and @fastify/rate-limit for the console login.
 */
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { STYLESHEET_HASH } from "./console/styles.js";

/** Login attempts one client address may make per window, wrong or right, before 429. */
export interface LoginRateLimit {
  max: number;
  timeWindowMs: number;
}

/**
 * Ten a minute: more than a person retyping a token ever needs, and a
 * guesser gets 14,400 tries a day against tokens of 32 random characters.
 */
export const DEFAULT_LOGIN_RATE_LIMIT: LoginRateLimit = { max: 10, timeWindowMs: 60_000 };

export function registerSecurity(app: FastifyInstance): void {
  void app.register(cookie);
  void app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        styleSrc: [`'${STYLESHEET_HASH}'`],
        imgSrc: ["'self'", "data:"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
    },
    frameguard: { action: "deny" },
    // No-referrer would also blank the Origin of our own form posts, which the CSRF check reads.
    referrerPolicy: { policy: "same-origin" },
  });
  // Off by default; the login routes opt in with `config.rateLimit` (loginRateLimitConfig).
  void app.register(rateLimit, { global: false });
}

/**
 * The route option that puts a route under the login limit. Each route
 * counts apart (the plugin's in-memory store is per route, and per
 * process). `onlyWithToken` leaves requests without `?token=` uncounted,
 * for pages that also take a login in their query.
 */
export function loginRateLimitConfig(limit: LoginRateLimit, options: { onlyWithToken?: boolean } = {}) {
  return {
    rateLimit: {
      max: limit.max,
      timeWindow: limit.timeWindowMs,
      ...(options.onlyWithToken ? { allowList: (request: FastifyRequest) => !hasToken(request.query) } : {}),
    },
  };
}

function hasToken(query: unknown): boolean {
  return typeof query === "object" && query !== null && "token" in query;
}
