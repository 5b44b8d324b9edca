/**
 * What `learning proposals|apply|rollback` (learning-proposals-command.ts)
 * do once they run; imported by their actions, so the learning code and the
 * gate load only for them.
 */
import { applyProposal, autoApply, UnknownProposalError, type ApplyOutcome, type EvalReplay } from "../learning/apply.js";
import type { ReplayCase } from "../learning/gate.js";
import { readJournal, rollback, RollbackError } from "../learning/in-force.js";
import { THRESHOLD_SCORE } from "../learning/learnable.js";
import { computeProposals, type Proposal } from "../learning/proposals.js";
import { oneLine } from "../privacy/one-line.js";
import { UsageError } from "./errors.js";
import type { StoreCliOptions } from "./store-option.js";
import { withStore } from "./with-store.js";
import { cliAuthor } from "./verdict-author.js";
import { describeIdentity } from "../learning/trust.js";
import type { GateOptions } from "./learning-proposals-command.js";
import { printRows } from "./print-rows.js";

/** How many changed tickets a proposal lists in the table (all are in --json). */
const SHOWN_CHANGES = 5;

/** The eval half of the gate, from evals/ (outside the build; loaded through tsx like the eval command). */
function evalReplayFor(source: string | undefined): EvalReplay {
  return async () => {
    // tsx loads here, when a gate replays the eval set, not at every start-up.
    const { tsImport } = await import("tsx/esm/api");
    // Same relative path from src/cli and dist/cli: both sit two levels below the root.
    const module = (await tsImport("../../evals/learning/gate-replay.ts", import.meta.url)) as { evalReplay(source?: string): Promise<ReplayCase[]> };
    return module.evalReplay(source);
  };
}

function describeEvidence(p: Proposal): string {
  if (!p.evidence) return `the verdicts no longer support ${p.from}: back to the default`;
  const e = p.evidence;
  return `${e.warranted}/${e.total} warranted at ${THRESHOLD_SCORE[p.threshold].label} ${e.from}–${e.to - 1} (${Math.round(e.credibility * 100)} % sure)`;
}

function describeChanges(p: Proposal): string {
  if (p.changes.length === 0) return "no past ticket";
  const shown = p.changes.slice(0, SHOWN_CHANGES).map((c) => `${oneLine(c.ticketId)} ${c.before ? "escalated → kept" : "kept → escalated"}`);
  return `${p.changes.length}: ${shown.join(", ")}${p.changes.length > SHOWN_CHANGES ? ", …" : ""}`;
}

function reportOutcome(o: ApplyOutcome): string {
  const p = o.proposal;
  const head = `${p.id} ${p.segment} ${p.threshold} ${p.from} → ${p.to}`;
  const replayed = `replayed ${o.gate.replayed.eval} eval and ${o.gate.replayed.recent} recent ticket(s) of the segment; ${o.gate.changed.eval} and ${o.gate.changed.recent} change`;
  return o.applied ? `${head}: applied (${replayed})` : `${head}: refused by the gate (${replayed})\n${o.gate.findings.map((f) => `  - ${f}`).join("\n")}`;
}

export type ListProposalsOptions = GateOptions & { json?: boolean; journal?: boolean; applyPassing?: boolean };

export async function listProposals(options: ListProposalsOptions): Promise<void> {
  return withStore(options, async (store) => {
    if (options.journal) {
      printRows(process.stdout, await readJournal(store), {
        json: options.json,
        empty: "the journal is empty",
        columns: ["at", "id", "what", "segment", "threshold", "change", "by", "gate"],
        cells: (e) => {
          const gate = e.gate ? (e.gate.passed ? "passed" : `refused: ${e.gate.findings.length} finding(s)`) : "-";
          return [e.at, e.id, e.kind, e.segment, e.threshold, `${e.from} → ${e.to}`, oneLine(e.by), gate];
        },
      });
      return;
    }
    if (options.applyPassing) {
      const outcomes = await autoApply(store, { evalReplay: evalReplayFor(options.evalSet), trusted: options.settings.learning.trust });
      printRows(process.stdout, outcomes, { json: options.json, empty: "no pending proposal", line: reportOutcome });
      return;
    }
    printRows(process.stdout, await computeProposals(store, options.settings.learning.trust), {
      json: options.json,
      empty: "no pending proposal: every segment's threshold in force is where its verdicts put it",
      columns: ["id", "segment", "threshold", "in force → proposed", "evidence", "past tickets it would change"],
      cells: (p) => [p.id, p.segment, p.threshold, `${p.from} → ${p.to}`, describeEvidence(p), describeChanges(p)],
      hint: "apply one (after the gate): escalation-agent learning apply <id>",
    });
  });
}

export type ApplyProposalCommandOptions = GateOptions & { agent?: string; json?: boolean };

export async function applyProposalCommand(id: string, options: ApplyProposalCommandOptions): Promise<void> {
  return withStore(options, async (store) => {
    let outcome: ApplyOutcome;
    try {
      outcome = await applyProposal(store, id, {
        by: describeIdentity(cliAuthor(options.agent, options.settings.process.user)),
        evalReplay: evalReplayFor(options.evalSet),
        trusted: options.settings.learning.trust,
      });
    } catch (error) {
      if (error instanceof UnknownProposalError) throw new UsageError(`<id>: ${error.message}`);
      throw error;
    }
    process.stdout.write(options.json ? JSON.stringify(outcome) + "\n" : reportOutcome(outcome) + "\n");
    // Refused is not a usage error: the command did its job and the answer is no.
    if (!outcome.applied) process.exitCode = 1;
  });
}

export type RollbackCommandOptions = StoreCliOptions & { agent?: string };

export async function rollbackCommand(id: string, options: RollbackCommandOptions): Promise<void> {
  return withStore(options, async (store) => {
    try {
      const entry = await rollback(store, id, describeIdentity(cliAuthor(options.agent, options.settings.process.user)), new Date().toISOString());
      process.stdout.write(`${id} rolled back: ${entry.segment} ${entry.threshold} ${entry.from} → ${entry.to}\n`);
    } catch (error) {
      if (error instanceof RollbackError) throw new UsageError(`<id>: ${error.message}`);
      throw error;
    }
  });
}
