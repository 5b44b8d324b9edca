/**
 * The one set of labelled tickets the three tunings read: the development set and the candidate files
 * already read for error analysis, never the unread checks.
 */
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { developmentFiles, developmentInputs, developmentPaths, developmentTickets } from "../../training/sources/development-tickets.js";
import { loadDataset } from "../../evals/dataset.js";
import { UNREAD_CHECKS, unreadCheckFiles } from "../../evals/held-out.js";
import { READ_CANDIDATES } from "../../training/sources/read-candidates.js";

describe("the development tickets", () => {
  it("hold dev/ and the read candidate files, never the unread checks", () => {
    const read = new Set(developmentPaths().map((path) => basename(path, ".jsonl")));
    for (const name of UNREAD_CHECKS) expect(read.has(name), name).toBe(false);
    const ids = developmentTickets().map((item) => item.id);
    expect(ids.some((id) => id.startsWith("DVA-"))).toBe(true);
    expect(ids.some((id) => id.startsWith("DVK-"))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // By content, not by name: no ticket of an unread check is among them, whatever its file is called.
    const readIds = new Set(ids);
    for (const file of unreadCheckFiles()) {
      const unread = loadDataset(file).items.map((item) => item.id);
      expect(unread.length, file).toBeGreaterThan(0);
      expect(
        unread.filter((id) => readIds.has(id)),
        file,
      ).toEqual([]);
    }
  });

  it("put dev/ first, in name order, then the read candidates in their listed order", () => {
    const names = developmentPaths().map((path) => basename(path, ".jsonl"));
    const dev = names.slice(0, names.length - READ_CANDIDATES.length);
    expect(dev.length).toBeGreaterThan(0);
    expect(dev).toEqual([...dev].sort());
    expect(names.slice(dev.length)).toEqual([...READ_CANDIDATES]);
  });

  it("leave the read candidates out when asked: the concept tuning and the reader a head's replay uses", () => {
    const without = developmentFiles(false).map((f) => basename(f.file, ".jsonl"));
    expect(without.some((name) => (READ_CANDIDATES as readonly string[]).includes(name))).toBe(false);
    expect(without.length).toBe(developmentPaths().length - READ_CANDIDATES.length);
    const ids = developmentTickets(false).map((item) => item.id);
    expect(ids.some((id) => id.startsWith("DVA-"))).toBe(true);
    expect(ids.some((id) => id.startsWith("DVK-"))).toBe(false);
    expect(developmentInputs(false).length).toBe(without.length);
  });

  it("are recorded by path, hash and row count, one input per file", () => {
    const inputs = developmentInputs();
    expect(inputs.map((i) => i.path)).toEqual(developmentPaths().map((p) => p.slice(process.cwd().length + 1)));
    for (const input of inputs) {
      expect(input.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(input.rows).toBeGreaterThan(0);
    }
  });
});
