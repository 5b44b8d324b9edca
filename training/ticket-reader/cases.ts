/**
 * The ticket reader's training cases: every scored decision point of the
 * development tickets (a ticket, then each labelled follow-up with the
 * messages before it), its text composed as the reader reads it in the
 * engine, and whether a careful lead said it needs a person. "Either"
 * cases teach nothing either way and are left out.
 */
import { basename } from "node:path";
import type { Example } from "../../datasets/example.js";
import type { EvalItem } from "../../evals/dataset-schema.js";
import { caseId } from "../../evals/case-result.js";
import { extractFeatures, type FeatureConfig } from "../../src/rules/concepts/features.js";
import { ticketReaderText } from "../../src/rules/ticket-reader/read.js";

export interface TicketCase {
  /** The eval case id: `<item>` or `<item>#<turn>`. */
  id: string;
  /** The development file it came from (folds are whole files: one writer each). */
  file: string;
  needsPerson: boolean;
  buckets: Uint32Array;
  /** How much the case counts in training (1 for a development case). */
  weight: number;
}

export function ticketCases(items: readonly { file: string; item: EvalItem }[], config: FeatureConfig): TicketCase[] {
  return items.flatMap(({ file, item }) => {
    const messages = [item.ticket.description ?? "", ...item.turns.map((t) => t.message)];
    const labelled = [item.labels, ...item.turns.map((t) => t.labels ?? null)];
    return labelled.flatMap((labels, turn) => {
      if (!labels || labels.must_escalate === "either") return [];
      const text = ticketReaderText(item.ticket.subject ?? "", messages.slice(0, turn + 1));
      const buckets = Uint32Array.from(new Set(extractFeatures(text, labels.language, config).map((f) => f.bucket)));
      return [{ id: caseId(item.id, turn), file: basename(file), needsPerson: labels.must_escalate, buckets, weight: 1 }];
    });
  });
}

/**
 * One public set's utterances as one-message tickets with no subject (as
 * the cross-source eval sends them, evals/sources/public-items.ts). Together
 * they weigh as much as one development file: they teach the reader that a
 * one-line "set an alarm for seven" or "what's my balance" is nobody's
 * emergency, without drowning the tickets in chat lines.
 */
export function publicCases(rows: readonly Example[], config: FeatureConfig, totalWeight: number): TicketCase[] {
  const usable = rows.filter((row): row is Example & { mustEscalate: boolean } => row.mustEscalate !== "either");
  const weight = usable.length === 0 ? 0 : totalWeight / usable.length;
  return usable.map((row, index) => ({
    id: `${row.source}-${index + 1}`,
    file: row.source,
    needsPerson: row.mustEscalate,
    buckets: Uint32Array.from(new Set(extractFeatures(ticketReaderText("", [row.text]), row.language, config).map((f) => f.bucket))),
    weight,
  }));
}
