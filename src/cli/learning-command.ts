/**
 * `escalation-agent learning show|freeze|unfreeze|reset|configure|review`:
 * what the agent has learned from verdicts, per segment, what learning
 * changed and how much of that was reviewed, and the operator's controls
 * over it (see src/learning/settings.ts). Proposals, apply and rollback are
 * in learning-proposals-command.ts.
 */
import Table from "cli-table3";
import type { Command } from "commander";
import { MAX_SHIFT } from "../learning/calibration.js";
import { clearApplied, readApplied, type AppliedThreshold } from "../learning/in-force.js";
import { LEARNABLE_THRESHOLDS, THRESHOLD_SCORE } from "../learning/learnable.js";
import { readOutcome, readOutcomes } from "../learning/outcomes.js";
import { learningEffects, reviewQueue, type LearningEffect } from "../learning/review-queue.js";
import { calibrateSegment, type SegmentCalibration } from "../learning/segment-calibration.js";
import { countsForLearning, loadSettings, saveSettings, type LearningSettings } from "../learning/settings.js";
import { recordVerdict } from "../learning/verdicts.js";
import { oneLine } from "../privacy/one-line.js";
import { DEFAULT_THRESHOLDS } from "../rules/thresholds.js";
import { UsageError } from "./errors.js";
import { addDbOption, withStore, type StoreCliOptions } from "./store-option.js";
import { cliAuthor } from "./verdict-author.js";
import { describeIdentity } from "../learning/trust.js";
import { registerLearningProposals } from "./learning-proposals-command.js";
import { postReviewDigest } from "./review-digest-post.js";

const STYLE = { head: [] as string[], border: [] as string[] };

function describeSettings(s: LearningSettings): string {
  const frozen = s.frozenAt ? `frozen since ${s.frozenAt} (newer verdicts wait until unfreeze)` : "learning from every new verdict";
  const reset = s.resetAt ? `; verdicts up to ${s.resetAt} were reset and are ignored` : "";
  return `${frozen}${reset}; money line ${s.moneyLine}; ${Math.round(s.reviewShare * 1000) / 10} % of learned "no"s sampled for review`;
}

function evidenceText(name: (typeof LEARNABLE_THRESHOLDS)[number], t: SegmentCalibration["thresholds"][typeof name]): string {
  if (t.evidence) {
    return `${t.evidence.warranted}/${t.evidence.total} warranted at ${THRESHOLD_SCORE[name].label} ${t.evidence.from}–${t.evidence.to - 1} (${Math.round(t.evidence.credibility * 100)} % sure)`;
  }
  if (t.samples === 0) return "no verdicts yet";
  // A threshold moves at most MAX_SHIFT from its default: verdicts on scores
  // further away can never move it, however many there are.
  if (t.inReach === 0) {
    return `out of reach: all ${t.samples} verdict(s) score outside ${Math.max(0, t.base - MAX_SHIFT)}–${Math.min(100, t.base + MAX_SHIFT) - 1}, where no number of verdicts moves it`;
  }
  return `not enough one-sided verdicts to move (${t.inReach} within reach)`;
}

/** The table; rows without a single verdict (and nothing in force) are left out (and counted in `hidden`) unless `all`. */
function calibrationTable(calibrations: readonly SegmentCalibration[], applied: readonly AppliedThreshold[], all = false): { table: string; hidden: number } {
  const table = new Table({ head: ["segment", "verdicts", "threshold", "samples", "default", "in force", "verdicts say", "evidence"], style: STYLE });
  let hidden = 0;
  for (const c of calibrations) {
    for (const name of LEARNABLE_THRESHOLDS) {
      const t = c.thresholds[name];
      const inForce = applied.find((a) => a.segment === c.segment && a.threshold === name);
      if (!all && t.samples === 0 && !inForce) {
        hidden++;
        continue;
      }
      table.push([
        c.segment,
        String(c.verdicts),
        name,
        String(t.samples),
        String(t.base),
        inForce ? `${inForce.value} (${inForce.proposalId})` : "=",
        t.learned === t.base ? "=" : String(t.learned),
        evidenceText(name, t),
      ]);
    }
  }
  return { table: table.length > 0 ? table.toString() : "", hidden };
}

function effectsTable(effects: readonly LearningEffect[], pending: Map<string, number>): string {
  const table = new Table({ head: ["segment", "decisions changed by learning", "reviewed", "waiting in the review queue"], style: STYLE });
  for (const e of effects) table.push([e.segment, String(e.changed), String(e.reviewed), String(pending.get(e.segment) ?? 0)]);
  return table.toString();
}

function parseWarranted(value: string): boolean {
  if (/^(yes|y|true)$/i.test(value)) return true;
  if (/^(no|n|false)$/i.test(value)) return false;
  throw new UsageError(`--warranted: expected yes or no, got '${value}'`);
}

function parseMoneyLine(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--money-line: expected a positive amount, got '${value}'`);
  return n;
}

function parseShare(value: string): number {
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(value.trim());
  const n = percent ? Number(percent[1]) / 100 : Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--review-share: expected a share from 0 to 1 (or 0–100 %), got '${value}'`);
  return n;
}

export function registerLearning(program: Command): void {
  const learning = program.command("learning").description("what the agent learned from verdicts, and control over it");

  addDbOption(learning.command("show").description("learned thresholds per segment (category:tier), the evidence behind them, and what learning changed"))
    .option("--json", "one JSON object")
    .option("--all", "also the thresholds no verdict speaks to yet")
    .action((options: StoreCliOptions & { json?: boolean; all?: boolean }) =>
      withStore(options, async (store) => {
        const settings = await loadSettings(store);
        const all = await readOutcomes(store);
        const records = all.filter((r) => r.verdict !== null && countsForLearning(r, settings, options.settings.learning.trust));
        const applied = await readApplied(store);
        const segments = [...new Set([...records.map((r) => r.segment), ...applied.map((a) => a.segment)])].sort();
        const calibrations = segments.map((s) =>
          calibrateSegment(
            s,
            records.filter((r) => r.segment === s),
            DEFAULT_THRESHOLDS,
          ),
        );
        const effects = learningEffects(all);
        const queue = reviewQueue(all, settings.reviewShare);
        if (options.json) {
          process.stdout.write(JSON.stringify({ settings, verdicts: records.length, calibrations, applied, effects, reviewQueue: queue }) + "\n");
          return;
        }
        process.stdout.write(`${describeSettings(settings)}\n${records.length} verdict(s) count for learning\n`);
        if (calibrations.length > 0) {
          const { table, hidden } = calibrationTable(calibrations, applied, options.all);
          if (table) process.stdout.write(table + "\n");
          if (hidden > 0) process.stdout.write(`${hidden} threshold(s) with no verdicts yet not shown; --all shows them\n`);
        }
        if (effects.length > 0) {
          const pending = new Map<string, number>();
          for (const q of queue) pending.set(q.segment, (pending.get(q.segment) ?? 0) + 1);
          process.stdout.write(effectsTable(effects, pending) + "\n");
        } else {
          process.stdout.write("no decision has been changed by learning\n");
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
    learning
      .command("reset")
      .description("forget every verdict given so far (they stay in the store for the report); applied thresholds return to their defaults, journaled")
      .option("--unfreeze", "also lift a freeze (kept otherwise)")
      .option("--agent <name>", "who resets (default: the OS user)"),
  ).action((options: StoreCliOptions & { unfreeze?: boolean; agent?: string }) =>
    withStore(options, async (store) => {
      const settings = await loadSettings(store);
      const at = new Date().toISOString();
      // A freeze is a deliberate stop; a reset must not lift it behind the operator's back.
      const next = { ...settings, frozenAt: options.unfreeze ? null : settings.frozenAt, resetAt: at };
      await saveSettings(store, next);
      const cleared = await clearApplied(store, `${describeIdentity(cliAuthor(options.agent, options.settings.process.user))} (reset)`, at);
      process.stdout.write(`${describeSettings(next)}\n${cleared} applied threshold(s) returned to their defaults\n`);
    }),
  );

  addDbOption(
    learning
      .command("configure")
      .description('the learning guard\'s money line and the share of learned "no"s sampled for review')
      .option("--money-line <amount>", "amounts above this are harm evidence: learned thresholds never decide those tickets (default 1000)", parseMoneyLine)
      .option("--review-share <share>", "share of tickets a learned threshold kept with the bot that go to review, e.g. 0.1 or 10% (default 10 %)", parseShare),
  ).action((options: StoreCliOptions & { moneyLine?: number; reviewShare?: number }) =>
    withStore(options, async (store) => {
      const next = {
        ...(await loadSettings(store)),
        ...(options.moneyLine !== undefined ? { moneyLine: options.moneyLine } : {}),
        ...(options.reviewShare !== undefined ? { reviewShare: options.reviewShare } : {}),
      };
      await saveSettings(store, next);
      process.stdout.write(`${describeSettings(next)}\n`);
    }),
  );

  addDbOption(
    learning
      .command("review")
      .description("record a reviewer's verdict on a ticket the bot kept (or any ticket): was a person warranted? --queue lists the tickets waiting for one")
      .option("--queue", "list the sampled tickets a learned threshold kept with the bot that wait for a verdict")
      .option("--digest", "post the queue to Slack as a digest (SLACK_BOT_TOKEN and ESCALATION_REVIEW_CHANNEL; once a day per channel)")
      .option("--json", "with --queue: one JSON object per ticket")
      .option("--thread <id>", "the ticket's thread (its ticket id)")
      .option("--warranted <yes|no>", "whether this ticket should have gone to a person", parseWarranted)
      .option("--agent <name>", "who reviews (recorded beside the OS user)")
      .option("--unresolved", "the customer's problem is not solved")
      .option("--notes <text>", "why"),
  ).action(
    (
      options: StoreCliOptions & {
        queue?: boolean;
        digest?: boolean;
        json?: boolean;
        thread?: string;
        warranted?: boolean;
        agent?: string;
        unresolved?: boolean;
        notes?: string;
      },
    ) =>
      withStore(options, async (store) => {
        if (options.digest) {
          const settings = await loadSettings(store);
          process.stdout.write((await postReviewDigest(reviewQueue(await readOutcomes(store), settings.reviewShare), options.settings)) + "\n");
          return;
        }
        if (options.queue) {
          const settings = await loadSettings(store);
          const queue = reviewQueue(await readOutcomes(store), settings.reviewShare);
          if (options.json) {
            for (const q of queue) process.stdout.write(JSON.stringify(q) + "\n");
            return;
          }
          if (queue.length === 0) {
            process.stdout.write("the review queue is empty\n");
            return;
          }
          const table = new Table({ head: ["ticket", "segment", "decided", "kept by"], style: STYLE });
          for (const q of queue) table.push([oneLine(q.ticketId), q.segment, q.decidedAt, q.learned.join("; ")]);
          process.stdout.write(`${table.toString()}\nreview each: escalation-agent learning review --thread <id> --warranted yes|no\n`);
          return;
        }
        if (options.thread === undefined) throw new UsageError("--thread: required (or --queue to list the tickets waiting for review)");
        if (options.warranted === undefined) throw new UsageError("--warranted: required, yes or no");
        const record = await readOutcome(store, options.thread);
        if (!record) throw new UsageError(`--thread: no outcome recorded for ${oneLine(options.thread)}; triage it first`);
        const updated = await recordVerdict(
          store,
          record.ticketId,
          {
            appropriate: record.escalated === options.warranted,
            shouldHaveEscalated: options.warranted,
            resolved: !options.unresolved,
            ...(options.notes ? { notes: options.notes } : {}),
            author: cliAuthor(options.agent, options.settings.process.user),
          },
          new Date().toISOString(),
        );
        const call = updated?.verdict?.appropriate ? "right" : "wrong";
        process.stdout.write(`${record.ticketId}: ${record.decision.type} was ${call}; a person was ${options.warranted ? "" : "not "}warranted\n`);
      }),
  );

  registerLearningProposals(learning);
}
