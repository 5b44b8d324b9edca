/**
 * One channel's way out: send an artefact, and find out whether an earlier
 * attempt that was interrupted (the process died between sending and
 * recording it) did arrive after all.
 */
export interface Sender<A> {
  /** Sends; returns where it landed (a Message-ID, a Slack ts, a ticket id). Throws DeliveryError. */
  send(artefact: A, idempotencyKey: string): Promise<string>;
  /**
   * Looks for an earlier attempt under the same key made since `since`:
   * its ref when found, undefined when it certainly did not arrive. Throws
   * when the channel cannot tell, so the caller does not risk a duplicate.
   */
  find(artefact: A, idempotencyKey: string, since: Date): Promise<string | undefined>;
}
