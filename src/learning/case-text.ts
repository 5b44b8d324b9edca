/**
 * A case as searchable text: the fields of a ticket's signature, never the
 * customer's words. The same function describes a stored case and the
 * ticket being decided, so both sides of a search speak alike.
 */
import type { Classification } from "../domain/triage.js";
import type { OutcomeRecord } from "../domain/outcome-record.js";

export interface CaseProfile {
  category: string;
  tier: string;
  priority: string;
  complexity: string;
  issueType: string;
  signals: readonly string[];
  urgencyIndicators: readonly string[];
  terms: readonly string[];
  language: string;
}

export interface CaseFields {
  category: string;
  tier: string;
  profile: string;
  signals: string;
  terms: string;
}

export function profileOfRecord(record: OutcomeRecord): CaseProfile {
  const s = record.signature;
  return {
    category: s.category,
    tier: s.tier,
    priority: s.priority,
    complexity: s.complexity ?? "",
    issueType: s.issueType ?? "",
    signals: s.signals,
    urgencyIndicators: s.urgencyIndicators ?? [],
    terms: s.terms ?? [],
    language: s.language,
  };
}

/** `terms`: the technical vocabulary the rules engine found in the ticket (state.findings), if known. */
export function profileOfClassification(c: Classification, terms: readonly string[] = []): CaseProfile {
  return {
    category: c.category,
    tier: c.customerType,
    priority: c.priority,
    complexity: c.complexity,
    issueType: c.issueType,
    signals: c.escalationSignals,
    urgencyIndicators: c.urgencyIndicators,
    terms: [...new Set([...terms, ...c.entities.errorCodes])],
    language: c.language,
  };
}

export function caseFields(p: CaseProfile): CaseFields {
  return {
    category: p.category,
    tier: p.tier,
    profile: `${p.priority} ${p.complexity} ${p.issueType} ${p.language}`,
    signals: [...p.signals, ...p.urgencyIndicators].join(" "),
    terms: p.terms.join(" "),
  };
}

/** One line, for embeddings and for the examples a model is shown. */
export function caseSummary(p: CaseProfile): string {
  const parts = [`${p.category} ticket, ${p.tier} customer`, `${p.priority} priority, ${p.complexity} ${p.issueType}`];
  if (p.signals.length) parts.push(`signals: ${p.signals.join(", ")}`);
  if (p.urgencyIndicators.length) parts.push(`urgency: ${p.urgencyIndicators.join(", ")}`);
  if (p.terms.length) parts.push(`terms: ${p.terms.join(", ")}`);
  return parts.join("; ");
}
