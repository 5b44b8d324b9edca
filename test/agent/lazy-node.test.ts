/** A graph node whose module loads on its first run (src/agent/lazy-node.ts). */
import { describe, expect, it, vi } from "vitest";
import { lazyNode } from "../../src/agent/lazy-node.js";

describe("lazyNode", () => {
  it("loads nothing until the node first runs, then loads once for every run", async () => {
    const node = vi.fn(async (text: string) => text.toUpperCase());
    const load = vi.fn(async () => node);
    const lazy = lazyNode(load);
    expect(load).not.toHaveBeenCalled();

    // Two runs in the same step (respond and hand_off do) share the one load.
    expect(await Promise.all([lazy("a"), lazy("b")])).toEqual(["A", "B"]);
    expect(await lazy("c")).toBe("C");
    expect(load).toHaveBeenCalledTimes(1);
    expect(node.mock.calls).toEqual([["a"], ["b"], ["c"]]);
  });

  it("reports a failed load to the run, and tries again on the next run", async () => {
    const load = vi
      .fn<() => Promise<(n: number) => Promise<number>>>()
      .mockRejectedValueOnce(new Error("no such module"))
      .mockResolvedValue(async (n) => n + 1);
    const lazy = lazyNode(load);

    await expect(lazy(1)).rejects.toThrow("no such module");
    expect(await lazy(1)).toBe(2);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
