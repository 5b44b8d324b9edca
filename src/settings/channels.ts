/**
 * Delivery settings. A channel is on when its variables are set and off
 * ("not_configured": nobody is sent its notifications) when none are,
 * unless ESCALATION_OUTBOX names a folder — then the file outbox is the
 * channel for them. Half a configuration is an error that names the
 * missing variable, never a value.
 */
import { ConfigError } from "../config/errors.js";
import type { ChannelSettings } from "../delivery/settings.js";
import { DEFAULT_SLACK_API_URL } from "../delivery/transports/slack.js";
import type { ZendeskSettings } from "../delivery/transports/zendesk.js";
import type { z } from "zod";
import { EnvSchema } from "./schema.js";
import { url } from "./values.js";

export type { ChannelSettings };

/** The variables of the delivery settings, for parsing them alone (channelSettingsFromEnv). */
export const ChannelVariables = EnvSchema.pick({
  ESCALATION_OUTBOX: true,
  SMTP_URL: true,
  SLACK_BOT_TOKEN: true,
  SLACK_API_URL: true,
  ZENDESK_URL: true,
  ZENDESK_EMAIL: true,
  ZENDESK_API_TOKEN: true,
  PUBLIC_URL: true,
  CONSOLE_LINK_SECRET: true,
});
type ChannelValues = z.infer<typeof ChannelVariables>;

export function channelSettings(env: ChannelValues): ChannelSettings {
  if (env.SLACK_API_URL && !env.SLACK_BOT_TOKEN) throw new ConfigError("SLACK_API_URL is set but SLACK_BOT_TOKEN is not");
  const given = Object.entries({ ZENDESK_URL: env.ZENDESK_URL, ZENDESK_EMAIL: env.ZENDESK_EMAIL, ZENDESK_API_TOKEN: env.ZENDESK_API_TOKEN });
  const missing = given.filter(([, value]) => !value).map(([name]) => name);
  if (missing.length > 0 && missing.length < given.length) {
    throw new ConfigError(`Zendesk is half configured: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set`);
  }
  const zendesk = missing.length === 0 ? checkedZendesk(env.ZENDESK_URL ?? "", env.ZENDESK_EMAIL ?? "", env.ZENDESK_API_TOKEN ?? "") : undefined;
  return {
    ...(env.ESCALATION_OUTBOX ? { outboxDir: env.ESCALATION_OUTBOX } : {}),
    ...(env.SMTP_URL ? { smtpUrl: env.SMTP_URL } : {}),
    ...(env.SLACK_BOT_TOKEN ? { slack: { token: env.SLACK_BOT_TOKEN, apiUrl: env.SLACK_API_URL ?? DEFAULT_SLACK_API_URL } } : {}),
    ...(zendesk ? { zendesk } : {}),
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
    ...(env.CONSOLE_LINK_SECRET ? { linkSecret: env.CONSOLE_LINK_SECRET } : {}),
  };
}

function checkedZendesk(zendeskUrl: string, email: string, apiToken: string): ZendeskSettings {
  url("ZENDESK_URL", zendeskUrl, ["http:", "https:"]);
  return { url: zendeskUrl, email, apiToken };
}
