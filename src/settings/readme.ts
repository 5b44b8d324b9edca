/**
 * The README's table of environment variables, rendered from the schema so
 * the two cannot drift (test/settings/readme.test.ts compares them).
 */
import { EnvSchema, VARIABLE_NAMES } from "./schema.js";
import type { VariableMeta } from "./variable.js";

export const TABLE_START = "<!-- settings:start (generated from src/settings/schema.ts) -->";
export const TABLE_END = "<!-- settings:end -->";

export function variablesTable(): string {
  const rows = VARIABLE_NAMES.map((name) => {
    const meta = EnvSchema.shape[name].meta() as VariableMeta;
    const meaning = meta.secret ? `${meta.description} (a secret: never printed)` : meta.description;
    return `| \`${name}\` | ${meta.type} | ${meta.flag ?? ""} | ${meta.default ?? ""} | ${meaning} |`;
  });
  return ["| variable | type | flag | default | meaning |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}

/** The README with its table replaced by the one the schema renders. */
export function withVariablesTable(readme: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`the README has no ${TABLE_START} … ${TABLE_END} section`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${variablesTable()}\n${readme.slice(end)}`;
}
