/** Delivery settings from the environment: on, off, or an error that names the variable and never its value. */
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { secretsOf } from "../../src/delivery/settings.js";
import { channelSettingsFromEnv } from "../../src/settings/index.js";

describe("channelSettingsFromEnv", () => {
  it("configures nothing without variables: every channel writes to the outbox", () => {
    expect(channelSettingsFromEnv({})).toEqual({});
    expect(channelSettingsFromEnv({ SMTP_URL: "  ", ESCALATION_OUTBOX: "/tmp/out" })).toEqual({ outboxDir: "/tmp/out" });
  });

  it("reads every channel, Slack's API URL defaulting to Slack's", () => {
    const settings = channelSettingsFromEnv({
      SMTP_URL: "smtps://mailer:p%40ss-word@smtp.example.test:465",
      SLACK_BOT_TOKEN: "xoxb-1",
      ZENDESK_URL: "https://acme.zendesk.com",
      ZENDESK_EMAIL: "bot@acme.test",
      ZENDESK_API_TOKEN: "zd-token",
      PUBLIC_URL: "https://support.acme.test",
    });
    expect(settings).toMatchObject({
      smtpUrl: "smtps://mailer:p%40ss-word@smtp.example.test:465",
      slack: { token: "xoxb-1", apiUrl: "https://slack.com/api/" },
      zendesk: { url: "https://acme.zendesk.com", email: "bot@acme.test", apiToken: "zd-token" },
      publicUrl: "https://support.acme.test",
    });
    expect(secretsOf(settings)).toEqual(expect.arrayContaining(["xoxb-1", "zd-token", "p%40ss-word", "p@ss-word"]));
  });

  it.each([
    [{ SMTP_URL: "http://user:hunter2secret@mail.test" }, /SMTP_URL must be a smtp:\/\/ or smtps:\/\/ URL/],
    [{ SMTP_URL: "not a url hunter2secret" }, /SMTP_URL is not a valid URL/],
    [{ SLACK_API_URL: "http://127.0.0.1:9/api/" }, /SLACK_API_URL is set but SLACK_BOT_TOKEN is not/],
    [{ ZENDESK_URL: "https://acme.zendesk.com", ZENDESK_API_TOKEN: "hunter2secret" }, /ZENDESK_EMAIL is not set/],
    [{ ZENDESK_URL: "ftp://hunter2secret", ZENDESK_EMAIL: "a@b.c", ZENDESK_API_TOKEN: "t" }, /ZENDESK_URL must be/],
  ])("rejects %j naming the variable, not the value", (env, message) => {
    let error: unknown;
    try {
      channelSettingsFromEnv(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("hunter2secret");
  });
});
