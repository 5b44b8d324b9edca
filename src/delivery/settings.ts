/**
 * Delivery settings: parsed with every other variable by src/settings
 * (SMTP_URL, SLACK_BOT_TOKEN, SLACK_API_URL, ZENDESK_*, PUBLIC_URL,
 * CONSOLE_LINK_SECRET, ESCALATION_OUTBOX); here, which of their values are
 * secrets.
 */
import type { ZendeskSettings } from "./transports/zendesk.js";

/** The channels' configuration; src/settings/channels.ts builds it from the environment. */
export interface ChannelSettings {
  readonly smtpUrl?: string;
  readonly slack?: { readonly token: string; readonly apiUrl: string };
  readonly zendesk?: Readonly<ZendeskSettings>;
  readonly publicUrl?: string;
  /** Signs ticket links for the agent console; shared with `escalation-agent serve`. */
  readonly linkSecret?: string;
  /** Set: the file outbox is the channel of every medium without settings. Unset: those are "not_configured". */
  readonly outboxDir?: string;
}

/** The values that must never be printed: tokens and the SMTP password. */
export function secretsOf(settings: ChannelSettings): string[] {
  const secrets: string[] = [];
  if (settings.slack) secrets.push(settings.slack.token);
  if (settings.zendesk) secrets.push(settings.zendesk.apiToken);
  if (settings.linkSecret) secrets.push(settings.linkSecret);
  if (settings.smtpUrl) {
    const url = new URL(settings.smtpUrl);
    if (url.password) secrets.push(url.password, decodeURIComponent(url.password));
  }
  return secrets;
}
