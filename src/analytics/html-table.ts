/**
 * Plain tables for the self-contained HTML reports (the analytics report and
 * the eval reports); every cell goes through the one escaper.
 */
import { escapeHtml } from "../text/html-escape.js";

/** A table of text cells, every one escaped; with no rows, a `p.empty` saying `empty` instead. */
export function htmlTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>, empty = "none"): string {
  if (rows.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`;
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const tr = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}
