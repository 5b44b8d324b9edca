/**
 * Nothing accepted is lost: work is journaled before the 202, a process
 * killed (SIGKILL) before triage finished has it replayed on the next start,
 * and a replay never applies a ticket or message twice.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LocalDispatcher } from "../../src/server/intake/dispatcher.js";
import { openIntakeJournal } from "../../src/runtime/intake/journal.js";
import type { JournalEntry, ThreadWork } from "../../src/runtime/intake/work.js";
import { seedTicket } from "../helpers/agent.js";
import { bearer, sqliteClient, startTestServer } from "../helpers/server.js";
import { ROOT } from "../cli/run-cli.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/stalled-server.ts", import.meta.url));

/** Starts the stalled server in a child process; resolves with its URL and a way to kill it. */
async function startStalledChild(dir: string) {
  const child = spawn(process.execPath, ["--import", "tsx", FIXTURE, dir], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
  const url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`stalled server exited early (${code})`)));
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (line.startsWith("READY ")) resolve(line.slice("READY ".length));
    });
  });
  return { url, kill: () => (child.kill("SIGKILL"), exited) };
}

describe("a process killed after answering 202", () => {
  it("has its ticket and message triaged by the next start", async () => {
    const dir = mkdtempSync(join(tmpdir(), "esc-durable-"));
    const child = await startStalledChild(dir);
    const ticket = await fetch(`${child.url}/tickets`, {
      method: "POST",
      headers: bearer(),
      body: JSON.stringify({ support: { ticket: seedTicket("TICK-ENT-001") } }),
    });
    expect(ticket.status).toBe(202);
    const message = await fetch(`${child.url}/tickets/TICK-ENT-001/messages`, {
      method: "POST",
      headers: bearer(),
      body: JSON.stringify({ content: "Any update? Still down." }),
    });
    expect(message.status).toBe(202);
    expect(await child.kill()).toBe("SIGKILL");

    // Nothing ran: the thread does not exist, the journal holds both entries.
    const { client } = sqliteClient(dir);
    expect(await client.read("TICK-ENT-001")).toBeNull();

    const restarted = await startTestServer({ dir });
    try {
      await restarted.tasks.drain();
      const thread = await restarted.client.read("TICK-ENT-001");
      expect(thread?.decision?.type).toBe("immediate_escalation");
      expect(thread?.status).toBe("awaiting_human");
      expect(thread?.conversation.filter((t) => t.role === "customer").map((t) => t.content)).toEqual([
        seedTicket("TICK-ENT-001").description,
        "Any update? Still down.",
      ]);
      expect(await restarted.processor.journal.pending()).toEqual([]);
      // Attempt 1 died with the first process; attempt 2 finished it.
      expect(await restarted.processor.journal.get(1)).toMatchObject({ state: "done", attempts: 2 });
    } finally {
      await restarted.stop();
    }
    // The killed server is a child process loading the whole agent through tsx.
  }, 90_000);
});

describe("replaying work that had finished but was not yet marked done", () => {
  // Entries of one thread run one at a time, each marked done as it ends: a
  // crash leaves at most the latest one finished-but-unmarked.
  it("does not add the message again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "esc-replay-"));
    const { client, db } = sqliteClient(dir);
    const journal = openIntakeJournal(db);
    const dispatcher = new LocalDispatcher(client);
    const ticket = await journal.append(
      { kind: "ticket", threadId: "REPLAY-1", ticket: { id: "REPLAY-1", description: "How do I export my data?" }, source: "ticket" },
      new Date(),
    );
    const message = await journal.append({ kind: "message", threadId: "REPLAY-1", content: "And to JSON?" }, new Date());
    for (const entry of [ticket, message]) {
      await journal.markStarted(entry.id, new Date());
      await dispatcher.dispatch({ ...entry, attempts: 1 } as JournalEntry<ThreadWork>);
    }
    await journal.markDone(ticket.id, new Date());
    // The message's run ended; the process "died" before the journal heard of it.
    await journal.close();

    const restarted = await startTestServer({ dir });
    try {
      await restarted.tasks.drain();
      const turns = (await restarted.client.read("REPLAY-1"))?.conversation ?? [];
      expect(turns.filter((t) => t.role === "customer").map((t) => t.content)).toEqual(["How do I export my data?", "And to JSON?"]);
      expect(turns.filter((t) => t.role === "agent")).toHaveLength(2);
      expect(await restarted.processor.journal.pending()).toEqual([]);
    } finally {
      await restarted.stop();
    }
  });
});

describe("an entry that never finishes", () => {
  it("is given up after five starts instead of being replayed into the same crash for ever", async () => {
    const dir = mkdtempSync(join(tmpdir(), "esc-poison-"));
    const { db } = sqliteClient(dir);
    const journal = openIntakeJournal(db);
    const entry = await journal.append(
      { kind: "ticket", threadId: "POISON-1", ticket: { id: "POISON-1", description: "Crashes the process" }, source: "ticket" },
      new Date(),
    );
    for (let start = 0; start < 5; start++) await journal.markStarted(entry.id, new Date());
    await journal.close();

    const restarted = await startTestServer({ dir });
    try {
      await restarted.tasks.drain();
      expect(await restarted.processor.journal.get(entry.id)).toMatchObject({ state: "failed", error: "started 5 times without finishing" });
      expect(await restarted.client.read("POISON-1")).toBeNull();
    } finally {
      await restarted.stop();
    }
  });
});
