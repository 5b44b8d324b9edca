import { describe, expect, it } from "vitest";
import type { CheckpointEntry } from "../../src/domain/retention.js";
import { checkpointsToKeep } from "../../src/retention/keep-plan.js";
import { checkpointTime } from "../../src/retention/thread-storage.js";

const entry = (id: string, source: string, turn?: string): CheckpointEntry => ({ id, parentId: null, source, step: undefined, turn });

describe("which checkpoints prune keeps", () => {
  it("keeps the last checkpoint of each turn, a turn being what one call wrote", () => {
    const history = [
      entry("a1", "input", "t1"),
      entry("a2", "loop", "t1"),
      entry("a3", "loop", "t1"),
      // A person's action resumes the paused run: no input checkpoint, a turn of its own all the same.
      entry("b1", "loop", "t2"),
      entry("c1", "input", "t3"),
      entry("c2", "loop", "t3"),
    ];
    expect(checkpointsToKeep(history, "turns")).toEqual(["a3", "b1", "c2"]);
    expect(checkpointsToKeep(history, "latest")).toEqual(["c2"]);
  });

  it("reads turns from input checkpoints where none are tagged (threads written before, or by the LangGraph server)", () => {
    const history = [entry("a1", "input"), entry("a2", "loop"), entry("a3", "loop"), entry("b1", "input"), entry("b2", "loop")];
    expect(checkpointsToKeep(history, "turns")).toEqual(["a3", "b2"]);
  });

  it("keeps nothing of an empty history, and the one checkpoint of a history of one", () => {
    expect(checkpointsToKeep([], "turns")).toEqual([]);
    expect(checkpointsToKeep([entry("x", "input", "t")], "turns")).toEqual(["x"]);
  });
});

describe("checkpoint times", () => {
  it("reads when a checkpoint was made from its UUID v6 id, and nothing from other ids", () => {
    expect(checkpointTime("1f1f07dc-7844-6a30-ffff-91a8a390b525")?.toISOString()).toBe("2026-12-05T07:30:43.411Z");
    expect(checkpointTime("0f8fad5b-d9cb-469f-a165-70867728950e")).toBeNull();
    expect(checkpointTime("checkpoint-1")).toBeNull();
  });
});
