/**
 * A history of tickets with humans' verdicts, one per JSON Lines row: what
 * the agent is fed before it is scored, to show that it learns. Rows are
 * validated like eval items, every bad row reported with its file:line.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { TicketSchema } from "../../src/domain/ticket.js";
import type { DatasetProblem } from "../dataset.js";

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
  const rows: HistoryRow[] = [];
  const problems: DatasetProblem[] = [];
  const seen = new Set<string>();
  readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (!line.trim()) return;
      const location = `${file}:${index + 1}`;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (error) {
        problems.push({ location, field: "(json)", message: (error as Error).message });
        return;
      }
      const parsed = HistoryRow.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push({ location, field: issue.path.join(".") || "(row)", message: issue.message });
        return;
      }
      if (seen.has(parsed.data.id)) {
        problems.push({ location, field: "id", message: `duplicate id '${parsed.data.id}'` });
        return;
      }
      seen.add(parsed.data.id);
      rows.push(parsed.data);
    });
  return { source: file, rows, problems };
}
