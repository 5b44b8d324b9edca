/**
 * LangGraph's own checkpointer spec, @langchain/langgraph-checkpoint-validation
 * (the suite upstream runs against PostgresSaver, SqliteSaver and the rest),
 * run against our savers: an upgrade that changes what LangGraph expects of a
 * saver, or the PostgresSaver internals our SQL is written against, fails here.
 *
 * The spec calls Jest-style globals (`describe`, `it`, `expect`…; its own CLI
 * runs vitest with `globals: true`), so they are installed here; the suites
 * that do this run in a process of their own (vitest.config.ts, ISOLATED).
 *
 * Where a saver differs from the spec on purpose, that case is listed as a
 * Deviation, with why, and runs as `it.fails`: it must go on failing upstream's
 * expectation, so a deviation that disappears (or a list entry that matches
 * nothing) fails the run instead of lingering. Nothing is skipped.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, type TestFunction } from "vitest";
import { getCurrentSuite } from "vitest/suite";
import type { BaseCheckpointSaver } from "@langchain/langgraph-checkpoint";
import { deltaChannelHistoryTests, validate, type CheckpointSaverTestInitializer } from "@langchain/langgraph-checkpoint-validation";

export interface Deviation {
  /** Matched against "<suite> > <test>" as vitest names them (for a table of cases, the test's name template). */
  test: RegExp;
  /** Why our saver differs from the spec here. */
  why: string;
  /** For a table of cases (`it.each`): which rows differ, given the whole table. Every row when absent. */
  rows?: (row: unknown, table: readonly unknown[]) => boolean;
}

type Table = readonly unknown[];

interface Registered {
  name: string;
  deviations: readonly Deviation[];
  used: Set<Deviation>;
}

/**
 * Every saver this process runs the spec against. The spec's describe blocks
 * are collected after the calls that declare them return, so one `it` serves
 * them all and finds the saver by the checkpointer name in the suite's path.
 */
const registered: Registered[] = [];

function deviationAt(name: string): Deviation | undefined {
  const where = [getCurrentSuite().suite?.fullTestName, name].filter(Boolean).join(" > ");
  const saver = registered.find((r) => where.includes(`${r.name}#`));
  const deviation = saver?.deviations.find((d) => d.test.test(where));
  if (deviation) saver?.used.add(deviation);
  return deviation;
}

const specIt = Object.assign(
  (name: string, fn?: TestFunction, timeout?: number) => {
    const deviation = deviationAt(name);
    if (deviation?.rows) throw new Error(`deviation ${deviation.test} has rows, but "${name}" is a single case`);
    (deviation ? it.fails : it)(name, fn, timeout);
  },
  {
    each:
      (table: Table) =>
      (name: string, fn: (...args: unknown[]) => Promise<void> | void, timeout?: number): void => {
        const deviation = deviationAt(name);
        const differs = (row: unknown) => deviation !== undefined && (deviation.rows?.(row, table) ?? true);
        const conforming = table.filter((row) => !differs(row));
        const deviating = table.filter(differs);
        if (conforming.length > 0) it.each(conforming)(name, fn, timeout);
        if (deviating.length > 0) it.fails.each(deviating)(name, fn, timeout);
      },
  },
);

/**
 * Runs the spec's default suites (put, putWrites, getTuple, list, deleteThread)
 * and its opt-in getDeltaChannelHistory suite, which upstream runs for each of
 * its own savers. Each saver needs a checkpointerName of its own.
 */
export function upstreamCheckpointerSpec<T extends BaseCheckpointSaver>(
  initializer: CheckpointSaverTestInitializer<T>,
  deviations: readonly Deviation[],
): void {
  const saver: Registered = { name: initializer.checkpointerName, deviations, used: new Set() };
  if (registered.some((r) => r.name.includes(saver.name) || saver.name.includes(r.name))) throw new Error(`checkpointer names must not overlap: ${saver.name}`);
  registered.push(saver);
  Object.assign(globalThis, { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it: specIt, test: specIt });
  validate(initializer);
  describe(initializer.checkpointerName, () => deltaChannelHistoryTests(initializer));

  // Runs after collection, so every case above has been looked up by then.
  it(`${saver.name}: lists only deviations that match an upstream case`, () => {
    expect(deviations.filter((d) => !saver.used.has(d)).map((d) => String(d.test))).toEqual([]);
  });
}

/** The spec's list cases: which checkpoints a call to list() should return. */
interface ListCase {
  filter?: Record<string, unknown>;
  limit?: number;
  expectedCheckpointIds: string[];
}

function isListCase(row: unknown): row is ListCase {
  return typeof row === "object" && row !== null && Array.isArray((row as ListCase).expectedCheckpointIds);
}

/**
 * Whether a list case compares a parent checkpoint, one with a child saved
 * after it. In the spec's data those are the checkpoints with metadata
 * `source: "input"` (children are "loop"), found from the table's own case
 * that filters on it alone. With a limit, list() returns the newest first.
 */
export function comparesParentCheckpoint(row: unknown, table: readonly unknown[]): boolean {
  if (!isListCase(row)) throw new Error("not one of the spec's list cases");
  const parents = new Set(table.filter(isListCase).flatMap((c) => (c.filter?.source === "input" ? c.expectedCheckpointIds : [])));
  if (parents.size === 0) throw new Error("the spec's list table has no parent checkpoints any more: revisit this deviation");
  const returned = [...row.expectedCheckpointIds]
    .sort()
    .reverse()
    .slice(0, row.limit ?? Infinity);
  return returned.some((id) => parents.has(id));
}
