/**
 * How the CLI's list commands print what they found: one JSON object a line
 * with --json (nothing when there is nothing, so a pipe reads no rows), the
 * command's own message when there is nothing, else a cli-table3 table
 * (no colours) — or one sentence a row where a table says less — and an
 * optional hint under it. Rows reach the terminal as the caller renders
 * them: redaction (oneLine) stays with the caller, where the fields are known.
 */
import Table from "cli-table3";

/** The CLI's tables: no colours in the header, so piped output has no escapes. */
const STYLE = { head: [] as string[], border: [] as string[] };

/** Where the text goes: process.stdout, or anything that takes text the same way. */
export interface TextSink {
  write(text: string): unknown;
}

/** A table with these column headers, each row's cells in the same order. */
interface TableView<T> {
  columns: readonly string[];
  cells: (row: T) => string[];
}

/** One line of text per row. */
interface LineView<T> {
  line: (row: T) => string;
}

export type RowsPrint<T> = {
  json?: boolean | undefined;
  /** Printed on a line of its own when there are no rows (not with --json). */
  empty: string;
  /** Printed on a line of its own under the table or lines (not with --json, nor when empty). */
  hint?: string;
} & (TableView<T> | LineView<T>);

/** cli-table3's text for these rows, in the CLI's table style; no trailing newline. */
export function formatTable(columns: readonly string[], rows: readonly string[][]): string {
  const table = new Table({ head: [...columns], style: STYLE });
  table.push(...rows);
  return table.toString();
}

export function printRows<T>(out: TextSink, rows: readonly T[], how: RowsPrint<T>): void {
  if (how.json) {
    for (const row of rows) out.write(JSON.stringify(row) + "\n");
    return;
  }
  if (rows.length === 0) {
    out.write(how.empty + "\n");
    return;
  }
  const body = "columns" in how ? formatTable(how.columns, rows.map(how.cells)) : rows.map(how.line).join("\n");
  out.write(body + "\n" + (how.hint === undefined ? "" : how.hint + "\n"));
}
