/**
 * The package as a user installs it: `npm pack` (which builds dist/ through
 * `prepare`), then an empty project installs the tarball offline from the
 * npm cache, imports it, and runs `triage` and `eval --help` from there.
 * Packed from a copy of the sources, so the build never rewrites this
 * checkout's dist/ under the other tests' feet.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../cli/run-cli.js";
import { writeConsumer } from "./consumer.js";

const SOURCES = [
  "bin",
  "src",
  "kb",
  "models",
  "evals",
  "package.json",
  "package-lock.json",
  "README.md",
  "langgraph.json",
  "tsconfig.json",
  "tsconfig.build.json",
];
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

let consumer: string;
let files: string[];

function npm(args: string[], cwd: string): string {
  return execFileSync(NPM, [...args, "--no-audit", "--no-fund"], {
    cwd,
    encoding: "utf8",
    timeout: 900_000,
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
}

beforeAll(async () => {
  const work = tempDir("esc-pack-");
  const copy = join(work, "source");
  mkdirSync(copy);
  for (const entry of SOURCES) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true, filter: (path) => !path.includes(join("evals", "results")) });
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
  const packed = JSON.parse(npm(["pack", "--json", "--pack-destination", work], copy)) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = packed[0]!.files.map((f) => f.path);
  consumer = join(work, "consumer");
  mkdirSync(consumer);
  writeConsumer(consumer, copy, join(work, packed[0]!.filename));
  npm(["ci", "--offline"], consumer);
}, 1_200_000);

const cli = (args: string[]) =>
  spawnSync(process.execPath, [join(consumer, "node_modules", ".bin", "escalation-agent"), ...args], {
    cwd: consumer,
    encoding: "utf8",
    timeout: 150_000,
    env: { ...process.env, ESCALATION_OUTBOX: join(consumer, "outbox"), SMTP_URL: "", SLACK_BOT_TOKEN: "", ZENDESK_URL: "", NO_COLOR: "1" },
  });

describe("the packed package, installed offline into an empty project", { timeout: 300_000 }, () => {
  it("ships the build and what eval needs, and no tests or eval results", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "dist/index.js",
        "dist/index.d.ts",
        "dist/cli/run.js",
        "evals/command/index.ts",
        "kb/en/password-reset.md",
        "models/concepts.bin",
        "models/concepts.json",
        "src/rules/emotion/afinn/languages/de.json",
        "src/rules/emotion/afinn/LICENSE.md",
        "bin/escalation-agent.js",
      ]),
    );
    expect(files.some((f) => f.startsWith("evals/datasets/"))).toBe(true);
    expect(files.filter((f) => f.startsWith("test/") || f.startsWith("evals/results/"))).toEqual([]);
  });

  it("imports: the graph and the agent factory", () => {
    const out = execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'const m = await import("support-escalation-agent"); console.log(typeof m.graph.invoke, typeof m.createEscalationAgent, typeof m.parseTicket);',
      ],
      { cwd: consumer, encoding: "utf8" },
    );
    expect(out.trim()).toBe("function function function");
  });

  it("runs triage from the installed bin", () => {
    const ticket = join(consumer, "ticket.json");
    writeFileSync(
      ticket,
      JSON.stringify({
        id: "PKG-1",
        subject: "Production down",
        description: "Our production API is down for all users. We are losing money every minute!",
        customerTier: "enterprise",
      }),
    );
    // In memory: the consumer has not approved better-sqlite3's native build (npm's install-script gate).
    const run = cli(["triage", ticket, "--db", ":memory:", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ ticketId: "PKG-1", status: "awaiting_human", decision: { type: "immediate_escalation" } });
    expect(existsSync(join(consumer, "outbox")) && readdirSync(join(consumer, "outbox")).length).toBeGreaterThan(0);
  });

  it("reads a German ticket's word valences from the AFINN lists it ships", () => {
    const ticket = join(consumer, "ticket-de.json");
    writeFileSync(
      ticket,
      JSON.stringify({
        id: "PKG-2",
        subject: "Rechnung",
        description: "Ich bin wirklich enttäuscht und wütend, das ist furchtbar. Die Rechnung ist falsch.",
        customerTier: "paid",
      }),
    );
    const run = cli(["triage", ticket, "--db", ":memory:", "--json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).analysis.frustrationCues).toContain("negative words: enttäuscht, wütend, furchtbar");
  });

  it("runs eval --help from the installed bin", () => {
    const run = cli(["eval", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: escalation-agent eval");
  });
});
