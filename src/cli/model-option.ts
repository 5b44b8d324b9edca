/**
 * The `--model` / `ESCALATION_MODEL` option. `rules` is the offline engine.
 */
import { UsageError } from "./errors.js";

export function resolveModel(flag: string | undefined): string {
  const spec = (flag ?? process.env.ESCALATION_MODEL ?? "rules").trim();
  if (spec === "rules") return spec;
  const source = flag !== undefined ? "--model" : "ESCALATION_MODEL";
  throw new UsageError(`${source}: unsupported model '${spec}'; this version runs the offline rules engine ('rules')`);
}
