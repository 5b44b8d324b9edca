/**
 * The settings parser: every default when nothing is set, one error naming
 * every bad variable, and never a secret's value in that error.
 */
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { DEFAULT_SETTINGS, loadSettings } from "../../src/settings/index.js";

function problem(env: Record<string, string>): string {
  try {
    loadSettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("loadSettings", () => {
  it("gives every default for an empty environment", () => {
    const settings = loadSettings({});
    expect(settings.model).toEqual({ timeoutMs: 30_000, structuredOutput: "jsonSchema" });
    expect(settings.storage).toEqual({});
    expect(settings.queue).toEqual({ prefix: "esc" });
    expect(settings.server).toEqual({ shutdownTimeoutMs: 30_000, trustProxy: false });
    expect(settings.metrics).toEqual({ scanIntervalMs: 60_000 });
    expect(settings.channels).toEqual({});
    expect(settings.privacy).toEqual({ redactKinds: ["card", "iban", "national_id", "password", "api_key"], redactStored: false });
    expect(settings.learning).toEqual({ trust: null });
    expect(settings.process).toEqual({ debug: false });
    expect(settings.secrets).toEqual([]);
    expect(DEFAULT_SETTINGS).toEqual(settings);
  });

  it("reads what is set, trimmed, and treats blank as unset", () => {
    const settings = loadSettings({
      ESCALATION_MODEL_TIMEOUT_MS: " 5000 ",
      ESCALATION_MODEL_METHOD: "functionCalling",
      ESCALATION_DB: "postgres://db/agent",
      ESCALATION_OUTBOX: "  ",
      ESCALATION_REDACT: "card,iban",
      ESCALATION_REDACT_STORED: "yes",
      ESCALATION_LEARNING_TRUST: "console,slack",
      PORT: "0",
      TRUST_PROXY: "1",
      SLACK_BOT_TOKEN: "xoxb-token-of-the-bot",
    });
    expect(settings.model.timeoutMs).toBe(5000);
    expect(settings.model.structuredOutput).toBe("functionCalling");
    expect(settings.storage).toEqual({ db: "postgres://db/agent" });
    expect(settings.privacy).toEqual({ redactKinds: ["card", "iban"], redactStored: true });
    expect([...(settings.learning.trust ?? [])]).toEqual(["console", "slack"]);
    expect(settings.server.port).toBe(0);
    expect(settings.server.trustProxy).toBe(true);
    expect(settings.channels.slack).toEqual({ token: "xoxb-token-of-the-bot", apiUrl: "https://slack.com/api/" });
    expect(settings.secrets).toContain("xoxb-token-of-the-bot");
  });

  it("is frozen", () => {
    const settings = loadSettings({ ESCALATION_REDACT: "card" });
    expect(Object.isFrozen(settings)).toBe(true);
    expect(Object.isFrozen(settings.privacy)).toBe(true);
    expect(Object.isFrozen(settings.privacy.redactKinds)).toBe(true);
  });

  it.each([
    [{ ESCALATION_MODEL_TIMEOUT_MS: "soon" }, /^ESCALATION_MODEL_TIMEOUT_MS: must be a positive whole number of milliseconds, got 'soon'$/],
    [{ ESCALATION_MODEL_METHOD: "xml" }, /^ESCALATION_MODEL_METHOD: must be one of jsonSchema, functionCalling/],
    [{ ESCALATION_QUEUE_PREFIX: "a*b" }, /^ESCALATION_QUEUE_PREFIX 'a\*b' may only hold/],
    [{ PORT: "eighty" }, /^PORT must be a port number/],
    [{ SHUTDOWN_TIMEOUT_MS: "1m" }, /^SHUTDOWN_TIMEOUT_MS must be a number of milliseconds/],
    [{ METRICS_SCAN_INTERVAL_MS: "-1" }, /^METRICS_SCAN_INTERVAL_MS must be a number of milliseconds/],
    [{ INTAKE_SIGNED_BODY_LIMIT: "12" }, /^INTAKE_SIGNED_BODY_LIMIT must be a number of bytes from 1024/],
    [{ ESCALATION_REDACT: "card,emails" }, /^ESCALATION_REDACT has an unknown kind 'emails'/],
    [{ ESCALATION_REDACT_STORED: "maybe" }, /^ESCALATION_REDACT_STORED must be 1/],
    [{ ESCALATION_LEARNING_TRUST: "nobody" }, /^ESCALATION_LEARNING_TRUST: unknown source\(s\) nobody/],
    [{ ESCALATION_EMBEDDINGS: "cohere" }, /^ESCALATION_EMBEDDINGS must be 'openai:<model>'/],
    [{ LOG_LEVEL: "loud" }, /^LOG_LEVEL must be one of/],
    [{ SLACK_API_URL: "https://slack.test/api/" }, /^SLACK_API_URL is set but SLACK_BOT_TOKEN is not$/],
    [{ ZENDESK_URL: "https://acme.zendesk.com" }, /^Zendesk is half configured: ZENDESK_EMAIL, ZENDESK_API_TOKEN are not set$/],
  ])("names the variable of a bad value: %j", (env, message) => {
    expect(problem(env)).toMatch(message);
  });

  it("reports every bad variable at once", () => {
    expect(problem({ PORT: "x", ESCALATION_REDACT_STORED: "maybe" }).split("; ")).toEqual([
      "PORT must be a port number (0–65535), got 'x'",
      "ESCALATION_REDACT_STORED must be 1 (redact before storing) or 0",
    ]);
  });

  it.each([
    ["INTAKE_SECRET", "short-secret"],
    ["CONSOLE_TOKEN", "tiny-token"],
    ["CONSOLE_LINK_SECRET", "link-s3cret"],
    ["METRICS_TOKEN", "metrics-s3cret"],
    ["SMTP_URL", "http://user:hunter2secret@mail.test"],
    ["SMTP_URL", "not a url hunter2secret"],
    ["PUBLIC_URL", "ftp://user:hunter2secret@example.test"],
  ])("never echoes the value of %s", (name, value) => {
    const message = problem({ [name]: value });
    expect(message.startsWith(name)).toBe(true);
    expect(message).not.toContain(value);
    expect(message).not.toContain("hunter2secret");
  });

  it("keeps every credential of the environment as a secret to scrub, ours or not", () => {
    const settings = loadSettings({
      PGPASSWORD: "pg-password-1",
      REDIS_URL: "redis://:redis-pass-2@cache:6379",
      ESCALATION_CONSOLE_USERS: "alice:alice-token-0123456789",
    });
    expect(settings.secrets).toEqual(expect.arrayContaining(["pg-password-1", "redis-pass-2", "alice-token-0123456789"]));
  });
});
