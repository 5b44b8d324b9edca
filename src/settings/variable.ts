/**
 * One environment variable as a zod schema: its trimmed value (undefined
 * when unset or blank) parsed to its type, with what the README says of it
 * (type, default, flag, meaning) kept as the schema's metadata. A parser
 * throws a ConfigError naming the variable; here that becomes a zod issue,
 * so one parse reports every bad variable.
 */
import { z } from "zod";
import { clean } from "./values.js";

/** A type, not an interface: zod's metadata wants an index signature. */
export type VariableMeta = {
  /** The kind of value, as the README shows it. */
  type: string;
  /** The default, as the README shows it; absent when unset means off or none. */
  default?: string;
  /** The command-line flag that wins over the variable, if any. */
  flag?: string;
  description: string;
  /** Its value is a credential: never quoted back, scrubbed from every message. */
  secret?: boolean;
};

export function variable<T>(meta: VariableMeta, parse: (value: string | undefined) => T) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T => {
      try {
        return parse(clean(raw));
      } catch (error) {
        ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    })
    .meta(meta);
}

/** A variable read as text, unchecked. */
export function text(meta: VariableMeta) {
  return variable(meta, (value) => value);
}
