/**
 * The CLI with `--model openai:<model>` against the scripted local server
 * (OPENAI_BASE_URL), in a child process spawned without blocking this one,
 * so the server can answer it.
 */
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { answerBySchema, MODEL_SENTENCE } from "../helpers/judgements.js";
import { TEST_API_KEY } from "../helpers/model-agent.js";
import { startFakeOpenAI, type FakeOpenAI } from "../helpers/openai-server.js";
import { runCliAsync } from "../helpers/run-cli-async.js";
import { tempDir } from "./run-cli.js";

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("escalation-agent triage --model openai:<model>", () => {
  // A child process that may have to compile the CLI first (tsx): more than the default 30 s on a busy machine.
  it("triages through the OpenAI-compatible server at OPENAI_BASE_URL", { timeout: 120_000 }, async () => {
    server = await startFakeOpenAI(answerBySchema());
    const work = tempDir();
    const run = await runCliAsync(["triage", "examples/tickets/TICK-ENT-001.json", "--model", "openai:gpt-4o-mini", "--json", "--db", ":memory:"], {
      env: { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: TEST_API_KEY, ESCALATION_OUTBOX: join(work, "outbox") },
    });

    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout.trim());
    expect(result.decision).toMatchObject({ type: "immediate_escalation", targetTeam: "engineering" });
    expect(["rules", "hybrid"]).toContain(result.decision.source);
    expect(result.metrics).toMatchObject({ llmCalls: 1, fallbacks: 0 });
    expect(result.response.message).toContain(MODEL_SENTENCE);
    expect(server.requests.map((r) => [r.schemaName, r.body.model])).toEqual([["ticket_assessment", "gpt-4o-mini"]]);
    expect(run.stdout + run.stderr).not.toContain("NEVER-PRINT-ME");
  });
});
