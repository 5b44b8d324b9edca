/**
 * classify: takes in the run's input (ticket or follow-up) and says what the
 * ticket is about — category, priority, complexity, signals, entities,
 * language. With a model, it also makes the run's first model round trip
 * (src/nodes/read: what the ticket is about, how the customer feels, whether
 * to escalate, and the reply's personal part) and fuses the answer into the
 * rules' classification. The request is sent after the rules' first look
 * (language, category) and before the rest of the rules, which run while it
 * is in flight (with-model.ts).
 */
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { isHumanOwned } from "../../domain/human.js";
import type { AgentDependencies } from "../../graph/dependencies.js";
import type { EscalationStateType, EscalationUpdate } from "../../graph/state.js";
import { intake } from "./intake.js";
import { classifyWithRules, firstLook } from "./rules.js";
import { startModelReading } from "./with-model.js";

export function makeClassifyNode(deps: AgentDependencies) {
  return async function classify(state: EscalationStateType, config: LangGraphRunnableConfig): Promise<EscalationUpdate> {
    const { ticketId, newTurns, customerTurns, readingNotes, modelNotes } = intake(state, deps.now());
    const ticket = state.ticket ?? {};
    const look = firstLook(ticket, customerTurns, deps.taxonomy);
    // While a human owns the thread the bot stays silent: the rules' reading informs them at no cost.
    const reading = isHumanOwned(state.status)
      ? null
      : await startModelReading({
          deps,
          config,
          ticket,
          customerTurns,
          conversation: [...state.conversation, ...newTurns],
          lastReply: state.response,
          look,
        });
    // With a model, its request is in flight now: the rules read the ticket meanwhile.
    const { classification, findings } = classifyWithRules(ticket, customerTurns, deps.taxonomy, look);
    const base = { ticketId, conversation: newTurns, message: null, findings, ...(readingNotes.length ? { errors: readingNotes } : {}) };
    const withModel = reading ? await reading.finish(classification) : null;
    if (!withModel) return { ...base, classification, ...(state.modelRun ? { modelRun: null } : {}) };
    return {
      ...base,
      classification: withModel.classification,
      modelRun: withModel.modelRun,
      metrics: withModel.metrics,
      // A model read this run: say where it saw an over-long message cut.
      errors: [...readingNotes, ...modelNotes, ...withModel.errors],
    };
  };
}
