/**
 * Delivery settings from the environment. A channel is on when its
 * variables are set and off ("not_configured": nobody is sent its
 * notifications) when none are, unless ESCALATION_OUTBOX names a folder —
 * then the file outbox is the channel for them. Half a configuration is
 * an error that names the missing or malformed variable, never its value.
 *
 *   SMTP_URL                                   mail (nodemailer connection URL)
 *   SLACK_BOT_TOKEN, SLACK_API_URL             Slack (API URL defaults to Slack's)
 *   ZENDESK_URL, ZENDESK_EMAIL, ZENDESK_API_TOKEN  ticketing
 *   PUBLIC_URL                                 base of the ticket links in messages
 *   CONSOLE_LINK_SECRET                        signs those links (agent console, src/server)
 *   ESCALATION_OUTBOX                          the file outbox as the channel of every medium without settings
 */
import { ConfigError } from "../../config/errors.js";
import { DEFAULT_SLACK_API_URL } from "./transports/slack.js";
import type { ZendeskSettings } from "./transports/zendesk.js";

export interface ChannelSettings {
  smtpUrl?: string;
  slack?: { token: string; apiUrl: string };
  zendesk?: ZendeskSettings;
  publicUrl?: string;
  /** Signs ticket links for the agent console; shared with `escalation-agent serve`. */
  linkSecret?: string;
  /** Set: the file outbox is the channel of every medium without settings. Unset: those are "not_configured". */
  outboxDir?: string;
}

type Env = Record<string, string | undefined>;

export function channelSettingsFromEnv(env: Env = process.env): ChannelSettings {
  const read = (name: string) => (env[name]?.trim() ? env[name]?.trim() : undefined);
  const outboxDir = read("ESCALATION_OUTBOX");
  const settings: ChannelSettings = outboxDir ? { outboxDir } : {};

  const smtpUrl = read("SMTP_URL");
  if (smtpUrl) {
    requireUrl("SMTP_URL", smtpUrl, ["smtp:", "smtps:"]);
    settings.smtpUrl = smtpUrl;
  }

  const slackToken = read("SLACK_BOT_TOKEN");
  const slackApiUrl = read("SLACK_API_URL");
  if (slackApiUrl) requireUrl("SLACK_API_URL", slackApiUrl, ["http:", "https:"]);
  if (slackApiUrl && !slackToken) throw new ConfigError("SLACK_API_URL is set but SLACK_BOT_TOKEN is not");
  if (slackToken) settings.slack = { token: slackToken, apiUrl: slackApiUrl ?? DEFAULT_SLACK_API_URL };

  const zendesk = { url: read("ZENDESK_URL"), email: read("ZENDESK_EMAIL"), apiToken: read("ZENDESK_API_TOKEN") };
  const given = Object.entries({ ZENDESK_URL: zendesk.url, ZENDESK_EMAIL: zendesk.email, ZENDESK_API_TOKEN: zendesk.apiToken });
  if (given.some(([, value]) => value)) {
    const missing = given.filter(([, value]) => !value).map(([name]) => name);
    if (missing.length) throw new ConfigError(`Zendesk is half configured: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set`);
    requireUrl("ZENDESK_URL", zendesk.url ?? "", ["http:", "https:"]);
    settings.zendesk = { url: zendesk.url ?? "", email: zendesk.email ?? "", apiToken: zendesk.apiToken ?? "" };
  }

  const publicUrl = read("PUBLIC_URL");
  if (publicUrl) {
    requireUrl("PUBLIC_URL", publicUrl, ["http:", "https:"]);
    settings.publicUrl = publicUrl;
  }
  const linkSecret = read("CONSOLE_LINK_SECRET");
  if (linkSecret) settings.linkSecret = linkSecret;
  return settings;
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

function requireUrl(name: string, value: string, protocols: string[]): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // The value may hold a password: name the variable only.
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must be a ${protocols.map((p) => `${p}//`).join(" or ")} URL`);
  }
}
