/**
 * GET /metrics, on `serve` (a route of its Fastify app) and on each worker
 * (a listener of its own, --metrics-port). Who may scrape:
 *
 *   METRICS_TOKEN set:   callers sending `Authorization: Bearer <token>`, from anywhere;
 *   METRICS_TOKEN unset: loopback callers only, and not through a proxy
 *                        (no X-Forwarded-For), so a public interface never
 *                        shows the figures to strangers.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { safeEqual } from "../signing.js";
import { enableMetrics, renderMetrics } from "./metrics.js";

export type MetricsAccess = { ok: true } | { ok: false; status: 401 | 403; error: string };

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
  return plain === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

export function checkMetricsAccess(headers: IncomingHttpHeaders, remoteAddress: string | undefined, token: string | undefined): MetricsAccess {
  if (token !== undefined) {
    const match = /^Bearer\s+(.+)$/i.exec(headers.authorization?.trim() ?? "");
    if (match?.[1] && safeEqual(match[1].trim(), token)) return { ok: true };
    return { ok: false, status: 401, error: "send 'Authorization: Bearer <METRICS_TOKEN>'" };
  }
  if (isLoopback(remoteAddress) && headers["x-forwarded-for"] === undefined) return { ok: true };
  return { ok: false, status: 403, error: "metrics are served to local callers only; set METRICS_TOKEN to scrape from elsewhere" };
}

/** GET /metrics on the server's app. The socket's own address counts, never X-Forwarded-For. */
export function registerMetricsRoute(app: FastifyInstance, options: { token?: string | undefined }): void {
  app.get("/metrics", async (request, reply) => {
    const access = checkMetricsAccess(request.headers, request.raw.socket.remoteAddress, options.token);
    if (!access.ok) {
      if (access.status === 401) void reply.header("www-authenticate", 'Bearer realm="metrics"');
      return reply.code(access.status).send({ error: access.error });
    }
    const { contentType, body } = await renderMetrics();
    return reply.type(contentType).send(body);
  });
}

export interface MetricsListener {
  /** http://host:port as listening (the real port when 0 was asked for). */
  url: string;
  close(): Promise<void>;
}

/** A small HTTP listener that answers GET /metrics and nothing else (the worker's). */
export async function startMetricsListener(options: { host: string; port: number; token?: string | undefined }): Promise<MetricsListener> {
  await enableMetrics();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://metrics").pathname;
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      response.writeHead(status, { "content-type": type, ...headers });
      response.end(body);
    };
    if (path !== "/metrics" || (request.method !== "GET" && request.method !== "HEAD")) {
      return send(404, "application/json; charset=utf-8", JSON.stringify({ error: "not found" }));
    }
    const access = checkMetricsAccess(request.headers, request.socket.remoteAddress, options.token);
    if (!access.ok) {
      const headers: Record<string, string> = access.status === 401 ? { "www-authenticate": 'Bearer realm="metrics"' } : {};
      return send(access.status, "application/json; charset=utf-8", JSON.stringify({ error: access.error }), headers);
    }
    renderMetrics().then(
      ({ contentType, body }) => send(200, contentType, body),
      () => send(500, "application/json; charset=utf-8", JSON.stringify({ error: "internal error" })),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
