/**
 * The graph langgraph.json registers must load anywhere: an in-memory
 * checkpointer (so graph.invoke works from code; the server replaces it with
 * its own), no store, and no files written on import.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemorySaver } from "@langchain/langgraph";
import { describe, expect, it } from "vitest";

describe("the Studio graph (src/studio/graph.ts)", () => {
  it("is compiled with an in-memory checkpointer, no store, and writes nothing when imported", async () => {
    const dir = mkdtempSync(join(tmpdir(), "esc-studio-import-"));
    const cwd = process.cwd();
    // Relative defaults (.escalation/…) would resolve here if anything were created at import.
    process.chdir(dir);
    try {
      const { graph } = await import("../../src/studio/graph.js");
      expect(graph.checkpointer).toBeInstanceOf(MemorySaver);
      expect(graph.store).toBeUndefined();
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
    // Generous: the first import transforms the whole agent, slow on a loaded machine.
  }, 60_000);
});
