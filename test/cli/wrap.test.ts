/**
 * Summary fields wrapped to the terminal (src/cli/wrap.ts, wrap-ansi): the
 * width follows the terminal, and piped output keeps 88 columns.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_TEXT_COLUMNS, textColumns, wrapText } from "../../src/cli/wrap.js";

const INDENT = " ".repeat(12);
const TEXT =
  "Thank you for letting us know about the outage of the production API. A senior engineer from our infrastructure team is looking at it now and will write to you within the hour.";

describe("textColumns", () => {
  it("keeps 88 columns without a terminal, and fits the text right of the indent on one", () => {
    expect(textColumns(undefined, 12)).toBe(DEFAULT_TEXT_COLUMNS);
    expect(textColumns(160, 12)).toBe(148);
    expect(textColumns(60, 12)).toBe(48);
  });

  it("never goes below 40 columns of text", () => {
    expect(textColumns(20, 12)).toBe(40);
  });
});

describe("wrapText", () => {
  it("breaks between words so that no line is wider than asked, indenting every line after the first", () => {
    const lines = wrapText(TEXT, 40, INDENT).split("\n");
    expect(lines.length).toBeGreaterThan(3);
    expect(lines[0]?.startsWith("Thank you")).toBe(true);
    for (const line of lines.slice(1)) expect(line.startsWith(INDENT) && line[INDENT.length] !== " ").toBe(true);
    for (const line of lines) expect(line.trimStart().length).toBeLessThanOrEqual(40);
    expect(lines.map((l) => l.trim()).join(" ")).toBe(TEXT);
  });

  it("keeps paragraphs apart, drops blank lines and collapses runs of spaces", () => {
    expect(wrapText("First  line.\n\n\nSecond\t line.", 88, "  ")).toBe("First line.\n  Second line.");
  });

  it("leaves a word longer than the line whole", () => {
    const url = `https://status.example.com/${"a".repeat(60)}`;
    expect(wrapText(`see ${url} now`, 40, "").split("\n")).toEqual(["see", url, "now"]);
  });

  it("counts a wide character as two columns", () => {
    const lines = wrapText("你好 ".repeat(10).trim(), 20, "").split("\n");
    expect(lines[0]).toBe("你好 你好 你好 你好");
    expect(lines).toHaveLength(3);
  });

  it("drops terminal control sequences a customer typed", () => {
    expect(wrapText("ok\u001b]0;pwned\u0007 done", 88, "")).toBe("ok]0;pwned done");
  });
});
