/**
 * What sends a ticket to a person on a schedule: residual risk, a language
 * the rules cannot read, and a request only a person can carry out.
 */
import { priorityRank, type IssueType } from "../../domain/taxonomy.js";
import { HUMAN_ACTION_LABEL, HUMAN_ACTION_TEAM } from "../human-action-kinds.js";
import { decision } from "../rules-decision.js";
import type { PolicyBranch } from "./context.js";

/**
 * What the rules can tell apart in a language they cannot read (issue-type.ts):
 * a short question or thanks in any language, and in a language with a reading
 * table (src/rules/other-languages/) a calm question, thanks or feature wish
 * of any length. The rest goes to a person who can read it.
 */
const ASKS_OR_THANKS: readonly IssueType[] = ["question", "compliment", "request"];

export const residualRisk: PolicyBranch = ({ input, ambiguous, urgentish }) => {
  const { risk } = input.analysis;
  const { scheduledRisk } = input.thresholds;
  if (risk.overall < scheduledRisk && !urgentish) return null;
  return decision(
    "scheduled_escalation",
    input.categoryTeam,
    urgentish ? "urgent" : "scheduled",
    [`overall risk ${risk.overall} ≥ ${scheduledRisk} (rules)`],
    0.6 + Math.min(0.3, (risk.overall - scheduledRisk) / 100),
    ambiguous,
  );
};

/**
 * The engine's patterns and lexicons exist for en/de/es/fr only; in any
 * other language a "no" from them means "saw nothing", not "nothing there".
 * Alone, the rules leave a short question or a thank-you (issue-type.ts) to
 * the bot and hand anything else to a person who can read it. When a model
 * read it, the issue type may be the model's, so the rules propose the
 * person whatever it says: ambiguous, so the model's escalation or its quoted
 * question decides instead (src/agent/nodes/decide/fuse.ts). A need a reading
 * table found (a data-rights request, an accessibility barrier…) goes to the
 * team that can act on it, as in en/de/es/fr.
 */
export const unreadableLanguage: PolicyBranch = ({ input, unreadable, needs }) => {
  const { classification } = input;
  if (!unreadable || needs.length > 0 || (input.textReadByModel !== true && ASKS_OR_THANKS.includes(classification.issueType))) return null;
  return decision(
    "scheduled_escalation",
    input.categoryTeam,
    "standard",
    [`written in ${languageName(classification.language)}, which the rules engine cannot read (rules)`],
    // 0.5: a coin toss on the content; the escalation is for the reading.
    0.5,
    true,
  );
};

/**
 * Requests only a person can carry out (human-action.ts): the bot can
 * explain, not act. Sent to the team that holds the lever for the first need
 * named; "standard" when the ticket is high priority (a blocked payment, a
 * deadline), otherwise "scheduled". A need only the concept reader saw, in
 * one sentence, waits for the ticket reader to agree: when the whole
 * conversation reads as routine (`doubt`, context.ts) that sentence alone
 * escalates nothing.
 */
export const personMustAct: PolicyBranch = ({ input, ambiguous, needs, doubt }) => {
  const { classification } = input;
  const first = doubt ? undefined : needs[0];
  if (!first) return null;
  const owner = HUMAN_ACTION_TEAM[first.kind];
  const serious = priorityRank(classification.priority) >= priorityRank("high");
  return decision(
    "scheduled_escalation",
    owner === "category" ? input.categoryTeam : owner,
    serious ? "standard" : "scheduled",
    [`needs a person to act: ${needs.map((n) => `${HUMAN_ACTION_LABEL[n.kind]} ("${n.match}")`).join("; ")} (rules)`],
    // 0.75: the patterns look for the request itself; a person reading it costs minutes, a refund or deletion left
    // undone costs the customer.
    0.75,
    ambiguous,
  );
};

/** "Japanese (ja)", or the bare code when the runtime has no name for it. */
function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames(["en"], { type: "language" }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
