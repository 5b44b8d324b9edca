/**
 * How hard the issue is, on the seed's four axes (technical, communication,
 * process, resolution), each 0–100, and the complexity label derived from
 * them. Every score is a base plus bounded increments so a reader can
 * recompute it by hand from the reasons.
 */
import type { Category, Complexity, EscalationSignal } from "../domain/taxonomy.js";
import type { ComplexityScores, Entities } from "../domain/triage.js";

export interface ComplexityInput {
  text: string;
  category: Category;
  signals: readonly EscalationSignal[];
  entities: Entities;
  frustration: number;
  language: string;
  /** Customer turns so far; a long back-and-forth is itself a sign of difficulty. */
  customerTurns: number;
}

export interface ComplexityAssessment {
  scores: ComplexityScores;
  level: Complexity;
  technicalTerms: string[];
}

/**
 * Where each category starts on the technical axis: infrastructure and
 * integration problems need engineering knowledge before a word is read;
 * billing and account questions rarely do.
 */
const TECHNICAL_BASE: Record<Category, number> = {
  technical: 40,
  integration: 40,
  security: 40,
  bug_report: 35,
  product: 20,
  account: 15,
  feature_request: 15,
  billing: 10,
  general_inquiry: 10,
};

/**
 * Vocabulary that marks a technically specific report. Stems, matched at a
 * word start, so "webhooks", "payloads" and "authentication" count.
 */
const TECHNICAL_STEMS = [
  "api",
  "webhook",
  "payload",
  "endpoint",
  "json",
  "xml",
  "schema",
  "sdk",
  "oauth",
  "token",
  "authenticat",
  "authori",
  "database",
  "server",
  "production",
  "deploy",
  "integration",
  "latency",
  "timeout",
  "ssl",
  "tls",
  "dns",
  "certificate",
  "array",
  "field",
  "header",
  "query",
  "migration",
  "cache",
  "sync",
  "nested",
  "regex",
  "cors",
  "http",
  "status code",
  "stack trace",
  "log",
  "config",
  "environment",
  "staging",
  "callback",
  "rate limit",
  "schnittstelle",
  "datenbank",
  "servidor",
  "serveur",
  "base de donn",
];

/** Signals that pull in another function (legal, finance, security, restore). */
const PROCESS_SIGNALS: readonly EscalationSignal[] = ["legal_threat", "chargeback", "security_incident", "data_loss", "executive_involvement", "outage"];
const EXPERT_INCIDENTS: readonly EscalationSignal[] = ["outage", "security_incident", "data_loss"];

const cap = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/**
 * A machine identifier the customer copied in quotes from a screen or a log:
 * 'invalid_grant', "AudienceRestriction mismatch", `next_cursor`. Only
 * identifier shapes count (snake_case, or a word with an inner capital such
 * as camelCase/PascalCase), so quoted prose ('Syncing…', "Done") does not.
 * Such a string is an error code in all but name: something a specialist
 * can search logs and code for.
 */
// Quotes open after a non-letter and close before one, so the apostrophes
// in "app's" or "don't" never pair up with a real quote.
const QUOTED = /(?<![\p{L}\p{N}])['"‘“`]([^'"‘’“”`\n]{2,80})['"’”`](?![\p{L}\p{N}])/gu;
const IDENTIFIER = /(?<![\p{L}\p{N}])(?:[A-Za-z][a-z0-9]*_[A-Za-z0-9_]+|[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*)(?![\p{L}\p{N}])/u;

export function findQuotedIdentifiers(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(QUOTED)) {
    const inner = match[1]!;
    if (IDENTIFIER.test(inner)) found.add(inner.trim());
  }
  return [...found];
}

export function findTechnicalTerms(text: string): string[] {
  const lower = text.toLowerCase();
  return TECHNICAL_STEMS.filter((stem) => new RegExp(`(^|[^\\p{L}])${escape(stem)}`, "u").test(lower));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function assessComplexity(input: ComplexityInput): ComplexityAssessment {
  const { text, category, signals, entities, frustration, language, customerTurns } = input;
  const technicalTerms = findTechnicalTerms(text);

  // 5 per distinct term, capped at 40: eight different technical terms is
  // already a specialist's vocabulary; more words add length, not difficulty.
  // 4 per quoted error code or version, capped at 12: concrete artefacts help
  // a specialist but also show the problem is reproducible.
  const technical =
    TECHNICAL_BASE[category] + Math.min(40, technicalTerms.length * 5) + Math.min(12, (entities.errorCodes.length + entities.versions.length) * 4);

  // Communication: a base of 20, plus up to 40 from frustration (an upset
  // customer needs more care per word), 15 for a long message (over ~100
  // words) and 10 when we must write in a language other than English.
  const communication = 20 + frustration * 0.4 + (text.length > 600 ? 15 : 0) + (language !== "en" ? 10 : 0);

  // Process: 15 for any ticket, 15 per other function the signals pull in,
  // 15 when the customer has been here before on this issue, 10 per turn
  // beyond the second (a conversation that will not settle).
  const process =
    15 + signals.filter((s) => PROCESS_SIGNALS.includes(s)).length * 15 + (signals.includes("repeat_contact") ? 15 : 0) + Math.max(0, customerTurns - 2) * 10;

  // Resolution: dominated by the harder of the technical and process axes
  // (70%), plus 20 for a repeat contact (earlier attempts already failed) and
  // 30 for an incident that needs restoring service or data.
  const resolution =
    Math.max(technical, process) * 0.7 + (signals.includes("repeat_contact") ? 20 : 0) + (signals.some((s) => EXPERT_INCIDENTS.includes(s)) ? 30 : 0);

  const scores: ComplexityScores = {
    technical: cap(technical),
    communication: cap(communication),
    process: cap(process),
    resolution: cap(resolution),
  };
  return { scores, level: complexityLevel(scores, signals), technicalTerms };
}

/**
 * expert_required: an incident in progress, or scores only a senior engineer
 * reaches (85 technical needs a technical category plus a dense report).
 * complex: a specialist's vocabulary (60) or a resolution that will take
 * several steps (65). moderate: some technical content (35) or process (40).
 */
function complexityLevel(scores: ComplexityScores, signals: readonly EscalationSignal[]): Complexity {
  if (signals.some((s) => EXPERT_INCIDENTS.includes(s)) || scores.technical >= 85 || scores.resolution >= 90) {
    return "expert_required";
  }
  if (scores.technical >= 60 || scores.resolution >= 65) return "complex";
  if (scores.technical >= 35 || scores.resolution >= 40) return "moderate";
  return "simple";
}
