/**
 * ESCALATION_CONSOLE_USERS: each person's own token (or its SHA-256), read
 * once at start; mistakes fail the start with the variable and the user
 * named, never a token; a session cookie stands for one user only.
 */
import { loadSettings } from "../../src/settings/index.js";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { configuredSecrets } from "../../src/privacy/secrets.js";
import { serverConfig } from "../../src/server/config.js";
import { parseConsoleUsers, userByToken, userFromSession, userSessionValue } from "../../src/server/console/users.js";

const ALICE = "alice-own-console-token-0123";
const BOB = "bob-own-console-token-456789";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("parseConsoleUsers", () => {
  it("reads plain and hashed tokens, and finds the user by token", () => {
    const users = parseConsoleUsers(`alice:${ALICE}, Bob Smith:sha256:${sha256(BOB).toUpperCase()}`);
    expect(users.map((u) => u.name)).toEqual(["alice", "Bob Smith"]);
    expect(userByToken(users, ALICE)?.name).toBe("alice");
    expect(userByToken(users, BOB)?.name).toBe("Bob Smith");
    expect(userByToken(users, "not-anyones-token-0000")).toBeUndefined();
  });

  it("refuses mistakes, naming the variable and the user but never the token", () => {
    const problems: Array<[string, string | undefined, RegExp]> = [
      ["alice", undefined, /entry 1 must be '<name>:<token>'/],
      ["alice:short", undefined, /entry 1 \(alice\): the token must be at least 16 characters/],
      [`alice:${ALICE},alice:${BOB}`, undefined, /entry 2: alice is listed twice/],
      [`alice:${ALICE},bob:${ALICE}`, undefined, /entry 2 \(bob\): the token is another user's/],
      [`alice:${ALICE}`, ALICE, /the token is CONSOLE_TOKEN's/],
      [`al\u0007ice:${ALICE}`, undefined, /the name must be 1–100 characters/],
    ];
    for (const [spec, shared, message] of problems) {
      expect(() => parseConsoleUsers(spec, shared)).toThrow(message);
      try {
        parseConsoleUsers(spec, shared);
      } catch (error) {
        expect((error as Error).message).toMatch(/^ESCALATION_CONSOLE_USERS/);
        expect((error as Error).message).not.toContain(ALICE);
      }
    }
  });

  it("makes a session that stands for its user only, and ends when the token changes", () => {
    const [alice] = parseConsoleUsers(`alice:${ALICE},bob:${BOB}`);
    const users = parseConsoleUsers(`alice:${ALICE},bob:${BOB}`);
    const value = userSessionValue(alice!);
    expect(value).not.toContain(ALICE);
    expect(userFromSession(users, value)?.name).toBe("alice");
    expect(userFromSession(parseConsoleUsers(`alice:${BOB}0000`), value)).toBeUndefined();
    expect(userFromSession(users, "u.garbage")).toBeUndefined();
  });
});

describe("the server's configuration", () => {
  it("takes the users from the environment, and treats their tokens as secrets", () => {
    const env = { CONSOLE_TOKEN: "console-token-for-tests-0123456789", ESCALATION_CONSOLE_USERS: `alice:${ALICE}` };
    expect(serverConfig({}, ":memory:", loadSettings(env)).consoleUsers?.map((u) => u.name)).toEqual(["alice"]);
    expect(configuredSecrets(env)).toContain(ALICE);
    expect(configuredSecrets(env)).not.toContain("alice");
    expect(serverConfig({}, ":memory:", loadSettings({})).consoleUsers).toBeUndefined();
  });
});
