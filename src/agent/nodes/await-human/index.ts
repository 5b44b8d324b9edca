/**
 * await_human: after a handoff the graph waits here, through `interrupt()`,
 * for a person's action (claim, reply, resolve, release). Each action
 * resumes the thread with a `Command`; the graph then waits again until the
 * ticket is resolved or released back to the bot.
 */
import { interrupt, type LangGraphRunnableConfig } from "@langchain/langgraph";
import { HumanAction, type HumanWaitRequest } from "../../../domain/human.js";
import type { AgentDependencies } from "../../dependencies.js";
import type { EscalationStateType, EscalationUpdate } from "../../state.js";
import { observeHumanAction } from "../../../observability/human-events.js";
import { applyHumanAction } from "./apply-action.js";
import { deliverReply } from "../respond/deliver.js";

export function makeAwaitHumanNode(deps: AgentDependencies) {
  return async function awaitHuman(state: EscalationStateType, config: LangGraphRunnableConfig): Promise<EscalationUpdate> {
    const request: HumanWaitRequest = {
      ticketId: state.ticketId ?? "",
      status: state.status,
      owner: state.owner,
      team: state.handoff?.team ?? state.decision?.targetTeam ?? null,
      actions: state.status === "human_owned" ? ["reply", "resolve", "release", "claim"] : ["claim", "reply", "resolve", "release"],
      summary: `${state.decision?.type ?? "escalation"}: ${state.decision?.reasons.join("; ") ?? ""}`,
    };
    // No try/catch around interrupt(): it pauses the graph by throwing.
    const resumed = interrupt(request);
    const at = deps.now().toISOString();
    const action = HumanAction.safeParse(resumed);
    if (!action.success) {
      const problem = action.error.issues.map((i) => `${i.path.join(".") || "action"}: ${i.message}`).join("; ");
      return { errors: [{ node: "await_human", message: `ignored an invalid human action (${problem})`, at }] };
    }
    const update = await applyHumanAction(action.data, state, at, config.store);
    observeHumanAction(action.data, state, at);
    if (action.data.action === "reply") {
      // The human's words go to the customer through the same mail channel as
      // the bot's, numbered by human turn so a resume never mails them twice.
      const humanTurns = state.conversation.filter((t) => t.role === "human").length + 1;
      const sent = await deliverReply(
        deps,
        state,
        state.ticketId ?? "",
        { message: action.data.text, type: "solution", tone: "professional", language: state.classification?.language ?? "en", sources: [] },
        `${state.ticketId}:human-reply:${humanTurns}`,
      );
      if (sent) update.customerNotifications = [sent];
    }
    // A human acted: whatever the bot said before is not this run's reply.
    return { response: null, ...update };
  };
}
