/**
 * POST /slack/actions: Slack's signature and timestamp, the payload, and a
 * click on Claim or Release applied to the thread and shown in the message —
 * against a fake Slack on 127.0.0.1 (chat.update and response_url).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTicket } from "../helpers/agent.js";
import { blockActionsPayload, signBody, signedSlackRequest, startFakeSlackApi, type FakeSlackApi } from "../helpers/slack-interactivity.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

let slack: FakeSlackApi;
let server: TestServer;

beforeAll(async () => {
  slack = await startFakeSlackApi();
  server = await startTestServer({ config: { slack: { token: slack.token, apiUrl: slack.apiUrl } } });
  await server.client.triage(seedTicket("TICK-ENT-001"));
});
afterAll(async () => {
  await server?.stop();
  await slack?.close();
});

function send(request: { body: string; headers: Record<string, string> }, target: TestServer = server) {
  return fetch(`${target.url}/slack/actions`, { method: "POST", body: request.body, headers: request.headers });
}

const click = (ticketId: string, extra: Partial<Parameters<typeof blockActionsPayload>[0]> = {}) =>
  blockActionsPayload({ ticketId, responseUrl: slack.responseUrl, ...extra });

type Block = { type: string; block_id?: string; elements?: Array<{ action_id?: string; text?: string | { text: string } }> };

describe("a signed click", () => {
  it("on Claim claims the ticket for the Slack user and updates the message to show the owner", async () => {
    const response = await send(signedSlackRequest(click("TICK-ENT-001")));
    expect(response.status).toBe(200);

    const update = await slack.next("/api/chat.update");
    expect(update.authorization).toBe(`Bearer ${slack.token}`);
    expect(update.body).toMatchObject({ channel: "C0ENGSUPP1", ts: "1700000000.000100" });
    const blocks = update.body.blocks as Block[];
    const ownership = blocks.find((b) => b.block_id === "ticket_ownership");
    expect(JSON.stringify(ownership)).toContain("Claimed by* <@U0ALICE01>");
    const buttons = blocks
      .filter((b) => b.type === "actions")
      .flatMap((b) => b.elements ?? [])
      .map((e) => e.action_id);
    expect(buttons).toEqual(["view_context", "release_ticket", "verdict_needed", "verdict_not_needed"]);
    // The rest of the message is kept as it was.
    expect(blocks[0]).toMatchObject({ block_id: "s1" });

    const thread = await server.client.read("TICK-ENT-001");
    expect(thread).toMatchObject({ status: "human_owned", owner: "alice" });
  });

  it("on Claim by someone else, when it is already claimed, leaves the owner and tells the clicker", async () => {
    const response = await send(signedSlackRequest(click("TICK-ENT-001", { user: { id: "U0BOB0001", username: "bob" } })));
    expect(response.status).toBe(200);
    const note = await slack.next("/response/T1/B1");
    expect(note.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(String(note.body.text)).toContain("already claimed by alice");
    expect((await server.client.read("TICK-ENT-001"))?.owner).toBe("alice");
    await slack.next("/api/chat.update");
  });

  it("on Release hands the ticket back to the bot and the message says so", async () => {
    const response = await send(signedSlackRequest(click("TICK-ENT-001", { actionId: "release_ticket" })));
    expect(response.status).toBe(200);
    const update = await slack.next("/api/chat.update");
    expect(JSON.stringify(update.body.blocks)).toContain("Released to the bot by <@U0ALICE01>");
    expect(await server.client.read("TICK-ENT-001")).toMatchObject({ status: "bot", owner: null });
  });

  it("on a ticket nobody waits on is refused with a note only the clicker sees", async () => {
    await send(signedSlackRequest(click("NO-SUCH-TICKET")));
    const note = await slack.next("/response/T1/B1");
    expect(String(note.body.text)).toMatch(/Could not claim NO-SUCH-TICKET: ticket NO-SUCH-TICKET is not known here/);
  });

  it("on View context (a link button) is acknowledged and changes nothing", async () => {
    const before = slack.calls.length;
    const response = await send(signedSlackRequest(click("TICK-ENT-001", { actionId: "view_context" })));
    expect(response.status).toBe(200);
    await server.tasks.drain();
    expect(slack.calls).toHaveLength(before);
  });

  it("of another kind (a shortcut) is acknowledged and ignored", async () => {
    const response = await send(signedSlackRequest({ type: "shortcut", callback_id: "x", user: { id: "U1" } }));
    expect(response.status).toBe(200);
  });
});

describe("requests Slack did not send", () => {
  const fresh = () => signedSlackRequest(click("TICK-ENT-001"));

  it("refuses a forged signature", async () => {
    const forged = signedSlackRequest(click("TICK-ENT-001"), { secret: "not-the-signing-secret" });
    const response = await send(forged);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ reason: "bad signature" });
  });

  it("refuses a body changed after signing", async () => {
    const signed = fresh();
    const tampered = { ...signed, body: signed.body.replace("alice", "mallory") };
    expect((await send(tampered)).status).toBe(401);
  });

  it("refuses a correctly signed request older than five minutes (a replay)", async () => {
    const old = signedSlackRequest(click("TICK-ENT-001"), { at: Math.floor(Date.now() / 1000) - 6 * 60 });
    const response = await send(old);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ reason: expect.stringMatching(/5-minute window/) });
  });

  it("refuses a timestamp from the future", async () => {
    expect((await send(signedSlackRequest(click("TICK-ENT-001"), { at: Math.floor(Date.now() / 1000) + 10 * 60 }))).status).toBe(401);
  });

  it("refuses the same signed request sent twice", async () => {
    const request = signedSlackRequest(click("TICK-ENT-001", { actionId: "view_context", user: { id: "U0DAVE001", username: "dave" } }));
    expect((await send(request)).status).toBe(200);
    const again = await send(request);
    expect(again.status).toBe(401);
    expect(await again.json()).toMatchObject({ reason: expect.stringMatching(/replay/) });
  });

  it("refuses requests without the signature headers", async () => {
    const { body } = fresh();
    expect((await send({ body, headers: { "content-type": "application/x-www-form-urlencoded" } })).status).toBe(401);
    expect((await send({ body, headers: { ...fresh().headers, "x-slack-request-timestamp": "soon" } })).status).toBe(401);
  });
});

describe("malformed payloads (correctly signed)", () => {
  // Built when the test runs: the fake Slack's address is known only then.
  it.each([
    ["no payload field", () => signBody("token=x"), "payload"],
    ["a payload that is not JSON", () => signedSlackRequest("{oops"), "payload"],
    ["block_actions without a user", () => signedSlackRequest({ ...click("TICK-ENT-001"), user: undefined }), "payload.user"],
    ["block_actions without actions", () => signedSlackRequest({ ...click("TICK-ENT-001"), actions: [] }), "payload.actions"],
  ])("answers 400 for %s", async (_case, request, field) => {
    const response = await send(request());
    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues: Array<{ field: string }> }).issues.map((i) => i.field)).toContain(field);
  });
});

describe("without a bot token", () => {
  it("updates the message through response_url", async () => {
    const viaUrl = await startTestServer();
    try {
      await viaUrl.client.triage(seedTicket("TICK-ENT-001"));
      expect((await send(signedSlackRequest(click("TICK-ENT-001", { user: { id: "U0CAROL01", username: "carol" } })), viaUrl)).status).toBe(200);
      const update = await slack.next("/response/T1/B1");
      expect(update.body).toMatchObject({ replace_original: true });
      expect(JSON.stringify(update.body.blocks)).toContain("Claimed by* <@U0CAROL01>");
      expect((await viaUrl.client.read("TICK-ENT-001"))?.owner).toBe("carol");
    } finally {
      await viaUrl.stop();
    }
  });
});

describe("without SLACK_SIGNING_SECRET", () => {
  it("keeps Slack actions off (503)", async () => {
    const off = await startTestServer({ config: { slackSigningSecret: undefined } });
    try {
      expect((await send(signedSlackRequest(click("TICK-ENT-001")), off)).status).toBe(503);
    } finally {
      await off.stop();
    }
  });
});
