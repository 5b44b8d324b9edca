/**
 * The run's model budget, enforced by one wrapper (src/agent/model-budget.ts):
 * at most two round trips one after the other, none to a model whose
 * provider failed in the run, a fresh count at every run's read, and nothing
 * written when no model is called.
 */
import { FakeListChatModel } from "@langchain/core/utils/testing";
import { describe, expect, it } from "vitest";
import { openModelBudget, withModelBudget, type BudgetedNode } from "../../src/agent/model-budget.js";
import type { EscalationStateType } from "../../src/agent/state.js";
import type { ChosenModel } from "../../src/llm/model-choice.js";

const chosen = (label: string): ChosenModel => ({ model: new FakeListChatModel({ responses: [] }), label });
const A = chosen("model-a");
const B = chosen("model-b");
const state = (roundTrips: EscalationStateType["roundTrips"] = null) => ({ roundTrips }) as EscalationStateType;

describe("the model budget", () => {
  it("sends two round trips one after the other, and no third", async () => {
    const { budget, spent } = openModelBudget(null);
    const sends: string[] = [];
    const send = (name: string) => async () => (sends.push(name), name);
    expect(await budget.roundTrip([A, B], send("first"), () => [])).toBe("first");
    expect(await budget.roundTrip([A], send("second"), () => [])).toBe("second");
    expect(await budget.roundTrip([A], send("third"), () => [])).toBeNull();
    expect(sends).toEqual(["first", "second"]);
    expect(spent()).toEqual({ spent: 2, unavailable: [] });
  });

  it("does not wait again on a model whose provider failed, and counts a request that threw", async () => {
    const { budget, spent } = openModelBudget(null);
    expect(
      await budget.roundTrip(
        [A],
        async () => "500",
        () => ["model-a"],
      ),
    ).toBe("500");
    expect(
      await budget.roundTrip(
        [A],
        async () => "again",
        () => [],
      ),
    ).toBeNull();
    await expect(
      budget.roundTrip(
        [B],
        () => Promise.reject(new Error("boom")),
        () => [],
      ),
    ).rejects.toThrow("boom");
    expect(spent()).toEqual({ spent: 2, unavailable: ["model-a"] });
  });

  it("writes the count only when a node sent something, continuing the run's count", async () => {
    const idle: BudgetedNode = async () => ({});
    const asking: BudgetedNode = async (_state, _config, budget) => (
      await budget.roundTrip(
        [B],
        async () => "ok",
        () => [],
      ),
      {}
    );
    const earlier = { spent: 1, unavailable: ["model-a"] };
    expect(await withModelBudget(idle)(state(earlier), {})).toEqual({});
    expect(await withModelBudget(asking)(state(earlier), {})).toEqual({ roundTrips: { spent: 2, unavailable: ["model-a"] } });
  });

  it("starts every run afresh at the node that opens it", async () => {
    const asking: BudgetedNode = async (_state, _config, budget) => (
      await budget.roundTrip(
        [A],
        async () => "ok",
        () => [],
      ),
      {}
    );
    const spentLastRun = { spent: 2, unavailable: ["model-a"] };
    expect(await withModelBudget(asking, { opens: true })(state(spentLastRun), {})).toEqual({ roundTrips: { spent: 1, unavailable: [] } });
    expect(await withModelBudget(async () => ({}), { opens: true })(state(spentLastRun), {})).toEqual({ roundTrips: null });
    expect(await withModelBudget(async () => ({}), { opens: true })(state(null), {})).toEqual({});
  });
});
