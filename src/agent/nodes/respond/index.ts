/**
 * respond: the reply to the customer — a grounded answer from the knowledge
 * base, or, when escalating, an acknowledgement that says who takes over and
 * when. Runs beside handoff when both apply. With a model, the reply carries
 * the personal part the first round trip drafted, or a model of respond's
 * own rewrites it (model-reply.ts).
 */
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { ticketText } from "../../../domain/ticket.js";
import type { AgentDependencies } from "../../dependencies.js";
import type { ModelBudget } from "../../model-budget.js";
import type { EscalationStateType, EscalationUpdate } from "../../state.js";
import { requireState } from "../require-state.js";
import { composeReply, type ComposeInput } from "./compose.js";
import { deliverReply } from "./deliver.js";
import { stepsFailedFollowUp } from "./follow-up-article.js";
import { writeReplyWithModel } from "./model-reply.js";

export function makeRespondNode(deps: AgentDependencies) {
  return async function respond(state: EscalationStateType, config: LangGraphRunnableConfig, budget: ModelBudget): Promise<EscalationUpdate> {
    const { ticketId, classification, analysis, decision } = requireState(state, "respond", ["ticketId", "classification", "analysis", "decision"]);
    const ticket = { ...(state.ticket ?? {}), id: ticketId };
    const latest = state.conversation.filter((t) => t.role === "customer").at(-1)?.content ?? ticketText(ticket);
    const kb = await deps.knowledgeBase();
    // "The steps didn't work": never the same article again (follow-up-article.ts).
    const stepsFailed = stepsFailedFollowUp(kb, {
      conversation: state.conversation,
      lastReply: state.response,
      subject: ticket.subject ?? "",
      language: classification.language,
      category: classification.category,
    });
    const compose: ComposeInput = {
      ticket: { ...ticket, description: ticket.description ?? latest },
      text: latest,
      classification,
      analysis,
      decision,
      kb,
      ...(stepsFailed ? { exclude: stepsFailed.tried } : {}),
      // Only the withdraw path reaches respond with an unclaimed handoff and no escalation (routing.ts).
      ...(state.status === "awaiting_human" && state.handoff && decision.type === "no_escalation" ? { withdrawnFrom: state.handoff.team } : {}),
    };
    const template = composeReply(compose);
    const { reply, metrics, errors } = await writeReplyWithModel({ deps, config, budget, state, compose, template, latest, decision });
    const delivery = await deliverReply(deps, state, ticketId, reply);
    return {
      response: reply,
      ...(delivery ? { customerNotifications: [delivery] } : {}),
      conversation: [{ role: "agent", content: reply.message, at: deps.now().toISOString() }],
      ...(metrics.llmCalls || metrics.fallbacks ? { metrics } : {}),
      ...(errors.length > 0 ? { errors } : {}),
    };
  };
}
