/**
 * Long summary fields (reasons, the reply, the latest turn) wrapped to the
 * terminal by `wrap-ansi`, which counts display columns (a CJK character
 * takes two, a colour code none). Piped or redirected output has no width
 * and keeps the fixed 88 columns, so logs and tests see stable lines.
 */
import wrapAnsi from "wrap-ansi";
import { terminalText } from "./terminal-text.js";

/** Columns of text when there is no terminal to measure. */
export const DEFAULT_TEXT_COLUMNS = 88;
/** Narrower than this, a wrapped field is more line breaks than words. */
const MIN_TEXT_COLUMNS = 40;

/** The terminal's width, when standard output is one. */
export function terminalColumns(): number | undefined {
  return process.stdout.isTTY ? process.stdout.columns : undefined;
}

/** The room for text right of an indent of `indent` columns on a terminal `columns` wide. */
export function textColumns(columns: number | undefined, indent: number): number {
  return columns === undefined ? DEFAULT_TEXT_COLUMNS : Math.max(MIN_TEXT_COLUMNS, columns - indent);
}

/**
 * Wraps `text` to `width` columns: paragraphs on their own lines (blank
 * lines dropped), runs of spaces as one, a word longer than the line left
 * whole; every line after the first starts with `indent`.
 */
export function wrapText(text: string, width: number, indent: string): string {
  const paragraphs = terminalText(text)
    .split(/\n+/)
    .map((p) => p.split(/\s+/).filter(Boolean).join(" "))
    .filter(Boolean);
  return wrapAnsi(paragraphs.join("\n"), width, { hard: false, trim: true })
    .split("\n")
    .map((line, i) => (i === 0 ? line : indent + line))
    .join("\n");
}
