/**
 * The README's configuration table is the schema's: a variable added,
 * renamed or redocumented in src/settings/schema.ts fails here until
 * `npm run docs:settings` rewrites the table.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { VARIABLE_NAMES } from "../../src/settings/schema.js";
import { withVariablesTable } from "../../src/settings/readme.js";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("the README's configuration table", () => {
  it("is the one the schema renders (npm run docs:settings)", () => {
    expect(withVariablesTable(README)).toBe(README);
  });

  it("lists every variable", () => {
    for (const name of VARIABLE_NAMES) expect(README).toContain(`| \`${name}\` |`);
  });
});
