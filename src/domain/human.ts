/**
 * Humans on a thread: who owns it, and the actions a person can take while
 * the graph waits for them (the values that resume its interrupt).
 */
import { z } from "zod";
import { AuthorIdentity, VerdictSource } from "./verdict-author.js";

/**
 * bot: the agent answers. awaiting_human: handed off, nobody has claimed it
 * yet. human_owned: a person answers; the bot stays silent. resolved: done.
 */
export const THREAD_STATUSES = ["bot", "awaiting_human", "human_owned", "resolved"] as const;
export const ThreadStatus = z.enum(THREAD_STATUSES);
export type ThreadStatus = z.infer<typeof ThreadStatus>;

export function isHumanOwned(status: ThreadStatus | undefined): boolean {
  return status === "awaiting_human" || status === "human_owned";
}

const agent = z.string().trim().min(1, "must name the agent").max(200);

export const ClaimAction = z.object({ action: z.literal("claim"), agent });
export const ReplyAction = z.object({
  action: z.literal("reply"),
  agent: agent.optional(),
  text: z.string().trim().min(1, "must not be empty").max(20_000),
});
export const ResolveAction = z.object({
  action: z.literal("resolve"),
  agent: agent.optional(),
  /** Whether the customer's problem is solved. */
  resolved: z.boolean(),
  /** Whether escalating this ticket was the right call. */
  appropriate: z.boolean(),
  /** For tickets the bot kept: should it have escalated? Defaults to !appropriate for bot-kept tickets. */
  shouldHaveEscalated: z.boolean().optional(),
  /** Customer satisfaction 1–5, when known. */
  satisfaction: z.number().int().min(1).max(5).optional(),
  notes: z.string().max(5_000).optional(),
  /** Where the verdict was given (the console, Slack, the CLI); learning may trust only some (src/learning/trust.ts). Absent: the graph API. */
  via: VerdictSource.optional(),
  /** The OS account that ran the CLI, recorded beside the agent name. */
  osUser: z.string().trim().min(1).max(200).optional(),
  /**
   * How the agent name is known (src/learning/trust.ts): set by the surface
   * that checked it — the console for a user's own sign-in, the Slack route
   * for a signed payload. Absent: as typed (or the OS user from the CLI).
   */
  identity: AuthorIdentity.optional(),
  /** The Slack user id of a verdict given with a Slack button. */
  slackUserId: z.string().trim().min(1).max(50).optional(),
});
export const ReleaseAction = z.object({
  action: z.literal("release"),
  agent: agent.optional(),
  notes: z.string().max(5_000).optional(),
});

export const HumanAction = z.discriminatedUnion("action", [ClaimAction, ReplyAction, ResolveAction, ReleaseAction]);
export type HumanAction = z.infer<typeof HumanAction>;

/** What the graph shows a human while it waits (the interrupt's value). */
export interface HumanWaitRequest {
  ticketId: string;
  status: ThreadStatus;
  owner: string | null;
  team: string | null;
  actions: Array<HumanAction["action"]>;
  summary: string;
}
