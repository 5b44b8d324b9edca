/**
 * One channel's way out: send an artefact, and find out whether an earlier
 * attempt that was interrupted (the process died between sending and
 * recording it) did arrive after all.
 */
export interface Sender<A> {
  /**
   * Sends; says where it landed (a Message-ID, a Slack ts, a ticket id). Throws DeliveryError.
   * `recipients` narrows a mail to those addresses (the rest already accepted it); other media ignore it.
   */
  send(artefact: A, idempotencyKey: string, recipients?: readonly string[]): Promise<Sent>;
  /**
   * Looks for an earlier attempt under the same key made since `since`:
   * its ref when found, undefined when it certainly did not arrive. Throws
   * when the channel cannot tell, so the caller does not risk a duplicate.
   */
  find(artefact: A, idempotencyKey: string, since: Date): Promise<string | undefined>;
}

export interface Sent {
  ref: string;
  /** Recipients the server refused while it accepted the others (mail only): the send landed, but not everywhere. */
  rejected?: RejectedRecipient[];
}

export interface RejectedRecipient {
  address: string;
  /** The server's reply, e.g. "SMTP 550: 5.1.1 mailbox unavailable". */
  error: string;
}
