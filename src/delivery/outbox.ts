/**
 * Channels that deliver everything to the file outbox (`.eml` for mail,
 * `.json` for Slack and ticketing; see file-outbox.ts), under the same
 * exactly-once ledger as the real channels. What an agent uses when no
 * channel is configured, and what tests use to look at the artefacts.
 */
import { DEFAULT_ROUTING, type RoutingConfig } from "../config/routing.js";
import { NotificationDelivery } from "./delivery.js";
import { DEFAULT_OUTBOX_DIR, FileOutbox } from "./file-outbox.js";
import type { DeliveryLedger } from "./ledger.js";

export { DEFAULT_OUTBOX_DIR };

export interface OutboxChannelsOptions {
  routing?: RoutingConfig;
  ledger?: DeliveryLedger;
  /** Base URL of ticket links (PUBLIC_URL). */
  publicUrl?: string;
}

export class OutboxChannels extends NotificationDelivery {
  /** `dir`: the outbox folder (an agent passes ESCALATION_OUTBOX's, from its settings). */
  constructor(dir: string = DEFAULT_OUTBOX_DIR, options: OutboxChannelsOptions = {}) {
    super({
      compose: { routing: options.routing ?? DEFAULT_ROUTING, ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}) },
      outbox: new FileOutbox(dir),
      ...(options.ledger ? { ledger: options.ledger } : {}),
    });
  }
}
