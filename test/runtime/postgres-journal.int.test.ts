/**
 * The intake journal in PostgreSQL: with threads in PostgreSQL the journal
 * is a table in their schema, shared by every instance of the server. Work
 * accepted by an instance that is killed is taken over by another once its
 * lease runs out; a live instance's entries are left to it; one that stops
 * gracefully hands its unfinished entries over at once.
 */
import { loadSettings } from "../../src/settings/index.js";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { InMemoryStore } from "@langchain/langgraph";
import { afterEach, describe, expect, it } from "vitest";
import { createEscalationAgent } from "../../src/agent/graph.js";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { serverConfig } from "../../src/server/config.js";
import { openIntakeJournal } from "../../src/runtime/intake/journal.js";
import { PostgresIntakeJournal } from "../../src/runtime/intake/postgres-journal.js";
import { startAgentServer, type AgentServer } from "../../src/server/server.js";
import { OutboxChannels } from "../../src/delivery/outbox.js";
import { closeCheckpointer, openCheckpointer } from "../../src/persistence/open.js";
import { parsePostgresLocation } from "../../src/persistence/postgres-location.js";
import { ROOT } from "../cli/run-cli.js";
import { seedTicket } from "../helpers/agent.js";
import { bearer, INTAKE_SECRET } from "../helpers/server.js";
import { skipWithout, testSchema, waitFor, type TestSchema } from "../helpers/services.js";

const skip = skipWithout("TEST_DATABASE_URL", "the PostgreSQL intake journal tests");
const FIXTURE = fileURLToPath(new URL("../server/fixtures/stalled-pg-server.ts", import.meta.url));
const LEASE_MS = 1_000;

describe.skipIf(skip)("the intake journal in PostgreSQL", () => {
  let schema: TestSchema | undefined;
  let child: ChildProcess | undefined;
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    child = undefined;
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await schema?.drop();
    schema = undefined;
  });

  function pgClient(location: string, dir: string): ThreadClient {
    const checkpointer = openCheckpointer(location);
    cleanups.push(() => closeCheckpointer(checkpointer));
    const agent = createEscalationAgent({
      checkpointer,
      store: new InMemoryStore(),
      channels: ({ routing, ledger }) => new OutboxChannels(join(dir, "outbox"), { routing, ledger }),
    });
    return new ThreadClient(agent, location);
  }

  async function startStalledInstance(location: string, dir: string): Promise<{ url: string; kill: () => Promise<NodeJS.Signals | null> }> {
    const proc = (child = spawn(process.execPath, ["--import", "tsx", FIXTURE, location, dir, String(LEASE_MS)], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    }));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => proc.once("exit", (_code, signal) => resolve(signal)));
    const url = await new Promise<string>((resolve, reject) => {
      proc.once("exit", (code) => reject(new Error(`stalled instance exited early (${code})`)));
      createInterface({ input: proc.stdout! }).on("line", (line) => {
        if (line.startsWith("READY ")) resolve(line.slice("READY ".length));
      });
    });
    return { url, kill: () => (proc.kill("SIGKILL"), exited) };
  }

  it("lives in the threads' schema unless told otherwise", async () => {
    const s = (schema = testSchema("journal"));
    const config = serverConfig({}, s.location, loadSettings({}));
    expect(config.journalPath).toBe(s.location);
    const journal = openIntakeJournal(config.journalPath);
    cleanups.push(() => journal.close());
    expect(journal).toBeInstanceOf(PostgresIntakeJournal);
    // Where it is gets logged at start: never with the password.
    expect(openIntakeJournal("postgres://agent:hunter2-secret@db.internal/support?schema=esc").where).not.toContain("hunter2-secret");
    const entry = await journal.append({ kind: "message", threadId: "T-1", content: "hello" }, new Date());
    const { rows } = await s.query<{ id: string; thread_id: string; state: string }>(`SELECT id, thread_id, state FROM "${s.name}".intake_journal`);
    expect(rows).toEqual([{ id: String(entry.id), thread_id: "T-1", state: "pending" }]);
  });

  it("has what a killed instance accepted triaged by another instance", async () => {
    const s = (schema = testSchema("journal"));
    const dir = mkdtempSync(join(tmpdir(), "esc-pg-journal-"));
    const first = await startStalledInstance(s.location, dir);
    const ticket = await fetch(`${first.url}/tickets`, {
      method: "POST",
      headers: bearer(),
      body: JSON.stringify({ support: { ticket: seedTicket("TICK-ENT-001") } }),
    });
    expect(ticket.status).toBe(202);
    const message = await fetch(`${first.url}/tickets/TICK-ENT-001/messages`, {
      method: "POST",
      headers: bearer(),
      body: JSON.stringify({ content: "Any update? Still down." }),
    });
    expect(message.status).toBe(202);
    expect(await first.kill()).toBe("SIGKILL");

    const journalRows = async () => (await s.query<{ kind: string; state: string }>(`SELECT kind, state FROM "${s.name}".intake_journal ORDER BY id`)).rows;
    expect(await journalRows()).toEqual([
      { kind: "ticket", state: "pending" },
      { kind: "message", state: "pending" },
    ]);

    const client = pgClient(s.location, dir);
    const second: AgentServer = await startAgentServer({
      client,
      config: {
        host: "127.0.0.1",
        port: 0,
        intakeSecret: INTAKE_SECRET,
        journalPath: s.location,
        shutdownTimeoutMs: 10_000,
        logLevel: "silent",
        trustProxy: false,
      },
      journal: new PostgresIntakeJournal(parsePostgresLocation(s.location), { leaseMs: LEASE_MS }),
    });
    cleanups.push(() => second.stop());

    await waitFor(async () => ((await journalRows()).every((r) => r.state === "done") ? true : undefined), 60_000, "the other instance to finish the entries");
    const thread = await client.read("TICK-ENT-001");
    expect(thread?.decision?.type).toBe("immediate_escalation");
    expect(thread?.conversation.filter((t) => t.role === "customer").map((t) => t.content)).toEqual([
      seedTicket("TICK-ENT-001").description,
      "Any update? Still down.",
    ]);
  }, 90_000);

  it("leaves a live instance's entries to it, and takes them when it stops", async () => {
    const s = (schema = testSchema("journal"));
    const location = parsePostgresLocation(s.location);
    const live = new PostgresIntakeJournal(location, { leaseMs: 60_000 });
    const other = new PostgresIntakeJournal(location, { leaseMs: 60_000 });
    cleanups.push(
      () => live.close(),
      () => other.close(),
    );

    const entry = await live.append({ kind: "message", threadId: "T-1", content: "hello" }, new Date());
    expect(await other.claimPending()).toEqual([]);
    await live.close();
    expect((await other.claimPending()).map((e) => e.id)).toEqual([entry.id]);
    // Now the other's: a third instance leaves it alone.
    const third = new PostgresIntakeJournal(location);
    cleanups.push(() => third.close());
    expect(await third.claimPending()).toEqual([]);
  });
});
