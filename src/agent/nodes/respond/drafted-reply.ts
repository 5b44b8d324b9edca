/**
 * The reply with the personal part the first round trip drafted: the
 * model's acknowledgement (and its lead-in to the steps) in the template
 * reply built from the fused decision. No request is made here. The model's
 * words pass the same checks as a rewrite: no promise only a person may
 * make, every fact the reply must carry, no placeholder left; and a part
 * that fails them is dropped for the template's own words, with the reason
 * in `errors`.
 */
import type { AgentError, Decision, Reply } from "../../../domain/triage.js";
import type { MetricsDelta } from "../../state.js";
import type { DraftedReply } from "../../../llm/model-run.js";
import { redactSecrets } from "../../../llm/redact.js";
import { composeWithPersonalPart, type ComposeInput } from "./compose.js";
import { findFalsePromises } from "./guardrails.js";
import { missingFacts, requiredFacts } from "./required-facts.js";

/** About three sentences: an acknowledgement longer than that is a letter of its own, not an opening. */
export const MAX_ACKNOWLEDGEMENT_CHARS = 600;
/** One sentence leading into the steps. */
export const MAX_ANSWER_CHARS = 300;

/** A placeholder the table did not make (or did not restore): it must not reach the customer. */
const PLACEHOLDER = /<(?:NAME|EMAIL|PHONE|ID)_\d+>/;

export interface DraftedReplyInput {
  draft: DraftedReply;
  /** What the template reply was composed from; the drafted reply is composed from the same. */
  compose: ComposeInput;
  template: Reply;
  decision: Decision;
  at: string;
  /** The configured secret values (Settings.secrets), scrubbed from the error a rejected draft leaves. */
  secrets: readonly string[];
}

export interface DraftedReplyResult {
  reply: Reply;
  metrics: MetricsDelta;
  errors: AgentError[];
}

export function replyWithDraft(input: DraftedReplyInput): DraftedReplyResult {
  const { draft, template } = input;
  const kept = (why: string): DraftedReplyResult => ({
    reply: template,
    metrics: { fallbacks: 1 },
    errors: [{ node: "respond", message: redactSecrets(`reply by ${draft.model} ${why}; the template reply was sent`, input.secrets), at: input.at }],
  });
  // Written for a language the reply does not speak (cannot happen while the rules set both): the templates' words stand.
  if (draft.language !== template.language) return { reply: template, metrics: {}, errors: [] };

  // Placeholders were restored when the draft arrived (src/agent/nodes/read/model-reading.ts).
  const acknowledgement = draft.acknowledgement.trim();
  const answer = draft.answer === null ? null : draft.answer.trim();
  if (!acknowledgement && !answer) return { reply: template, metrics: {}, errors: [] };
  if (acknowledgement.length > MAX_ACKNOWLEDGEMENT_CHARS || (answer?.length ?? 0) > MAX_ANSWER_CHARS) {
    return kept(`drafted a personal part longer than an opening (${acknowledgement.length} + ${answer?.length ?? 0} characters)`);
  }
  if (PLACEHOLDER.test(acknowledgement) || (answer !== null && PLACEHOLDER.test(answer))) return kept("left a placeholder it was not given");

  // The model's own words are what is checked: our templates and the knowledge base are proven clean elsewhere.
  const promises = findFalsePromises([acknowledgement, answer ?? ""].join("\n\n"));
  if (promises.length > 0) return kept(`promised what only a person may (${promises.join("; ")})`);
  const reply = composeWithPersonalPart(input.compose, { acknowledgement, answer, articleId: draft.articleId });
  // The template had to leave the knowledge base or the name out (their text tripped the guardrail): its safe redraft stands.
  const sameDraft = reply.type === template.type && reply.sources.join() === template.sources.join();
  if (!sameDraft || findFalsePromises(reply.message).length > 0) return { reply: template, metrics: {}, errors: [] };
  const missing = missingFacts(reply.message, requiredFacts(template, input.decision));
  if (missing.length > 0) return kept(`left out what it must carry (${missing.map((f) => `${f.what} "${f.text}"`).join(", ")})`);
  return { reply, metrics: {}, errors: [] };
}
