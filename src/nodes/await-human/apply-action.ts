/**
 * What each human action does to the thread. Kept apart from the node so the
 * rules for ownership read in one place and are tested without a graph.
 */
import type { BaseStore } from "@langchain/langgraph";
import type { HumanAction } from "../../domain/human.js";
import type { ConversationTurn } from "../../domain/triage.js";
import type { EscalationStateType, EscalationUpdate } from "../../graph/state.js";
import { OUTCOMES_NAMESPACE, type OutcomeRecord } from "../learn/outcome-record.js";

export async function applyHumanAction(
  action: HumanAction,
  state: EscalationStateType,
  at: string,
  store: BaseStore | undefined,
): Promise<EscalationUpdate> {
  const note = (content: string, author?: string): ConversationTurn => ({ role: "system", content, at, ...(author ? { author } : {}) });
  switch (action.action) {
    case "claim":
      return {
        status: "human_owned",
        owner: action.agent,
        conversation: [note(state.owner && state.owner !== action.agent ? `Reassigned from ${state.owner} to ${action.agent}` : `Claimed by ${action.agent}`, action.agent)],
      };
    case "reply": {
      // Replying is taking ownership: nobody answers a customer anonymously.
      const author = action.agent ?? state.owner ?? "support agent";
      return {
        status: "human_owned",
        owner: state.owner ?? author,
        conversation: [{ role: "human", content: action.text, at, author }],
      };
    }
    case "resolve": {
      const author = action.agent ?? state.owner ?? undefined;
      await recordVerdict(store, state, action, at);
      const verdict = `${action.resolved ? "resolved" : "closed unresolved"}; escalation ${action.appropriate ? "appropriate" : "not appropriate"}`;
      return {
        status: "resolved",
        conversation: [note(`${author ? `${author}: ` : ""}${verdict}${action.notes ? ` — ${action.notes}` : ""}`, author)],
      };
    }
    case "release": {
      const author = action.agent ?? state.owner ?? undefined;
      return {
        status: "bot",
        owner: null,
        conversation: [note(`Released to the bot${author ? ` by ${author}` : ""}${action.notes ? ` — ${action.notes}` : ""}`, author)],
      };
    }
  }
}

/** The human's verdict completes the ticket's outcome record, which the learned policy reads. */
async function recordVerdict(
  store: BaseStore | undefined,
  state: EscalationStateType,
  action: Extract<HumanAction, { action: "resolve" }>,
  at: string,
): Promise<void> {
  const ticketId = state.ticketId;
  if (!store || !ticketId) return;
  const item = await store.get([...OUTCOMES_NAMESPACE], ticketId);
  if (!item) return;
  const record = item.value as unknown as OutcomeRecord;
  const escalated = record.decision.type !== "no_escalation";
  const updated: OutcomeRecord = {
    ...record,
    verdict: {
      appropriate: action.appropriate,
      shouldHaveEscalated: action.shouldHaveEscalated ?? (escalated ? action.appropriate : !action.appropriate),
      resolved: action.resolved,
      ...(action.satisfaction !== undefined ? { satisfaction: action.satisfaction } : {}),
      ...(action.notes ? { notes: action.notes } : {}),
      resolvedAt: at,
      resolutionMinutes: Math.max(0, Math.round((Date.parse(at) - Date.parse(record.decidedAt)) / 60_000)),
    },
  };
  await store.put([...OUTCOMES_NAMESPACE], ticketId, updated as unknown as Record<string, unknown>);
}
