/**
 * The environment is read at the entry points and in the settings module
 * only; everything else is handed the parsed Settings (issue #19). A new
 * `process.env` anywhere else in src/ fails here: parse the variable in
 * src/settings/schema.ts and pass it down instead.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder } from "../helpers/source-tree.js";

const SRC = new URL("../../src/", import.meta.url).pathname;

/** Every file allowed to read the environment, and why. */
const ALLOWED: Record<string, string> = {
  "settings/load.ts": "the parser: loadSettings(env = process.env) and channelSettingsFromEnv read it once for their caller",
  "cli/main.ts":
    "the CLI's entry point: parses the settings once per run, and scrubs an error with the environment's secrets when the settings themselves are what failed",
  "studio/graph.ts": "the exported `graph` (LangGraph Studio, the library's graph.invoke path): parses the settings once when it loads",
};

/** `process.env`, `process["env"]` and `const { env } = process`. */
const READS_ENV = /\bprocess\s*(?:\.\s*env\b|\[\s*["'`]env["'`]\s*\])|\{[^}]*\benv\b[^}]*\}\s*=\s*process\b/;

describe("reading the environment", () => {
  const readers = filesUnder(SRC, /\.(ts|js|mts|cts)$/)
    .filter((file) => READS_ENV.test(readFileSync(file, "utf8")))
    .map((file) => relative(SRC, file).split("\\").join("/"))
    .sort();

  it("happens only in the settings module and the entry points", () => {
    expect(readers.filter((file) => !(file in ALLOWED))).toEqual([]);
  });

  it("is allowed only where it still happens (the list does not outlive a file's reason)", () => {
    expect(Object.keys(ALLOWED).sort()).toEqual(readers);
  });

  it("is seen by the check in each of its spellings", () => {
    for (const spelling of ["process.env.X", 'process["env"]', "const { env } = process"]) expect(READS_ENV.test(spelling), spelling).toBe(true);
    expect(READS_ENV.test("settings.environment")).toBe(false);
  });
});
