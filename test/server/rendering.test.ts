/**
 * The console's HTML template and the Slack message after a click, without
 * a server: escaping by default, and the buttons that fit each state.
 */
import { describe, expect, it } from "vitest";
import { trajectoryChart } from "../../src/server/console/chart.js";
import { html } from "../../src/server/console/html.js";
import { messageAfterAction } from "../../src/server/slack/message.js";

describe("html", () => {
  it("escapes every interpolated value, in text and attributes, unless it is html itself", () => {
    const name = `"><script>alert('x')</script>&`;
    const out = html`<p title="${name}">${name} ${html`<b>${"<i>"}</b>`} ${[1, "<", null, false, undefined]}</p>`.value;
    expect(out).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;&amp; <b>&lt;i&gt;</b> 1&lt;</p>',
    );
  });
});

describe("trajectoryChart", () => {
  it("draws a point per customer turn, coloured by level, with a line once there are two", () => {
    const svg = trajectoryChart([
      { turn: 0, frustration: 20, sentiment: "neutral" },
      { turn: 1, frustration: 55, sentiment: "negative" },
      { turn: 2, frustration: 90, sentiment: "very_negative" },
    ]).value;
    expect(svg.match(/<circle/g)).toHaveLength(3);
    expect(svg).toContain('class="point low"');
    expect(svg).toContain('class="point high"');
    expect(svg).toContain("<polyline");
    expect(svg).toContain("Turn 3: this message 90 (very_negative)");
    expect(trajectoryChart([]).value).toContain("No readings yet");
  });

  it("draws the thread's frustration as a second line beside each message's own reading", () => {
    const svg = trajectoryChart([
      { turn: 0, frustration: 96, sentiment: "very_negative", thread: 96 },
      { turn: 1, frustration: 0, sentiment: "neutral", thread: 100 },
    ]).value;
    expect(svg).toContain('class="thread-line"');
    expect(svg).toContain("Turn 2: this message 0 (neutral), the thread 100");
    expect(svg).toContain("Frustration per customer message: 96, 0; the thread&apos;s: 96, 100");
  });
});

describe("messageAfterAction", () => {
  const original = {
    text: "Escalated ticket T-1",
    blocks: [
      { type: "section", block_id: "s1", text: { type: "mrkdwn", text: "*Ticket:* T-1" } },
      {
        type: "actions",
        elements: [
          { type: "button", action_id: "view_context", url: "https://x.test/tickets/T-1" },
          { type: "button", action_id: "claim_ticket", value: "T-1" },
        ],
      },
    ],
  };
  const actor = { id: "U1", agent: "alice" };
  const buttons = (blocks: Array<Record<string, unknown>>) =>
    blocks.filter((b) => b.type === "actions").flatMap((b) => (b.elements as Array<{ action_id: string }>).map((e) => e.action_id));

  it("shows the owner and offers Release and the verdict once claimed; applied twice it still has one ownership line", () => {
    const once = messageAfterAction(original, "T-1", { status: "human_owned", owner: "alice" }, actor);
    const twice = messageAfterAction(once, "T-1", { status: "human_owned", owner: "alice" }, actor);
    expect(buttons(twice.blocks)).toEqual(["view_context", "release_ticket", "verdict_needed", "verdict_not_needed"]);
    expect(twice.blocks.filter((b) => b.block_id === "ticket_ownership")).toHaveLength(1);
    expect(JSON.stringify(twice.blocks)).toContain("Claimed by* <@U1>");
    expect(twice.blocks[0]).toEqual(original.blocks[0]);
  });

  it("says who resolved it and with what verdict, and offers no button after", () => {
    const resolved = messageAfterAction(original, "T-1", { status: "resolved", owner: "alice" }, { ...actor, needed: true });
    expect(JSON.stringify(resolved.blocks)).toContain("Resolved by <@U1>: escalation was needed");
    expect(resolved.text).toContain("resolved by alice: escalation was needed");
    expect(buttons(resolved.blocks)).toEqual(["view_context"]);
  });

  it("escapes an owner's name from elsewhere and offers Claim again after a release to waiting", () => {
    const other = messageAfterAction(original, "T-1", { status: "human_owned", owner: "<!channel> bob" }, actor);
    expect(JSON.stringify(other.blocks)).toContain("&lt;!channel&gt; bob");
    const waiting = messageAfterAction(original, "T-1", { status: "awaiting_human", owner: null }, actor);
    expect(buttons(waiting.blocks)).toEqual(["view_context", "claim_ticket"]);
    const done = messageAfterAction(original, "T-1", { status: "resolved", owner: "alice" }, actor);
    expect(buttons(done.blocks)).toEqual(["view_context"]);
  });
});
