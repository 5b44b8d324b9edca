/**
 * read: the run's first look at the ticket, by the rules and, with a model,
 * by the model side by side. It takes in the run's input (a ticket or a
 * follow-up) as conversation turns (intake.ts); takes the rules' first look
 * (language, category); sends the run's first model round trip with it
 * (model-reading.ts) and, while that request is in flight, runs the rest of
 * the rules engine; then waits for the answer. It writes the two readings —
 * the rules' `findings` and the model's `modelRun` — and judges nothing:
 * classify and analyze fuse them, decide decides.
 */
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { isHumanOwned } from "../../../domain/human.js";
import type { AgentDependencies } from "../../dependencies.js";
import type { ModelBudget } from "../../model-budget.js";
import type { EscalationStateType, EscalationUpdate } from "../../state.js";
import { classifyWithRules, firstLook } from "../classify/rules.js";
import { intake } from "./intake.js";
import { startModelReading } from "./model-reading.js";

export function makeReadNode(deps: AgentDependencies) {
  return async function read(state: EscalationStateType, config: LangGraphRunnableConfig, budget: ModelBudget): Promise<EscalationUpdate> {
    const { ticketId, newTurns, customerTurns, readingNotes, modelNotes } = intake(state, deps.now());
    const ticket = state.ticket ?? {};
    const look = firstLook(ticket, customerTurns, deps.taxonomy);
    // While a human owns the thread the bot stays silent: the rules' reading informs them at no cost.
    const reading = isHumanOwned(state.status)
      ? null
      : await startModelReading({
          deps,
          config,
          budget,
          ticket,
          customerTurns,
          conversation: [...state.conversation, ...newTurns],
          lastReply: state.response,
          look,
        });
    // With a model, its request is in flight now: the rules read the ticket meanwhile.
    const { classification, findings } = classifyWithRules(ticket, customerTurns, deps.taxonomy, look);
    const base = { ticketId, conversation: newTurns, message: null, findings: { ...findings, classification } };
    const model = reading ? await reading.finish() : null;
    if (!model) return { ...base, ...(readingNotes.length ? { errors: readingNotes } : {}), ...(state.modelRun ? { modelRun: null } : {}) };
    return {
      ...base,
      modelRun: model.modelRun,
      metrics: model.metrics,
      // A model read this run: say where it saw an over-long message cut.
      errors: [...readingNotes, ...modelNotes, ...model.errors],
    };
  };
}
