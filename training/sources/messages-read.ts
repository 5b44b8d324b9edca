/** The messages of a labelled thread as the engine's classify step reads them, for the training tools that re-read them. */
import type { EvalItem } from "../../evals/dataset-schema.js";
import { withoutSignature } from "../../src/rules/signals/signature.js";

/**
 * The messages a case's decision read: the ticket (subject and description),
 * then its turns up to the scored one, each without its signature block.
 */
export function messagesOf(item: EvalItem, turn: number): string[] {
  const later = item.turns.slice(0, turn).map((t) => withoutSignature(t.message));
  return [`${item.ticket.subject ?? ""}\n${withoutSignature(item.ticket.description ?? "")}`, ...later];
}
