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
import { ConfigError } from "../config/errors.js";
import { AuthorIdentity, VERDICT_SOURCES, VerdictAuthor, VerdictSource } from "../domain/verdict-author.js";

export { AUTHOR_IDENTITIES, AuthorIdentity, VERDICT_SOURCES, VerdictAuthor, VerdictSource } from "../domain/verdict-author.js";

const VERIFIED: ReadonlySet<AuthorIdentity> = new Set(["console_user", "slack_user", "os_user"]);

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
