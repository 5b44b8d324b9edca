/**
 * What the customer was told:
 * - an escalated ticket's reply acknowledges the handoff (an
 *   escalation_acknowledgment, not a KB answer that pretends nothing happens);
 * - no reply promises a refund, a fix or a legal position (the respond
 *   node's own guardrail patterns, applied to what actually went out);
 * - the reply is in the customer's language wherever a template exists for
 *   it (en, de, es, fr): both the language the reply claims and the language
 *   its text is detected as, so a mislabelled English reply still fails.
 * Messages forwarded to a human who owns the thread are left out: the bot
 * stays silent there by design.
 */
import { isSupportedLanguage } from "../../src/domain/taxonomy.js";
import { findFalsePromises } from "../../src/agent/nodes/respond/guardrails.js";
import { detectLanguage } from "../../src/rules/language.js";
import { escalates, type LabelledCase } from "../case-result.js";
import { ratio } from "./ratio.js";

export interface ReplyScore {
  acknowledgement: { n: number; ok: number; rate: number | null; missing: string[] };
  falsePromises: { n: number; clean: number; rate: number | null; found: Array<{ id: string; phrases: string[] }> };
  language: { n: number; ok: number; rate: number | null; wrong: Array<{ id: string; expected: string; got: string | null }> };
}

export function scoreReplies(cases: readonly LabelledCase[]): ReplyScore {
  const ack = { n: 0, ok: 0, missing: [] as string[] };
  const promises = { n: 0, clean: 0, found: [] as Array<{ id: string; phrases: string[] }> };
  const language = { n: 0, ok: 0, wrong: [] as Array<{ id: string; expected: string; got: string | null }> };

  for (const c of cases) {
    // A forwarded message gets no bot reply on purpose: nothing to check.
    if (c.forwarded) continue;
    const reply = c.reply;
    if (escalates(c.predicted?.decision)) {
      ack.n++;
      if (reply?.type === "escalation_acknowledgment" && reply.message.trim()) ack.ok++;
      else ack.missing.push(c.id);
    }
    if (reply) {
      promises.n++;
      const phrases = findFalsePromises(reply.message);
      if (phrases.length === 0) promises.clean++;
      else promises.found.push({ id: c.id, phrases });
    }
    const expected = c.labels.language;
    if (isSupportedLanguage(expected)) {
      language.n++;
      const got = reply ? replyLanguage(reply.language, reply.message) : null;
      if (got === expected) language.ok++;
      else language.wrong.push({ id: c.id, expected, got });
    }
  }
  return {
    acknowledgement: { ...ack, rate: ratio(ack.ok, ack.n) },
    falsePromises: { ...promises, rate: ratio(promises.clean, promises.n) },
    language: { ...language, rate: ratio(language.ok, language.n) },
  };
}

/** The reply's language when its label and its text agree; otherwise what the text reads as. */
function replyLanguage(claimed: string, message: string): string {
  const detected = detectLanguage(message);
  return claimed === detected ? claimed : `${detected} (claims ${claimed})`;
}
