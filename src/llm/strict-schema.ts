/**
 * The JSON Schema a provider sees, in the subset OpenAI's strict structured
 * outputs accept (and that local servers' grammar engines compile): every
 * object lists all its properties in `required` and forbids others, optional
 * values are nullable instead of left out, and there are no numeric or length
 * bounds. The bounds are not lost: every answer is still checked against the
 * full zod schema (structured-call.ts), and a violation gets one repair request.
 */
import { z } from "zod";

/** The keywords strict mode accepts, and only these are sent. */
export const STRICT_KEYWORDS: ReadonlySet<string> = new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "enum",
  "const",
  "anyOf",
  "description",
  "title",
  "$ref",
  "$defs",
]);

/** What zod emits that strict mode refuses; the zod check after the answer enforces them. */
const CHECKED_AFTERWARDS = new Set([
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "pattern",
  "format",
]);

/**
 * `$schema` is dropped too: some OpenAI-compatible servers reject it. So are
 * `description`s: every prompt's system message says what each field means,
 * once, and a schema's descriptions would be sent (and paid for) a second
 * time on every request — the root one twice, as LangChain copies it beside
 * the schema. The zod schemas keep them as documentation.
 */
const DROPPED = new Set(["$schema", "description", ...CHECKED_AFTERWARDS]);

export function strictJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return toStrict(z.toJSONSchema(schema), "(root)") as Record<string, unknown>;
}

function toStrict(node: unknown, path: string): unknown {
  if (Array.isArray(node)) return node.map((item, i) => toStrict(item, `${path}[${i}]`));
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key)) continue;
    if (!STRICT_KEYWORDS.has(key)) throw new Error(`${path}: JSON Schema keyword '${key}' is not accepted by strict structured outputs`);
    out[key] = key === "properties" || key === "$defs" ? mapValues(value, (v, k) => toStrict(v, `${path}.${k}`)) : toStrict(value, path);
  }
  if (out.type === "object") {
    const properties = Object.keys((out.properties as Record<string, unknown> | undefined) ?? {});
    const required = new Set((out.required as string[] | undefined) ?? []);
    const optional = properties.filter((p) => !required.has(p));
    // Strict mode has no optional properties: a schema with one is a bug here, not something to paper over.
    if (optional.length > 0) throw new Error(`${path}: properties ${optional.join(", ")} must be required (make them nullable instead)`);
    out.additionalProperties = false;
  }
  return out;
}

function mapValues(value: unknown, f: (v: unknown, k: string) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, f(v, k)]));
}
