/**
 * A ticket a person owns is theirs: Release, reply and resolve by anyone
 * else are refused with a note (from Slack, the console and the client),
 * as Claim already was from Slack. Taking over is explicit — the console's
 * Claim — and the conversation records who took it from whom.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ThreadStateError } from "../../src/runtime/thread-client.js";
import { seedTicket } from "../helpers/agent.js";
import { blockActionsPayload, signedSlackRequest, startFakeSlackApi, type FakeSlackApi } from "../helpers/slack-interactivity.js";
import { CONSOLE_TOKEN, startTestServer, type TestServer } from "../helpers/server.js";

let slack: FakeSlackApi;
let server: TestServer;
let session: string;

beforeAll(async () => {
  slack = await startFakeSlackApi();
  server = await startTestServer({ config: { slack: { token: slack.token, apiUrl: slack.apiUrl } } });
  for (const id of ["OWN-SLACK", "OWN-CLIENT", "OWN-CONSOLE"]) await server.client.triage({ ...seedTicket("TICK-ENT-001"), id });
  const login = await fetch(`${server.url}/tickets/OWN-CONSOLE?token=${CONSOLE_TOKEN}`, { redirect: "manual" });
  session = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
});
afterAll(async () => {
  await server?.stop();
  await slack?.close();
});

const click = (ticketId: string, actionId: string, user = { id: "U0ALICE01", username: "alice" }) =>
  signedSlackRequest(blockActionsPayload({ ticketId, actionId, user, responseUrl: slack.responseUrl }));

function send(request: { body: string; headers: Record<string, string> }) {
  return fetch(`${server.url}/slack/actions`, { method: "POST", body: request.body, headers: request.headers });
}

describe("Release from Slack", () => {
  it("by someone who does not own the ticket is refused with a note, and the owner keeps it", async () => {
    await send(click("OWN-SLACK", "claim_ticket"));
    await slack.next("/api/chat.update");
    expect(await server.client.read("OWN-SLACK")).toMatchObject({ status: "human_owned", owner: "alice" });

    expect((await send(click("OWN-SLACK", "release_ticket", { id: "U0BOB0001", username: "bob" }))).status).toBe(200);
    const note = await slack.next("/response/T1/B1");
    expect(note.body).toMatchObject({ response_type: "ephemeral" });
    expect(String(note.body.text)).toContain("Could not release OWN-SLACK: alice owns this ticket");
    expect(await server.client.read("OWN-SLACK")).toMatchObject({ status: "human_owned", owner: "alice" });

    await send(click("OWN-SLACK", "release_ticket"));
    await slack.next("/api/chat.update");
    expect(await server.client.read("OWN-SLACK")).toMatchObject({ status: "bot", owner: null });
  });
});

describe("reply, resolve and release through the client", () => {
  it("are refused for anyone but the owner and allowed for the owner", async () => {
    await server.client.act("OWN-CLIENT", { action: "claim", agent: "alice" });
    for (const action of [
      { action: "reply", agent: "bob", text: "Hi, Bob here." },
      { action: "resolve", agent: "bob", resolved: true, appropriate: true },
      { action: "release", agent: "bob" },
    ] as const) {
      const refused = await server.client.act("OWN-CLIENT", action).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ThreadStateError);
      expect((refused as Error).message).toContain(`alice owns this ticket; only they can ${action.action} it`);
    }
    const after = await server.client.read("OWN-CLIENT");
    expect(after).toMatchObject({ status: "human_owned", owner: "alice" });
    expect(after?.conversation.some((t) => t.content.includes("Bob here"))).toBe(false);

    const replied = await server.client.act("OWN-CLIENT", { action: "reply", agent: "alice", text: "We are on it." });
    expect(replied.conversation.at(-1)).toMatchObject({ role: "human", author: "alice" });
  });
});

describe("the console", () => {
  function post(action: string, fields: Record<string, string>) {
    return fetch(`${server.url}/tickets/OWN-CONSOLE/${action}`, {
      method: "POST",
      redirect: "manual",
      body: new URLSearchParams(fields).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: session, origin: server.url },
    });
  }

  it("refuses a release by another person or by nobody named, and takes over only through Claim, journaled", async () => {
    await server.client.act("OWN-CONSOLE", { action: "claim", agent: "alice" });
    const other = await post("release", { agent: "bob" });
    expect(other.status).toBe(409);
    expect(await other.text()).toContain("alice owns this ticket");
    const unnamed = await post("reply", { text: "Anonymous words" });
    expect(unnamed.status).toBe(409);
    expect(await unnamed.text()).toContain("Your name: required; alice owns this ticket.");
    expect(await server.client.read("OWN-CONSOLE")).toMatchObject({ status: "human_owned", owner: "alice" });

    expect((await post("claim", { agent: "bob" })).status).toBe(303);
    const taken = await server.client.read("OWN-CONSOLE");
    expect(taken).toMatchObject({ owner: "bob" });
    expect(taken?.conversation.at(-1)).toMatchObject({ role: "system", content: "Reassigned from alice to bob", author: "bob" });
    expect((await post("release", { agent: "bob" })).status).toBe(303);
    expect(await server.client.read("OWN-CONSOLE")).toMatchObject({ status: "bot", owner: null });
  });
});
