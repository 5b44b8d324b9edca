/**
 * The list commands' three ways of printing, pinned to the byte: one JSON
 * object a line with --json (nothing at all when there is nothing), a named
 * message when there is nothing, else a table (or a line per item) and its
 * hint. Ids and names from outside reach the terminal on one line (oneLine);
 * --json keeps them as they are. Seeded stores, in-process CLI (main()).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { OutcomeRecord } from "../../src/domain/outcome-record.js";
import type { PolicyTrace } from "../../src/domain/policy-trace.js";
import { writeFollowUp } from "../../src/followups/follow-up.js";
import { recordRefusal } from "../../src/learning/in-force.js";
import { writeOutcome } from "../../src/learning/outcomes.js";
import { openStore } from "../../src/persistence/open.js";
import { routineIntegration } from "../fixtures/eval-labels.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { outcome } from "../helpers/outcomes.js";
import { scopes } from "../learning/policy-tickets.js";
import { tempDir } from "./run-cli.js";

const work = tempDir("esc-list-output-");
const outbox = join(work, "outbox");
const dbs = { seeded: join(work, "seeded.db"), empty: join(work, "empty.db"), applyText: join(work, "apply-text.db"), applyJson: join(work, "apply-json.db") };

const cli = (db: string, ...args: string[]) => runCliInProcess(args, { env: { ESCALATION_DB: db, ESCALATION_OUTBOX: outbox, ESCALATION_LEARNING_TRUST: "" } });

/** Each line one JSON value, written compactly: what `JSON.stringify(row) + "\n"` prints. */
function jsonLines(stdout: string): unknown[] {
  const lines = stdout.split("\n");
  expect(lines.pop()).toBe("");
  const rows = lines.map((l) => JSON.parse(l) as unknown);
  expect(rows.map((r) => JSON.stringify(r)).join("\n") + "\n").toBe(stdout);
  return rows;
}

/** What decide writes about a billing:enterprise decision, apart from the thresholds. */
const POLICY: Pick<PolicyTrace, "segment" | "similarCases" | "frozen" | "guard"> = {
  segment: "billing:enterprise",
  similarCases: [],
  frozen: false,
  guard: [],
};

/** Eight billing:enterprise tickets escalated at overall risk 56 that needed no person (a proposal 55 → 57), one kept by a learned threshold (the review queue). */
function learningRecords(): OutcomeRecord[] {
  const verdicts = Array.from({ length: 8 }, (_, i) => ({
    ...outcome({
      ticketId: i === 7 ? "A-8\nforged" : `A-${i + 1}`,
      category: "billing",
      tier: "enterprise",
      risk: 56,
      decision: "scheduled_escalation",
      verdict: { appropriate: false, shouldHaveEscalated: false },
    }),
    policy: {
      ...POLICY,
      governedBy: ["scheduledRisk" as const],
      thresholds: { scheduledRisk: 55, specialistTechnical: 60 },
      adjustments: [],
      changedOutcome: false,
    },
  }));
  const kept = {
    ...outcome({ ticketId: "K-1\u0007x", category: "billing", tier: "enterprise", risk: 57, decidedAt: "2025-03-04T10:00:00.000Z" }),
    policy: {
      ...POLICY,
      governedBy: ["scheduledRisk" as const],
      thresholds: { scheduledRisk: 57, specialistTechnical: 60 },
      adjustments: [{ threshold: "scheduledRisk" as const, base: 55, learned: 57, warranted: 0, total: 8 }],
      changedOutcome: true,
    },
  };
  return [...verdicts, kept];
}

async function seed(db: string): Promise<void> {
  const store = openStore(db);
  try {
    const survey = { kind: "satisfaction_survey", scheduledAt: "2025-03-01T10:00:00.000Z", attempts: 0, sentAt: null, status: "scheduled" } as const;
    await writeFollowUp(store, { ...survey, ticketId: "T-3", to: "c@example.com", dueAt: "2025-03-06T10:00:00.000Z", notificationId: "n-3" });
    await writeFollowUp(store, {
      ...survey,
      ticketId: "T-2",
      to: "b@example.com",
      dueAt: "2025-03-03T10:00:00.000Z",
      notificationId: "n-2",
      status: "answered",
      attempts: 1,
      sentAt: "2025-03-03T10:00:01.000Z",
      satisfaction: 4,
    });
    await writeFollowUp(store, { ...survey, ticketId: "T-1", to: "a@example.com", dueAt: "2025-03-02T10:00:00.000Z", notificationId: "n-1" });
    for (const record of learningRecords()) await writeOutcome(store, record);
    await recordRefusal(store, {
      id: "P-x",
      segment: "billing:enterprise",
      threshold: "scheduledRisk",
      from: 55,
      to: 58,
      at: "2025-03-05T10:00:00.000Z",
      by: "lead\u001b[31m (OS user x)",
      gate: { passed: false, findings: ["escalation lost for OVR-1"], changed: { eval: 1, recent: 0 }, replayed: { eval: 1, recent: 8 } },
    });
  } finally {
    await store.stop();
  }
}

describe("list commands: JSON lines, a named empty message, or a table", { timeout: 300_000 }, () => {
  beforeAll(async () => {
    await seed(dbs.seeded);
    await seed(dbs.applyText);
    await seed(dbs.applyJson);
  });

  /** An empty store prints the message without --json and nothing with it. */
  async function expectEmpty(args: string[], message: string): Promise<void> {
    const text = await cli(dbs.empty, ...args);
    expect([text.code, text.stdout, text.stderr]).toEqual([0, message, ""]);
    const json = await cli(dbs.empty, ...args, "--json");
    expect([json.code, json.stdout, json.stderr]).toEqual([0, "", ""]);
  }

  it("followups list", async () => {
    await expectEmpty(["followups", "list"], "no surveys scheduled\n");
    expect((await cli(dbs.seeded, "followups", "list")).stdout).toBe(
      `┌────────┬───────────────┬──────────────────────────┬───────────┬──────────┬──────────────┐
│ ticket │ to            │ due                      │ status    │ attempts │ satisfaction │
├────────┼───────────────┼──────────────────────────┼───────────┼──────────┼──────────────┤
│ T-1    │ a@example.com │ 2025-03-02T10:00:00.000Z │ scheduled │ 0        │ -            │
├────────┼───────────────┼──────────────────────────┼───────────┼──────────┼──────────────┤
│ T-2    │ b@example.com │ 2025-03-03T10:00:00.000Z │ answered  │ 1        │ 4            │
├────────┼───────────────┼──────────────────────────┼───────────┼──────────┼──────────────┤
│ T-3    │ c@example.com │ 2025-03-06T10:00:00.000Z │ scheduled │ 0        │ -            │
└────────┴───────────────┴──────────────────────────┴───────────┴──────────┴──────────────┘
`,
    );
    expect((await cli(dbs.seeded, "followups", "list", "--json")).stdout).toBe(
      `{"ticketId":"T-1","kind":"satisfaction_survey","to":"a@example.com","scheduledAt":"2025-03-01T10:00:00.000Z","dueAt":"2025-03-02T10:00:00.000Z","status":"scheduled","attempts":0,"notificationId":"n-1","sentAt":null}
{"ticketId":"T-2","kind":"satisfaction_survey","to":"b@example.com","scheduledAt":"2025-03-01T10:00:00.000Z","dueAt":"2025-03-03T10:00:00.000Z","status":"answered","attempts":1,"notificationId":"n-2","sentAt":"2025-03-03T10:00:01.000Z","satisfaction":4}
{"ticketId":"T-3","kind":"satisfaction_survey","to":"c@example.com","scheduledAt":"2025-03-01T10:00:00.000Z","dueAt":"2025-03-06T10:00:00.000Z","status":"scheduled","attempts":0,"notificationId":"n-3","sentAt":null}
`,
    );
  });

  it("followups run: a line per survey sent", async () => {
    await expectEmpty(["followups", "run", "--now", "2025-03-02T12:00:00Z"], "no surveys due\n");
    const text = await cli(dbs.applyText, "followups", "run", "--now", "2025-03-02T12:00:00Z");
    expect([text.code, text.stdout.replaceAll(outbox, "<outbox>")]).toEqual([0, "T-1: survey to a@example.com outbox (<outbox>/n-1.51aeea8ffa05d262.eml)\n"]);
    const json = await cli(dbs.applyJson, "followups", "run", "--now", "2025-03-07T12:00:00Z", "--json");
    expect(jsonLines(json.stdout).map((o) => (o as { ticketId: string }).ticketId)).toEqual(["T-1", "T-3"]);
  });

  it("followups overdue: a line per step taken", async () => {
    await expectEmpty(["followups", "overdue", "--now", "2099-01-01T00:00:00Z"], "no escalation is overdue\n");
    // Each step is taken once per thread: the text and the JSON run get a thread each.
    const [textDb, jsonDb] = [join(work, "overdue-text.db"), join(work, "overdue-json.db")];
    for (const db of [textDb, jsonDb]) expect((await cli(db, "triage", "examples/tickets/TICK-ENT-001.json", "--json")).code).toBe(0);
    // How long it has waited depends on when the triage ran; everything else is fixed.
    const minutes = (s: string) => s.replace(/unclaimed \d+ min/g, "unclaimed N min");
    const text = await cli(textDb, "followups", "overdue", "--now", "2099-01-01T00:00:00Z");
    expect(minutes(text.stdout)).toBe(
      `TICK-ENT-001: team notified again on #engineering-support (outbox) — unclaimed N min, promised 15 min
TICK-ENT-001: senior_support alerted on #senior-support (outbox) — unclaimed N min, promised 15 min
`,
    );
    const json = await cli(jsonDb, "followups", "overdue", "--now", "2099-01-01T00:00:00Z", "--json");
    expect(jsonLines(json.stdout)).toMatchObject([
      { threadId: "TICK-ENT-001", step: "renotified", target: "#engineering-support", promisedMinutes: 15, delivery: "outbox" },
      { threadId: "TICK-ENT-001", step: "senior_alerted", target: "#senior-support", promisedMinutes: 15, delivery: "outbox" },
    ]);
  });

  it("learning review --queue: the kept tickets and how to review them", async () => {
    await expectEmpty(["learning", "review", "--queue"], "the review queue is empty\n");
    expect((await cli(dbs.seeded, "learning", "review", "--queue")).stdout).toBe(
      `┌────────┬────────────────────┬──────────────────────────┬───────────────────────────────┐
│ ticket │ segment            │ decided                  │ kept by                       │
├────────┼────────────────────┼──────────────────────────┼───────────────────────────────┤
│ K-1 x  │ billing:enterprise │ 2025-03-04T10:00:00.000Z │ scheduledRisk 57 (default 55) │
└────────┴────────────────────┴──────────────────────────┴───────────────────────────────┘
review each: escalation-agent learning review --thread <id> --warranted yes|no
`,
    );
    expect((await cli(dbs.seeded, "learning", "review", "--queue", "--json")).stdout).toBe(
      `{"ticketId":"K-1\\u0007x","segment":"billing:enterprise","decidedAt":"2025-03-04T10:00:00.000Z","learned":["scheduledRisk 57 (default 55)"],"reviewed":false}
`,
    );
  });

  it("learning proposals: each with its evidence and how to apply it", async () => {
    await expectEmpty(["learning", "proposals"], "no pending proposal: every segment's threshold in force is where its verdicts put it\n");
    expect((await cli(dbs.seeded, "learning", "proposals")).stdout).toBe(
      `┌────────────┬────────────────────┬───────────────┬─────────────────────┬─────────────────────────────────────────────────┬───────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┐
│ id         │ segment            │ threshold     │ in force → proposed │ evidence                                        │ past tickets it would change                                                                                              │
├────────────┼────────────────────┼───────────────┼─────────────────────┼─────────────────────────────────────────────────┼───────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┤
│ P-4685e5d8 │ billing:enterprise │ scheduledRisk │ 55 → 57             │ 0/8 warranted at overall risk 55–56 (97 % sure) │ 8: A-8 forged escalated → kept, A-7 escalated → kept, A-6 escalated → kept, A-5 escalated → kept, A-4 escalated → kept, … │
└────────────┴────────────────────┴───────────────┴─────────────────────┴─────────────────────────────────────────────────┴───────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
apply one (after the gate): escalation-agent learning apply <id>
`,
    );
    const [proposal, ...more] = jsonLines((await cli(dbs.seeded, "learning", "proposals", "--json")).stdout) as Array<{
      id: string;
      changes: Array<{ ticketId: string }>;
    }>;
    expect([proposal?.id, more]).toEqual(["P-4685e5d8", []]);
    expect(proposal?.changes.map((c) => c.ticketId)).toContain("A-8\nforged");
  });

  it("learning proposals --journal: who did what", async () => {
    await expectEmpty(["learning", "proposals", "--journal"], "the journal is empty\n");
    expect((await cli(dbs.seeded, "learning", "proposals", "--journal")).stdout).toBe(
      `┌──────────────────────────┬─────┬─────────┬────────────────────┬───────────────┬─────────┬───────────────────────┬───────────────────────┐
│ at                       │ id  │ what    │ segment            │ threshold     │ change  │ by                    │ gate                  │
├──────────────────────────┼─────┼─────────┼────────────────────┼───────────────┼─────────┼───────────────────────┼───────────────────────┤
│ 2025-03-05T10:00:00.000Z │ P-x │ refused │ billing:enterprise │ scheduledRisk │ 55 → 58 │ lead [31m (OS user x) │ refused: 1 finding(s) │
└──────────────────────────┴─────┴─────────┴────────────────────┴───────────────┴─────────┴───────────────────────┴───────────────────────┘
`,
    );
    expect((await cli(dbs.seeded, "learning", "proposals", "--journal", "--json")).stdout).toBe(
      `{"id":"P-x","segment":"billing:enterprise","threshold":"scheduledRisk","from":55,"to":58,"at":"2025-03-05T10:00:00.000Z","by":"lead\\u001b[31m (OS user x)","gate":{"passed":false,"findings":["escalation lost for OVR-1"],"changed":{"eval":1,"recent":0},"replayed":{"eval":1,"recent":8}},"kind":"refused","previous":null}
`,
    );
  });

  it("learning proposals --apply-passing: a line per proposal through the gate", async () => {
    await expectEmpty(["learning", "proposals", "--apply-passing"], "no pending proposal\n");
    const evalSet = join(work, "harmless.jsonl");
    writeFileSync(evalSet, JSON.stringify({ id: "SCO-1", ticket: { ...scopes("x"), id: undefined }, labels: routineIntegration() }) + "\n");
    const text = await cli(dbs.applyText, "learning", "proposals", "--apply-passing", "--eval-set", evalSet);
    expect(text.stdout).toBe(
      "P-4685e5d8 billing:enterprise scheduledRisk 55 → 57: applied (replayed 0 eval and 9 recent ticket(s) of the segment; 0 and 8 change)\n",
    );
    const json = await cli(dbs.applyJson, "learning", "proposals", "--apply-passing", "--eval-set", evalSet, "--json");
    expect(jsonLines(json.stdout).map((o) => o as { proposal: { id: string }; applied: boolean })).toMatchObject([
      { proposal: { id: "P-4685e5d8" }, applied: true },
    ]);
  });
});
