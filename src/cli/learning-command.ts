/**
 * `escalation-agent learning show|freeze|unfreeze|reset|review`: what the
 * agent has learned from verdicts, per segment, and the operator's controls
 * over it (see src/learning/settings.ts).
 */
import Table from "cli-table3";
import type { Command } from "commander";
import { calibrateSegment, type SegmentCalibration } from "../learning/segment-calibration.js";
import { LEARNABLE_THRESHOLDS, THRESHOLD_SCORE } from "../learning/learnable.js";
import { readOutcome, readOutcomes } from "../learning/outcomes.js";
import { countsForLearning, loadSettings, saveSettings, type LearningSettings } from "../learning/settings.js";
import { recordVerdict } from "../learning/verdicts.js";
import { DEFAULT_THRESHOLDS } from "../rules/thresholds.js";
import { UsageError } from "./errors.js";
import { addDbOption, withStore, type StoreCliOptions } from "./store-option.js";

const STYLE = { head: [] as string[], border: [] as string[] };

function describeSettings(s: LearningSettings): string {
  const frozen = s.frozenAt ? `frozen since ${s.frozenAt} (newer verdicts wait until unfreeze)` : "learning from every new verdict";
  const reset = s.resetAt ? `; verdicts up to ${s.resetAt} were reset and are ignored` : "";
  return `${frozen}${reset}`;
}

/** The table; rows without a single verdict are left out (and counted in `hidden`) unless `all`. */
function calibrationTable(calibrations: readonly SegmentCalibration[], all = false): { table: string; hidden: number } {
  const table = new Table({ head: ["segment", "verdicts", "threshold", "samples", "default", "learned", "evidence"], style: STYLE });
  let hidden = 0;
  for (const c of calibrations) {
    for (const name of LEARNABLE_THRESHOLDS) {
      const t = c.thresholds[name];
      if (!all && t.samples === 0) {
        hidden++;
        continue;
      }
      const evidence = t.evidence
        ? `${t.evidence.warranted}/${t.evidence.total} warranted at ${THRESHOLD_SCORE[name].label} ${t.evidence.from}–${t.evidence.to - 1} (${Math.round(t.evidence.credibility * 100)} % sure)`
        : t.samples === 0
          ? "no verdicts yet"
          : "not enough one-sided verdicts to move";
      table.push([c.segment, String(c.verdicts), name, String(t.samples), String(t.base), t.learned === t.base ? "=" : String(t.learned), evidence]);
    }
  }
  return { table: table.length > 0 ? table.toString() : "", hidden };
}

function parseWarranted(value: string): boolean {
  if (/^(yes|y|true)$/i.test(value)) return true;
  if (/^(no|n|false)$/i.test(value)) return false;
  throw new UsageError(`--warranted: expected yes or no, got '${value}'`);
}

export function registerLearning(program: Command): void {
  const learning = program.command("learning").description("what the agent learned from verdicts, and control over it");

  addDbOption(learning.command("show").description("learned thresholds per segment (category:tier) and the evidence behind them"))
    .option("--json", "one JSON object")
    .option("--all", "also the thresholds no verdict speaks to yet")
    .action((options: StoreCliOptions & { json?: boolean; all?: boolean }) =>
      withStore(options, async (store) => {
        const settings = await loadSettings(store);
        const records = (await readOutcomes(store, { verdict: { $ne: null } })).filter((r) => countsForLearning(r, settings));
        const segments = [...new Set(records.map((r) => r.segment))].sort();
        const calibrations = segments.map((s) =>
          calibrateSegment(
            s,
            records.filter((r) => r.segment === s),
            DEFAULT_THRESHOLDS,
          ),
        );
        if (options.json) {
          process.stdout.write(JSON.stringify({ settings, verdicts: records.length, calibrations }) + "\n");
          return;
        }
        process.stdout.write(`${describeSettings(settings)}\n${records.length} verdict(s) count for learning\n`);
        if (calibrations.length > 0) {
          const { table, hidden } = calibrationTable(calibrations, options.all);
          if (table) process.stdout.write(table + "\n");
          if (hidden > 0) process.stdout.write(`${hidden} threshold(s) with no verdicts yet not shown; --all shows them\n`);
        }
      }),
    );

  addDbOption(learning.command("freeze").description("stop taking in new verdicts; the policy keeps what it learned so far")).action(
    (options: StoreCliOptions) =>
      withStore(options, async (store) => {
        const settings = await loadSettings(store);
        if (settings.frozenAt) {
          process.stdout.write(`already frozen since ${settings.frozenAt}\n`);
          return;
        }
        const next = { ...settings, frozenAt: new Date().toISOString() };
        await saveSettings(store, next);
        process.stdout.write(`${describeSettings(next)}\n`);
      }),
  );

  addDbOption(learning.command("unfreeze").description("learn from new verdicts again, including those given while frozen")).action(
    (options: StoreCliOptions) =>
      withStore(options, async (store) => {
        const next = { ...(await loadSettings(store)), frozenAt: null };
        await saveSettings(store, next);
        process.stdout.write(`${describeSettings(next)}\n`);
      }),
  );

  addDbOption(
    learning.command("reset").description("forget every verdict given so far (they stay in the store for the report); thresholds return to their defaults"),
  ).action((options: StoreCliOptions) =>
    withStore(options, async (store) => {
      const next = { frozenAt: null, resetAt: new Date().toISOString() };
      await saveSettings(store, next);
      process.stdout.write(`${describeSettings(next)}\n`);
    }),
  );

  addDbOption(
    learning
      .command("review")
      .description("record a reviewer's verdict on a ticket the bot kept (or any ticket): was a person warranted?")
      .requiredOption("--thread <id>", "the ticket's thread (its ticket id)")
      .requiredOption("--warranted <yes|no>", "whether this ticket should have gone to a person", parseWarranted)
      .option("--unresolved", "the customer's problem is not solved")
      .option("--notes <text>", "why"),
  ).action((options: StoreCliOptions & { thread: string; warranted: boolean; unresolved?: boolean; notes?: string }) =>
    withStore(options, async (store) => {
      const record = await readOutcome(store, options.thread);
      if (!record) throw new UsageError(`--thread: no outcome recorded for ${options.thread}; triage it first`);
      const updated = await recordVerdict(
        store,
        record.ticketId,
        {
          appropriate: record.escalated === options.warranted,
          shouldHaveEscalated: options.warranted,
          resolved: !options.unresolved,
          ...(options.notes ? { notes: options.notes } : {}),
        },
        new Date().toISOString(),
      );
      const call = updated?.verdict?.appropriate ? "right" : "wrong";
      process.stdout.write(`${record.ticketId}: ${record.decision.type} was ${call}; a person was ${options.warranted ? "" : "not "}warranted\n`);
    }),
  );
}
