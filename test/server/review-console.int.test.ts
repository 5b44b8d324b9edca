/**
 * The review queue in the console and in Slack: a ticket a learned
 * threshold kept with the bot is listed for a signed-in console, a verdict
 * given there is recorded with the console as its source and the reviewer's
 * name, and the queue's digest is posted to Slack once a day.
 */
import { loadSettings } from "../../src/settings/index.js";
import type { BaseStore } from "@langchain/langgraph";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { postReviewDigest } from "../../src/cli/review-digest-post.js";
import { readOutcome, readOutcomes } from "../../src/learning/outcomes.js";
import { reviewQueue } from "../../src/learning/review-queue.js";
import { startFakeSlack, type FakeSlack } from "../helpers/fakes/slack.js";
import { CONSOLE_TOKEN, startTestServer, type TestServer } from "../helpers/server.js";
import { putSeatCountThresholdInForce } from "../fixtures/learned-threshold.js";
import { seatCount } from "../learning/policy-tickets.js";

let server: TestServer;
let store: BaseStore;
let session: string;

beforeAll(async () => {
  server = await startTestServer();
  store = server.client.agent.store as BaseStore;
  await putSeatCountThresholdInForce(store, "P-review");
  expect((await server.client.triage(seatCount("K-1"))).decision?.type).toBe("no_escalation");
  const login = await fetch(`${server.url}/tickets/K-1?token=${CONSOLE_TOKEN}`, { redirect: "manual" });
  session = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}, 60_000);
afterAll(async () => {
  await server.stop();
});

describe("the console's review list", () => {
  it("needs a session", async () => {
    const response = await fetch(`${server.url}/learning/review`, { redirect: "manual" });
    expect(response.status).toBe(401);
  });

  it("lists the kept ticket and records a verdict with the reviewer and the console as its author", async () => {
    const page = await (await fetch(`${server.url}/learning/review`, { headers: { cookie: session } })).text();
    expect(page).toContain('href="/tickets/K-1"');
    expect(page).toContain("scheduledRisk 58 (default 55)");

    const missing = await fetch(`${server.url}/learning/review/K-1`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: session, origin: server.url },
      body: "agent=dana",
    });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("answer yes or no");

    const posted = await fetch(`${server.url}/learning/review/K-1`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: session, origin: server.url },
      body: "agent=dana&warranted=yes",
    });
    expect(posted.status).toBe(303);
    const verdict = (await readOutcome(store, "K-1"))?.verdict;
    expect(verdict).toMatchObject({ shouldHaveEscalated: true, appropriate: false, author: { name: "dana", source: "console", identity: "shared_token" } });
    expect(await (await fetch(`${server.url}/learning/review`, { headers: { cookie: session } })).text()).toContain("Nothing waits for a review.");
  });
});

describe("the Slack digest", () => {
  let slack: FakeSlack;
  beforeAll(async () => {
    slack = await startFakeSlack();
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await slack.close();
  });

  it("is refused without Slack or a channel, and posted once a day when configured", async () => {
    await server.client.triage(seatCount("K-2"));
    // Every kept ticket (share 1): K-1 already has its verdict.
    const queue = reviewQueue(await readOutcomes(store), 1);
    expect(queue.map((q) => q.ticketId)).toEqual(["K-2"]);

    vi.stubEnv("SLACK_BOT_TOKEN", "");
    vi.stubEnv("SLACK_API_URL", "");
    await expect(postReviewDigest(queue, loadSettings())).rejects.toThrow("--digest: Slack is not configured (set SLACK_BOT_TOKEN)");
    vi.stubEnv("SLACK_BOT_TOKEN", slack.token);
    vi.stubEnv("SLACK_API_URL", slack.apiUrl);
    vi.stubEnv("ESCALATION_REVIEW_CHANNEL", "");
    await expect(postReviewDigest(queue, loadSettings())).rejects.toThrow(/ESCALATION_REVIEW_CHANNEL/);
    vi.stubEnv("ESCALATION_REVIEW_CHANNEL", "#senior-support");

    expect(await postReviewDigest(queue, loadSettings())).toBe("digest of 1 ticket(s) posted to #senior-support");
    expect(slack.posted).toHaveLength(1);
    expect(slack.posted[0]?.text).toBe("1 ticket(s) a learned threshold kept with the bot wait for a review");
    expect(JSON.stringify(slack.posted[0]?.blocks)).toContain("`K-2` billing:enterprise, kept by scheduledRisk 58 (default 55)");
    expect(await postReviewDigest(queue, loadSettings())).toBe("today's digest was already posted to #senior-support");
    expect(slack.posted).toHaveLength(1);
  });
});
