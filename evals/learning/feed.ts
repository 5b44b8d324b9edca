/**
 * Feeds a history into an agent the way production would: each ticket is
 * triaged (so the agent decides, and records the outcome), then the verdict
 * arrives — as the resolve action of the person who took an escalated
 * ticket, or as a review of a ticket the bot kept. Tickets are fed one after
 * another, so later ones are decided with what the earlier ones taught —
 * once it is applied: every `applyEvery` tickets, and after the last, the
 * pending proposals go through the gate and those that pass are applied
 * (src/learning/apply.ts), as a cron running `learning proposals
 * --apply-passing` would.
 */
import type { BaseStore } from "@langchain/langgraph";
import { isHumanOwned } from "../../src/domain/human.js";
import type { EscalationAgent } from "../../src/agent/graph.js";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { autoApply, type EvalReplay } from "../../src/learning/apply.js";
import { recordVerdict } from "../../src/learning/verdicts.js";
import { evalReplay } from "./gate-replay.js";
import type { HistoryRow } from "./history.js";

export interface FeedSummary {
  fed: number;
  escalated: number;
  /** Verdicts recorded (a failed triage records none). */
  verdicts: number;
  failures: Array<{ id: string; error: string }>;
  /** Proposals the gate applied and refused while feeding. */
  applied: number;
  refused: number;
}

/** 25 tickets: about a day of one busy segment's verdicts, between two runs of the cron. */
export const APPLY_EVERY = 25;

export async function feedHistory(
  agent: EscalationAgent,
  store: BaseStore,
  rows: readonly HistoryRow[],
  options: { model: string; onRow?: (row: HistoryRow) => void; applyEvery?: number; evalReplay?: EvalReplay },
): Promise<FeedSummary> {
  const client = new ThreadClient(agent, undefined, { model: options.model });
  const summary: FeedSummary = { fed: 0, escalated: 0, verdicts: 0, failures: [], applied: 0, refused: 0 };
  const every = options.applyEvery ?? APPLY_EVERY;
  const replay = options.evalReplay ?? (() => evalReplay());
  const apply = async () => {
    for (const outcome of await autoApply(store, { evalReplay: replay })) {
      if (outcome.applied) summary.applied++;
      else summary.refused++;
    }
  };
  for (const row of rows) {
    try {
      const ticket = { ...row.ticket, id: row.ticket.id ?? row.id };
      const result = await client.triage(ticket, row.id);
      const { warranted, resolved, satisfaction, notes } = row.verdict;
      const verdict = {
        appropriate: isHumanOwned(result.status) ? warranted : !warranted,
        shouldHaveEscalated: warranted,
        resolved,
        ...(satisfaction !== undefined ? { satisfaction } : {}),
        ...(notes ? { notes } : {}),
      };
      if (isHumanOwned(result.status)) {
        summary.escalated++;
        await client.act(row.id, { action: "resolve", agent: "history", ...verdict });
      } else {
        await recordVerdict(store, result.ticketId, verdict, new Date().toISOString());
      }
      summary.verdicts++;
    } catch (error) {
      summary.failures.push({ id: row.id, error: (error as Error).message });
    }
    summary.fed++;
    if (summary.fed % every === 0) await apply();
    options.onRow?.(row);
  }
  if (summary.fed % every !== 0) await apply();
  return summary;
}
