/**
 * Reads a JSON Lines file of rows against a schema, as the eval dataset and
 * the learning history both do: every bad row becomes a problem with its
 * file:line and field, and the good rows are kept, so one labelling slip is
 * found at once instead of silently skewing a score or stopping the load.
 */
import type { z } from "zod";

export interface DatasetProblem {
  /** e.g. "evals/datasets/billing.jsonl:12" */
  location: string;
  field: string;
  message: string;
}

export interface LocatedRow<T> {
  value: T;
  /** file:line */
  location: string;
}

/**
 * `text` is the content of `file`; a byte-order mark and blank lines are
 * skipped. `rowName` names a problem with the row as a whole ("item", "row").
 */
export function parseJsonLines<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  rowName: string,
): { rows: Array<LocatedRow<T>>; problems: DatasetProblem[] } {
  const rows: Array<LocatedRow<T>> = [];
  const problems: DatasetProblem[] = [];
  text
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
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push({ location, field: issue.path.join(".") || `(${rowName})`, message: issue.message });
        }
        return;
      }
      rows.push({ value: parsed.data, location });
    });
  return { rows, problems };
}
