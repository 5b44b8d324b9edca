/**
 * The one secrets scrubber (src/privacy/secrets.ts, src/privacy/scrub-deep.ts)
 * that logs, CLI errors, model failures and delivery errors go through: which
 * values are secrets, how they and credential shapes are replaced in a
 * message, and how a whole log record is walked. How each caller uses it is
 * tested beside the caller (test/logging.test.ts, test/privacy/logging.test.ts,
 * test/llm/prompt-safety.test.ts, test/privacy/secrets-channels.test.ts).
 */
import { describe, expect, it } from "vitest";
import { scrubDeep } from "../../src/privacy/scrub-deep.js";
import { clipMessage, configuredSecrets, scrubSecrets } from "../../src/privacy/secrets.js";
import { cyclicTree } from "../helpers/cyclic-tree.js";
import { SECRET_ENV, SECRET_VALUES } from "../helpers/secret-env.js";

const ENV = SECRET_ENV;

const SLACK_SECRET = "xoxb-999-888-FAKEcyclicToken";
const slackOnly = configuredSecrets({ SLACK_BOT_TOKEN: SLACK_SECRET });

describe("configuredSecrets", () => {
  it("finds credential-named variables and URL passwords, whatever the URL variable is called", () => {
    const secrets = configuredSecrets(ENV);
    for (const value of SECRET_VALUES) expect(secrets).toContain(value);
    expect(secrets).not.toContain("false");
    expect(secrets).not.toContain("rules");
    expect(secrets).not.toContain("abc");
  });
});

describe("scrubSecrets", () => {
  it("replaces configured values, raw and percent-encoded, and credential shapes from anywhere", () => {
    const secrets = configuredSecrets(ENV);
    const message =
      "connect failed for smtps://mailer:p%40ss-W0rd-smtp@mail.example.com (token xoxb-111-222-FAKEslacktoken, key sk-FAKEopenaikey0123456789); " +
      "routing file said https://ops:hunter22@hooks.example.com and Bearer abcdefghijklmnop1234567890";
    const clean = scrubSecrets(message, secrets);
    for (const value of [...SECRET_VALUES, "hunter22", "abcdefghijklmnop1234567890"]) expect(clean).not.toContain(value);
    expect(clean).toContain("connect failed for smtps://mailer:");
  });
});

describe("scrubSecrets, the forms a secret travels in", () => {
  it("replaces a secret base64-encoded too, as a Basic header or a data URL carries it", () => {
    const secret = "zd-FAKE-token-0042";
    const clean = scrubSecrets(`sent ${Buffer.from(secret).toString("base64")} and ${encodeURIComponent("p@ss word!")}`, [secret, "p@ss word!"]);
    expect(clean).toBe("sent [redacted] and [redacted]");
  });

  it("replaces the longer of two overlapping secrets whole, in whatever order they are given", () => {
    expect(scrubSecrets("key abcd-1234-efgh", ["abcd", "abcd-1234-efgh"])).toBe("key [redacted]");
  });

  it("leaves values too short to tell from a word", () => {
    expect(scrubSecrets("the abc of it", ["abc"])).toBe("the abc of it");
  });

  it("redacts OpenAI's masked echo of a refused key and bearer tokens, with no configured secret at all", () => {
    const clean = scrubSecrets("401 Incorrect API key provided: sk-proj-abc123********xyz. Sent Bearer abcdefgh12", []);
    // The shapes are the model layer's as they were: greedy, so the header word and a trailing dot go too.
    expect(clean).toBe("401 Incorrect API key provided: [redacted] Sent [redacted]");
  });

  it("names a key the detectors know by its kind", () => {
    expect(scrubSecrets("key sk-FAKEopenaikey0123456789 rejected", [])).toBe("key [REDACTED:api_key] rejected");
  });
});

describe("clipMessage", () => {
  it("keeps a message within the limit, marking the cut", () => {
    expect(clipMessage("short")).toBe("short");
    const clipped = clipMessage("x".repeat(600));
    expect(clipped).toHaveLength(500);
    expect(clipped.endsWith("…")).toBe(true);
    expect(clipMessage("x".repeat(500))).toBe("x".repeat(500));
  });
});

describe("scrubDeep", () => {
  it("marks cycles as [Circular] and scrubs the secrets inside them", () => {
    const clean = scrubDeep(cyclicTree(SLACK_SECRET), slackOnly) as Record<string, unknown>;
    expect(JSON.stringify(clean)).not.toContain(SLACK_SECRET);
    expect(clean).toEqual({
      name: "root",
      note: "token [redacted] in the root",
      self: "[Circular]",
      // The same child twice is a shared reference, not a cycle: both copies are kept.
      children: [
        { name: "child", note: "and [redacted] in a child", children: [], parent: "[Circular]" },
        { name: "child", note: "and [redacted] in a child", children: [], parent: "[Circular]" },
      ],
    });
  });

  it("marks a cycle through an array", () => {
    const list: unknown[] = [`secret ${SLACK_SECRET}`];
    list.push(list);
    expect(scrubDeep(list, slackOnly)).toEqual(["secret [redacted]", "[Circular]"]);
  });

  it("stops at a bounded depth on a long chain", () => {
    let chain: Record<string, unknown> = { end: SLACK_SECRET };
    for (let i = 0; i < 100_000; i++) chain = { next: chain };
    const text = JSON.stringify(scrubDeep(chain, slackOnly));
    expect(text).toContain('"[Object]"');
    expect(text).not.toContain(SLACK_SECRET);
  });

  it("writes what JSON would for dates, and leaves errors to their serializer", () => {
    const error = new Error(SLACK_SECRET);
    const clean = scrubDeep({ at: new Date("2026-01-02T03:04:05Z"), error }, slackOnly) as Record<string, unknown>;
    expect(clean.at).toBe("2026-01-02T03:04:05.000Z");
    expect(clean.error).toBe(error);
  });
});
