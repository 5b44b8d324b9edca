/**
 * Applying a proposal: it must pass the gate (gate.ts) first; passing, it is
 * put in force and journaled with who or what applied it; failing, the
 * refusal is journaled with the gate's findings and nothing changes.
 */
import type { VerdictSource } from "./trust.js";
import type { BaseStore } from "@langchain/langgraph";
import { recentCases, runGate, type ReplayCase } from "./gate.js";
import { putInForce, recordRefusal, type GateReport } from "./in-force.js";
import { readOutcomes } from "./outcomes.js";
import { computeProposals, type Proposal } from "./proposals.js";

/** The bundled eval set replayed with default thresholds (evals/learning/gate-replay.ts); injectable so tests bring a small set. */
export type EvalReplay = () => Promise<readonly ReplayCase[]>;

/** Who applies automatically, in the journal. */
export const AUTO_APPLIER = "auto (gate)";

export interface ApplyOutcome {
  proposal: Proposal;
  gate: GateReport;
  applied: boolean;
}

export class UnknownProposalError extends Error {
  override readonly name = "UnknownProposalError";
}

export async function gateProposal(store: BaseStore, proposal: Proposal, evalCases: readonly ReplayCase[]): Promise<GateReport> {
  const recent = recentCases(await readOutcomes(store, { segment: proposal.segment }), proposal.segment);
  return runGate(proposal, { eval: evalCases, recent });
}

async function gateAndApply(store: BaseStore, proposal: Proposal, evalCases: readonly ReplayCase[], by: string, at: string): Promise<ApplyOutcome> {
  const gate = await gateProposal(store, proposal, evalCases);
  const common = { id: proposal.id, segment: proposal.segment, threshold: proposal.threshold, from: proposal.from, to: proposal.to, at, by, gate };
  if (!gate.passed) {
    await recordRefusal(store, common);
    return { proposal, gate, applied: false };
  }
  await putInForce(
    store,
    {
      segment: proposal.segment,
      threshold: proposal.threshold,
      value: proposal.to,
      base: proposal.base,
      warranted: proposal.evidence?.warranted ?? 0,
      total: proposal.evidence?.total ?? 0,
      proposalId: proposal.id,
      appliedAt: at,
      appliedBy: by,
    },
    gate,
  );
  return { proposal, gate, applied: true };
}

/** `learning apply ID`: the proposal as it stands now (ids name the change, so a stale id is reported, never guessed). */
export async function applyProposal(
  store: BaseStore,
  id: string,
  options: { by: string; evalReplay: EvalReplay; at?: string; trusted?: ReadonlySet<VerdictSource> | null },
): Promise<ApplyOutcome> {
  const proposal = (await computeProposals(store, options.trusted ?? null)).find((p) => p.id === id);
  if (!proposal) throw new UnknownProposalError(`no pending proposal ${id}; the verdicts may have changed since it was listed (see learning proposals)`);
  return gateAndApply(store, proposal, await options.evalReplay(), options.by, options.at ?? new Date().toISOString());
}

/** Every pending proposal through the gate; those that pass are applied as AUTO_APPLIER. */
export async function autoApply(
  store: BaseStore,
  options: { evalReplay: EvalReplay; at?: string; trusted?: ReadonlySet<VerdictSource> | null },
): Promise<ApplyOutcome[]> {
  const proposals = await computeProposals(store, options.trusted ?? null);
  if (proposals.length === 0) return [];
  const evalCases = await options.evalReplay();
  const at = options.at ?? new Date().toISOString();
  const outcomes: ApplyOutcome[] = [];
  for (const proposal of proposals) outcomes.push(await gateAndApply(store, proposal, evalCases, AUTO_APPLIER, at));
  return outcomes;
}
