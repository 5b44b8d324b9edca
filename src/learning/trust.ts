/**
 * Who gave a verdict, and which sources learning trusts. A verdict from the
 * console or Slack carries the signed-in or Slack-verified user; one from
 * the CLI the OS user (and the --agent name, when given, beside it); one
 * through the graph API or an older record carries whatever name came with
 * it, unverified. ESCALATION_LEARNING_TRUST=console,slack lets only those
 * sources move thresholds; unset, every verdict counts (as before).
 */
import { z } from "zod";
import { ConfigError } from "../config/errors.js";

export const VERDICT_SOURCES = ["console", "slack", "cli", "api"] as const;
export const VerdictSource = z.enum(VERDICT_SOURCES);
export type VerdictSource = z.infer<typeof VerdictSource>;

export const VerdictAuthor = z.object({
  /** The name the verdict is given under (the --agent name, the console's name field, the Slack user's name). */
  name: z.string().trim().min(1).max(200),
  source: VerdictSource,
  /** The OS account that ran the CLI, recorded beside --agent. */
  osUser: z.string().max(200).optional(),
});
export type VerdictAuthor = z.infer<typeof VerdictAuthor>;

/** null: every source is trusted. */
export function trustedSources(spec: string | undefined = process.env.ESCALATION_LEARNING_TRUST): ReadonlySet<VerdictSource> | null {
  const value = spec?.trim();
  if (!value) return null;
  const sources = value.split(",").map((s) => s.trim().toLowerCase());
  const unknown = sources.filter((s) => !(VERDICT_SOURCES as readonly string[]).includes(s));
  if (unknown.length > 0) throw new ConfigError(`ESCALATION_LEARNING_TRUST: unknown source(s) ${unknown.join(", ")}; use ${VERDICT_SOURCES.join(", ")}`);
  return new Set(sources as VerdictSource[]);
}

/** A verdict without an author (older records, the graph API) counts only when every source is trusted. */
export function isTrustedSource(author: VerdictAuthor | undefined, trusted: ReadonlySet<VerdictSource> | null): boolean {
  if (!trusted) return true;
  return author !== undefined && trusted.has(author.source);
}

/**
 * The author of a resolve action's verdict: the name it was given under (or
 * the thread's owner), the channel it came through ("api" when none said),
 * and the OS user of a CLI run. Nothing when no name is known at all.
 */
export function verdictAuthor(action: { agent?: string; via?: VerdictSource; osUser?: string }, owner: string | null | undefined): { author?: VerdictAuthor } {
  const name = action.agent ?? owner ?? action.osUser;
  if (!name) return {};
  return { author: { name, source: action.via ?? "api", ...(action.osUser ? { osUser: action.osUser } : {}) } };
}
