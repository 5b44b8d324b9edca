/**
 * The part of Slack's interactivity payload (the `payload` form field, JSON)
 * this server reads: block_actions from the buttons of handoff messages.
 * Slack sends more; unknown fields are kept so the message can be rebuilt.
 */
import { z } from "zod";

export const SlackUser = z.looseObject({
  id: z.string().min(1),
  username: z.string().optional(),
  name: z.string().optional(),
});
export type SlackUser = z.infer<typeof SlackUser>;

export const BlockActionsPayload = z.looseObject({
  type: z.literal("block_actions"),
  user: SlackUser,
  channel: z.looseObject({ id: z.string() }).optional(),
  container: z.looseObject({ channel_id: z.string().optional(), message_ts: z.string().optional() }).optional(),
  message: z
    .looseObject({
      ts: z.string(),
      text: z.string().optional(),
      blocks: z.array(z.record(z.string(), z.unknown())).optional(),
    })
    .optional(),
  response_url: z.url().optional(),
  actions: z.array(z.looseObject({ action_id: z.string(), value: z.string().optional() })).min(1, "must hold the clicked action"),
});
export type BlockActionsPayload = z.infer<typeof BlockActionsPayload>;

/** Who clicked, as the agent name recorded on the thread. */
export function agentName(user: SlackUser): string {
  return (user.username ?? user.name ?? user.id).slice(0, 200);
}
