/**
 * Which verdicts learning trusts: under ESCALATION_LEARNING_TRUST a verdict
 * counts when its source is listed and its author was verified (a console
 * user's own sign-in, a signed Slack payload, the OS user of a CLI run);
 * the name typed under the shared console token or a signed link does not.
 * And how a resolve action's author is derived.
 */
import { describe, expect, it } from "vitest";
import { isTrustedSource, trustedSources, verdictAuthor, type VerdictAuthor } from "../../src/learning/trust.js";

const trust = trustedSources("console,slack");

describe("isTrustedSource", () => {
  it("counts every verdict when nothing is configured", () => {
    expect(trustedSources("")).toBeNull();
    expect(isTrustedSource(undefined, null)).toBe(true);
    expect(isTrustedSource({ name: "dana", source: "console", identity: "shared_token" }, null)).toBe(true);
  });

  it("counts listed sources only when their author was verified", () => {
    const cases: Array<[VerdictAuthor, boolean]> = [
      [{ name: "alice", source: "console", identity: "console_user" }, true],
      [{ name: "alice", source: "slack", identity: "slack_user", slackUserId: "U1" }, true],
      [{ name: "dana", source: "console", identity: "shared_token" }, false],
      [{ name: "dana", source: "console", identity: "signed_link" }, false],
      // A console record from before identities were kept: only the typed name.
      [{ name: "dana", source: "console" }, false],
      // Verified, but not a listed source.
      [{ name: "sam", source: "cli", osUser: "sam", identity: "os_user" }, false],
    ];
    for (const [author, counts] of cases) expect(isTrustedSource(author, trust), JSON.stringify(author)).toBe(counts);
    expect(isTrustedSource(undefined, trust)).toBe(false);
  });

  it("counts the CLI when listed (the OS user, also on older records), and the graph API only as listed", () => {
    const cli = trustedSources("cli");
    expect(isTrustedSource({ name: "lead", source: "cli", osUser: "sam", identity: "os_user" }, cli)).toBe(true);
    expect(isTrustedSource({ name: "lead", source: "cli", osUser: "sam" }, cli)).toBe(true);
    expect(isTrustedSource({ name: "lead", source: "api", identity: "claimed" }, cli)).toBe(false);
    expect(isTrustedSource({ name: "lead", source: "api", identity: "claimed" }, trustedSources("api"))).toBe(true);
  });
});

describe("verdictAuthor", () => {
  it("names the OS user for a CLI verdict without --agent, and keeps both with it", () => {
    expect(verdictAuthor({ via: "cli", osUser: "sam" }, "alice").author).toEqual({ name: "sam", source: "cli", osUser: "sam", identity: "os_user" });
    expect(verdictAuthor({ via: "cli", osUser: "sam", agent: "billing-lead" }, "alice").author).toEqual({
      name: "billing-lead",
      source: "cli",
      osUser: "sam",
      identity: "os_user",
    });
  });

  it("keeps the identity the surface established, and calls a bare name claimed", () => {
    expect(verdictAuthor({ via: "slack", agent: "alice", identity: "slack_user", slackUserId: "U1" }, null).author).toEqual({
      name: "alice",
      source: "slack",
      identity: "slack_user",
      slackUserId: "U1",
    });
    expect(verdictAuthor({}, "alice").author).toEqual({ name: "alice", source: "api", identity: "claimed" });
    expect(verdictAuthor({}, null)).toEqual({});
  });
});
