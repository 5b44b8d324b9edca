/**
 * Discoverability: every command's --help ends with an example, the examples
 * use only options the command has, and --version prints the package's.
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import { HELP_EXAMPLES } from "../../src/cli/help-examples.js";
import { buildProgram } from "../../src/cli/main.js";
import { runCli } from "./run-cli.js";

function commands(program: Command, path: string[] = []): Array<{ path: string; command: Command }> {
  return [{ path: path.join(" "), command: program }, ...program.commands.filter((c) => c.name() !== "help").flatMap((c) => commands(c, [...path, c.name()]))];
}

describe("--help examples", () => {
  const all = commands(buildProgram());

  it("exist for every command and subcommand, and only for real ones", () => {
    expect(all.map((c) => c.path).filter((path) => !HELP_EXAMPLES[path])).toEqual([]);
    expect(Object.keys(HELP_EXAMPLES).filter((key) => !all.some((c) => c.path === key))).toEqual([]);
  });

  it("use only options the command they run has", () => {
    const program = buildProgram();
    for (const example of Object.values(HELP_EXAMPLES).flat()) {
      const words = example.split("#")[0]!.split(/\s+/);
      // The command an example runs: the words after `escalation-agent`, as deep as they name subcommands.
      let command = program;
      for (const word of words.slice(words.indexOf("escalation-agent") + 1)) {
        const sub = command.commands.find((c) => c.name() === word);
        if (!sub) break;
        command = sub;
      }
      const known = new Set(command.options.flatMap((o) => [o.long, o.short]).concat(["--help", "--version"]));
      for (const flag of words.filter((w) => /^--?[a-z][a-z-]*$/.test(w))) expect(known.has(flag), `${command.name()}: ${example}`).toBe(true);
    }
  });

  it("show in the printed help, and --version prints the package version", () => {
    const help = runCli(["human", "claim", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Examples:\n  $ escalation-agent human claim --thread TICK-ENT-001 --agent alice");
    const version = runCli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });
});
