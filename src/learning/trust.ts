/**
 * Who gave a verdict, and which sources learning trusts. A verdict records
 * the name it was given under, the channel it came through, and how that
 * name is known (`identity`): established by us — a console user's own
 * sign-in, the Slack user in a payload Slack signed, the OS account that ran
 * the CLI — or only as typed (the shared console token, a signed link, the
 * graph API). ESCALATION_LEARNING_TRUST=console,slack lets only those
 * sources move thresholds, and of them only verdicts whose author was
 * verified; unset, every verdict counts (as before).
 */
import { z } from "zod";
import { ConfigError } from "../config/errors.js";

export const VERDICT_SOURCES = ["console", "slack", "cli", "api"] as const;
export const VerdictSource = z.enum(VERDICT_SOURCES);
export type VerdictSource = z.infer<typeof VerdictSource>;

/**
 * How a verdict's author is known. console_user: signed in with their own
 * token (ESCALATION_CONSOLE_USERS); slack_user: the user of a payload whose
 * Slack signature matched; os_user: the account that ran the CLI (the
 * --agent name beside it is as typed); shared_token and signed_link: the
 * console, with the name typed into its form; claimed: nothing but the name.
 */
export const AUTHOR_IDENTITIES = ["console_user", "slack_user", "os_user", "shared_token", "signed_link", "claimed"] as const;
export const AuthorIdentity = z.enum(AUTHOR_IDENTITIES);
export type AuthorIdentity = z.infer<typeof AuthorIdentity>;
const VERIFIED: ReadonlySet<AuthorIdentity> = new Set(["console_user", "slack_user", "os_user"]);

export const VerdictAuthor = z.object({
  /** The name the verdict is given under (the --agent name, the console user or the name in its form, the Slack user's name). */
  name: z.string().trim().min(1).max(200),
  source: VerdictSource,
  /** The OS account that ran the CLI, recorded beside --agent. */
  osUser: z.string().max(200).optional(),
  /** How the name is known; absent on records from before it was kept. */
  identity: AuthorIdentity.optional(),
  /** The Slack user id of the signed payload. */
  slackUserId: z.string().max(50).optional(),
});
export type VerdictAuthor = z.infer<typeof VerdictAuthor>;

/** null: every source is trusted. */
export function trustedSources(spec: string | undefined): ReadonlySet<VerdictSource> | null {
  const value = spec?.trim();
  if (!value) return null;
  const sources = value.split(",").map((s) => s.trim().toLowerCase());
  const unknown = sources.filter((s) => !(VERDICT_SOURCES as readonly string[]).includes(s));
  if (unknown.length > 0) throw new ConfigError(`ESCALATION_LEARNING_TRUST: unknown source(s) ${unknown.join(", ")}; use ${VERDICT_SOURCES.join(", ")}`);
  return new Set(sources as VerdictSource[]);
}

/** Whether we established who gave it (an older CLI record, which always kept the OS user, counts as such). */
export function isVerifiedAuthor(author: VerdictAuthor): boolean {
  if (author.identity) return VERIFIED.has(author.identity);
  return author.source === "cli" && Boolean(author.osUser);
}

/**
 * Under a trust list, a verdict counts when its source is listed and its
 * author was verified; the graph API can verify nobody, so listing `api`
 * is trusting whatever name its callers give. A verdict without an author
 * (older records) counts only when every source is trusted.
 */
export function isTrustedSource(author: VerdictAuthor | undefined, trusted: ReadonlySet<VerdictSource> | null): boolean {
  if (!trusted) return true;
  if (author === undefined || !trusted.has(author.source)) return false;
  return author.source === "api" || isVerifiedAuthor(author);
}

/** What a resolve action says about its author (domain/human.ts ResolveAction). */
export interface ActionAuthorship {
  agent?: string;
  via?: VerdictSource;
  osUser?: string;
  identity?: AuthorIdentity;
  slackUserId?: string;
}

/**
 * The author of a resolve action's verdict: the name it was given under
 * (from the CLI without --agent, the OS user; elsewhere the thread's
 * owner), the channel it came through ("api" when none said), how the name
 * is known, and the OS user of a CLI run. Nothing when no name is known.
 */
export function verdictAuthor(action: ActionAuthorship, owner: string | null | undefined): { author?: VerdictAuthor } {
  const source = action.via ?? "api";
  const name = action.agent ?? (source === "cli" ? action.osUser : undefined) ?? owner ?? action.osUser;
  if (!name) return {};
  const identity = action.identity ?? (source === "cli" && action.osUser ? "os_user" : "claimed");
  return {
    author: {
      name,
      source,
      identity,
      ...(action.osUser ? { osUser: action.osUser } : {}),
      ...(action.slackUserId ? { slackUserId: action.slackUserId } : {}),
    },
  };
}

/** For people: "alice (console user)", "sam (OS user alice)", "dana (shared console token)". */
export function describeIdentity(author: VerdictAuthor): string {
  switch (author.identity) {
    case "console_user":
      return `${author.name} (console user)`;
    case "slack_user":
      return `${author.name} (Slack user ${author.slackUserId ?? "?"})`;
    case "shared_token":
      return `${author.name} (as typed, shared console token)`;
    case "signed_link":
      return `${author.name} (as typed, signed link)`;
    case "claimed":
      return `${author.name} (unverified)`;
    case "os_user":
    case undefined:
      return author.osUser && author.osUser !== author.name ? `${author.name} (OS user ${author.osUser})` : author.name;
  }
}
