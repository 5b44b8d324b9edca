/**
 * /healthz: the process answers (liveness). /readyz: it can do its job — the
 * checkpointer and the intake journal answer — and it is not shutting down,
 * so a load balancer stops sending work before the server stops taking it.
 */
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import type { FastifyInstance } from "fastify";
import type { BreakerSnapshot } from "../llm/breaker.js";

export interface ReadinessChecks {
  checkpointer: () => Promise<void>;
  journal: () => Promise<void>;
  /** The work queue, when intake hands work to one (resolves at once otherwise). */
  queue: () => Promise<void>;
  shuttingDown: () => boolean;
  /**
   * The model endpoints' circuit breakers (src/llm/breaker.ts): shown, never
   * a reason to be unready — with a breaker open tickets are still decided, by the rules.
   */
  models?: () => readonly BreakerSnapshot[];
}

/** A read that reaches the database (a thread that never exists), bounded so a hung database reads as not ready. */
export function checkpointerCheck(checkpointer: BaseCheckpointSaver | undefined, timeoutMs = 2_000): () => Promise<void> {
  return async () => {
    if (checkpointer) await withTimeout(checkpointer.getTuple({ configurable: { thread_id: "__readyz__", checkpoint_ns: "" } }), timeoutMs);
  };
}

async function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function registerHealthRoutes(app: FastifyInstance, checks: ReadinessChecks): void {
  app.get("/healthz", async () => ({ status: "ok" }));

  app.get("/readyz", async (request, reply) => {
    if (checks.shuttingDown()) return reply.code(503).send({ status: "shutting_down" });
    const results: Record<string, string> = {};
    let ready = true;
    try {
      await checks.checkpointer();
      results.checkpointer = "ok";
    } catch (error) {
      ready = false;
      results.checkpointer = "unreachable";
      request.log.warn({ err: error }, "readyz: checkpointer unreachable");
    }
    try {
      await withTimeout(checks.journal(), 2_000);
      results.journal = "ok";
    } catch (error) {
      ready = false;
      results.journal = "unreachable";
      request.log.warn({ err: error }, "readyz: intake journal unreachable");
    }
    try {
      await withTimeout(checks.queue(), 2_000);
    } catch (error) {
      ready = false;
      results.queue = "unreachable";
      request.log.warn({ err: error }, "readyz: work queue unreachable");
    }
    const models = checks.models?.() ?? [];
    return reply.code(ready ? 200 : 503).send({ status: ready ? "ready" : "unavailable", checks: results, ...(models.length > 0 ? { models } : {}) });
  });
}
