/**
 * What the `learning` commands (learning-command.ts) do once they run: read
 * and change what the agent learned from verdicts, in the outcome store.
 * Imported by their actions, so the learning code loads only for them.
 */
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
import type { StoreCliOptions } from "./store-option.js";
import { withStore } from "./with-store.js";
import { cliAuthor } from "./verdict-author.js";
import { describeIdentity } from "../learning/trust.js";
import { postReviewDigest } from "./review-digest-post.js";
import { formatTable, printRows } from "./print-rows.js";

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
  const rows: string[][] = [];
  let hidden = 0;
  for (const c of calibrations) {
    for (const name of LEARNABLE_THRESHOLDS) {
      const t = c.thresholds[name];
      const inForce = applied.find((a) => a.segment === c.segment && a.threshold === name);
      if (!all && t.samples === 0 && !inForce) {
        hidden++;
        continue;
      }
      rows.push([
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
  const columns = ["segment", "verdicts", "threshold", "samples", "default", "in force", "verdicts say", "evidence"];
  return { table: rows.length > 0 ? formatTable(columns, rows) : "", hidden };
}

function effectsTable(effects: readonly LearningEffect[], pending: Map<string, number>): string {
  return formatTable(
    ["segment", "decisions changed by learning", "reviewed", "waiting in the review queue"],
    effects.map((e) => [e.segment, String(e.changed), String(e.reviewed), String(pending.get(e.segment) ?? 0)]),
  );
}

export type ShowLearningOptions = StoreCliOptions & { json?: boolean; all?: boolean };

export async function showLearning(options: ShowLearningOptions): Promise<void> {
  return withStore(options, async (store) => {
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
  });
}

export type FreezeLearningOptions = StoreCliOptions;

export async function freezeLearning(options: FreezeLearningOptions): Promise<void> {
  return withStore(options, async (store) => {
    const settings = await loadSettings(store);
    if (settings.frozenAt) {
      process.stdout.write(`already frozen since ${settings.frozenAt}\n`);
      return;
    }
    const next = { ...settings, frozenAt: new Date().toISOString() };
    await saveSettings(store, next);
    process.stdout.write(`${describeSettings(next)}\n`);
  });
}

export type UnfreezeLearningOptions = StoreCliOptions;

export async function unfreezeLearning(options: UnfreezeLearningOptions): Promise<void> {
  return withStore(options, async (store) => {
    const next = { ...(await loadSettings(store)), frozenAt: null };
    await saveSettings(store, next);
    process.stdout.write(`${describeSettings(next)}\n`);
  });
}

export type ResetLearningOptions = StoreCliOptions & { unfreeze?: boolean; agent?: string };

export async function resetLearning(options: ResetLearningOptions): Promise<void> {
  return withStore(options, async (store) => {
    const settings = await loadSettings(store);
    const at = new Date().toISOString();
    // A freeze is a deliberate stop; a reset must not lift it behind the operator's back.
    const next = { ...settings, frozenAt: options.unfreeze ? null : settings.frozenAt, resetAt: at };
    await saveSettings(store, next);
    const cleared = await clearApplied(store, `${describeIdentity(cliAuthor(options.agent, options.settings.process.user))} (reset)`, at);
    process.stdout.write(`${describeSettings(next)}\n${cleared} applied threshold(s) returned to their defaults\n`);
  });
}

export type ConfigureLearningOptions = StoreCliOptions & { moneyLine?: number; reviewShare?: number };

export async function configureLearning(options: ConfigureLearningOptions): Promise<void> {
  return withStore(options, async (store) => {
    const next = {
      ...(await loadSettings(store)),
      ...(options.moneyLine !== undefined ? { moneyLine: options.moneyLine } : {}),
      ...(options.reviewShare !== undefined ? { reviewShare: options.reviewShare } : {}),
    };
    await saveSettings(store, next);
    process.stdout.write(`${describeSettings(next)}\n`);
  });
}

export type ReviewLearningOptions = StoreCliOptions & {
  queue?: boolean;
  digest?: boolean;
  json?: boolean;
  thread?: string;
  warranted?: boolean;
  agent?: string;
  unresolved?: boolean;
  notes?: string;
};

export async function reviewLearning(options: ReviewLearningOptions): Promise<void> {
  return withStore(options, async (store) => {
    if (options.digest) {
      const settings = await loadSettings(store);
      process.stdout.write((await postReviewDigest(reviewQueue(await readOutcomes(store), settings.reviewShare), options.settings)) + "\n");
      return;
    }
    if (options.queue) {
      const settings = await loadSettings(store);
      printRows(process.stdout, reviewQueue(await readOutcomes(store), settings.reviewShare), {
        json: options.json,
        empty: "the review queue is empty",
        columns: ["ticket", "segment", "decided", "kept by"],
        cells: (q) => [oneLine(q.ticketId), q.segment, q.decidedAt, q.learned.join("; ")],
        hint: "review each: escalation-agent learning review --thread <id> --warranted yes|no",
      });
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
  });
}
