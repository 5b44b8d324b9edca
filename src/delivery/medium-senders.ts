/**
 * The channel of each medium: a real sender where its settings are given,
 * the file outbox for a medium without one. Sends an artefact to it, and
 * asks it whether an interrupted send went out. NotificationDelivery
 * decides when to send and keeps the ledger; this only reaches the channel.
 */
import type { Artefact, EmailMessage, SlackMessage } from "./artefact.js";
import type { TicketUpdate } from "./compose/ticket-update.js";
import type { FileOutbox } from "./file-outbox.js";
import { DeliveryError } from "./transports/delivery-error.js";
import type { Sender, Sent } from "./transports/sender.js";

/** The real channels; a missing one means "write to the outbox". */
export interface Senders {
  email?: Sender<EmailMessage>;
  slack?: Sender<SlackMessage>;
  ticketing?: Sender<TicketUpdate>;
}

/** What configures each medium, for the reason a notification was not sent. */
export const SETTINGS_OF: Record<Artefact["medium"], string> = {
  email: "mail is not configured (SMTP_URL)",
  slack: "Slack is not configured (SLACK_BOT_TOKEN)",
  ticketing: "Zendesk is not configured (ZENDESK_URL, ZENDESK_EMAIL, ZENDESK_API_TOKEN)",
};

export class MediumSenders {
  constructor(
    private readonly senders: Senders,
    readonly outbox: FileOutbox,
  ) {}

  /** Whether this medium has real settings (otherwise: the outbox where it is the channel, not_configured elsewhere). */
  configured(medium: Artefact["medium"]): boolean {
    return this.senders[medium] !== undefined;
  }

  async send(artefact: Artefact, key: string, recipients: readonly string[] | undefined): Promise<Sent> {
    switch (artefact.medium) {
      case "email":
        return this.senders.email ? this.senders.email.send(artefact.message, key, recipients) : this.toOutbox(artefact, key);
      case "slack":
        return this.senders.slack ? this.senders.slack.send(artefact.message, key) : this.toOutbox(artefact, key);
      case "ticketing":
        return this.senders.ticketing ? this.senders.ticketing.send(artefact.update, key) : this.toOutbox(artefact, key);
    }
  }

  /** Writing the outbox file again is harmless, so an interrupted outbox write is simply redone. */
  async find(artefact: Artefact, key: string, since: Date): Promise<string | undefined> {
    switch (artefact.medium) {
      case "email":
        return this.senders.email?.find(artefact.message, key, since);
      case "slack":
        return this.senders.slack?.find(artefact.message, key, since);
      case "ticketing":
        return this.senders.ticketing?.find(artefact.update, key, since);
    }
  }

  private async toOutbox(artefact: Artefact, key: string): Promise<Sent> {
    try {
      return { ref: await this.outbox.write(artefact, key) };
    } catch (error) {
      // A full disk or a missing permission does not fix itself within seconds.
      throw new DeliveryError(`outbox ${this.outbox.dir}: ${(error as Error).message}`, false);
    }
  }
}
