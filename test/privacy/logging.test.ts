/**
 * Secrets from the configuration never appear in logs or error messages:
 * named fields are blanked, configured values are replaced wherever they
 * turn up, credential shapes are redacted.
 */
import { describe, expect, it } from "vitest";
import { variableError } from "../../src/config/errors.js";
import { createLogger } from "../../src/logging.js";
import { SECRET_ENV, SECRET_VALUES } from "../helpers/secret-env.js";

const ENV = SECRET_ENV;

function capture() {
  const lines: string[] = [];
  return { lines, destination: { write: (line: string) => void lines.push(line) } };
}

describe("createLogger", () => {
  it("blanks credential fields, scrubs messages, objects and errors, on one line of JSON per record", () => {
    const { lines, destination } = capture();
    const log = createLogger({ level: "debug", destination, env: ENV });

    log.info({ password: "hunter2", config: { token: "t0k3n-value", smtpUrl: ENV.SMTP_URL }, headers: { authorization: "Basic abc" } }, "configured");
    log.warn(`slack said invalid_auth for ${ENV.SLACK_BOT_TOKEN}`);
    log.error({ err: new Error(`could not connect to ${ENV.DATABASE_URL}`), note: `zendesk ${ENV.ZENDESK_API_TOKEN}` }, "failed");

    expect(lines).toHaveLength(3);
    const all = lines.join("\n");
    for (const value of [...SECRET_VALUES, "hunter2", "t0k3n-value", "Basic abc"]) expect(all).not.toContain(value);
    const [first, second, third] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({
      password: "[redacted]",
      config: { token: "[redacted]", smtpUrl: "[redacted]" },
      headers: { authorization: "[redacted]" },
      msg: "configured",
    });
    expect(second?.msg).toBe("slack said invalid_auth for [redacted]");
    expect(third).toMatchObject({ msg: "failed", note: "zendesk [redacted]", err: { type: "Error", message: expect.stringContaining("postgres://app:") } });
    expect(String((third?.err as { stack?: string }).stack)).toContain("could not connect");
  });

  it("logs nothing below its level", () => {
    const { lines, destination } = capture();
    createLogger({ level: "warn", destination, env: {} }).info("quiet");
    expect(lines).toEqual([]);
  });
});

describe("configuration errors", () => {
  it("name the variable and never its value", () => {
    const error = variableError("SMTP_URL", `is not a valid URL (${ENV.SMTP_URL})`, ENV.SMTP_URL);
    expect(error.message).toBe("SMTP_URL is not a valid URL ([redacted])");
  });
});
