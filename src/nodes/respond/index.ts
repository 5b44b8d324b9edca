/**
 * respond: the reply to the customer — a grounded answer from the knowledge
 * base, or, when escalating, an acknowledgement that says who takes over and
 * when. Runs beside handoff when both apply.
 */
import { ticketText } from "../../domain/ticket.js";
import type { AgentDependencies } from "../../graph/dependencies.js";
import type { EscalationStateType, EscalationUpdate } from "../../graph/state.js";
import { requireState } from "../require-state.js";
import { composeReply } from "./compose.js";

export function makeRespondNode(deps: AgentDependencies) {
  return async function respond(state: EscalationStateType): Promise<EscalationUpdate> {
    const { ticketId, classification, analysis, decision } = requireState(state, "respond", [
      "ticketId",
      "classification",
      "analysis",
      "decision",
    ]);
    const ticket = { ...(state.ticket ?? {}), id: ticketId };
    const latest = state.conversation.filter((t) => t.role === "customer").at(-1)?.content ?? ticketText(ticket);
    const reply = composeReply({
      ticket: { ...ticket, description: ticket.description ?? latest },
      text: latest,
      classification,
      analysis,
      decision,
      kb: await deps.knowledgeBase(),
    });
    return {
      response: reply,
      conversation: [{ role: "agent", content: reply.message, at: deps.now().toISOString() }],
    };
  };
}
