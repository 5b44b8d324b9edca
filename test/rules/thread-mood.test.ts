/**
 * Thread-level mood: frustration is a function of the thread's history, not
 * of the last message alone — it decays slowly, rises at once, and chasing
 * or writing again raises it.
 */
import { describe, expect, it } from "vitest";
import { isChasing, threadMood } from "../../src/rules/thread-mood.js";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { seedTicket, testAgent } from "../helpers/agent.js";
import { formatSummary } from "../../src/cli/format.js";

const calm = { frustration: 0, sentiment: "neutral" as const };

describe("threadMood", () => {
  it("decays slowly over calm follow-ups instead of resetting to the latest message", () => {
    const mood = threadMood([{ frustration: 96, sentiment: "very_negative" }, calm, calm], ["We will sue.", "Ok.", "I see."]);
    expect(mood.path[0]).toBe(96);
    // Each calm turn keeps most of it; never the latest message's 0.
    expect(mood.path[1]).toBeLessThan(96);
    expect(mood.path[1]).toBeGreaterThan(80);
    expect(mood.path[2]).toBeLessThan(mood.path[1]!);
    expect(mood.frustration).toBeGreaterThan(70);
    expect(mood.sentiment).toBe("very_negative");
  });

  it("rises at once when a message reads angrier than the thread", () => {
    const mood = threadMood(
      [
        { frustration: 10, sentiment: "neutral" },
        { frustration: 85, sentiment: "very_negative" },
      ],
      ["How do I export?", "THIS IS A JOKE"],
    );
    expect(mood.path).toEqual([10, 85]);
  });

  it("raises it for chasing and repeated contact, above where the thread stood", () => {
    const base = [{ frustration: 40, sentiment: "negative" as const }, calm];
    const plain = threadMood(base, ["The export fails.", "Here is the file you asked for."]);
    const chased = threadMood(base, ["The export fails.", "Any update? Still down."]);
    expect(plain.frustration).toBeGreaterThan(40 * 0.85); // repeated contact: above plain decay
    expect(chased.frustration).toBeGreaterThan(40);
    expect(chased.cues.join(" ")).toContain("chasing an unsolved problem");
    const hello = threadMood(
      [
        { frustration: 0, sentiment: "positive" },
        { frustration: 24, sentiment: "neutral" },
      ],
      ["How do I reset my password?", "Hello?? Anyone? We are losing customers"],
    );
    expect(hello.frustration).toBeGreaterThan(24);
    expect(hello.sentiment).toBe("negative");
  });

  it("lets a calm, thankful turn bring it down faster", () => {
    const thanks = threadMood(
      [
        { frustration: 80, sentiment: "very_negative" },
        { frustration: 0, sentiment: "positive" },
      ],
      ["Broken again!", "Thanks, that fixed it."],
    );
    const ok = threadMood([{ frustration: 80, sentiment: "very_negative" }, calm], ["Broken again!", "Here are the logs."]);
    expect(thanks.frustration).toBeLessThan(ok.frustration);
  });

  it("recognises chasing in English, German, French and Spanish, and not ordinary questions", () => {
    for (const text of [
      "Still down.",
      "Hello?? Anyone?",
      "Any update on this?",
      "Is anyone there?",
      "Es geht immer noch nicht.",
      "Hallo?? Gibt es Neuigkeiten?",
      "C'est toujours en panne.",
      "Il y a quelqu'un ?",
      "Sigue sin funcionar.",
      "¿Hay alguien?",
    ]) {
      expect(isChasing(text), text).toBe(true);
    }
    for (const text of ["How do I export to CSV?", "Hello, I have a question about billing.", "Thanks, it works now."]) {
      expect(isChasing(text), text).toBe(false);
    }
  });
});

describe("a follow-up on an angry thread (the mood trajectory)", () => {
  it("keeps frustration and risk up after 'Any update? Still down.', shows the message's own reading beside it, and keeps the hard trigger", async () => {
    const { agent } = testAgent();
    const client = new ThreadClient(agent);
    const ticket = seedTicket("TICK-ENT-001");
    const first = await client.triage(ticket);
    const before = first.analysis!;
    expect(before.frustration).toBeGreaterThanOrEqual(90);

    const result = await client.message(ticket.id, "Any update? Still down.");
    const after = result.analysis!;
    expect(formatSummary(result, undefined)).toMatch(/very_negative, frustration \d+\/100 \(latest message: \d+, neutral\)/);
    expect(after.latest).toEqual({ frustration: expect.any(Number), sentiment: expect.any(String) });
    expect(after.latest!.frustration).toBeLessThan(30);
    expect(after.frustration).toBeGreaterThanOrEqual(before.frustration);
    expect(after.risk.overall).toBeGreaterThanOrEqual(before.risk.overall);
    expect(after.approach).not.toBe("standard_support");
    expect(after.sentiment).toBe("very_negative");
    // Both lines of the trajectory: each message's own reading and the thread's.
    expect(after.trajectory.map((r) => r.frustration)[1]).toBe(after.latest!.frustration);
    expect(after.trajectory.map((r) => r.thread)).toEqual([before.frustration, after.frustration]);
    // The legal threat of the first message stays on the record.
    expect(after.immediateEscalation.required).toBe(true);
    expect(after.immediateEscalation.reasons.join(" ")).toMatch(/legal/i);
  });
});
