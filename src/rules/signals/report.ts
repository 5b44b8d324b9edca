/**
 * Turns raw hits into the SignalReport: fixed vocabulary order, derived
 * indicators, and a bounded, de-duplicated evidence list.
 */
import { ESCALATION_SIGNALS, URGENCY_INDICATORS, type EscalationSignal, type UrgencyIndicator } from "../../domain/taxonomy.js";
import type { Evidence } from "../../domain/triage.js";
import type { SignalTarget } from "./family.js";
import type { Hit } from "./scan.js";

/** What detectSignals (index.ts) answers: the signals and indicators found, and the words that show them. */
export interface SignalReport {
  signals: EscalationSignal[];
  urgencyIndicators: UrgencyIndicator[];
  evidence: Evidence[];
}

/**
 * Five quotes per signal show a reviewer the phrasing and whether it
 * repeats; more only floods the audit log when a customer pastes a long
 * thread full of the same complaint.
 */
const MAX_EVIDENCE_PER_TARGET = 5;

/** An outage is always outage-related, a security incident always security-related. */
const DERIVED_INDICATORS: ReadonlyArray<readonly [EscalationSignal, UrgencyIndicator]> = [
  ["outage", "outage_related"],
  ["security_incident", "security_related"],
];

function withDerivedIndicators(hits: readonly Hit[]): Hit[] {
  const derived: Hit[] = [];
  for (const hit of hits) {
    for (const [signal, indicator] of DERIVED_INDICATORS) {
      if (hit.target === signal) derived.push({ ...hit, target: indicator, rule: `${indicator}/derived/${hit.rule}` });
    }
  }
  return [...hits, ...derived];
}

/** Evidence for one target: the stated language's families first, repeated quotes dropped, capped. */
function evidenceFor(target: SignalTarget, hits: readonly Hit[], language: string): Evidence[] {
  const ofTarget = hits.filter((hit) => hit.target === target);
  const preferred = [...ofTarget.filter((hit) => hit.language === language), ...ofTarget.filter((hit) => hit.language !== language)];
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const hit of preferred) {
    // The same words found by two families ("production" is English and French) are one piece of evidence.
    const key = hit.match.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push({ signal: target, match: hit.match, rule: hit.rule });
    if (evidence.length === MAX_EVIDENCE_PER_TARGET) break;
  }
  return evidence;
}

export function buildReport(rawHits: readonly Hit[], language: string): SignalReport {
  const hits = withDerivedIndicators(rawHits);
  const found = new Set<SignalTarget>(hits.map((hit) => hit.target));
  const signals = ESCALATION_SIGNALS.filter((signal) => found.has(signal));
  const urgencyIndicators = URGENCY_INDICATORS.filter((indicator) => found.has(indicator));
  const evidence = [...signals, ...urgencyIndicators].flatMap((target) => evidenceFor(target, hits, language));
  return { signals, urgencyIndicators, evidence };
}
