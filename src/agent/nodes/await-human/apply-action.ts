/**
 * What each human action does to the thread. Kept apart from the node so the
 * rules for ownership read in one place and are tested without a graph.
 */
import type { BaseStore } from "@langchain/langgraph";
import type { HumanAction } from "../../../domain/human.js";
import type { ConversationTurn } from "../../../domain/triage.js";
import type { EscalationStateType, EscalationUpdate } from "../../state.js";
import { scheduleSurvey } from "../../../followups/schedule.js";
import { verdictAuthor } from "../../../learning/trust.js";
import { recordVerdict as writeVerdict } from "../../../learning/verdicts.js";

export async function applyHumanAction(action: HumanAction, state: EscalationStateType, at: string, store: BaseStore | undefined): Promise<EscalationUpdate> {
  const note = (content: string, author?: string): ConversationTurn => ({ role: "system", content, at, ...(author ? { author } : {}) });
  switch (action.action) {
    case "claim":
      return {
        status: "human_owned",
        owner: action.agent,
        conversation: [
          note(state.owner && state.owner !== action.agent ? `Reassigned from ${state.owner} to ${action.agent}` : `Claimed by ${action.agent}`, action.agent),
        ],
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

/**
 * The human's verdict completes the ticket's outcome record, which the
 * learned policy reads; the customer is then asked how it went (a
 * satisfaction survey, sent later by `followups run`) unless the human
 * already recorded their satisfaction.
 */
async function recordVerdict(
  store: BaseStore | undefined,
  state: EscalationStateType,
  action: Extract<HumanAction, { action: "resolve" }>,
  at: string,
): Promise<void> {
  const ticketId = state.ticketId;
  if (!store || !ticketId) return;
  const record = await writeVerdict(store, ticketId, { ...action, ...verdictAuthor(action, state.owner) }, at);
  if (!record || action.satisfaction !== undefined) return;
  const ticket = state.ticket ?? {};
  await scheduleSurvey(
    store,
    {
      ticketId,
      email: ticket.customerEmail,
      ...(ticket.customerName ? { name: ticket.customerName } : {}),
      ...(ticket.subject ? { subject: ticket.subject } : {}),
      ...(ticket.messageId ? { messageId: ticket.messageId } : {}),
    },
    at,
  );
}
