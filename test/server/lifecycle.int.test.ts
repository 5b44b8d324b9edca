/**
 * The server's life: health and readiness, graceful shutdown (stop taking
 * requests, finish triage under way, then close), and `escalation-agent
 * serve` as a real process stopped by SIGTERM.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { SqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";
import { describe, expect, it } from "vitest";
import { LocalDispatcher, type IntakeDispatcher } from "../../src/server/intake/dispatcher.js";
import { seedTicket } from "../helpers/agent.js";
import { ROOT } from "../cli/run-cli.js";
import { bearer, INTAKE_SECRET, sqliteClient, startTestServer } from "../helpers/server.js";

const BIN = join(ROOT, "bin", "escalation-agent.js");

describe("health and readiness", () => {
  it("/healthz answers; /readyz fails once the checkpointer's database is gone", async () => {
    const server = await startTestServer();
    try {
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: "ok" });
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ready", checks: { checkpointer: "ok", journal: "ok" } });

      (server.client.agent.checkpointer as SqliteSaver).db.close();
      const gone = await fetch(`${server.url}/readyz`);
      expect(gone.status).toBe(503);
      expect(await gone.json()).toMatchObject({ status: "unavailable", checks: { checkpointer: "unreachable", journal: "ok" } });
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe("graceful shutdown", () => {
  it("stops taking requests, finishes the triage under way, then stops", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const dir = mkdtempSync(join(tmpdir(), "esc-stop-"));
    const local = new LocalDispatcher(sqliteClient(dir).client);
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    const gated: IntakeDispatcher = {
      dispatch: async (entry) => {
        started();
        await gate;
        return local.dispatch(entry);
      },
      hasThread: (threadId) => local.hasThread(threadId),
    };
    const server = await startTestServer({ dir, dispatcher: gated });
    const accepted = await fetch(`${server.url}/tickets`, { method: "POST", headers: bearer(), body: JSON.stringify(seedTicket("TICK-ENT-001")) });
    expect(accepted.status).toBe(202);
    await running;

    const stopped = server.stop();
    // The listener closes at once, while the triage is still held at the gate.
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    expect(await server.client.read("TICK-ENT-001")).toBeNull();

    release();
    expect(await stopped).toEqual({ drained: true });
    expect((await server.client.read("TICK-ENT-001"))?.status).toBe("awaiting_human");
  });
});

describe("escalation-agent serve", () => {
  it("serves until SIGTERM, then stops gracefully with exit code 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "esc-serve-"));
    const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--db", join(dir, "agent.db")], {
      cwd: ROOT,
      // No REDIS_URL: this server triages itself rather than queueing for workers.
      env: { ...process.env, INTAKE_SECRET, ESCALATION_OUTBOX: join(dir, "outbox"), HOST: "127.0.0.1", LOG_LEVEL: "info", REDIS_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // The logs are JSON lines on stderr (src/logging.ts); anything else there is kept for the failure message.
    const lines: Array<Record<string, unknown>> = [];
    let other = "";
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      void exited.then((code) => reject(new Error(`serve exited (${code}): ${other}`)));
      createInterface({ input: child.stderr }).on("line", (line) => {
        if (!line.startsWith("{")) return void (other += `${line}\n`);
        const entry = JSON.parse(line) as Record<string, unknown>;
        lines.push(entry);
        if (entry.msg === "agent server listening") resolve(String(entry.url));
      });
    });

    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const response = await fetch(`${url}/tickets`, { method: "POST", headers: bearer(), body: JSON.stringify(seedTicket("TICK-ENT-001")) });
    expect(response.status).toBe(202);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(["signal received: stopping gracefully", "agent server stopped"]));
    expect(lines.find((l) => l.msg === "agent server stopped")).toMatchObject({ drained: true });
    // Accepted before the signal: triaged before the process ended.
    expect((await sqliteClient(dir).client.read("TICK-ENT-001"))?.status).toBe("awaiting_human");
    // A child process that loads the whole agent: slow when bin/ runs the sources through tsx (no fresh dist/).
  }, 90_000);
});
