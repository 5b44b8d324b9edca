/**
 * Who gave a verdict on an escalation: the name it was given under, the
 * channel it came through and how that name is known. A contract of the
 * outcome record and of human actions; which sources learning trusts is
 * src/learning/trust.ts.
 */
import { z } from "zod";

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
