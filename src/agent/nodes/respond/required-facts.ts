/**
 * The facts a reply must carry whoever wrote it, taken from the template
 * reply and the decision: when the ticket escalates, which team takes over
 * and by when; otherwise the knowledge-base steps, when the template had
 * any. A model's rewrite that drops one of them is not sent: the template is
 * (model-reply.ts), as for a reply that promises what only a person may.
 */
import type { Decision, Reply } from "../../../domain/triage.js";
import { templatesFor } from "./templates/index.js";

export interface RequiredFact {
  /** What the fact is, for the error message: "team", "response time", "step 2". */
  what: string;
  /** The words that must appear (compared without case, spacing or typographic quotes). */
  text: string;
}

const NUMBERED_STEP = /^\s*\d+[.)]\s+(.+)$/;

export function requiredFacts(template: Reply, decision: Pick<Decision, "type" | "targetTeam" | "urgency">): RequiredFact[] {
  if (decision.type !== "no_escalation") {
    const { templates } = templatesFor(template.language);
    return [
      // "our billing team" → "billing team": a model may say "the billing team".
      { what: "team", text: withoutFirstWord(templates.teams[decision.targetTeam]) },
      { what: "response time", text: templates.within[decision.urgency] },
    ];
  }
  if (template.type !== "solution") return [];
  return template.message
    .split("\n")
    .map((line) => NUMBERED_STEP.exec(line)?.[1])
    .filter((step): step is string => step !== undefined)
    .map((step, i) => ({ what: `step ${i + 1}`, text: step }));
}

/** The facts `message` leaves out. */
export function missingFacts(message: string, facts: readonly RequiredFact[]): RequiredFact[] {
  const haystack = normalise(message);
  return facts.filter((fact) => !haystack.includes(normalise(fact.text)));
}

function withoutFirstWord(label: string): string {
  const words = label.trim().split(/\s+/);
  return words.length > 1 ? words.slice(1).join(" ") : label;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/\s+/g, " ")
    .replace(/[.!?;:,]+$/g, "")
    .trim();
}
