/**
 * The ticket reader's verdict on a conversation, and how it travels: as a
 * classification evidence entry (signal `needs_a_person`) that carries its
 * probability and the features that weighed most, so the person who picks
 * the ticket up sees why, and decide reads it back (decision.ts). It can
 * only raise: below its threshold it writes nothing, and nothing it says
 * lowers what the rules or the concept reader found.
 */
import type { IssueType } from "../../domain/taxonomy.js";
import type { Evidence } from "../../domain/triage.js";
import { withoutSignature } from "../signals/signature.js";
import { ticketReaderModel } from "./model.js";

/** The `signal` of the evidence entry this module writes. */
export const TICKET_READER_SIGNAL = "needs_a_person";
const RULE = "learned:ticket";
/** How many of the strongest features the evidence names. */
const FEATURES_SHOWN = 5;

/**
 * What the reader reads: the subject and every customer message so far,
 * each without its signature block (a job title is nobody speaking). Training
 * composes the same text from the labelled tickets (training/ticket-reader/).
 */
export function ticketReaderText(subject: string, messages: readonly string[]): string {
  return [subject, ...messages.map(withoutSignature)].join("\n");
}

/** The kind of latest message a threshold is chosen for: asking (a question, thanks, a request) or reporting. */
export type MessageKind = "asking" | "reporting";

const ASKING: ReadonlySet<IssueType> = new Set(["question", "compliment", "request"]);

export function messageKind(issueType: IssueType): MessageKind {
  return ASKING.has(issueType) ? "asking" : "reporting";
}

/** The evidence entry when the conversation reaches the reader's threshold for its kind; null below it. */
export function readTicketNeed(subject: string, messages: readonly string[], language: string, kind: MessageKind): Evidence | null {
  const model = ticketReaderModel();
  const { probability, features } = model.score(ticketReaderText(subject, messages), language);
  if (probability < model.metadata.thresholds[kind]) return null;
  // Feature texts are "w:stem" or "b:stem stem": the words, not the prefixes, are what a person reads.
  const shown = model.strongest(features, FEATURES_SHOWN).map((f) =>
    f.text
      .slice(f.text.indexOf(":") + 1)
      .replace(/\s?[$^]\s?/g, " ")
      .trim(),
  );
  return {
    signal: TICKET_READER_SIGNAL,
    match: shown.join(" · "),
    rule: RULE,
    score: Math.round(probability * 1000) / 1000,
    features: shown,
  };
}

/** The reader's entry among a classification's evidence, if it spoke. */
export function ticketNeedFromEvidence(evidence: readonly Evidence[]): Evidence | null {
  return evidence.find((e) => e.signal === TICKET_READER_SIGNAL && e.rule === RULE) ?? null;
}
