/**
 * Builds the delivery channels from settings: a real sender for every
 * configured channel, the file outbox for the rest when ESCALATION_OUTBOX
 * makes it a channel ("not_configured" otherwise), one ledger for all.
 */
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import { SqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";
import type { RoutingConfig } from "../config/routing.js";
import { NotificationDelivery } from "./delivery.js";
import type { Senders } from "./medium-senders.js";
import { DEFAULT_OUTBOX_DIR, FileOutbox } from "./file-outbox.js";
import { InMemoryDeliveryLedger, type DeliveryLedger } from "./ledger.js";
import type { RetryPolicy } from "./retry.js";
import { secretsOf, type ChannelSettings } from "./settings.js";
import { signTicketUrl } from "./console-link.js";
import { isPostgresUrl, parsePostgresLocation } from "../persistence/postgres-location.js";
import { PostgresDeliveryLedger } from "./postgres-ledger.js";
import { SqliteDeliveryLedger } from "./sqlite-ledger.js";
import { SmtpSender } from "./transports/smtp.js";
import { SlackSender } from "./transports/slack.js";
import { ZendeskSender } from "./transports/zendesk.js";
import type { HandoffChannels } from "./types.js";

export interface CreateChannelsOptions {
  routing: RoutingConfig;
  /** The delivery settings (Settings.channels, src/settings). */
  settings: ChannelSettings;
  ledger?: DeliveryLedger;
  retry?: Partial<RetryPolicy>;
}

export function createHandoffChannels(options: CreateChannelsOptions): NotificationDelivery {
  const { settings } = options;
  const senders: Senders = {
    ...(settings.smtpUrl ? { email: new SmtpSender(settings.smtpUrl) } : {}),
    ...(settings.slack ? { slack: new SlackSender(settings.slack.token, settings.slack.apiUrl) } : {}),
    ...(settings.zendesk ? { ticketing: new ZendeskSender(settings.zendesk) } : {}),
  };
  return new NotificationDelivery({
    compose: {
      routing: options.routing,
      ...(settings.publicUrl ? { publicUrl: settings.publicUrl } : {}),
      ...(settings.linkSecret ? { signLink: linkSigner(settings.linkSecret) } : {}),
    },
    ledger: options.ledger ?? new InMemoryDeliveryLedger(),
    senders,
    outbox: new FileOutbox(settings.outboxDir ?? DEFAULT_OUTBOX_DIR),
    outboxIsChannel: settings.outboxDir !== undefined,
    ...(options.retry ? { retry: options.retry } : {}),
    secrets: secretsOf(settings),
  });
}

/** Ticket links that open the agent console's page without a login, for a week (delivery/console-link.ts). */
function linkSigner(secret: string): (url: string, ticketId: string) => string {
  return (url, ticketId) => signTicketUrl(url, ticketId, secret);
}

/**
 * The ledger at a database location as ESCALATION_DB / --db give it: in
 * memory for `:memory:`, the `notification_deliveries` table of a
 * `postgres://` database (in its schema) or of a SQLite file otherwise.
 */
export function openDeliveryLedger(location: string): DeliveryLedger {
  if (location === ":memory:") return new InMemoryDeliveryLedger();
  if (isPostgresUrl(location)) return new PostgresDeliveryLedger(parsePostgresLocation(location));
  return SqliteDeliveryLedger.open(location);
}

/**
 * The ledger beside the threads: in the checkpointer's SQLite database when
 * there is one, so it is exactly as durable as the checkpoints; in memory
 * otherwise (a MemorySaver loses both on exit anyway).
 */
export function ledgerFor(checkpointer: BaseCheckpointSaver | undefined): DeliveryLedger {
  return checkpointer instanceof SqliteSaver ? new SqliteDeliveryLedger(checkpointer.db) : new InMemoryDeliveryLedger();
}

/** Builds channels once the agent knows its routing and ledger (see EscalationAgentOptions.channels). */
export type ChannelsFactory = (context: { routing: RoutingConfig; ledger: DeliveryLedger }) => HandoffChannels;
