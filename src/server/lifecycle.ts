/**
 * Signals for a running server: the first SIGTERM or SIGINT stops it
 * gracefully (see AgentServer.stop); a second one while that runs exits at
 * once — someone pressing Ctrl-C twice means it.
 */
import type { FastifyBaseLogger } from "fastify";

const SIGNALS = ["SIGTERM", "SIGINT"] as const;

/** Resolves once the server has stopped after a signal. */
export function stopOnSignals(stop: () => Promise<unknown>, log: FastifyBaseLogger): Promise<void> {
  return new Promise((resolve, reject) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        log.warn({ signal }, "second signal: exiting without waiting");
        process.exit(130);
      }
      stopping = true;
      log.info({ signal }, "signal received: stopping gracefully");
      stop().then(
        () => {
          for (const s of SIGNALS) process.off(s, onSignal);
          resolve();
        },
        (error: unknown) => reject(error as Error),
      );
    };
    for (const s of SIGNALS) process.on(s, onSignal);
  });
}
