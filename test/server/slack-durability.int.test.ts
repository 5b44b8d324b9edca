/**
 * A Slack click answered 200 is applied even when the process dies before
 * applying it: the click is journaled like intake, replayed on the next
 * start, and a replay of a click already applied does not apply it twice.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { openIntakeJournal } from "../../src/runtime/intake/journal.js";
import { ROOT } from "../cli/run-cli.js";
import { seedTicket } from "../helpers/agent.js";
import { sqliteClient, startTestServer, type TestServer } from "../helpers/server.js";
import { blockActionsPayload, signedSlackRequest, startFakeSlackApi, type FakeSlackApi } from "../helpers/slack-interactivity.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/stalled-slack-server.ts", import.meta.url));
const LEGACY_TOKEN = "legacy-verification-token-0042";

let child: ChildProcess | undefined;
let slack: FakeSlackApi | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  child = undefined;
  await server?.stop();
  server = undefined;
  await slack?.close();
  slack = undefined;
});

async function startStalledChild(dir: string): Promise<{ url: string; kill: () => Promise<NodeJS.Signals | null> }> {
  const proc = (child = spawn(process.execPath, ["--import", "tsx", FIXTURE, dir], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] }));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => proc.once("exit", (_code, signal) => resolve(signal)));
  const url = await new Promise<string>((resolve, reject) => {
    proc.once("exit", (code) => reject(new Error(`stalled server exited early (${code})`)));
    createInterface({ input: proc.stdout! }).on("line", (line) => {
      if (line.startsWith("READY ")) resolve(line.slice("READY ".length));
    });
  });
  return { url, kill: () => (proc.kill("SIGKILL"), exited) };
}

describe("a Slack click accepted by a process killed before applying it", () => {
  it("is applied by the next start, and the message updated", async () => {
    const dir = mkdtempSync(join(tmpdir(), "esc-slack-durable-"));
    const { client } = sqliteClient(dir);
    await client.triage(seedTicket("TICK-ENT-001"));
    expect((await client.read("TICK-ENT-001"))?.status).toBe("awaiting_human");

    const fake = (slack = await startFakeSlackApi());
    const stalled = await startStalledChild(dir);
    const request = signedSlackRequest({ ...blockActionsPayload({ ticketId: "TICK-ENT-001", responseUrl: fake.responseUrl }), token: LEGACY_TOKEN });
    const response = await fetch(`${stalled.url}/slack/actions`, { method: "POST", body: request.body, headers: request.headers });
    expect(response.status).toBe(200);
    expect(await stalled.kill()).toBe("SIGKILL");

    // Accepted, not applied: the click waits in the journal, without Slack's token.
    expect((await client.read("TICK-ENT-001"))?.status).toBe("awaiting_human");
    const journal = openIntakeJournal(join(dir, "agent.db"));
    const [pending] = await journal.pending();
    await journal.close();
    expect(pending?.work).toMatchObject({ kind: "slack_action", threadId: "TICK-ENT-001" });
    expect(JSON.stringify(pending?.work)).not.toContain(LEGACY_TOKEN);

    const restarted = (server = await startTestServer({ dir, config: { slack: { token: fake.token, apiUrl: fake.apiUrl } } }));
    await restarted.tasks.drain();
    expect(await restarted.client.read("TICK-ENT-001")).toMatchObject({ status: "human_owned", owner: "alice" });
    const update = await fake.next("/api/chat.update");
    expect(JSON.stringify(update.body.blocks)).toContain("Claimed by* <@U0ALICE01>");
    expect(await restarted.processor.journal.get(pending?.id ?? -1)).toMatchObject({ state: "done", attempts: 2 });
  }, 90_000);
});

describe("a journaled click replayed after it was applied", () => {
  it("is not applied again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "esc-slack-replay-"));
    const first = (server = await startTestServer({ dir }));
    await first.client.triage(seedTicket("TICK-ENT-001"));
    const fake = (slack = await startFakeSlackApi());
    const request = signedSlackRequest(blockActionsPayload({ ticketId: "TICK-ENT-001", responseUrl: fake.responseUrl }));
    expect((await fetch(`${first.url}/slack/actions`, { method: "POST", body: request.body, headers: request.headers })).status).toBe(200);
    await first.tasks.drain();
    const claimed = await first.client.read("TICK-ENT-001");
    expect(claimed).toMatchObject({ status: "human_owned", owner: "alice" });
    await first.stop();
    server = undefined;

    // The process "died" after applying the click but before the journal heard of it.
    const journal = openIntakeJournal(join(dir, "agent.db"));
    const entry = await journal.get(1);
    expect(entry).toMatchObject({ state: "done", work: { kind: "slack_action" } });
    // Back to pending, as a crash between applying and marking would leave it.
    await journal.markFailed(entry?.id ?? -1, "process died", false, new Date());
    await journal.close();

    const restarted = (server = await startTestServer({ dir }));
    await restarted.tasks.drain();
    const after = await restarted.client.read("TICK-ENT-001");
    expect(after).toMatchObject({ status: "human_owned", owner: "alice" });
    // No second claim turn: the checkpoints already carried the click's request id.
    expect(after?.conversation).toEqual(claimed?.conversation);
    expect((await restarted.processor.journal.get(entry?.id ?? -1))?.state).toBe("done");
  });
});
