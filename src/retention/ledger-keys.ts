/**
 * Which delivery-ledger keys are a ticket's. Every notification's key is
 * `<ticket id>:<kind>…` (src/agent/nodes/*, src/followups); a ticket id may hold
 * a colon itself, so a key counts only when what follows the id starts with
 * one of the kinds below — `T:1:reply:1` is ticket `T:1`'s, not ticket `T`'s.
 * A new kind of notification adds its first segment here.
 */
import { DECISION_TYPES } from "../domain/taxonomy.js";

const KINDS: ReadonlySet<string> = new Set(["reply", "human-reply", "reopen", "forward", "overdue", "satisfaction_survey", ...DECISION_TYPES]);

export function belongsToTicket(key: string, ticketId: string): boolean {
  if (!key.startsWith(`${ticketId}:`)) return false;
  const kind = key.slice(ticketId.length + 1).split(":")[0] ?? "";
  return KINDS.has(kind);
}
