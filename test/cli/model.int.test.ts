/**
 * The CLI with `--model openai:<model>` against the scripted local server
 * (OPENAI_BASE_URL), in a child process. Spawned asynchronously: the server
 * answers from this process's event loop.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { answerBySchema, MODEL_REPLY } from "../helpers/judgements.js";
import { TEST_API_KEY } from "../helpers/model-agent.js";
import { startFakeOpenAI, type FakeOpenAI } from "../helpers/openai-server.js";
import { ROOT, tempDir, type CliRun } from "./run-cli.js";

const BIN = fileURLToPath(new URL("../../bin/escalation-agent.js", import.meta.url));

function runCliAsync(args: string[], env: Record<string, string>): Promise<CliRun> {
  const work = tempDir();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, ESCALATION_OUTBOX: join(work, "outbox"), ESCALATION_DB: join(work, "agent.db"), NO_COLOR: "1", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("escalation-agent triage --model openai:<model>", () => {
  it("triages through the OpenAI-compatible server at OPENAI_BASE_URL", async () => {
    server = await startFakeOpenAI(answerBySchema());
    const run = await runCliAsync(
      ["triage", "examples/tickets/TICK-ENT-001.json", "--model", "openai:gpt-4o-mini", "--json", "--db", ":memory:"],
      { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: TEST_API_KEY },
    );
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout.trim());
    expect(result.decision).toMatchObject({ type: "immediate_escalation", targetTeam: "engineering" });
    expect(["rules", "hybrid"]).toContain(result.decision.source);
    expect(result.metrics).toMatchObject({ llmCalls: 2, fallbacks: 0 });
    expect(result.response.message).toBe(MODEL_REPLY);
    expect(server.requests.map((r) => [r.schemaName, r.body.model])).toEqual([
      ["ticket_assessment", "gpt-4o-mini"],
      ["customer_reply", "gpt-4o-mini"],
    ]);
    expect(run.stdout + run.stderr).not.toContain("NEVER-PRINT-ME");
  });
});
