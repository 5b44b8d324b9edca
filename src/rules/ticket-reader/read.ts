/**
 * The ticket reader's verdict on a conversation, and how it travels: as a
 * classification evidence entry (signal `needs_a_person`) that carries its
 * probability and the features that weighed most, so the person who picks
 * the ticket up sees why, and decide reads it back (decision.ts). Above its
 * threshold it raises. Well below it, it doubts: a need that only the
 * concept reader found, in one sentence, does not escalate alone (two
 * learned readers must agree); below a line of their own, the policy's
 * guesses stand down (a calm customer's relationship signal, a key
 * account's problem: decision-policy/). It never lowers a hard trigger, a
 * pattern family's need or any other reason the rules found.
 */
import type { IssueType } from "../../domain/taxonomy.js";
import type { Evidence } from "../../domain/triage.js";
import { withoutSignature } from "../signals/signature.js";
import { ticketReaderModel } from "./model.js";

/** The `signal` of the evidence entry this module writes when a person should see the ticket. */
export const TICKET_READER_SIGNAL = "needs_a_person";
/** …and when the conversation reads as routine: a need only one sentence showed is not confirmed. */
export const TICKET_DOUBT_SIGNAL = "reads_as_routine";
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

/**
 * The reader's verdict as an evidence entry: a need when the conversation
 * reaches the threshold for its kind (`needs_a_person`, its strongest
 * features), a doubt when it reads below the line of confirmation
 * (`reads_as_routine`, the features that pulled it down), null between.
 */
export function readTicket(subject: string, messages: readonly string[], language: string, kind: MessageKind): Evidence | null {
  const model = ticketReaderModel();
  const { probability, features } = model.score(ticketReaderText(subject, messages), language);
  const { thresholds } = model.metadata;
  const needs = probability >= thresholds[kind];
  // The doubt as the evidence states it (three decimals), so the policy's reading of it (doubtReaches) agrees.
  const score = Math.round(probability * 1000) / 1000;
  if (!needs && score >= Math.max(thresholds.confirm, thresholds.routine)) return null;
  // Feature texts are "w:stem" or "b:stem stem": the words, not the prefixes, are what a person reads.
  const shown = (needs ? model.strongest(features, FEATURES_SHOWN) : model.weakest(features, FEATURES_SHOWN)).map((f) =>
    f.text
      .slice(f.text.indexOf(":") + 1)
      .replace(/\s?[$^]\s?/g, " ")
      .trim(),
  );
  return {
    signal: needs ? TICKET_READER_SIGNAL : TICKET_DOUBT_SIGNAL,
    match: shown.join(" · "),
    rule: RULE,
    score,
    features: shown,
  };
}

/** The reader's need among a classification's evidence, if it spoke. */
export function ticketNeedFromEvidence(evidence: readonly Evidence[]): Evidence | null {
  return evidence.find((e) => e.signal === TICKET_READER_SIGNAL && e.rule === RULE) ?? null;
}

/** The reader's doubt among a classification's evidence, if it read the conversation as routine. */
export function ticketDoubtFromEvidence(evidence: readonly Evidence[]): Evidence | null {
  return evidence.find((e) => e.signal === TICKET_DOUBT_SIGNAL && e.rule === RULE) ?? null;
}

/**
 * What a doubt reaches, by the committed reader's lines: a need only the concept reader found (below
 * `confirm`), the policy's guesses (below `routine`). One evidence entry carries the reading; the lines
 * say which of the two it is below.
 */
export function doubtReaches(doubt: Evidence): { learnedNeeds: boolean; guesses: boolean } {
  const { confirm, routine } = ticketReaderModel().metadata.thresholds;
  const score = doubt.score ?? 1;
  return { learnedNeeds: score < confirm, guesses: score < routine };
}
