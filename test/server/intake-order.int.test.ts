/**
 * A customer's message accepted while its ticket is still waiting in the
 * journal (its first run failed and waits for a retry) runs after the
 * ticket, instead of failing for a thread that does not exist yet.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LocalDispatcher, type IntakeDispatcher } from "../../src/server/intake/dispatcher.js";
import { seedTicket } from "../helpers/agent.js";
import { bearer, sqliteClient, startTestServer, type TestServer } from "../helpers/server.js";
import { waitFor } from "../helpers/services.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

describe("a message whose ticket's first run failed", () => {
  it("waits for the ticket's retry, then joins its thread", async () => {
    const dir = mkdtempSync(join(tmpdir(), "esc-order-"));
    const local = new LocalDispatcher(sqliteClient(dir).client);
    const dispatched: string[] = [];
    let failedOnce = false;
    const flaky: IntakeDispatcher = {
      dispatch: async (entry) => {
        dispatched.push(entry.work.kind);
        if (entry.work.kind === "ticket" && !failedOnce) {
          failedOnce = true;
          throw new Error("database hiccup");
        }
        return local.dispatch(entry);
      },
      hasThread: (threadId) => local.hasThread(threadId),
    };
    const s = (server = await startTestServer({ dir, dispatcher: flaky }));
    const post = (path: string, body: unknown) => fetch(`${s.url}${path}`, { method: "POST", headers: bearer(), body: JSON.stringify(body) });

    expect((await post("/tickets", { support: { ticket: seedTicket("TICK-ENT-001") } })).status).toBe(202);
    expect((await post("/tickets/TICK-ENT-001/messages", { content: "Any update? Still down." })).status).toBe(202);

    const states = async () => Promise.all([1, 2].map(async (id) => (await s.processor.journal.get(id))?.state));
    expect(await waitFor(async () => ((await states()).every((state) => state === "done") ? states() : undefined), 30_000, "both entries done")).toEqual([
      "done",
      "done",
    ]);
    expect(dispatched).toEqual(["ticket", "ticket", "message"]);
    const thread = await s.client.read("TICK-ENT-001");
    expect(thread?.conversation.filter((t) => t.role === "customer").map((t) => t.content)).toEqual([
      seedTicket("TICK-ENT-001").description,
      "Any update? Still down.",
    ]);
  }, 60_000);
});
