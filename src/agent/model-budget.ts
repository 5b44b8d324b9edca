/**
 * The run's model budget, enforced in one place: at most
 * MAX_SEQUENTIAL_ROUND_TRIPS round trips one after the other per run, and no
 * second wait on a model whose provider already failed in it. A node that
 * may call a model is wrapped here, like `timed`, and sends its requests
 * through the `ModelBudget` it is given; the wrapper alone reads and writes
 * `state.roundTrips`, so no node counts round trips itself.
 *
 * `read` opens the budget: every run starts with none spent. A run that
 * makes no model call writes nothing here (the rules-only path pays
 * nothing for it).
 */
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import type { ChosenModel } from "../llm/model-choice.js";
import { mayCall, NO_ROUND_TRIPS, type RoundTrips } from "../llm/model-run.js";
import type { EscalationStateType, EscalationUpdate } from "./state.js";

export interface ModelBudget {
  /**
   * Sends one round trip — requests sent at the same time count once — when
   * the budget has one left and none of `models` failed this run; null
   * otherwise, and nothing is sent. `faulted` names the models whose provider
   * failed in the answer; later round trips do not wait on them. Spent even
   * when `send` throws (the request was made).
   */
  roundTrip<T>(models: readonly ChosenModel[], send: () => Promise<T>, faulted: (answer: T) => readonly string[]): Promise<T | null>;
}

type Node = (state: EscalationStateType, config: LangGraphRunnableConfig) => Promise<EscalationUpdate>;
export type BudgetedNode = (state: EscalationStateType, config: LangGraphRunnableConfig, budget: ModelBudget) => Promise<EscalationUpdate>;

/** A budget that starts from `trips` (none spent when null); `spent()` is what it holds now, null while nothing was sent. */
export function openModelBudget(trips: RoundTrips | null | undefined): { budget: ModelBudget; spent: () => RoundTrips | null } {
  let current: RoundTrips = trips ?? NO_ROUND_TRIPS;
  let sent = false;
  const record = (unavailable: readonly string[]) => {
    current = { spent: current.spent + 1, unavailable: [...current.unavailable, ...unavailable.filter((l) => !current.unavailable.includes(l))] };
    sent = true;
  };
  const budget: ModelBudget = {
    async roundTrip(models, send, faulted) {
      if (!models.every((chosen) => mayCall(current, chosen))) return null;
      try {
        const answer = await send();
        record(faulted(answer));
        return answer;
      } catch (error) {
        record([]);
        throw error;
      }
    },
  };
  return { budget, spent: () => (sent ? current : null) };
}

/** `opens`: the node starts the run's budget afresh (read, the first node of every run). */
export function withModelBudget(node: BudgetedNode, { opens = false }: { opens?: boolean } = {}): Node {
  return async (state, config) => {
    const { budget, spent } = openModelBudget(opens ? null : state.roundTrips);
    const update = await node(state, config, budget);
    const trips = spent();
    if (trips) return { ...update, roundTrips: trips };
    // A new run that called no model: the last run's count must not carry over.
    return opens && state.roundTrips ? { ...update, roundTrips: null } : update;
  };
}
