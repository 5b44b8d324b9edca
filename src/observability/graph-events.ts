/**
 * What a graph node's run says for the metrics: its wall time, and when it
 * made the decision (decide, a hard trigger's immediate escalation too), one
 * triaged ticket and its hard triggers. Read from the node's update in
 * instrument.ts, so no node needs to know about metrics.
 */
import { isSupportedLanguage } from "../domain/taxonomy.js";
import type { Analysis, Classification, Decision } from "../domain/triage.js";
import { record } from "./metrics.js";

/**
 * What the metrics read of the state and of a node's update: the graph's
 * state and update types have these fields, so metrics need no graph type.
 */
export interface NodeRunView {
  classification?: Pick<Classification, "language"> | undefined;
  analysis?: { immediateEscalation?: Pick<Analysis["immediateEscalation"], "required" | "reasons"> | undefined } | undefined;
  decision?: Pick<Decision, "type" | "targetTeam" | "source"> | undefined;
}

export function observeNodeRun(node: string, ms: number, state: NodeRunView, update: NodeRunView): void {
  record((m) => {
    m.nodeDuration.observe({ node }, ms / 1000);
    const decision = update.decision;
    if (!decision) return;
    const language = (update.classification ?? state.classification)?.language ?? "";
    m.ticketsTriaged.inc({ decision: decision.type, team: decision.targetTeam, source: decision.source, language: languageGroup(language) });
    const immediate = (update.analysis ?? state.analysis)?.immediateEscalation;
    if (decision.type === "immediate_escalation" && immediate?.required) for (const signal of immediate.reasons) m.hardTriggers.inc({ signal });
  });
}

/** The languages with rules and templates by name; anything else (a model may report any ISO code) as "other". */
export function languageGroup(language: string): string {
  return isSupportedLanguage(language) ? language : "other";
}
