/**
 * Verdicts with a verified author, against a real server and a fake Slack:
 * - a console user signs in with their own token (ESCALATION_CONSOLE_USERS,
 *   plain or as its SHA-256) and acts — claims, resolves, reviews — as
 *   themselves, whatever name a form holds; the verdict says so;
 * - the shared CONSOLE_TOKEN still works, its names recorded as typed;
 * - Slack's verdict buttons resolve the ticket for its owner, the author
 *   being the user of the payload Slack signed;
 * - ESCALATION_LEARNING_TRUST=console,slack counts the verified verdicts
 *   and not the ones given under the shared token.
 */
import { createHash } from "node:crypto";
import type { BaseStore } from "@langchain/langgraph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOutcome, readOutcomes } from "../../src/learning/outcomes.js";
import { reviewDigest } from "../../src/learning/review-digest.js";
import { reviewQueue } from "../../src/learning/review-queue.js";
import { LearningSettings, countsForLearning } from "../../src/learning/settings.js";
import { trustedSources } from "../../src/learning/trust.js";
import { parseConsoleUsers } from "../../src/server/console/users.js";
import { seedTicket } from "../helpers/agent.js";
import { blockActionsPayload, signedSlackRequest, startFakeSlackApi, type FakeSlackApi } from "../helpers/slack-interactivity.js";
import { CONSOLE_TOKEN, startTestServer, type TestServer } from "../helpers/server.js";
import { putSeatCountThresholdInForce } from "../fixtures/learned-threshold.js";
import { seatCount } from "../learning/policy-tickets.js";

const ALICE_TOKEN = "alice-own-console-token-0123";
const BOB_TOKEN = "bob-own-console-token-456789";
const USERS = `alice:${ALICE_TOKEN}, bob:sha256:${createHash("sha256").update(BOB_TOKEN).digest("hex")}`;
const TRUST_CONSOLE_SLACK = trustedSources("console,slack");

let slack: FakeSlackApi;
let server: TestServer;
let store: BaseStore;

beforeAll(async () => {
  slack = await startFakeSlackApi();
  server = await startTestServer({ config: { slack: { token: slack.token, apiUrl: slack.apiUrl }, consoleUsers: parseConsoleUsers(USERS, CONSOLE_TOKEN) } });
  store = server.client.agent.store as BaseStore;
  for (const id of ["V-ALICE", "V-SHARED", "V-SLACK"]) await server.client.triage({ ...seedTicket("TICK-ENT-001"), id });
  // Two tickets a learned threshold kept with the bot, for the review list and the Slack digest.
  await putSeatCountThresholdInForce(store, "P-authors");
  for (const id of ["V-KEPT", "V-KEPT-SLACK"]) expect((await server.client.triage(seatCount(id))).decision?.type).toBe("no_escalation");
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await slack?.close();
});

async function signIn(token: string, path = "/tickets/V-ALICE"): Promise<string> {
  const login = await fetch(`${server.url}${path}?token=${encodeURIComponent(token)}`, { redirect: "manual" });
  expect(login.status).toBe(303);
  return (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

function postForm(path: string, fields: Record<string, string>, cookie: string) {
  return fetch(`${server.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: server.url },
    body: new URLSearchParams(fields).toString(),
  });
}

async function verdictOf(ticketId: string) {
  return (await readOutcome(store, ticketId))?.verdict;
}

async function countsUnderTrust(ticketId: string): Promise<boolean> {
  const record = await readOutcome(store, ticketId);
  return record !== null && countsForLearning(record, LearningSettings.parse({}), TRUST_CONSOLE_SLACK);
}

describe("console sign-in per user", () => {
  it("acts as the signed-in user, whatever name the form holds, and records a verified verdict", async () => {
    const session = await signIn(ALICE_TOKEN);
    expect(session).not.toContain(ALICE_TOKEN);
    const page = await (await fetch(`${server.url}/tickets/V-ALICE`, { headers: { cookie: session } })).text();
    expect(page).toContain("Signed in as alice.");
    expect(page).not.toContain('id="claim-agent"');

    expect((await postForm("/tickets/V-ALICE/claim", { agent: "mallory" }, session)).status).toBe(303);
    expect(await server.client.read("V-ALICE")).toMatchObject({ status: "human_owned", owner: "alice" });
    expect((await postForm("/tickets/V-ALICE/resolve", { agent: "mallory", resolved: "yes", appropriate: "no" }, session)).status).toBe(303);

    expect(await verdictOf("V-ALICE")).toMatchObject({
      appropriate: false,
      shouldHaveEscalated: false,
      author: { name: "alice", source: "console", identity: "console_user" },
    });
    expect(await countsUnderTrust("V-ALICE")).toBe(true);
  });

  it("signs a user in with a token given as its SHA-256, and refuses a wrong token or a forged session", async () => {
    const bob = await signIn(BOB_TOKEN, "/");
    expect(await (await fetch(`${server.url}/`, { headers: { cookie: bob } })).text()).toContain("V-ALICE");

    const wrong = await fetch(`${server.url}/?token=bob-own-console-token-000000`, { redirect: "manual" });
    expect(wrong.status).toBe(401);
    // The name in the cookie is covered by its HMAC: bob's MAC does not make a session for alice.
    const forged = bob.replace(Buffer.from("bob").toString("base64url"), Buffer.from("alice").toString("base64url"));
    expect((await fetch(`${server.url}/`, { headers: { cookie: forged } })).status).toBe(401);
  });

  it("keeps the shared token working, its names recorded as typed, and not counted under a trust list", async () => {
    const shared = await signIn(CONSOLE_TOKEN, "/tickets/V-SHARED");
    const page = await (await fetch(`${server.url}/tickets/V-SHARED`, { headers: { cookie: shared } })).text();
    expect(page).toContain('id="claim-agent"');
    expect((await postForm("/tickets/V-SHARED/claim", { agent: "dana" }, shared)).status).toBe(303);
    expect((await postForm("/tickets/V-SHARED/resolve", { agent: "dana", resolved: "yes", appropriate: "yes" }, shared)).status).toBe(303);
    expect(await verdictOf("V-SHARED")).toMatchObject({ author: { name: "dana", source: "console", identity: "shared_token" } });
    expect(await countsUnderTrust("V-SHARED")).toBe(false);
  });

  it("records a review from the review list under the signed-in user", async () => {
    const session = await signIn(ALICE_TOKEN, "/");
    const list = await (await fetch(`${server.url}/learning/review`, { headers: { cookie: session } })).text();
    expect(list).toContain("Signed in as alice.");
    expect((await postForm("/learning/review/V-KEPT", { agent: "mallory", warranted: "yes" }, session)).status).toBe(303);
    expect(await verdictOf("V-KEPT")).toMatchObject({ shouldHaveEscalated: true, author: { name: "alice", source: "console", identity: "console_user" } });
    expect(await countsUnderTrust("V-KEPT")).toBe(true);
  });
});

describe("Slack's verdict buttons", () => {
  const alice = { id: "U0ALICE01", username: "alice" };
  const click = (actionId: string, user = alice) =>
    signedSlackRequest(blockActionsPayload({ ticketId: "V-SLACK", actionId, user, responseUrl: slack.responseUrl }));
  const send = (request: { body: string; headers: Record<string, string> }) =>
    fetch(`${server.url}/slack/actions`, { method: "POST", body: request.body, headers: request.headers });

  it("resolve the owner's ticket with the signed Slack user as the verdict's author", async () => {
    await send(click("claim_ticket"));
    const claimed = await slack.next("/api/chat.update");
    const buttons = (claimed.body.blocks as Array<{ type: string; elements?: Array<{ action_id?: string }> }>)
      .filter((b) => b.type === "actions")
      .flatMap((b) => b.elements ?? [])
      .map((e) => e.action_id);
    expect(buttons).toContain("verdict_not_needed");

    // Not the owner's click: refused with a note, nothing recorded.
    await send(click("verdict_not_needed", { id: "U0BOB0001", username: "bob" }));
    const note = await slack.next("/response/T1/B1");
    expect(String(note.body.text)).toContain("Could not resolve V-SLACK: alice owns this ticket");
    expect((await verdictOf("V-SLACK")) ?? null).toBeNull();

    await send(click("verdict_not_needed"));
    const resolved = await slack.next("/api/chat.update");
    expect(JSON.stringify(resolved.body.blocks)).toContain("Resolved by <@U0ALICE01>: escalation was not needed");
    expect(await server.client.read("V-SLACK")).toMatchObject({ status: "resolved" });
    expect(await verdictOf("V-SLACK")).toMatchObject({
      appropriate: false,
      shouldHaveEscalated: false,
      author: { name: "alice", source: "slack", identity: "slack_user", slackUserId: "U0ALICE01" },
    });
    expect(await countsUnderTrust("V-SLACK")).toBe(true);
  });

  it("on the review digest record a review of a kept ticket by the signed Slack user, shown in place of its buttons", async () => {
    const digest = reviewDigest("#support-leads", reviewQueue(await readOutcomes(store), 1), "2026-01-01");
    const index = (digest.blocks as Array<{ block_id?: string; elements?: Array<{ value?: string }> }>)
      .filter((b) => b.block_id?.startsWith("review_"))
      .findIndex((b) => b.elements?.[0]?.value === "V-KEPT-SLACK");
    expect(index).toBeGreaterThanOrEqual(0);
    const blockId = `review_${index}`;
    const payload = blockActionsPayload({
      ticketId: "V-KEPT-SLACK",
      actionId: "review_needed",
      blockId,
      user: alice,
      responseUrl: slack.responseUrl,
      blocks: digest.blocks as unknown as Array<Record<string, unknown>>,
    });
    expect((await send(signedSlackRequest(payload))).status).toBe(200);
    const updated = await slack.next("/api/chat.update");
    const blocks = updated.body.blocks as Array<{ block_id?: string; type: string }>;
    expect(blocks.find((b) => b.block_id === blockId)?.type).toBe("context");
    expect(JSON.stringify(blocks)).toContain("`V-KEPT-SLACK` reviewed by <@U0ALICE01>: a person was needed");
    expect(await verdictOf("V-KEPT-SLACK")).toMatchObject({
      shouldHaveEscalated: true,
      appropriate: false,
      author: { name: "alice", source: "slack", identity: "slack_user", slackUserId: "U0ALICE01" },
    });
    expect(await countsUnderTrust("V-KEPT-SLACK")).toBe(true);
  });
});
