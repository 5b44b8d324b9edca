/**
 * Writes every change of the process's model circuit breakers to a log (the
 * worker's and the server's): opened and half-open as warnings, closed again
 * as information. The last failure is already redacted; the logger scrubs too.
 */
import { onBreakerChange } from "./breaker.js";

export interface BreakerLog {
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
}

/** Subscribes `log`; returns the unsubscribe function. */
export function logBreakerChanges(log: BreakerLog): () => void {
  return onBreakerChange((snapshot, from) => {
    const fields = { breaker: { ...snapshot, from } };
    if (snapshot.state === "closed") log.info(fields, `model circuit breaker closed: ${snapshot.endpoint} answers again`);
    else if (snapshot.state === "open")
      log.warn(fields, `model circuit breaker open: ${snapshot.endpoint} is skipped until ${snapshot.retryAt}; the rules decide`);
    else log.warn(fields, `model circuit breaker half-open: probing ${snapshot.endpoint}`);
  });
}
