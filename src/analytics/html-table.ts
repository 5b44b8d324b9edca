/**
 * Escaping and plain tables for the self-contained HTML reports (the
 * analytics report and the eval reports), so they escape text one way.
 */

/** Text made safe inside an element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A table of text cells, every one escaped; with no rows, a `p.empty` saying `empty` instead. */
export function htmlTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>, empty = "none"): string {
  if (rows.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`;
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const tr = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}
