/**
 * Learning from the command line: verdicts carry their author, a proposal is
 * listed with its evidence and the tickets it would change, `apply` passes
 * it through the gate (refused against an eval set it would break, applied
 * against one it does not), the review queue and `show` report what
 * learning changed, `rollback` restores the previous decisions, the journal
 * says who did what; `reset` keeps a freeze; `show` says when a segment is
 * out of reach. In-process (main()) against one SQLite file.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { osUser } from "../../src/cli/verdict-author.js";
import { readOutcome } from "../../src/learning/outcomes.js";
import { openStore } from "../../src/persistence/open.js";
import { overcharge, scopes, seatCount } from "../learning/policy-tickets.js";
import type { Ticket } from "../../src/domain/ticket.js";
import { mustEscalateBilling, routineIntegration } from "../fixtures/eval-labels.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { tempDir } from "./run-cli.js";

describe("learning from the command line", { timeout: 300_000 }, () => {
  const work = tempDir("esc-learning-");
  const env = { ESCALATION_DB: join(work, "agent.db"), ESCALATION_OUTBOX: join(work, "outbox"), ESCALATION_LEARNING_TRUST: "" };
  mkdirSync(join(work, "tickets"));

  // env is read at every call, so a test may change it between commands.
  const cli = (...args: string[]) => runCliInProcess(args, { env });
  afterEach(() => vi.unstubAllEnvs());

  async function triage(ticket: Ticket): Promise<{ decision: { type: string; reasons: string[] } }> {
    const file = join(work, "tickets", `${ticket.id}.json`);
    writeFileSync(file, JSON.stringify(ticket));
    const run = await cli("triage", file, "--json");
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as { decision: { type: string; reasons: string[] } };
  }

  function evalSet(name: string, items: Array<{ id: string; ticket: Ticket; mustEscalate: boolean }>): string {
    const file = join(work, `${name}.jsonl`);
    const lines = items.map((i) => ({
      id: i.id,
      ticket: { ...i.ticket, id: undefined },
      labels: i.mustEscalate ? mustEscalateBilling() : routineIntegration(),
    }));
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    return file;
  }

  let proposalId = "";

  it("records each verdict with its author, and lists the proposal the verdicts make", async () => {
    for (let i = 1; i <= 8; i++) {
      expect((await triage(seatCount(`A-${i}`))).decision.type).toBe("scheduled_escalation");
      const resolve = await cli("human", "resolve", "--thread", `A-${i}`, ...(i === 1 ? [] : ["--agent", "billing-lead"]), "--inappropriate");
      expect(resolve.code, resolve.stderr).toBe(0);
    }
    const store = openStore(env.ESCALATION_DB);
    try {
      expect((await readOutcome(store, "A-1"))?.verdict?.author).toEqual({
        name: osUser(undefined),
        source: "cli",
        osUser: osUser(undefined),
        identity: "os_user",
      });
      expect((await readOutcome(store, "A-2"))?.verdict?.author).toEqual({
        name: "billing-lead",
        source: "cli",
        osUser: osUser(undefined),
        identity: "os_user",
      });
    } finally {
      await store.stop();
    }

    const proposals = await cli("learning", "proposals", "--json");
    expect(proposals.code, proposals.stderr).toBe(0);
    const [proposal] = proposals.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; from: number; to: number; changes: unknown[] });
    expect(proposal).toMatchObject({ from: 55, to: 58 });
    expect(proposal?.changes).toHaveLength(8);
    proposalId = proposal!.id;
    const table = (await cli("learning", "proposals")).stdout;
    expect(table).toContain(proposalId);
    expect(table).toContain("0/8 warranted at overall risk 55–57");

    // Only console and Slack verdicts count when so configured: these came from the CLI.
    env.ESCALATION_LEARNING_TRUST = "console,slack";
    expect(JSON.parse((await cli("learning", "show", "--json")).stdout).verdicts).toBe(0);
    expect((await cli("learning", "proposals")).stdout).toContain("no pending proposal");
    env.ESCALATION_LEARNING_TRUST = "nobody";
    const bad = await cli("learning", "show");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("ESCALATION_LEARNING_TRUST: unknown source(s) nobody");
    env.ESCALATION_LEARNING_TRUST = "";
  });

  it("refuses through the gate, applies, queues the kept tickets for review, and rolls back", async () => {
    const breaking = evalSet("breaking", [
      { id: "OVR-1", ticket: { ...overcharge("x"), previousTicketCount: undefined, escalationHistory: undefined }, mustEscalate: true },
    ]);
    const refused = await cli("learning", "apply", proposalId, "--eval-set", breaking, "--agent", "lead");
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("refused by the gate");
    expect(refused.stdout).toContain("escalation lost for OVR-1, which has harm evidence");
    expect((await triage(seatCount("A-9"))).decision.type).toBe("scheduled_escalation");

    const harmless = evalSet("harmless", [{ id: "SCO-1", ticket: scopes("x"), mustEscalate: false }]);
    const applied = await cli("learning", "apply", proposalId, "--eval-set", harmless, "--agent", "lead");
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain(`${proposalId} billing:enterprise scheduledRisk 55 → 58: applied`);
    const kept = await triage(seatCount("K-1"));
    expect(kept.decision.type).toBe("no_escalation");
    expect(kept.decision.reasons[0]).toBe("overall risk 57 below 58, no escalation trigger (rules)");

    const queue = await cli("learning", "review", "--queue", "--json");
    expect(
      queue.stdout
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as { ticketId: string }).ticketId),
    ).toEqual(["K-1"]);
    const show = await cli("learning", "show");
    expect(show.stdout).toMatch(/│ billing:enterprise │ 1 +│ 0 +│ 1 +│/);
    expect(JSON.parse((await cli("learning", "show", "--json")).stdout).effects).toEqual([{ segment: "billing:enterprise", changed: 1, reviewed: 0 }]);

    const review = await cli("learning", "review", "--thread", "K-1", "--warranted", "yes", "--agent", "dana");
    expect(review.stdout).toContain("K-1: no_escalation was wrong");
    expect((await cli("learning", "review", "--queue")).stdout).toContain("the review queue is empty");
    expect((await cli("learning", "review", "--thread", "K-1")).stderr).toContain("--warranted: required");

    const undo = await cli("learning", "rollback", proposalId, "--agent", "lead");
    expect(undo.code, undo.stderr).toBe(0);
    expect(undo.stdout).toContain(`${proposalId} rolled back: billing:enterprise scheduledRisk 58 → 55`);
    expect((await triage(seatCount("A-10"))).decision.type).toBe("scheduled_escalation");
    expect((await cli("learning", "rollback", proposalId)).code).toBe(2);
    expect((await cli("learning", "apply", "P-nope", "--eval-set", harmless)).code).toBe(2);

    const journal = (await cli("learning", "proposals", "--journal", "--json")).stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { kind: string; by: string });
    const by = `lead (OS user ${osUser(undefined)})`;
    expect(journal.map((e) => [e.kind, e.by])).toEqual([
      ["refused", by],
      ["applied", by],
      ["rolled_back", by],
    ]);
  });

  it("keeps a freeze through a reset unless told, and says when a segment is out of reach", async () => {
    expect((await cli("learning", "freeze")).code).toBe(0);
    const reset = await cli("learning", "reset");
    expect(reset.stdout).toMatch(/^frozen since /);
    expect((await cli("learning", "reset", "--unfreeze")).stdout).toMatch(/^learning from every new verdict/);

    // A calm API question scores overall risk ~19: far below 55 − 15, so no verdict on it can move scheduledRisk.
    await triage(scopes("F-1"));
    await cli("learning", "review", "--thread", "F-1", "--warranted", "yes");
    const show = (await cli("learning", "show")).stdout;
    expect(show).toMatch(/out of reach: all 1 verdict\(s\) score outside 40–69/);
    expect(show).toContain("not enough one-sided verdicts to move (1 within reach)");
  });
});
