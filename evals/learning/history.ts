/**
 * A history of tickets with humans' verdicts, one per JSON Lines row: what
 * the agent is fed before it is scored, to show that it learns. Rows are
 * validated like eval items, every bad row reported with its file:line.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { TicketSchema } from "../../src/domain/ticket.js";
import { parseJsonLines, type DatasetProblem } from "../json-lines.js";

export const HistoryVerdict = z
  .object({
    /** Whether this ticket warranted a person (the label the policy learns from). */
    warranted: z.boolean(),
    resolved: z.boolean().default(true),
    satisfaction: z.number().int().min(1).max(5).optional(),
    notes: z.string().optional(),
  })
  .strict();

export const HistoryRow = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "letters, digits, '.', '_' and '-' only"),
    /** What kind of ticket the generator meant this to be (for reading the file, not used in scoring). */
    kind: z.string().optional(),
    ticket: TicketSchema,
    verdict: HistoryVerdict,
  })
  .strict();
export type HistoryRow = z.infer<typeof HistoryRow>;

export interface History {
  source: string;
  rows: HistoryRow[];
  problems: DatasetProblem[];
}

export function loadHistory(file: string): History {
  const parsed = parseJsonLines(readFileSync(file, "utf8"), file, HistoryRow, "row");
  const rows: HistoryRow[] = [];
  const problems = [...parsed.problems];
  const seen = new Set<string>();
  for (const { value: row, location } of parsed.rows) {
    if (seen.has(row.id)) {
      problems.push({ location, field: "id", message: `duplicate id '${row.id}'` });
      continue;
    }
    seen.add(row.id);
    rows.push(row);
  }
  return { source: file, rows, problems };
}
